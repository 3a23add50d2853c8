package nl.buurtkennis.index;

import java.util.List;
import nl.buurtkennis.analysis.LanguageAnalyzer;
import nl.buurtkennis.taxonomy.Taxonomy;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The fields of the index, shared by the indexer and the server so that both sides always agree on
 * names, analysis and facet configuration.
 */
public final class IndexSchema {
  /**
   * Changes whenever the fields or the analysis change, so that an index built by an older version
   * is rebuilt instead of searched with the wrong analysis.
   */
  public static final String VERSION = "48";

  public static final List<String> LANGUAGES = List.of("nl", "en");

  /** The document id: exact match, stored. */
  public static final String ID = "id";
  /**
   * The document language (nl or en), exact match (each language's query is limited to it) and
   * doc values.
   */
  public static final String LANG = "lang";
  /**
   * For a document with a translation, the first of the two ids in order, as doc values: the
   * same for both, so that a page can put the one in its reader's language first.
   */
  public static final String PAIR = "pair";
  /** The whole parsed document as JSON in UTF-8, stored only: what the API and the pages show. */
  public static final String RECORD = "record";
  /**
   * The source's year, for range filters (points) and sorting (doc values); absent for a document
   * whose source has no year, which no year range selects and every date order puts last.
   */
  public static final String YEAR = "year";
  public static final String YEAR_SORT = "year_sort";
  /** The id again as doc values, to break ties in sorted results deterministically. */
  public static final String ID_SORT = "id_sort";
  /**
   * A SHA-256 of the document as indexed (its record), stored only: an update compares it with the
   * corpus to touch only added, changed and removed documents.
   */
  public static final String CONTENT_HASH = "content_hash";
  /** The document's file relative to the corpus folder, exact match and stored. */
  public static final String SOURCE_PATH = "source_path";

  /** Analysed text fields; each exists once per language, as {@code name_nl} or {@code name_en}. */
  public static final String TITLE = "title";
  public static final String SUMMARY = "summary";
  public static final String KEYWORDS = "keywords";
  public static final String BODY = "body";
  /**
   * Not an indexed field: the name ({@code concepts_nl}, {@code concepts_en}) under which a query
   * asks for the labels and synonyms of the topic concepts a document is tagged with, in either
   * language whatever the document's own. The server answers it from the taxonomy and the facet
   * terms. Keywords, which mix both languages, are indexed in both.
   */
  public static final String CONCEPTS = "concepts";
  /**
   * The topic concepts a document is about, one feature ({@code FeatureField}) per concept
   * ({@code form/mediation}): tagged with it or a narrower concept, or using one of its names in
   * the body; the value counts the uses and the tag: see {@link ConceptMentions}.
   */
  public static final String TOPICS = "topics";
  /**
   * The topic concepts a document is tagged with and gives a section of its own, under a heading
   * that names the concept (a report's section "Opsporing"): one feature per concept, keyed as in
   * {@link #TOPICS}, of value 1. A query that is a concept's name asks for it beside the topic.
   */
  public static final String SECTIONS = "sections";
  /**
   * The topic concepts a document is tagged with and whose names its title uses ("Buurtpreventie
   * en buurtwachten", "WAAKS": citizen surveillance), read with the names of both languages: one
   * feature per concept, keyed as in {@link #TOPICS}, of value 1. A query that names a concept
   * whole by another name than its label asks for it beside the topic.
   */
  public static final String TITLES = "titles";
  /**
   * The title, summary and keywords of a document's translation, in the translation's language
   * ({@code translation_en} in a Dutch document), and its body ({@code translation_body_en}): a
   * query in one language also finds the version of a document in the other, below the version
   * it matches itself.
   */
  public static final String TRANSLATION = "translation";
  public static final String TRANSLATION_BODY = "translation_body";
  /** The facets whose concepts say what a document is about. */
  public static final List<String> TOPIC_DIMS = Taxonomy.TOPIC_FACETS;
  /**
   * The words of title, summary and body as written (lower case, no diacritics, not stemmed), in
   * either language: the vocabulary that "did you mean" suggests from.
   */
  public static final String SPELL = "spell";
  /**
   * The parts of the Dutch compounds of title, summary and body that a reader recognises as words
   * of their own ({@code hennep} and {@code teelt} in {@code hennepteelt}; see
   * {@code DutchCompounds.recognisableParts}): the index finds a document by them, so "did you
   * mean" may suggest them too, where no word the texts hold whole is as near.
   */
  public static final String SPELL_PARTS = "spell_parts";

  /** Facet dimensions backed by the taxonomy, and the free ones. */
  public static final List<String> CONCEPT_DIMS =
      List.of("form", "issue", "benefit", "condition", "police_task", "evidence", "type", "language");
  public static final String PLACE_DIM = "place";
  public static final String YEAR_DIM = "year";
  public static final List<String> ALL_DIMS = List.of("form", "issue", "benefit", "condition",
      "police_task", "evidence", "type", "language", PLACE_DIM, YEAR_DIM);

  /** Keys of the commit user data. */
  public static final String COMMIT_FINGERPRINT = "corpus.fingerprint";
  public static final String COMMIT_STAMP = "corpus.stamp";
  public static final String COMMIT_SCHEMA = "schema.version";
  public static final String COMMIT_TAXONOMY = "taxonomy.yml";
  public static final String COMMIT_BUILT_AT = "built.at";
  public static final String COMMIT_DOCUMENTS = "documents";

  private IndexSchema() {}

  /** The name of a text field in one language, e.g. {@code body_nl}. */
  public static String field(String name, String language) {
    return name + "_" + language;
  }

  /** The name of a text field without its language, e.g. {@code body} of {@code body_nl}. */
  public static String nameOf(String field) {
    return field.substring(0, field.lastIndexOf('_'));
  }

  /** The analyzer documents are indexed with. */
  public static LanguageAnalyzer indexAnalyzer() {
    return LanguageAnalyzer.forIndexing();
  }

  /** The analyzer queries are parsed and passages highlighted with. */
  public static Analyzer queryAnalyzer() {
    return LanguageAnalyzer.forQueries();
  }

  /**
   * Every concept facet is hierarchical (a concept's path runs from the top of its facet), so a
   * selected parent also matches its children; all but the single-valued ones are multi-valued.
   */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : CONCEPT_DIMS) {
      config.setHierarchical(dim, true);
      config.setMultiValued(dim, true);
    }
    config.setMultiValued(PLACE_DIM, true);
    return config;
  }
}
