package nl.buurtkennis.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import nl.buurtkennis.index.IndexBuilder;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.taxonomy.Taxonomy;

/**
 * Writes documents for the Solr peer as Solr fields ("field\tvalue" lines, a blank line after each
 * document), so that Solr indexes exactly what the engine indexes without parsing Markdown itself.
 * A concept is written with its broader concepts, as the engine's hierarchical facets count it.
 */
final class SolrExchange {
  private static final List<String> CONCEPT_FIELDS = List.of("form", "issue", "benefit",
      "condition", "police_task");

  private SolrExchange() {}

  static void writeDocuments(Collection<CorpusDocument> docs, Taxonomy taxonomy, Path file)
      throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(out, docs, taxonomy);
    }
  }

  /** As {@link #writeDocuments(Collection, Taxonomy, Path)}, batch after batch. */
  static void writeDocuments(IndexBuilder.Batches batches, Taxonomy taxonomy, Path file,
      Consumer<List<CorpusDocument>> seen) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (var batch = batches.next(); batch != null; batch = batches.next()) {
        List<CorpusDocument> docs = batch.documents();
        write(out, docs, taxonomy);
        seen.accept(docs);
      }
    }
  }

  private static void write(BufferedWriter out, Collection<CorpusDocument> docs,
      Taxonomy taxonomy) throws IOException {
    {
      for (CorpusDocument doc : docs) {
        String lang = doc.language();
        line(out, "id", doc.id());
        line(out, "lang", lang);
        line(out, "title_" + lang, doc.title());
        line(out, "summary_" + lang, doc.summary());
        line(out, "body_" + lang, doc.bodyText());
        for (String keyword : doc.keywords()) {
          line(out, "keywords_" + lang, keyword);
        }
        List<List<String>> values = List.of(doc.forms(), doc.issues(), doc.benefits(),
            doc.conditions(), doc.policeTasks());
        for (int i = 0; i < CONCEPT_FIELDS.size(); i++) {
          concepts(out, taxonomy, CONCEPT_FIELDS.get(i), values.get(i));
        }
        concepts(out, taxonomy, "type", List.of(doc.type()));
        concepts(out, taxonomy, "language", List.of(doc.language()));
        if (doc.evidence() != null) {
          concepts(out, taxonomy, "evidence", List.of(doc.evidence()));
        }
        for (String place : doc.places()) {
          line(out, "place", place);
        }
        if (doc.year() != null) { // a source without a year has none, as in the engine's index
          line(out, "year", doc.year().toString());
          line(out, "year_s", doc.year().toString());
        }
        out.write('\n');
      }
    }
  }

  private static void concepts(BufferedWriter out, Taxonomy taxonomy, String dim,
      List<String> ids) throws IOException {
    Set<String> withBroader = new LinkedHashSet<>();
    for (String id : ids) {
      withBroader.addAll(taxonomy.require(dim).path(id));
    }
    for (String id : withBroader) {
      line(out, dim, id);
    }
  }

  private static void line(BufferedWriter out, String field, String value) throws IOException {
    out.write(field);
    out.write('\t');
    out.write(value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
        .replace("\r", ""));
    out.write('\n');
  }
}
