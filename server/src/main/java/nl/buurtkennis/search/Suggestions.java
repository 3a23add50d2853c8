package nl.buurtkennis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import nl.buurtkennis.analysis.PlainTextAnalyzer;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.index.RecordCodec;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.GlossaryEntry;
import nl.buurtkennis.taxonomy.LocalizedText;
import nl.buurtkennis.taxonomy.Taxonomy;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Suggestions as you type, from Lucene's infix suggester: document titles, concepts (by their
 * labels and synonyms in both languages) and keywords (the documents' and the glossary's words)
 * with words that start with the words typed so far, wherever they stand (without diacritics:
 * {@code coord} finds {@code coördinatie}). A concept is suggested once, by its label in the
 * language asked for, whichever of its names matched.
 */
final class Suggestions {
  private static final int MIN_PREFIX_CHARS = 2;
  /** The weights, best first: a title, a concept's label, a concept's synonym, a keyword. */
  private static final int TITLE = 4;
  private static final int LABEL = 3;
  private static final int SYNONYM = 2;
  private static final int KEYWORD = 1;
  /** How many more entries than suggestions a lookup reads first: a concept has many names. */
  private static final int READ_AHEAD = 4;

  private final AnalyzingInfixSuggester suggester;
  /** Each concept's labels, by its target ({@code facet/id}). */
  private final Map<String, LocalizedText> conceptLabels;
  private final int entryCount;

  private Suggestions(AnalyzingInfixSuggester suggester, Map<String, LocalizedText> conceptLabels,
      int entryCount) {
    this.suggester = suggester;
    this.conceptLabels = conceptLabels;
    this.entryCount = entryCount;
  }

