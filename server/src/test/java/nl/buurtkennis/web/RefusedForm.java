package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A page refused with a 400 and the form it shows, read as a browser would submit it. */
final class RefusedForm {
  private static final Pattern INPUT = Pattern.compile("<input ([^>]*)>");
  private static final Pattern SELECT = Pattern.compile(
      "<select [^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern SELECTED = Pattern.compile(
      "<option value=\"([^\"]*)\" selected>");

  private RefusedForm() {}

  /** The page at {@code path}, which must be refused. */
  static String page(HttpClient client, String path) throws Exception {
    Response response = client.get(path);
    assertEquals(400, response.code(), path);
    return response.body().string();
  }

  /** The start tag holding {@code attribute}. */
  static String tag(String html, String attribute) {
    int at = html.indexOf(attribute);
    assertTrue(at >= 0, attribute + " in " + html);
    return html.substring(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
  }

  /**
   * What submitting the form starting with {@code formStart} sends, in its order (without
   * JavaScript): its hidden and filled-in inputs, its ticked boxes, then its selected options;
   * values unescaped.
   */
  static List<String> submitted(String html, String formStart) {
    int start = html.indexOf(formStart);
    String form = html.substring(start, html.indexOf("</form>", start));
    List<String> fields = new ArrayList<>();
    Matcher input = INPUT.matcher(form);
    while (input.find()) {
      String attributes = input.group(1);
      String name = attribute(attributes, "name");
      String value = attribute(attributes, "value");
      boolean box = attributes.contains("type=\"checkbox\"");
      if (name != null && value != null && !value.isEmpty()
          && (!box || attributes.matches(".*\\bchecked\\b.*"))) {
        fields.add(name + "=" + value);
      }
    }
    Matcher select = SELECT.matcher(form);
    while (select.find()) {
      Matcher selected = SELECTED.matcher(select.group(2));
      if (selected.find()) {
        fields.add(select.group(1) + "=" + selected.group(1));
      }
    }
    return fields;
  }

  private static String attribute(String attributes, String name) {
    Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
    return m.find() ? m.group(1).replace("&#34;", "\"").replace("&quot;", "\"")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") : null;
  }
}
