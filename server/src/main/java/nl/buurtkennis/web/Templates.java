package nl.buurtkennis.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * The jte templates, compiled at build time. jte escapes every value for the HTML context it is
 * written into; only the highlighter's snippets are written unescaped, and those are escaped by
 * Lucene's passage formatter with nothing but {@code <mark>} added.
 */
public final class Templates {
  private static final String RENDERED = "buurtkennis.page-rendered";
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  void render(Context ctx, String template, Object model) {
    ctx.html(html(template, model));
    markRendered(ctx);
  }

  /**
   * Marks the answer as a page of ours, so that the error mapping of a 404 leaves it as it is;
   * for the console, which renders its pages itself.
   */
  public static void markRendered(Context ctx) {
    ctx.attribute(RENDERED, Boolean.TRUE);
  }

  /** The page, for answers written outside Javalin (errors Jetty answers itself). */
  String html(String template, Object model) {
    StringOutput output = new StringOutput();
    engine.render(template, model, output);
    return HtmlText.withoutControlCharacters(output.toString());
  }

  /**
   * Whether one of our pages answers this request. Javalin's own "endpoint not found" answer is
   * HTML too when a browser asks for HTML, so the content type cannot tell them apart.
   */
  static boolean rendered(Context ctx) {
    return Boolean.TRUE.equals(ctx.attribute(RENDERED));
  }
}