  static Suggestions build(IndexReader reader, Taxonomy taxonomy) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    Map<String, Entry> synonyms = new LinkedHashMap<>();
    try {
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        CorpusDocument record =
            RecordCodec.read(stored.document(doc, Set.of(IndexSchema.RECORD)));
        String lang = record.language();
        // A title that a document and its translation share (Police Kids) is each one's, in its
        // language: the lookup offers the reader the one in the page's.
        if (!record.title().isBlank()) {
          entries.put(record.title().toLowerCase(Locale.ROOT) + "\t" + lang + "\t" + record.id(),
              new Entry(new Completion(record.title(), Completion.Kind.DOCUMENT, record.id(),
                  lang), TITLE));
        }
        // a document's keyword may be in either language (wijkagent in an English document): its
        // language is told below, by its words, unless the glossary lists it
        record.keywords().forEach(
            k -> add(entries, new Completion(k, Completion.Kind.KEYWORD, k, null), KEYWORD));
      }
      Map<String, LocalizedText> labels = new HashMap<>();
      for (String facet : ConceptMatcher.TOPIC_FACETS) {
        for (Concept concept : taxonomy.require(facet).concepts()) {
          String target = facet + "/" + concept.id();
          labels.put(target, concept.label());
          // a concept's language is that of the label it is suggested by, chosen at lookup
          Stream.of(concept.label().nl(), concept.label().en()).filter(Objects::nonNull).forEach(
              name -> add(entries, new Completion(name, Completion.Kind.CONCEPT, target, null),
                  LABEL));
          Stream.concat(concept.synonymsNl().stream(), concept.synonymsEn().stream())
              .filter(name -> !name.isBlank()).forEach(name -> synonyms.putIfAbsent(
                  name.toLowerCase(Locale.ROOT) + "\t" + target,
                  new Entry(new Completion(name, Completion.Kind.CONCEPT, target, null),
                      SYNONYM)));
        }
      }
      // The glossary's words find documents through their translations: elderly, cannabis;
      // those of an entry that no text holds in either language find none (slachtoffer, victim).
      for (GlossaryEntry entry : taxonomy.glossary()) {
        if (!anyHeld(reader, entry)) {
          continue;
        }
        entry.nl().forEach(word -> add(entries,
            new Completion(word, Completion.Kind.KEYWORD, word, "nl"), KEYWORD));
        entry.en().forEach(word -> add(entries,
            new Completion(word, Completion.Kind.KEYWORD, word, "en"), KEYWORD));
      }
      entries.replaceAll((text, entry) -> withWordsLanguage(entry));
      AnalyzingInfixSuggester suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(),
          new PlainTextAnalyzer(), new PlainTextAnalyzer(), MIN_PREFIX_CHARS, false);
      // A synonym is no text of its own to merge: spelt as a keyword (wijkagent), a title or
      // another concept's label (bemiddeling), both are suggested, as the concept is by its label.
      List<Entry> all = new ArrayList<>(entries.values());
      all.addAll(synonyms.values());
      suggester.build(new Entries(all));
      return new Suggestions(suggester, Map.copyOf(labels), all.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a text holds a word of {@code entry}, whole or as a part of a compound. */
  private static boolean anyHeld(IndexReader reader, GlossaryEntry entry) throws IOException {
    for (String word : Stream.concat(entry.nl().stream(), entry.en().stream()).toList()) {
      if (DidYouMean.heldAsWritten(word.toLowerCase(Locale.ROOT), reader) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Up to {@code count} suggestions for what was typed, best first: a concept by its label in
   * {@code lang} (English for "en", else Dutch), once however many of its names matched, and no
   * text twice (a title before a concept's label before a keyword). What is only stop words of
   * the page's language, the last perhaps begun ({@link StopWordPrefix}), suggests only texts that
   * start with it.
   */
  List<Completion> lookup(String typed, String lang, int count) {
    if (typed.strip().length() < MIN_PREFIX_CHARS || count <= 0) {
      return List.of();
    }
    try {
      String start = StopWordPrefix.isOne(typed, lang) ? typed : null;
      int read = count * READ_AHEAD;
      while (true) {
        List<Lookup.LookupResult> results = suggester.lookup(typed, read, true, false);
        List<Completion> found = distinct(inReadersOrder(results, typed, lang), lang, count,
            start);
        if (found.size() == count || results.size() < read || read >= entryCount) {
          return found;
        }
        read = Math.min(entryCount, read * READ_AHEAD);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code results}, of one weight those in the language asked for first, then those whose text
   * starts with what was typed: on the Dutch page, {@code buurtp} suggests "Buurtpreventie en
   * buurtwachten" before "WhatsApp-buurtpreventie" and the English "Neighbourhood and citizen
   * watches (buurtpreventie, …)". A concept is always offered in the language asked for.
   */
  private static List<Lookup.LookupResult> inReadersOrder(List<Lookup.LookupResult> results,
      String typed, String lang) {
    String start = typed.strip().toLowerCase(Locale.ROOT);
    String asked = requested(lang);
    List<Lookup.LookupResult> ordered = new ArrayList<>(results);
    ordered.sort(Comparator.comparingLong((Lookup.LookupResult result) -> -result.value)
        .thenComparing(result -> {
          String[] payload = result.payload.utf8ToString().split("\t", 3);
          return !payload[0].equals(Completion.Kind.CONCEPT.name())
              && !payload[1].isEmpty() && !payload[1].equals(asked);
        })
        .thenComparing(result -> !result.key.toString().toLowerCase(Locale.ROOT)
            .startsWith(start))
        // the suggester keeps ties in the order of the index's documents, which a build in
        // several threads does not fix: the shorter first (burglary before burglaries), then A-Z
        .thenComparingInt(result -> result.key.length())
        .thenComparing(result -> result.key.toString().toLowerCase(Locale.ROOT))
        .thenComparing(result -> result.payload.utf8ToString()));
    return ordered;
  }

  /**
   * The first {@code count} suggestions of {@code results}, each concept and text once, and of
   * keywords that are forms of one word, the first; only texts that start with {@code start}
   * when it is not null.
   */
  private List<Completion> distinct(List<Lookup.LookupResult> results, String lang, int count,
      String start) {
    Map<String, Completion> found = new LinkedHashMap<>();
    Set<String> texts = new HashSet<>();
    Set<String> keywordStems = new HashSet<>();
    for (Lookup.LookupResult result : results) {
      String[] payload = result.payload.utf8ToString().split("\t", 3);
      Completion.Kind kind = Completion.Kind.valueOf(payload[0]);
      String target = payload[2];
      LocalizedText label = kind == Completion.Kind.CONCEPT ? conceptLabels.get(target) : null;
      String text = label != null ? label.in(lang) : result.key.toString();
      if (start != null && !StopWordPrefix.starts(text, start)
          && !StopWordPrefix.continuesIntoAWord(result.key.toString(), start, lang)) {
        continue;
      }
      String textLang = label != null ? languageOf(label, lang)
          : payload[1].isEmpty() ? requested(lang) : payload[1];
      String key = kind == Completion.Kind.CONCEPT ? "concept\t" + target
          : text.toLowerCase(Locale.ROOT);
      boolean inflection = kind == Completion.Kind.KEYWORD
          && !keywordStems.add(textLang + "\t" + stems(text, textLang));
      if (!found.containsKey(key) && !inflection && texts.add(text.toLowerCase(Locale.ROOT))) {
        found.put(key, new Completion(text, kind, target, textLang));
        if (found.size() == count) {
          break;
        }
      }
    }
    return List.copyOf(found.values());
  }

  /**
   * {@code text}'s words by their stems in {@code lang}: a keyword that is another form of one
   * suggested before ({@code burglaries} after {@code burglary}) takes no place of its own.
   */
  private static String stems(String text, String lang) {
    return ConceptMatcher.stemmed(ConceptMatcher.words(text),
        "en".equals(lang) ? new EnglishStemmer() : new DutchStemmer());
  }

  /**
   * A keyword whose words tell no language (a name: Burgernet, 112) is read in the language asked
   * for, as the page that shows it is.
   */
  private static String requested(String lang) {
    return "en".equals(lang) ? "en" : "nl";
  }

  /**
   * {@code entry}, with the language its words tell ({@link KeywordLanguage}) when it is a keyword
   * of a document's that the glossary does not list, whose language it has; null when they tell
   * none.
   */
  private static Entry withWordsLanguage(Entry entry) {
    Completion keyword = entry.completion();
    return keyword.lang() != null || keyword.kind() != Completion.Kind.KEYWORD ? entry
        : new Entry(new Completion(keyword.text(), keyword.kind(), keyword.target(),
            KeywordLanguage.of(keyword.text())), entry.weight());
  }

  /**
   * The language {@link LocalizedText#in} gives {@code label} in for {@code lang}: that one, or
   * the other where the label has no text in it.
   */
  private static String languageOf(LocalizedText label, String lang) {
    boolean english = "en".equals(lang);
    String preferred = english ? label.en() : label.nl();
    boolean given = preferred != null && !preferred.isBlank();
    return english == given ? "en" : "nl";
  }

  /** A text to suggest, with its weight: what it is, and which of a concept's names. */
  private record Entry(Completion completion, int weight) {}

  /**
   * One entry per text: a document's title before a concept's label before a keyword, whatever
   * came first, so that the keyword {@code buurtbemiddeling} does not hide the document of that
   * title, nor the keyword {@code toezicht} the concept.
   */
  private static void add(Map<String, Entry> entries, Completion suggestion, int weight) {
    if (!suggestion.text().isBlank()) {
      entries.merge(suggestion.text().toLowerCase(Locale.ROOT), new Entry(suggestion, weight),
          (held, offered) -> offered.weight() > held.weight() ? offered : withLanguage(held,
              offered));
    }
  }

  /**
   * {@code held}, with the language of {@code offered} when it has none and {@code offered}, a
   * text of the same weight, knows it: a glossary's word kept as a document's keyword.
   */
  private static Entry withLanguage(Entry held, Entry offered) {
    Completion kept = held.completion();
    String lang = offered.completion().lang();
    return kept.lang() != null || lang == null || offered.weight() != held.weight() ? held
        : new Entry(new Completion(kept.text(), kept.kind(), kept.target(), lang), held.weight());
  }

  /**
   * The entries, weighted: documents above concepts matched by a label above those matched by a
   * synonym only above keywords.
   */
  private static final class Entries implements InputIterator {
    private final Iterator<Entry> iterator;
    private Entry entry;
    private Completion current;

    Entries(List<Entry> entries) {
      this.iterator = entries.iterator();
    }

    @Override
    public BytesRef next() {
      if (!iterator.hasNext()) {
        return null;
      }
      entry = iterator.next();
      current = entry.completion();
      return new BytesRef(current.text());
    }

    @Override
    public long weight() {
      return entry.weight();
    }

    @Override
    public BytesRef payload() {
      return new BytesRef((current.kind().name() + "\t"
          + Objects.requireNonNullElse(current.lang(), "") + "\t"
          + current.target())
          .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean hasPayloads() {
      return true;
    }

    @Override
    public Set<BytesRef> contexts() {
      return null;
    }

    @Override
    public boolean hasContexts() {
      return false;
    }
  }
}
