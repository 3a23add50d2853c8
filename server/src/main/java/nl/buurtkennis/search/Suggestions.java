package nl.buurtkennis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.analysis.PlainTextAnalyzer;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.index.RecordCodec;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Taxonomy;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Suggestions as you type, from Lucene's infix suggester: document titles, concept labels in both
 * languages and keywords (the documents' and the glossary's words) with words that start with the words typed so far, wherever they stand
 * (without diacritics: {@code coord} finds {@code coördinatie}).
 */
final class Suggestions {
  private static final int MIN_PREFIX_CHARS = 2;

  private final AnalyzingInfixSuggester suggester;

  private Suggestions(AnalyzingInfixSuggester suggester) {
    this.suggester = suggester;
  }

  static Suggestions build(IndexReader reader, Taxonomy taxonomy) {
    Map<String, Completion> entries = new LinkedHashMap<>();
    try {
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        CorpusDocument record =
            RecordCodec.read(stored.document(doc, Set.of(IndexSchema.RECORD)));
        add(entries, new Completion(record.title(), Completion.Kind.DOCUMENT, record.id()));
        record.keywords().forEach(k -> add(entries, new Completion(k, Completion.Kind.KEYWORD, k)));
      }
      for (String facet : ConceptMatcher.TOPIC_FACETS) {
        for (Concept concept : taxonomy.require(facet).concepts()) {
          String target = facet + "/" + concept.id();
          add(entries, new Completion(concept.label().nl(), Completion.Kind.CONCEPT, target));
          add(entries, new Completion(concept.label().en(), Completion.Kind.CONCEPT, target));
        }
      }
      // The glossary's words find documents through their translations: elderly, cannabis.
      taxonomy.glossaryWords().forEach(
          word -> add(entries, new Completion(word, Completion.Kind.KEYWORD, word)));
      AnalyzingInfixSuggester suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(),
          new PlainTextAnalyzer(), new PlainTextAnalyzer(), MIN_PREFIX_CHARS, false);
      suggester.build(new Entries(List.copyOf(entries.values())));
      return new Suggestions(suggester);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Completion> lookup(String typed, int count) {
    if (typed.strip().length() < MIN_PREFIX_CHARS) {
      return List.of();
    }
    try {
      List<Completion> found = new ArrayList<>();
      for (Lookup.LookupResult result : suggester.lookup(typed, count, true, false)) {
        String[] payload = result.payload.utf8ToString().split("\t", 2);
        found.add(new Completion(result.key.toString(), Completion.Kind.valueOf(payload[0]), payload[1]));
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One entry per text: a document's title before a concept's label before a keyword, whatever
   * came first, so that the keyword {@code buurtbemiddeling} does not hide the document of that
   * title, nor the keyword {@code toezicht} the concept.
   */
  private static void add(Map<String, Completion> entries, Completion suggestion) {
    if (!suggestion.text().isBlank()) {
      entries.merge(suggestion.text().toLowerCase(Locale.ROOT), suggestion,
          (held, offered) -> offered.kind().ordinal() < held.kind().ordinal() ? offered : held);
    }
  }

  /** The entries, documents weighted above concepts above keywords. */
  private static final class Entries implements InputIterator {
    private final Iterator<Completion> iterator;
    private Completion current;

    Entries(List<Completion> suggestions) {
      this.iterator = suggestions.iterator();
    }

    @Override
    public BytesRef next() {
      if (!iterator.hasNext()) {
        return null;
      }
      current = iterator.next();
      return new BytesRef(current.text());
    }

    @Override
    public long weight() {
      return switch (current.kind()) {
        case DOCUMENT -> 3;
        case CONCEPT -> 2;
        case KEYWORD -> 1;
      };
    }

    @Override
    public BytesRef payload() {
      return new BytesRef((current.kind().name() + "\t" + current.target())
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
