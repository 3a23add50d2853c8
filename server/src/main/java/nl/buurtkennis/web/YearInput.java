package nl.buurtkennis.web;

import java.util.List;
import nl.buurtkennis.corpus.DocumentParser;

/**
 * One of the two year inputs of a search form (the search page's sidebar, the refused map's
 * form), named and identified by its parameter ({@code year_from}, {@code year_to}).
 *
 * @param value the year shown: the search's, or as typed on a refused search
 * @param invalid whether the search was refused for this year
 */
public record YearInput(String name, String label, String value, boolean invalid) {

  /** The inputs "from" and "to" of a form, in the page's language. */
  static List<YearInput> of(Messages msg, String from, String to, SearchPage.Fault fault) {
    return List.of(
        new YearInput("year_from", msg.get("year.from"), from,
            fault != null && fault.concerns("year_from")),
        new YearInput("year_to", msg.get("year.to"), to,
            fault != null && fault.concerns("year_to")));
  }

  /** The inputs of a search that was not refused. */
  static List<YearInput> of(Messages msg, Integer from, Integer to) {
    return of(msg, from == null ? "" : from.toString(), to == null ? "" : to.toString(), null);
  }

  /**
   * The input's type: a number, but text for a refused year that is no number ({@code twenty},
   * {@code ２０１４}), which a number input would show empty, not as typed.
   */
  public String type() {
    return isNumber() ? "number" : "text";
  }

  /**
   * The earliest year a number input takes: the earliest the server takes
   * ({@link SearchParams#MIN_YEAR}), not the earliest a document has
   * ({@link DocumentParser#MIN_YEAR}). A browser does not submit a form whose number is out of
   * its input's range, so a year the server searches (one from a link, {@code year_from=1900})
   * must be in it, or changing only the words and searching again would fail. Null (no
   * attribute) for one shown as text.
   */
  public Integer min() {
    return isNumber() ? SearchParams.MIN_YEAR : null;
  }

  /** The latest year a number input takes, the server's ({@link SearchParams#MAX_YEAR}). */
  public Integer max() {
    return isNumber() ? SearchParams.MAX_YEAR : null;
  }

  /**
   * {@code "auto"} for one shown as text, as every text field has: what was typed may be
   * right-to-left ({@code مر}); null (no attribute) for a number.
   */
  public String dir() {
    return isNumber() ? null : "auto";
  }

  /** {@code "true"} for the year a search is refused for; otherwise null (no attribute). */
  public String ariaInvalid() {
    return invalid ? "true" : null;
  }

  /** The error message's id for the year at fault; otherwise null (no attribute). */
  public String describedBy() {
    return invalid ? SearchPage.ERROR_ID : null;
  }

  private boolean isNumber() {
    return value.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
