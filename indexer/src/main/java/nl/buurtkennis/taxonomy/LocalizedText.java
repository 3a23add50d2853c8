package nl.buurtkennis.taxonomy;

/** A text in Dutch and English. */
public record LocalizedText(String nl, String en) {

  /** The text in {@code lang} ("en" for English, anything else Dutch), falling back to the other. */
  public String in(String lang) {
    String preferred = "en".equals(lang) ? en : nl;
    return preferred == null || preferred.isBlank() ? (nl == null ? en : nl) : preferred;
  }
}
