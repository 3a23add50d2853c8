package nl.buurtkennis.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.corpus.CorpusDocument;

/**
 * Documents as BibTeX: an {@code @comment} naming the search first, then one entry per document.
 *
 * <p>Every document is Buurtkennis's own text on a web page ({@link CitedWork}), so every entry is
 * a {@code @misc} (no required fields in BibTeX; Zotero imports it as a document with its
 * publisher): its creators as {@code author} (Buurtkennis, braced as one corporate name, unless
 * the front matter names authors, of whom organisations are braced likewise), {@code howpublished} saying it is a web page of Buurtkennis,
 * Buurtkennis as {@code publisher}, the page as {@code url} and the day of the export as {@code
 * urldate} (biblatex and Zotero read both). It has no {@code year}: the front matter's year is the
 * source's, which {@code note} names with the source and the organisations (and the front
 * matter's {@code url}, {@code Website: …}, as {@code url} holds the page).
 *
 * <p>Field values are braced, never quoted, and every LaTeX special character in them is escaped,
 * so the braces of each value stay balanced whatever the corpus holds: {@code { }} become {@code
 * \textbraceleft{}} and {@code \textbraceright{}} because BibTeX counts even an escaped {@code \{}
 * when it balances braces. Words with a capital are braced in titles so that styles that lower-case
 * titles keep names and acronyms as written.
 */
final class BibtexExport {
  private static final Pattern KEY_UNSAFE = Pattern.compile("[^A-Za-z0-9_:.-]");
  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private BibtexExport() {}

  /**
   * @param terms the words of the export's language, which its {@code @comment} is in (an export
   *     of no documents has one too)
   */
  static String write(List<ExportEntry> entries, String searchUrl, CitationTerms terms) {
    StringBuilder out = new StringBuilder();
    // BibTeX ignores everything in @comment, but its braces must balance: the URL is
    // percent-encoded and the words are escaped.
    out.append("@comment{")
        .append(terms.exported(searchUrl == null ? null : url(searchUrl)).replace("{", "(")
            .replace("}", ")"))
        .append("}\n");
    Set<String> keys = new HashSet<>();
    for (ExportEntry entry : entries) {
      out.append('\n');
      entry(out, entry, key(entry.document().id(), keys));
    }
    return out.toString();
  }

  static final String TYPE = "misc";

  private static void entry(StringBuilder out, ExportEntry entry, String key) {
    CorpusDocument doc = entry.document();
    CitedWork work = entry.cited();
    out.append('@').append(TYPE).append('{').append(key).append(",\n");
    field(out, "author", work.corporate() ? "{" + escape(work.creators().get(0)) + "}"
        : String.join(" and ", work.creators().stream()
            .map(name -> author(name, doc.organisations())).toList()));
    field(out, "title", title(work.title()));
    field(out, "howpublished", escape(work.terms().medium() + ", " + work.publisher()));
    field(out, "publisher", escape(work.publisher()));
    field(out, "url", url(work.url()));
    field(out, "urldate", work.accessed().toString());
    SourceNote website = work.websiteNote();
    // url holds the page; the front matter's web address is a sentence of the note
    field(out, "note", escape(work.notesText()
        + (website == null ? "" : " " + CitedWork.sentence(website.text()))));
    field(out, "abstract", escape(doc.summary()));
    field(out, "keywords", escape(String.join(", ", entry.keywordsAndSubjects())));
    field(out, "language", language(doc.language()));
    out.append("}\n");
  }

  private static void field(StringBuilder out, String name, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    out.append("  ").append(name).append(" = {").append(value).append("},\n");
  }

  /**
   * A valid key for a document id: ids are already {@code [a-z0-9-]}, but a key must never break
   * the entry, so anything else becomes {@code -}, and a key already used gets a suffix.
   */
  static String key(String id, Set<String> used) {
    String base = KEY_UNSAFE.matcher(id).replaceAll("-");
    String key = base.isEmpty() ? "document" : base;
    for (int n = 2; !used.add(key); n++) {
      key = base + "-" + n;
    }
    return key;
  }

  /** The title escaped, each word holding a capital braced so styles keep its case. */
  static String title(String title) {
    Matcher words = WORD.matcher(escape(title));
    StringBuilder out = new StringBuilder();
    while (words.find()) {
      String word = words.group();
      boolean capital = word.chars().anyMatch(Character::isUpperCase);
      // "{\" at the outermost level starts a BibTeX "special character", whose letters a style
      // may still change; an extra pair of braces protects a word that starts with a command.
      String protectedWord = !capital ? word
          : word.startsWith("\\") ? "{{" + word + "}}" : "{" + word + "}";
      words.appendReplacement(out, Matcher.quoteReplacement(protectedWord));
    }
    words.appendTail(out);
    return out.toString();
  }

  /**
   * One name of the author list: an organisation ({@link AuthorKind}) braced whole, so that
   * BibTeX does not split it into first and last names, and so is a name that itself holds
   * " and ".
   */
  private static String author(String name, List<String> organisations) {
    String escaped = escape(name);
    if (AuthorKind.isOrganisation(name, organisations)) {
      return "{" + escaped + "}";
    }
    return escaped.contains(" and ") ? "{" + escaped + "}" : escaped;
  }

  /**
   * {@code text} with LaTeX's special characters escaped and runs of white space (line breaks
   * included) made one space; null stays null.
   */
  static String escape(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (char c : SPACES.matcher(text.strip()).replaceAll(" ").toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{' -> out.append("\\textbraceleft{}");
        case '}' -> out.append("\\textbraceright{}");
        case '~' -> out.append("\\textasciitilde{}");
        case '^' -> out.append("\\textasciicircum{}");
        case '&', '%', '$', '#', '_' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A URL for the {@code url} field, which biblatex and the url package read verbatim: nothing is
   * escaped, but braces, backslashes and spaces (which would break the entry) are percent-encoded.
   */
  static String url(String url) {
    return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20");
  }

  /** The babel / biblatex name of a language, which styles print localised; the code otherwise. */
  private static String language(String code) {
    return switch (code) {
      case "nl" -> "dutch";
      case "en" -> "english";
      default -> code;
    };
  }
}
