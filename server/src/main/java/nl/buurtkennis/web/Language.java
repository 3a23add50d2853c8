package nl.buurtkennis.web;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.buurtkennis.search.InvalidRequestException;

/**
 * The language a request asks for with {@code lang}: Dutch or English, the way browsers and
 * people write language tags ({@code en}, {@code EN}, {@code en-GB}, {@code nl_BE}). Dutch when
 * {@code lang} is absent or empty; any other language is a 400 on every route.
 */
public final class Language {
  public static final String DUTCH = "nl";
  public static final String ENGLISH = "en";
  /** A primary subtag of nl or en, with any region, script or variant subtags after it. */
  private static final Pattern TAG =
      Pattern.compile("(nl|en)(?:[-_][a-z0-9]{1,8})*", Pattern.CASE_INSENSITIVE);

  private Language() {}

  /** {@code nl} or {@code en} for a tag of either language; empty for any other value. */
  static Optional<String> of(String value) {
    String tag = value == null ? "" : value.strip();
    if (tag.isEmpty()) {
      return Optional.of(DUTCH);
    }
    return TAG.matcher(tag).matches()
        ? Optional.of(tag.substring(0, 2).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /** {@code nl} or {@code en}; a 400 {@code invalid_lang}, in both languages, for another. */
  public static String parse(String value) {
    return of(value).orElseThrow(() -> new InvalidRequestException("lang", "invalid_lang",
        "lang must be nl or en, with or without a region (en-GB) / de taal moet nl of en zijn"));
  }

  /**
   * The language to say something in, whatever {@code lang} holds: English when it is a tag of
   * English or merely starts with {@code en} ({@code english}), Dutch otherwise. For error pages,
   * which must render even when {@code lang} itself is the error.
   */
  public static String lenient(String value) {
    return of(value).orElseGet(() -> value.strip().toLowerCase(Locale.ROOT).startsWith(ENGLISH)
        ? ENGLISH : DUTCH);
  }
}
