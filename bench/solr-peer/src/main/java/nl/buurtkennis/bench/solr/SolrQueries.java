package nl.buurtkennis.bench.solr;

import java.util.List;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * A query of the set as Solr parameters doing what the engine's search page does: edismax over the
 * Dutch and English fields with the engine's field weights and a proximity bonus, all words
 * required up to two and three in four of more ({@code mm=2<75%}), facet filters tagged and every
 * facet counted with its own filter excluded (multi-select), and the best passage of the top 10
 * highlighted by the unified highlighter.
 */
final class SolrQueries {
  private SolrQueries() {}

  static ModifiableSolrParams params(String text, String filters) {
    ModifiableSolrParams p = new ModifiableSolrParams();
    p.set("defType", "edismax");
    if (text.isBlank()) {
      p.set("q", "*:*");
    } else {
      p.set("q", text);
    }
    p.set("qf", "title_nl^3 keywords_nl^2.5 summary_nl^2 body_nl title_en^3 keywords_en^2.5"
        + " summary_en^2 body_en");
    p.set("pf", "title_nl^1.5 summary_nl body_nl^0.5 title_en^1.5 summary_en body_en^0.5");
    p.set("ps", 4);
    p.set("mm", "2<75%");
    p.set("sow", true);
    p.set("rows", 10);
    p.set("fl", "id,title_nl,title_en,summary_nl,summary_en,type,language,year,place,form,issue,"
        + "benefit,evidence,score");
    p.set("sort", "score desc,id asc");
    if (!filters.isEmpty()) {
      for (String part : filters.split(";")) {
        int eq = part.indexOf('=');
        String dim = part.substring(0, eq);
        List<String> values = List.of(part.substring(eq + 1).split("\\|"));
        p.add("fq", "{!terms f=" + dim + " tag=" + dim + " separator=|}" + String.join("|", values));
      }
    }
    p.set("facet", true);
    p.set("facet.mincount", 1);
    for (String field : SolrHome.FACET_FIELDS) {
      String tag = field.equals("year_s") ? "year" : field;
      p.add("facet.field", "{!ex=" + tag + "}" + field);
    }
    p.set("facet.limit", -1);
    p.set("f.place.facet.limit", 50);
    p.set("f.year_s.facet.limit", 500);
    p.set("hl", true);
    p.set("hl.method", "unified");
    p.set("hl.fl", "body_nl,summary_nl,body_en,summary_en");
    p.set("hl.snippets", 1);
    p.set("hl.fragsize", 220);
    p.set("hl.bs.type", "SENTENCE");
    p.set("hl.weightMatches", false);
    p.set("hl.offsetSource", "POSTINGS");
    p.set("hl.encoder", "html");
    p.set("hl.tag.pre", "<mark>");
    p.set("hl.tag.post", "</mark>");
    return p;
  }
}
