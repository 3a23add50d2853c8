package nl.buurtkennis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import nl.buurtkennis.analysis.DutchCompounds;
import nl.buurtkennis.analysis.LanguageAnalyzer;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * The parts a query's word is searched by: its {@link DutchCompounds#segments} (but a word that
 * begins compounds as a prefix does: {@link DutchCompounds#isBound}), or, where the
 * Dutch list holds the word whole and no text holds it in any form ({@code appgroep},
 * {@code groepsapp}), the parts it would have as an unlisted word ({@link
 * DutchCompounds#segmentsAsUnlisted}). Read whole, such a word finds nothing, while its plural
 * ({@code appgroepen}), which the list lacks, finds the texts on WhatsApp groups by its parts.
 */
final class QueryCompounds {
  private static final Analyzer ANALYZER = LanguageAnalyzer.forQueries();

  private QueryCompounds() {}

  /** The parts of {@code word} in the index {@code reader} reads, or an empty list. */
  static List<String> parts(String word, IndexReader reader) {
    List<String> segments = DutchCompounds.segments(word.toLowerCase(Locale.ROOT));
    if (!segments.isEmpty() || reader == null) {
      return withoutBound(segments);
    }
    List<String> words = ConceptMatcher.words(word);
    if (words.size() != 1) {
      return segments;
    }
    List<String> unlisted = DutchCompounds.segmentsAsUnlisted(words.get(0));
    return unlisted.isEmpty() || isHeld(words.get(0), reader) ? segments : unlisted;
  }

  /**
   * {@code segments} without the words that begin compounds as prefixes do ({@link
   * DutchCompounds#isBound}), which the index does not hold as parts; none when fewer than two
   * parts are left: {@code medebewoners} is searched as itself, not as {@code mede} and
   * {@code bewoners}, whose {@code mede} found the texts on {@code medewerkers}.
   */
  private static List<String> withoutBound(List<String> segments) {
    if (segments.stream().noneMatch(DutchCompounds::isBound)) {
      return segments;
    }
    List<String> parts = segments.stream().filter(part -> !DutchCompounds.isBound(part)).toList();
    return parts.size() < 2 ? List.of() : parts;
  }

  /**
   * Whether a text holds {@code word} (lower case, without diacritics) as written, or a Dutch text
   * field as its analysis reads it: {@code aanmeldingen}, which no text writes, finds the texts on
   * {@code aanmelding}, and read as aan + meldingen would find those on any {@code meldingen} too.
   */
  private static boolean isHeld(String word, IndexReader reader) {
    try {
      return reader.docFreq(new Term(IndexSchema.SPELL, word)) > 0
          || TextlessWords.heldAsAnalysed(word, reader, ANALYZER, List.of("nl"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
