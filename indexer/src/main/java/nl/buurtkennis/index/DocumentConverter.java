package nl.buurtkennis.index;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import nl.buurtkennis.analysis.DutchCompounds;
import nl.buurtkennis.analysis.LanguageAnalyzer;
import nl.buurtkennis.analysis.WordCache;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.Section;
import nl.buurtkennis.taxonomy.Facet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns a parsed corpus document into the Lucene document of {@link IndexSchema}. */
public final class DocumentConverter {
  /**
   * Highlighted fields keep the offsets of every term in the postings, so the highlighter finds
   * passages without analysing the text again. Their text is not stored a second time: the
   * highlighter takes it from the record.
   */
  private static final FieldType HIGHLIGHTED_TEXT = highlightedText();
  /**
   * The title is searched (phrases too) but never highlighted (snippets come from the body or the
   * summary), so it keeps positions and no offsets.
   */
  private static final FieldType TITLE_TEXT = TextField.TYPE_NOT_STORED;
  /**
   * The words "did you mean" suggests from: only which words occur and in how many documents
   * matter to the spell checker, so no frequencies, positions or norms.
   */
  private static final FieldType SPELL_TEXT = spellText();

  /** The concepts a document is about, indexed as {@code FeatureField} indexes its features. */
  private static final FieldType TOPIC = topic();

  /** A translation's text is searched, never highlighted or shown, so it keeps positions only. */
  private static final FieldType TRANSLATION_TEXT = TextField.TYPE_NOT_STORED;
  /** The fields with norms, by name without language, and how they are indexed. */
  private static final List<Map.Entry<String, FieldType>> SCORED_TEXT = List.of(
      Map.entry(IndexSchema.TITLE, TITLE_TEXT), Map.entry(IndexSchema.SUMMARY, HIGHLIGHTED_TEXT),
      Map.entry(IndexSchema.BODY, HIGHLIGHTED_TEXT),
      Map.entry(IndexSchema.KEYWORDS, TextField.TYPE_NOT_STORED),
      Map.entry(IndexSchema.TRANSLATION, TRANSLATION_TEXT),
      Map.entry(IndexSchema.TRANSLATION_BODY, TRANSLATION_TEXT));

  /** The language whose compounds the index splits, and whose parts the spelling field holds. */
  private static final String DUTCH = "nl";

  private final Corpus corpus;
  private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
  private final LanguageAnalyzer analyzer;
  private final ConceptMentions mentions;
  /**
   * The uses of concept names in a keyword or a heading, by language and text: documents share
   * most of their keywords and headings, which were analysed again for every document (titles
   * and summaries, each a document's own, are not kept).
   */
  private final WordCache<Map<String, Integer>> sharedTextUses = new WordCache<>(4096);

  /**
   * @param analyzer the analysis of the writer the documents go to, but not the writer's own
   *     instance: the body analysed here stays open until the writer indexes it, while the writer
   *     analyses the other fields
   */
  public DocumentConverter(Corpus corpus, LanguageAnalyzer analyzer) {
    this.corpus = corpus;
    this.analyzer = analyzer;
    this.mentions = new ConceptMentions(corpus.taxonomy(), IndexSchema.queryAnalyzer());
  }

  public Document convert(CorpusDocument doc) throws IOException {
    return convert(doc, corpus.translation(doc));
  }

