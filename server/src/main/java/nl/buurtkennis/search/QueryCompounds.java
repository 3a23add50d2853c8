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

  /**
   * The parts of {@code word} in the index {@code reader} reads, or an empty list; a single part
   * where a word that begins compounds as a prefix does leaves one ({@link #withoutBound}).
   */
  static List<String> parts(String word, IndexReader reader) {
    List<String> segments = DutchCompounds.segments(word.toLowerCase(Locale.ROOT));
    if (!segments.isEmpty() || reader == null) {
      return withoutBound(segments, word, reader);
    }
    List<String> words = ConceptMatcher.words(word);
    if (words.size() != 1) {
      return segments;
    }
    List<String> unlisted = DutchCompounds.segmentsAsUnlisted(words.get(0));
    // binnenstad, listed whole, as stad: binnen is no part the index holds
    return unlisted.isEmpty() || isHeld(words.get(0), reader)
        ? segments : withoutBound(unlisted, word, reader);
  }

  /**
   * {@code segments} without the words that begin compounds as prefixes do ({@link
   * DutchCompounds#isBound}), which the index does not hold as parts. Where one part is left, none
   * if a text holds {@code word} ({@link #isHeld}): {@code medebewoners} is searched as itself, not
   * as {@code mede} and {@code bewoners}, whose {@code mede} found the texts on {@code
   * medewerkers}; else that part, as the parts reading searches a compound no text holds: {@code
   * medeburgers} finds the texts on {@code burgers}, {@code buitenverlichting} those on {@code
   * verlichting}, which found nothing when read whole.
   */
  private static List<String> withoutBound(List<String> segments, String word,
      IndexReader reader) {
    if (segments.stream().noneMatch(DutchCompounds::isBound)) {
      return segments;
    }
    List<String> parts = segments.stream().filter(part -> !DutchCompounds.isBound(part)).toList();
    if (parts.size() >= 2) {
      return parts;
    }
    if (parts.isEmpty() || reader == null) {
      return List.of();
    }
    List<String> words = ConceptMatcher.words(word);
    return words.size() == 1 && !isHeld(words.get(0), reader) ? parts : List.of();
  }

  /**
   * Whether a text holds {@code word} (lower case, without diacritics) as written, or a Dutch text
   * field as its analysis reads it: {@code aanmeldingen}, which no text writes, finds the texts on
   * {@code aanmelding}, and read as aan + meldingen would find those on any {@code meldingen} too.
   */
  static boolean isHeld(String word, IndexReader reader) {
    try {
      return reader.docFreq(new Term(IndexSchema.SPELL, word)) > 0
          || TextlessWords.heldAsAnalysed(word, reader, ANALYZER, List.of("nl"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
