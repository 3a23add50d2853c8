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
   * The earliest year a number input takes, the earliest a document may have
   * ({@link DocumentParser#MIN_YEAR}); null (no attribute) for one shown as text. The API takes a
   * wider range ({@link SearchParams}), in which a year outside the documents' finds nothing.
   */
  public Integer min() {
    return isNumber() ? DocumentParser.MIN_YEAR : null;
  }

  /** The latest year a number input takes, this year; null (no attribute) for text. */
  public Integer max() {
    return isNumber() ? DocumentParser.maxYear() : null;
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
