package nl.buurtkennis.browser;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;

/**
 * Looks in the live DOM of the loaded page for every trace of an injection: a script that ran, a
 * script element that is not the site's own, an element or attribute the templates never write,
 * a {@code javascript:} URL, and {@code <mark>} elements other than the highlighter's bare ones.
 */
final class PageInspector {
  /**
   * Runs in the page. Hovering over and focusing every element first gives handler attributes
   * the chance to fire, so a missed one still shows up in {@code window.__xss}.
   */
  private static final String FIND_INJECTIONS = """
      const problems = [];
      const siteAttributes = new Set(['href', 'class', 'id', 'lang', 'hreflang', 'rel', 'type',
        'name', 'value', 'checked', 'selected', 'for', 'title', 'role', 'method', 'action',
        'maxlength', 'placeholder', 'list', 'autocomplete', 'min', 'max', 'inputmode', 'start',
        'scope', 'tabindex', 'content', 'charset', 'src', 'defer', 'colspan', 'rowspan', 'datetime',
        'disabled', 'required', 'hidden', 'label', 'headers', 'abbr', 'dir', 'translate',
        'referrerpolicy', 'crossorigin', 'integrity', 'nonce', 'http-equiv', 'media', 'sizes',
        'accept-charset', 'enctype', 'novalidate', 'download', 'target', 'step', 'pattern',
        'size', 'multiple', 'readonly', 'spellcheck', 'alt', 'width', 'height', 'accesskey',
        'enterkeyhint']);
      const siteElements = new Set(['HTML', 'HEAD', 'META', 'TITLE', 'LINK', 'BODY', 'HEADER',
        'MAIN', 'FOOTER', 'NAV', 'ASIDE', 'SECTION', 'ARTICLE', 'DIV', 'SPAN', 'P', 'A', 'H1',
        'H2', 'H3', 'H4', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'CAPTION', 'THEAD',
        'TBODY', 'TR', 'TH', 'TD', 'FORM', 'FIELDSET', 'LEGEND', 'LABEL', 'INPUT', 'SELECT',
        'OPTION', 'BUTTON', 'DATALIST', 'BLOCKQUOTE', 'CITE', 'STRONG', 'EM', 'MARK', 'SCRIPT',
        'SMALL', 'CODE', 'PRE', 'ABBR', 'TIME', 'BR', 'HR', 'NOSCRIPT', 'BDI']);
      for (const el of document.querySelectorAll('body *')) {
        for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin', 'toggle']) {
          try { el.dispatchEvent(new Event(type, {bubbles: true})); } catch (e) { }
        }
      }
      if (typeof window.__xss !== 'undefined') {
        problems.push('a payload ran: window.__xss = ' + window.__xss);
      }
      for (const s of document.scripts) {
        if (s.getAttribute('src') !== '/suggest.js' || s.textContent.trim() !== '') {
          problems.push('foreign script element: ' + s.outerHTML.slice(0, 160));
        }
      }
      // The templates write details elements for the search tips, in the search form, and for
      // the definitions of a facet's values, in the facet's fieldset.
      const siteTips = el => ['DETAILS', 'SUMMARY'].includes(el.tagName)
        && el.closest('form.search > details.search-tips, fieldset.facet > details.definitions')
          !== null;
      for (const el of document.querySelectorAll('*')) {
        if (!siteElements.has(el.tagName) && !siteTips(el)) {
          problems.push('injected element <' + el.tagName.toLowerCase() + '>: '
            + el.outerHTML.slice(0, 160));
        }
        for (const a of el.attributes) {
          const name = a.name.toLowerCase();
          if (!siteAttributes.has(name) && !name.startsWith('aria-') && !name.startsWith('data-')) {
            problems.push('injected attribute ' + name + '="' + a.value.slice(0, 80) + '" on <'
              + el.tagName.toLowerCase() + '>');
          }
          if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'].includes(name)
              && /^[\\s\\u0000-\\u001f]*(javascript|vbscript|data):/i.test(a.value)) {
            problems.push('script URL in ' + name + ' on <' + el.tagName.toLowerCase() + '>: '
              + a.value.slice(0, 80));
          }
        }
      }
      // The templates isolate what a user typed, and a corpus text among other words, in a bdi
      // that holds nothing but its text.
      for (const b of document.querySelectorAll('bdi')) {
        if (b.attributes.length > 0 || b.children.length > 0) {
          problems.push('a <bdi> the templates did not write: ' + b.outerHTML.slice(0, 160));
        }
      }
      for (const m of document.querySelectorAll('mark')) {
        if (m.attributes.length > 0 || m.children.length > 0 || !m.closest('p.snippet')) {
          problems.push('a <mark> the highlighter did not write: ' + m.outerHTML.slice(0, 160));
        }
      }
      return problems;
      """;

  private PageInspector() {}

  /** Every sign of an injection on the current page; empty when the page is inert. */
  @SuppressWarnings("unchecked")
  static List<String> injections(WebDriver driver) {
    List<String> problems = new java.util.ArrayList<>();
    try {
      problems.add("an alert is open: " + driver.switchTo().alert().getText());
      driver.switchTo().alert().dismiss();
    } catch (NoAlertPresentException expected) {
      // no dialog: nothing ran alert()
    }
    problems.addAll((List<String>) ((JavascriptExecutor) driver).executeScript(FIND_INJECTIONS));
    return problems;
  }

  /** Everything a reader can see of the page as text: body text, title and form values. */
  static String visibleText(WebDriver driver) {
    return (String) ((JavascriptExecutor) driver).executeScript("""
        return document.title + '\\n' + document.body.innerText + '\\n'
          + Array.from(document.querySelectorAll('input, select')).map(e => e.value).join('\\n');
        """);
  }
}