  /** As {@link #convert(CorpusDocument)}, with the document's translation given. */
  Document convert(CorpusDocument doc, Optional<CorpusDocument> translation) throws IOException {
    Document lucene = new Document();
    lucene.add(new StringField(IndexSchema.ID, doc.id(), Field.Store.YES));
    lucene.add(new StringField(IndexSchema.LANG, doc.language(), Field.Store.NO));
    lucene.add(new SortedDocValuesField(IndexSchema.LANG, new BytesRef(doc.language())));
    lucene.add(new SortedDocValuesField(IndexSchema.ID_SORT, new BytesRef(doc.id())));
    translation.ifPresent(other -> lucene.add(new SortedDocValuesField(IndexSchema.PAIR,
        new BytesRef(doc.id().compareTo(other.id()) < 0 ? doc.id() : other.id()))));
    byte[] record = RecordCodec.encode(doc, translation);
    lucene.add(new StoredField(IndexSchema.RECORD, record));
    lucene.add(new StoredField(IndexSchema.CONTENT_HASH, ContentHash.of(record, translation)));
    lucene.add(new StringField(IndexSchema.SOURCE_PATH, doc.path(), Field.Store.YES));
    if (doc.year() != null) {
      lucene.add(new IntPoint(IndexSchema.YEAR, doc.year()));
      lucene.add(new NumericDocValuesField(IndexSchema.YEAR_SORT, doc.year()));
    }

    String lang = doc.language();
    lucene.add(new Field(IndexSchema.field(IndexSchema.TITLE, lang), doc.title(), TITLE_TEXT));
    SpottedText summary = new SpottedText(IndexSchema.field(IndexSchema.SUMMARY, lang),
        doc.summary(), HIGHLIGHTED_TEXT);
    lucene.add(summary);
    lucene.add(new Field(IndexSchema.SPELL, doc.title() + "\n" + doc.summary(), SPELL_TEXT));
    if (lang.equals(DUTCH)) {
      lucene.add(new Field(IndexSchema.SPELL_PARTS, partsOf(doc.title() + "\n" + doc.summary()),
          SPELL_TEXT));
    }
    for (String language : IndexSchema.LANGUAGES) {
      for (String keyword : doc.keywords()) {
        lucene.add(new TextField(IndexSchema.field(IndexSchema.KEYWORDS, language), keyword,
            Field.Store.NO));
      }
    }
    translation.ifPresent(other -> addTranslation(lucene, other));
    Map<String, List<String>> topics = doc.topicConcepts();
    topics.forEach((dim, ids) -> addConcepts(lucene, dim, ids));
    addConcepts(lucene, "type", List.of(doc.type()));
    addConcepts(lucene, "language", List.of(doc.language()));
    if (doc.evidence() != null) {
      addConcepts(lucene, "evidence", List.of(doc.evidence()));
    }
    for (String place : doc.places()) {
      lucene.add(new SortedSetDocValuesFacetField(IndexSchema.PLACE_DIM, place));
    }
    if (doc.year() != null) {
      lucene.add(new SortedSetDocValuesFacetField(IndexSchema.YEAR_DIM, doc.year().toString()));
    }
    Document built = facetsConfig.build(lucene);
    Set<String> tagged = tagged(topics);
    for (String key : headed(doc, lang)) {
      if (tagged.contains(key)) {
        built.add(new FeatureField(IndexSchema.SECTIONS, key, 1f));
      }
    }
    Map<String, Map<String, Integer>> titleUses = titleUses(doc);
    Set<String> titled = new TreeSet<>();
    titleUses.values().forEach(uses -> titled.addAll(uses.keySet()));
    for (String key : titled) {
      if (tagged.contains(key)) {
        built.add(new FeatureField(IndexSchema.TITLES, key, 1f));
      }
    }
    Map<String, Integer> usesElsewhere = usesOutsideTheBody(doc, lang, titleUses.get(lang));
    addBody(built, lang, doc.bodyText(), tagged, () -> {
      Map<String, Integer> uses = new TreeMap<>(usesElsewhere);
      summary.uses().forEach((key, times) -> uses.merge(key, times, Integer::sum));
      return uses;
    });
    addEmptyFields(built);
    return built;
  }

