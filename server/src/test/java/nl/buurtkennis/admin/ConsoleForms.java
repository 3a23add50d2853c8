package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Uploads through the console's upload form, and what its answer shows beside each field. */
final class ConsoleForms {
  private ConsoleForms() {}

  /** Posts a file as the upload form of the page in {@code lang} does: to that form's action. */
  static HttpResponse<String> upload(AdminTestApp.Session session, String lang, String fileName,
      byte[] file) {
    String page = session.get("/admin/documents/new" + ("en".equals(lang) ? "?lang=en" : ""))
        .body();
    Matcher action = Pattern.compile("action=\"(/admin/documents/upload[^\"]*)\"").matcher(page);
    assertTrue(action.find(), page);
    try {
      return session.client().send("POST", action.group(1).replace("&amp;", "&"),
          "multipart/form-data; boundary=" + Uploads.BOUNDARY,
          Uploads.multipart(session.csrf(), fileName, file), "Cookie", session.cookie());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The sign-in form of a sign-in page, without the form that switches the page's language
   * (which carries the same kept fields).
   */
  static String signInForm(String page) {
    Matcher form = Pattern.compile("<form method=\"post\" action=\"/admin/sign-in[^\"]*\" "
        + "class=\"admin-form\" id=\"sign-in\">(.*?)</form>", Pattern.DOTALL).matcher(page);
    assertTrue(form.find(), page);
    return form.group(1);
  }

  /** The value of the text input for {@code field}, or null when the page has none. */
  static String inputValue(String html, String field) {
    Matcher matcher = Pattern.compile("<input type=\"text\" id=\"f-" + field
        + "\" name=\"" + field + "\" value=\"([^\"]*)\"").matcher(html);
    return matcher.find() ? matcher.group(1) : null;
  }

  /** The text of the textarea for {@code field}, or null when the page has none. */
  static String textareaValue(String html, String field) {
    Matcher matcher = Pattern.compile("<textarea id=\"f-" + field + "\" name=\"" + field
        + "\"[^>]*>([^<]*)</textarea>").matcher(html);
    return matcher.find() ? matcher.group(1) : null;
  }

  /** The errors shown beside one field: the list with id err-FIELD. */
  static String errorsBeside(String html, String field) {
    return list(html, "err-" + field);
  }

  /** The warnings shown beside one field: the list with id warn-FIELD. */
  static String warningsBeside(String html, String field) {
    return list(html, "warn-" + field);
  }

  /** The error summary at the top of the form, or "" when there is none. */
  static String errorSummary(String html) {
    Matcher matcher = Pattern.compile("id=\"err-top\">(.*?)</div>", Pattern.DOTALL)
        .matcher(html);
    return matcher.find() ? matcher.group(1) : "";
  }

  private static String list(String html, String id) {
    Matcher matcher = Pattern.compile("id=\"" + id + "\">(.*?)</ul>", Pattern.DOTALL)
        .matcher(html);
    return matcher.find() ? matcher.group(1) : "";
  }

  /**
   * The fields of the page's document form as a browser submits it unchanged, URL-encoded, with
   * {@code changes} applied: a key mapped to a list of values replaces every value of that name
   * (an empty list unticks or clears it). Text inputs, hidden inputs, ticked boxes, the selected
   * option of each select and the text areas are sent; nothing else.
   */
  static String documentFormBody(String html, Map<String, List<String>> changes) {
    Matcher form = Pattern.compile("<form method=\"post\" action=\"/admin/documents(?:/[^/\"]+"
        + "/edit)?[^\"]*\" class=\"admin-form\">(.*?)</form>", Pattern.DOTALL).matcher(html);
    assertTrue(form.find(), html);
    String fields = form.group(1);
    Map<String, List<String>> values = new LinkedHashMap<>();
    Matcher input = Pattern.compile("<input type=\"(hidden|text|checkbox)\"([^>]*)>")
        .matcher(fields);
    while (input.find()) {
      String attributes = input.group(2);
      if (input.group(1).equals("checkbox") && !attributes.matches(".*\\schecked(\\s.*)?")) {
        continue;
      }
      add(values, attribute(attributes, "name"), attribute(attributes, "value"));
    }
    Matcher select = Pattern.compile("<select[^>]* name=\"([^\"]+)\"[^>]*>(.*?)</select>",
        Pattern.DOTALL).matcher(fields);
    while (select.find()) {
      Matcher option = Pattern.compile("<option value=\"([^\"]*)\" selected>")
          .matcher(select.group(2));
      add(values, select.group(1), option.find() ? unescape(option.group(1)) : "");
    }
    Matcher area = Pattern.compile("<textarea[^>]* name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>")
        .matcher(fields);
    while (area.find()) {
      add(values, area.group(1), unescape(area.group(2)));
    }
    values.putAll(changes);
    StringBuilder body = new StringBuilder();
    values.forEach((name, list) -> list.forEach(value -> body.append(body.isEmpty() ? "" : "&")
        .append(AdminTestApp.Client.encode(name)).append('=')
        .append(AdminTestApp.Client.encode(value))));
    return body.toString();
  }

  private static void add(Map<String, List<String>> values, String name, String value) {
    values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
  }

  private static String attribute(String attributes, String name) {
    Matcher matcher = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(attributes);
    return matcher.find() ? unescape(matcher.group(1)) : "";
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&");
  }

  /** Every file of the corpus folder, relative to it. */
  static List<String> files(Path corpus) {
    try (Stream<Path> walk = Files.walk(corpus)) {
      return walk.filter(Files::isRegularFile).map(p -> corpus.relativize(p).toString())
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
