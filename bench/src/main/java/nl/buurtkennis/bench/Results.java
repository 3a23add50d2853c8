package nl.buurtkennis.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Every figure of a run, the engine's beside Solr's, printed as RESULT lines at the end. */
final class Results {
  private record Figure(Double engine, Double solr, String unit) {}

  private final Map<String, Figure> figures = new LinkedHashMap<>();

  void engine(String name, double value, String unit) {
    Figure old = figures.get(name);
    figures.put(name, new Figure(value, old == null ? null : old.solr(), unit));
  }

  void solr(String name, double value, String unit) {
    Figure old = figures.get(name);
    figures.put(name, new Figure(old == null ? null : old.engine(), value, unit));
  }

  String lines() {
    StringBuilder out = new StringBuilder();
    figures.forEach((name, f) -> out.append(String.format(Locale.ROOT,
        "RESULT %s engine=%s solr=%s ratio=%s unit=%s%n", name, format(f.engine()),
        format(f.solr()), f.engine() == null || f.solr() == null || f.solr() == 0 ? "n/a"
            : format(f.engine() / f.solr()), f.unit())));
    return out.toString();
  }

  private static String format(Double value) {
    if (value == null || value.isNaN()) {
      return "n/a";
    }
    return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : "%.3f", value);
  }
}
