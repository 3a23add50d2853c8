package nl.buurtkennis.taxonomy;

import java.util.List;

/**
 * A term of the controlled vocabulary.
 *
 * @param parentId id of the broader concept, or null at the top of its facet
 */
public record Concept(
    String id,
    String parentId,
    LocalizedText label,
    LocalizedText definition,
    List<String> synonymsNl,
    List<String> synonymsEn,
    List<Concept> children) {

  public Concept {
    synonymsNl = List.copyOf(synonymsNl);
    synonymsEn = List.copyOf(synonymsEn);
    children = List.copyOf(children);
  }

  public List<String> synonyms(String lang) {
    return "en".equals(lang) ? synonymsEn : synonymsNl;
  }
}
