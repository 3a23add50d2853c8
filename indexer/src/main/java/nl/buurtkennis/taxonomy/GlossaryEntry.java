package nl.buurtkennis.taxonomy;

import java.util.List;

/**
 * Words that are no concept of the vocabulary but that mean the same in Dutch and English
 * ({@code ouderen} / {@code elderly}): a search in one language also looks for the other's words.
 * Each side holds words, and phrases of words between single spaces that mean what one word of
 * the other side does ({@code young people} / {@code jongeren}).
 */
public record GlossaryEntry(List<String> nl, List<String> en) {
  public GlossaryEntry {
    nl = List.copyOf(nl);
    en = List.copyOf(en);
  }
}
