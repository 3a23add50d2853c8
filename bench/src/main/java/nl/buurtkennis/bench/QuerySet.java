package nl.buurtkennis.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;

/**
 * The fixed query set, the same for every run with the same seed: what users type (single words,
 * Dutch compounds, quoted phrases, several plain words, English queries) with zero to three facet
 * filters, and searches with facets only. The words come from the vocabulary's labels and
 * synonyms and from the real corpus' keywords and text.
 */
final class QuerySet {
  static final List<String> KINDS = List.of("word", "compound", "phrase", "words", "english",
      "facets");
  private static final int PER_KIND = 40;
  private static final List<String> FILTER_DIMS = List.of("form", "issue", "benefit", "condition",
      "police_task", "evidence", "type", "language", "place");

  private QuerySet() {}

  static List<BenchQuery> generate(Taxonomy taxonomy, List<CorpusDocument> real, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Set<String> nlWords = new LinkedHashSet<>();
    Set<String> compounds = new LinkedHashSet<>();
    Set<String> nlPhrases = new LinkedHashSet<>();
    Set<String> english = new LinkedHashSet<>();
    for (Facet facet : taxonomy.facets()) {
      for (Concept concept : facet.concepts()) {
        classifyNl(concept.label().in("nl"), nlWords, compounds, nlPhrases);
        concept.synonymsNl().forEach(s -> classifyNl(s, nlWords, compounds, nlPhrases));
        english.add(concept.label().in("en").toLowerCase(Locale.ROOT));
        english.addAll(concept.synonymsEn());
      }
    }
    for (CorpusDocument doc : real) {
      if (doc.language().equals("nl")) {
        doc.keywords().forEach(k -> classifyNl(k, nlWords, compounds, nlPhrases));
      } else {
        english.addAll(doc.keywords());
      }
    }
    Map<String, List<String>> values = filterValues(real);
    List<BenchQuery> queries = new ArrayList<>();
    add(queries, "word", pick(random, List.copyOf(nlWords)), random, values);
    add(queries, "compound", pick(random, List.copyOf(compounds)), random, values);
    List<String> phrases = new ArrayList<>();
    for (String phrase : pick(random, List.copyOf(nlPhrases))) {
      phrases.add('"' + phrase + '"');
    }
    add(queries, "phrase", phrases, random, values);
    List<String> several = new ArrayList<>();
    List<String> pool = List.copyOf(nlWords);
    List<String> compoundPool = List.copyOf(compounds);
    for (int i = 0; i < PER_KIND; i++) {
      int n = 2 + random.nextInt(3);
      List<String> words = new ArrayList<>();
      for (int w = 0; w < n; w++) {
        List<String> from = random.nextInt(3) == 0 ? compoundPool : pool;
        words.add(from.get(random.nextInt(from.size())));
      }
      several.add(String.join(" ", words));
    }
    add(queries, "words", several, random, values);
    add(queries, "english", pick(random, List.copyOf(english)), random, values);
    for (int i = 0; i < PER_KIND; i++) {
      queries.add(new BenchQuery("facets", "", filters(random, values, 1 + random.nextInt(3))));
    }
    return queries;
  }

  /** Writes {@code queries} to a query file, one {@link BenchQuery#line} each. */
  static void write(Path file, List<BenchQuery> queries) throws IOException {
    Files.write(file, queries.stream().map(BenchQuery::line).toList(), StandardCharsets.UTF_8);
  }

  /** The queries of a file {@link #write} wrote. */
  static List<BenchQuery> read(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(BenchQuery::parse)
        .toList();
  }

  private static void classifyNl(String text, Set<String> words, Set<String> compounds,
      Set<String> phrases) {
    String t = text.toLowerCase(Locale.ROOT).replaceAll("[\"()]", "").trim();
    if (t.isEmpty() || t.contains("|")) {
      return;
    }
    if (t.contains(" ")) {
      if (t.split(" ").length <= 4) {
        phrases.add(t);
      }
    } else if (t.length() >= 11) {
      compounds.add(t);
    } else {
      words.add(t);
    }
  }

  /** {@link #PER_KIND} distinct entries of {@code pool} (with repeats only when it is smaller). */
  private static List<String> pick(SplittableRandom random, List<String> pool) {
    List<String> copy = new ArrayList<>(pool);
    List<String> picked = new ArrayList<>();
    while (picked.size() < PER_KIND) {
      if (copy.isEmpty()) {
        copy.addAll(pool);
      }
      picked.add(copy.remove(random.nextInt(copy.size())).replace("\t", " "));
    }
    return picked;
  }

  /** Half of the queries without filters, the rest with one to three. */
  private static void add(List<BenchQuery> queries, String kind, List<String> texts,
      SplittableRandom random, Map<String, List<String>> values) {
    for (String text : texts) {
      int r = random.nextInt(10);
      int count = r < 5 ? 0 : r < 8 ? 1 : r < 9 ? 2 : 3;
      queries.add(new BenchQuery(kind, text, filters(random, values, count)));
    }
  }

  private static Map<String, List<String>> filters(SplittableRandom random,
      Map<String, List<String>> values, int count) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    while (filters.size() < count) {
      String dim = FILTER_DIMS.get(random.nextInt(FILTER_DIMS.size()));
      List<String> pool = values.get(dim);
      if (pool == null || pool.isEmpty() || filters.containsKey(dim)) {
        continue;
      }
      Set<String> chosen = new LinkedHashSet<>();
      int wanted = random.nextInt(4) == 0 ? 2 : 1;
      for (int tries = 0; chosen.size() < wanted && tries < 10; tries++) {
        chosen.add(pool.get(random.nextInt(pool.size())));
      }
      filters.put(dim, List.copyOf(chosen));
    }
    return filters;
  }

  /** Facet values, each as often as documents carry it, so that filters usually find something. */
  private static Map<String, List<String>> filterValues(List<CorpusDocument> real) {
    Map<String, List<String>> values = new HashMap<>();
    for (CorpusDocument doc : real) {
      values.computeIfAbsent("form", d -> new ArrayList<>()).addAll(doc.forms());
      values.computeIfAbsent("issue", d -> new ArrayList<>()).addAll(doc.issues());
      values.computeIfAbsent("benefit", d -> new ArrayList<>()).addAll(doc.benefits());
      values.computeIfAbsent("condition", d -> new ArrayList<>()).addAll(doc.conditions());
      values.computeIfAbsent("police_task", d -> new ArrayList<>()).addAll(doc.policeTasks());
      values.computeIfAbsent("type", d -> new ArrayList<>()).add(doc.type());
      values.computeIfAbsent("language", d -> new ArrayList<>()).add(doc.language());
      if (doc.evidence() != null) {
        values.computeIfAbsent("evidence", d -> new ArrayList<>()).add(doc.evidence());
      }
    }
    values.put("place", List.of("Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven",
        "Groningen", "Tilburg", "Almere"));
    return values;
  }
}
