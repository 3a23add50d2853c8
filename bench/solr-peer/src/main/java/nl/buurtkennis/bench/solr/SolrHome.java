package nl.buurtkennis.bench.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/**
 * A minimal Solr home with one core, {@value #CORE}, whose schema is the engine's in Solr's stock
 * terms: Dutch text as Solr's {@code text_nl} field type, English as {@code text_en}, facets as
 * multi-valued strings with doc values (a concept with its broader concepts, as the engine's
 * hierarchical facets count it), offsets in the postings for the unified highlighter.
 */
final class SolrHome {
  static final String CORE = "bench";
  static final List<String> CONCEPT_DIMS = List.of("form", "issue", "benefit", "condition",
      "police_task", "evidence", "type", "language");
  static final List<String> FACET_FIELDS = facetFields();

  private SolrHome() {}

  private static List<String> facetFields() {
    List<String> fields = new ArrayList<>(CONCEPT_DIMS);
    fields.add("place");
    fields.add("year_s");
    return List.copyOf(fields);
  }

  static void write(Path home) throws IOException {
    Path conf = home.resolve(CORE).resolve("conf");
    Files.createDirectories(conf.resolve("lang"));
    Files.writeString(home.resolve("solr.xml"), "<solr></solr>\n");
    Files.writeString(home.resolve(CORE).resolve("core.properties"), "name=" + CORE + "\n");
    Files.write(conf.resolve("lang/stopwords_nl.txt"), words(DutchAnalyzer.getDefaultStopSet()),
        StandardCharsets.UTF_8);
    Files.write(conf.resolve("lang/stopwords_en.txt"),
        words(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), StandardCharsets.UTF_8);
    // Solr's default configset's Dutch stemmer overrides.
    Files.writeString(conf.resolve("lang/stemdict_nl.txt"),
        "fiets\tfiets\nbromfiets\tbromfiets\nei\teier\nkind\tkinder\n");
    Files.writeString(conf.resolve("lang/protwords.txt"), "\n");
    Files.writeString(conf.resolve("solrconfig.xml"), SOLRCONFIG);
    Files.writeString(conf.resolve("schema.xml"), schema());
  }

  private static List<String> words(CharArraySet set) {
    List<String> words = new ArrayList<>();
    for (Object word : set) {
      words.add(new String((char[]) word));
    }
    words.sort(null);
    return words;
  }

  /**
   * The query result and document caches are off: the benchmark replays one query set, which they
   * would serve from memory. The filter cache is on, as in Solr's defaults.
   */
  private static final String SOLRCONFIG = """
      <?xml version="1.0" encoding="UTF-8"?>
      <config>
        <luceneMatchVersion>9.12</luceneMatchVersion>
        <dataDir>${solr.data.dir:}</dataDir>
        <directoryFactory name="DirectoryFactory" class="solr.MMapDirectoryFactory"/>
        <schemaFactory class="ClassicIndexSchemaFactory"/>
        <indexConfig>
          <ramBufferSizeMB>100</ramBufferSizeMB>
        </indexConfig>
        <updateHandler class="solr.DirectUpdateHandler2"/>
        <query>
          <filterCache size="512" initialSize="512" autowarmCount="0"/>
          <enableLazyFieldLoading>true</enableLazyFieldLoading>
          <useColdSearcher>true</useColdSearcher>
        </query>
        <requestDispatcher>
          <requestParsers enableRemoteStreaming="false" multipartUploadLimitInKB="2048000"
              formdataUploadLimitInKB="2048"/>
        </requestDispatcher>
        <requestHandler name="/select" class="solr.SearchHandler"/>
        <requestHandler name="/update" class="solr.UpdateRequestHandler"/>
      </config>
      """;

  private static String schema() {
    StringBuilder s = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8"?>
        <schema name="bench" version="1.6">
          <uniqueKey>id</uniqueKey>
          <fieldType name="string" class="solr.StrField" sortMissingLast="true" docValues="true"/>
          <fieldType name="pint" class="solr.IntPointField" docValues="true"/>
          <fieldType name="plong" class="solr.LongPointField" docValues="true"/>
          <fieldType name="text_nl" class="solr.TextField" positionIncrementGap="100">
            <analyzer>
              <tokenizer name="standard"/>
              <filter name="lowercase"/>
              <filter name="stop" ignoreCase="true" words="lang/stopwords_nl.txt"/>
              <filter name="stemmerOverride" dictionary="lang/stemdict_nl.txt" ignoreCase="false"/>
              <filter name="snowballPorter" language="Dutch"/>
            </analyzer>
          </fieldType>
          <fieldType name="text_en" class="solr.TextField" positionIncrementGap="100">
            <analyzer>
              <tokenizer name="standard"/>
              <filter name="stop" ignoreCase="true" words="lang/stopwords_en.txt"/>
              <filter name="lowercase"/>
              <filter name="englishPossessive"/>
              <filter name="keywordMarker" protected="lang/protwords.txt"/>
              <filter name="porterStem"/>
            </analyzer>
          </fieldType>
          <field name="_version_" type="plong" indexed="false" stored="false"/>
          <field name="id" type="string" indexed="true" stored="true" required="true"/>
          <field name="lang" type="string" indexed="true" stored="false"/>
          <field name="year" type="pint" indexed="true" stored="true"/>
        """);
    for (String lang : List.of("nl", "en")) {
      for (String name : List.of("title", "summary", "body")) {
        s.append("  <field name=\"").append(name).append('_').append(lang).append("\" type=\"text_")
            .append(lang).append("\" indexed=\"true\" stored=\"true\"")
            .append(" storeOffsetsWithPositions=\"true\"/>\n");
      }
      s.append("  <field name=\"keywords_").append(lang).append("\" type=\"text_").append(lang)
          .append("\" indexed=\"true\" stored=\"false\" multiValued=\"true\"/>\n");
    }
    for (String facet : FACET_FIELDS) {
      s.append("  <field name=\"").append(facet)
          .append("\" type=\"string\" indexed=\"true\" stored=\"true\" multiValued=\"true\"/>\n");
    }
    return s.append("</schema>\n").toString();
  }
}
