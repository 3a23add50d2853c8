package nl.buurtkennis.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words of the user interface, Dutch by default and English with {@code lang=en}. */
public final class Messages {
  private static final Messages DUTCH = new Messages("nl");
  private static final Messages ENGLISH = new Messages("en");

  private final String lang;
  private final ResourceBundle bundle;

  private Messages(String lang) {
    this.lang = lang;
    this.bundle = ResourceBundle.getBundle("messages", Locale.forLanguageTag(lang),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The words in {@code lang}: English for a tag of English ({@code en}, {@code en-GB}). */
  public static Messages of(String lang) {
    return Language.ENGLISH.equals(Language.lenient(lang)) ? ENGLISH : DUTCH;
  }

  public String lang() {
    return lang;
  }

  public Locale locale() {
    return Locale.forLanguageTag(lang);
  }

  public String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no message '" + key + "' for language " + lang, e);
    }
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  public String format(String key, Object... args) {
    return new MessageFormat(get(key), locale()).format(args);
  }

  /**
   * The message {@code key} with {@code args}, of which those a user typed
   * ({@link TypedText.Typed}, {@link TypedText.TypedWords}) are isolated from the text around them.
   */
  public TypedText formatTyped(String key, Object... args) {
    return TypedText.format(get(key), locale(), args);
  }
}