  /**
   * The body, analysed once by the writer: on the way its tokens are searched for the
   * vocabulary's concept names ({@link ConceptMentions}), which the topics field after it then
   * holds with the concepts the document is tagged with, and its words, each once, are kept for
   * the spelling field after that (tokenizing the body a second time for it was a sixth of a
   * build; giving it every use of a word, a seventh). Added
   * last, so that nothing can fail between opening its tokens and handing them to the writer,
   * which closes them.
   */
  private void addBody(Document lucene, String lang, String text, Set<String> tagged,
      Supplier<Map<String, Integer>> usesElsewhere) {
    String field = IndexSchema.field(IndexSchema.BODY, lang);
    MentionSpotter body = mentions.spotter(lang, analyzer.tokenStream(field, text), tagged,
        usesElsewhere);
    lucene.add(new Field(field, body, HIGHLIGHTED_TEXT));
    lucene.add(new Field(IndexSchema.TOPICS, body.topics(), TOPIC));
    lucene.add(new Field(IndexSchema.SPELL, analyzer.wordsOf(field), SPELL_TEXT));
    if (lang.equals(DUTCH)) {
      lucene.add(new Field(IndexSchema.SPELL_PARTS,
          DutchCompounds.recognisablePartsOf(analyzer.wordsOf(field)), SPELL_TEXT));
    }
  }

  /**
   * The parts of the Dutch compounds in {@code text} that are words of their own
   * ({@link DutchCompounds#recognisableParts}), separated by spaces. Read here rather than by the
   * writer: a title and a summary are short, and a stream opened before the body could be left
   * unclosed when the document fails before the writer reaches it.
   */
  private String partsOf(String text) throws IOException {
    StringBuilder parts = new StringBuilder();
    try (TokenStream words =
        DutchCompounds.recognisablePartsOf(analyzer.tokenStream(IndexSchema.SPELL, text))) {
      CharTermAttribute part = words.addAttribute(CharTermAttribute.class);
      words.reset();
      while (words.incrementToken()) {
        parts.append(part).append(' ');
      }
      words.end();
    }
    return parts.toString();
  }

  /**
   * The concepts that a section heading of the document names, as feature keys: each heading read
   * as the body reads it, before the body's own stream is opened, as the writer's analyzer reuses
   * one stream per field.
   */
  private Set<String> headed(CorpusDocument doc, String lang) throws IOException {
    Set<String> keys = new TreeSet<>();
    for (Section section : doc.sections()) {
      if (section.heading() != null) {
        keys.addAll(sharedTextUses(lang, section.heading()).keySet());
      }
    }
    return keys;
  }

  /**
   * The uses of concept names in the document's title, by language: the concepts it names give
   * the title feature. A document titled by one of a concept's names is about (a kind of) it as a
   * whole, where one only tagged with it (buurtvaders, tagged citizen surveillance for the eye they
   * keep on the street) is about something else as well. Read with the names of both languages, as
   * a title gives a practice's name as its own country writes it ("AMBER Alert for missing
   * children", "Neighbourhood fathers (buurtvaders)"), which the names of the title's language may
   * lack; the uses in the document's own language count as its body's too ({@link
   * #usesOutsideTheBody}).
   */
  private Map<String, Map<String, Integer>> titleUses(CorpusDocument doc) throws IOException {
    Map<String, Map<String, Integer>> uses = new TreeMap<>();
    for (String language : IndexSchema.LANGUAGES) {
      uses.put(language, usesIn(language, doc.title()));
    }
    return uses;
  }

  /**
   * The uses of each concept's names in the document's title and keywords, read as the body is
   * (each text apart, so that no name runs from one keyword into the next): the words the author
   * or librarian chose to say what the document is about count as its body's do ({@code
   * burgerwacht}'s keyword and summary "eigenrichting", where AMBER Alert's texts name vigilantism
   * only in passing). The summary's uses are added to these once the writer has read it ({@link
   * SpottedText}).
   */
  private Map<String, Integer> usesOutsideTheBody(CorpusDocument doc, String lang,
      Map<String, Integer> titleUses) throws IOException {
    Map<String, Integer> uses = new TreeMap<>(titleUses);
    for (String keyword : doc.keywords()) {
      sharedTextUses(lang, keyword).forEach((key, times) -> uses.merge(key, times, Integer::sum));
    }
    return uses;
  }

