package nl.buurtkennis.taxonomy;

import java.util.List;

/**
 * A term of the controlled vocabulary.
 *
 * @param parentId id of the broader concept, or null at the top of its facet
 * @param pairLabelWords whether the words of the two labels may be paired by their order, as
 *     translations of each other: not where the languages order them differently
 *     ({@code Grip op de omgeving} / {@code Sense of control})
 */
public record Concept(
    String id,
    String parentId,
    LocalizedText label,
    LocalizedText definition,
    List<String> synonymsNl,
    List<String> synonymsEn,
    List<Concept> children,
    boolean pairLabelWords) {

  /** A concept whose labels' words are paired by their order. */
  public Concept(String id, String parentId, LocalizedText label, LocalizedText definition,
      List<String> synonymsNl, List<String> synonymsEn, List<Concept> children) {
    this(id, parentId, label, definition, synonymsNl, synonymsEn, children, true);
  }

  public Concept {
    synonymsNl = List.copyOf(synonymsNl);
    synonymsEn = List.copyOf(synonymsEn);
    children = List.copyOf(children);
  }

  public List<String> synonyms(String lang) {
    return "en".equals(lang) ? synonymsEn : synonymsNl;
  }
}
