package nl.buurtkennis.validation;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * What is wrong, as a key of the {@code problems} bundles and its arguments, so it can be told in
 * English (the command line, logs, CI) or in Dutch (the librarians' console). Arguments are what
 * the file holds (field names, values, ids) or a lower-level text (an I/O or YAML parser's
 * reason), shown as they are but for an invisible character, which is named ({@code t-zw[U+200B]},
 * {@link InvisibleCharacters#named}) so that a message never holds one unseen; an argument that is
 * itself a {@code ProblemMessage} is told in the same language. Numbers are shown as written,
 * never grouped.
 *
 * @param arguments each a {@link String}, a {@link Field} or a {@code ProblemMessage}
 */
public record ProblemMessage(String key, List<Object> arguments) {
  static final String BUNDLE = "nl.buurtkennis.validation.problems";
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final Locale DUTCH = Locale.forLanguageTag("nl");

  /** A front matter field the message is about, shown as its name. */
  public record Field(String name) {
    @Override
    public String toString() {
      return name;
    }
  }

  public ProblemMessage {
    arguments = arguments.stream().map(ProblemMessage::argument).toList();
    if (!bundle(ENGLISH).containsKey(key)) {
      throw new IllegalArgumentException("no problem message '" + key + "'");
    }
  }

  public static ProblemMessage of(String key, Object... arguments) {
    return new ProblemMessage(key, List.of(arguments));
  }

  /** An argument that names the field the message is about ({@link #field()}). */
  public static Field field(String name) {
    return new Field(name);
  }

  /** The message in Dutch for {@code nl}, else in English. */
  public String in(Locale locale) {
    return in(locale, UnaryOperator.identity());
  }

  /**
   * The message in Dutch for {@code nl}, else in English, each field it names as
   * {@code fieldName} calls it: a form names a field by its label, not by its key in the file.
   */
  public String in(Locale locale, UnaryOperator<String> fieldName) {
    Locale language = DUTCH.getLanguage().equals(locale.getLanguage()) ? DUTCH : ENGLISH;
    Object[] shown = arguments.stream()
        .map(a -> a instanceof ProblemMessage nested ? nested.in(language, fieldName)
            : a instanceof Field named ? InvisibleCharacters.named(fieldName.apply(named.name()))
            : InvisibleCharacters.named(a.toString()))
        .toArray();
    return new MessageFormat(bundle(language).getString(key), language).format(shown);
  }

  /** The message in English, as the command line and the logs show it. */
  public String english() {
    return in(ENGLISH);
  }

  /** The first field the message names as such, looking into nested messages too. */
  public Optional<String> field() {
    for (Object argument : arguments) {
      if (argument instanceof Field named) {
        return Optional.of(named.name());
      }
      if (argument instanceof ProblemMessage nested && nested.field().isPresent()) {
        return nested.field();
      }
    }
    return Optional.empty();
  }

  /** The same message with {@code change} applied to every text argument, nested ones included. */
  public ProblemMessage mapText(UnaryOperator<String> change) {
    return new ProblemMessage(key, arguments.stream().map(a -> a instanceof String text
        ? change.apply(text) : a instanceof ProblemMessage nested ? nested.mapText(change) : a)
        .toList());
  }

  @Override
  public String toString() {
    return english();
  }

  static ResourceBundle bundle(Locale language) {
    return ResourceBundle.getBundle(BUNDLE, language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static Object argument(Object value) {
    if (value instanceof ProblemMessage || value instanceof Field || value instanceof String) {
      return value;
    }
    return String.valueOf(value);
  }
}