  /**
   * The uses of concept names in a keyword or heading of {@code lang}, read as the body is
   * ({@link ConceptMentions#usesIn}), worked out once per text.
   */
  private Map<String, Integer> sharedTextUses(String lang, String text) throws IOException {
    return sharedTextUses.computeIfAbsent(lang + '\n' + text,
        key -> Collections.unmodifiableMap(usesIn(lang, text)));
  }

  /** The uses of concept names in {@code text} of {@code lang}, read as the body is. */
  private Map<String, Integer> usesIn(String lang, String text) throws IOException {
    return mentions.usesIn(lang,
        analyzer.tokenStream(IndexSchema.field(IndexSchema.BODY, lang), text));
  }

  /**
   * A text field of the document's language whose concept-name uses are spotted while the writer
   * indexes it ({@link MentionSpotter}), instead of analysing the text a second time for them (the
   * summary's second analysis was 3% of a build). The writer opens the text's tokens when it
   * reaches the field, from its own analyzer as for any text field, and closes them, so nothing
   * is left open when a document fails before it; the same analysis reads the body, so the words
   * spotted are those {@link #usesIn} would find. The uses are readable once the writer has
   * indexed the field, which it does before the body after it.
   */
  private final class SpottedText extends Field {
    private final String lang;
    private MentionSpotter spotter;

    SpottedText(String name, String text, FieldType type) {
      super(name, text, type);
      this.lang = name.substring(name.lastIndexOf('_') + 1);
    }

    @Override
    public TokenStream tokenStream(Analyzer writerAnalyzer, TokenStream reuse) {
      spotter = mentions.spotter(lang, writerAnalyzer.tokenStream(name(), stringValue()));
      return spotter;
    }

    /** The uses of concept names in the text, by {@link ConceptMentions#key}. */
    Map<String, Integer> uses() {
      if (spotter == null) {
        throw new IllegalStateException(name() + " is read before the writer indexed it");
      }
      return mentions.uses(lang, spotter);
    }
  }

  /** The tagged topic concepts and their broader concepts, as feature keys. */
  private Set<String> tagged(Map<String, List<String>> topics) {
    Set<String> keys = new TreeSet<>();
    topics.forEach((dim, ids) -> {
      Facet facet = corpus.taxonomy().require(dim);
      ids.forEach(id -> facet.path(id).forEach(
          broader -> keys.add(ConceptMentions.key(dim, broader))));
    });
    return keys;
  }

  /**
   * Every scored text field in every document, empty where the document has none of it: a field
   * in every document keeps its lengths (norms) in a plain array, while a field some documents
   * lack needs a lookup of the document for every match it scores. An empty field adds no terms,
   * so scores do not change.
   */
  private static void addEmptyFields(Document lucene) {
    for (String language : IndexSchema.LANGUAGES) {
      for (Map.Entry<String, FieldType> scored : SCORED_TEXT) {
        String field = IndexSchema.field(scored.getKey(), language);
        if (lucene.getField(field) == null) {
          lucene.add(new Field(field, "", scored.getValue()));
        }
      }
    }
  }

  /** Each part a value of its own, so that no phrase runs from one into the next. */
  private static void addTranslation(Document lucene, CorpusDocument translation) {
    String head = IndexSchema.field(IndexSchema.TRANSLATION, translation.language());
    lucene.add(new Field(head, translation.title(), TRANSLATION_TEXT));
    lucene.add(new Field(head, translation.summary(), TRANSLATION_TEXT));
    for (String keyword : translation.keywords()) {
      lucene.add(new Field(head, keyword, TRANSLATION_TEXT));
    }
    lucene.add(new Field(IndexSchema.field(IndexSchema.TRANSLATION_BODY, translation.language()),
        translation.bodyText(), TRANSLATION_TEXT));
  }

  private void addConcepts(Document lucene, String dim, List<String> ids) {
    Facet facet = corpus.taxonomy().require(dim);
    for (String id : ids) {
      lucene.add(new SortedSetDocValuesFacetField(dim, facet.path(id).toArray(String[]::new)));
    }
  }

  private static FieldType spellText() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  private static FieldType topic() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  private static FieldType highlightedText() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
