package nl.buurtkennis.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.Section;

/**
 * Writes a synthetic corpus in the corpus format, deterministically from a seed: each document is a
 * variation on a real document picked at random, its template: the same language, type, number
 * and length of sections; the template's facet values and keywords, a few swapped for others drawn
 * by how often the real corpus uses them; text from the template's bigrams with the language's
 * mixed in ({@link TopicText}). Ids start with {@code synth-} and
 * the source says the document is synthetic. Places and years are drawn from wider distributions
 * than the real corpus has (see bench/HISTORY.md), as a national knowledge base would hold them.
 */
final class SyntheticCorpus {
  static final String ID_PREFIX = "synth-";
  private static final String[] PLACES = {
      "Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg",
      "Almere", "Breda", "Nijmegen", "Apeldoorn", "Arnhem", "Haarlem", "Enschede", "Amersfoort",
      "Zaanstad", "Den Bosch", "Haarlemmermeer", "Zwolle", "Zoetermeer", "Leiden", "Maastricht",
      "Dordrecht", "Ede", "Alphen aan den Rijn", "Leeuwarden", "Alkmaar", "Emmen", "Westland",
      "Delft", "Venlo", "Deventer", "Sittard-Geleen", "Helmond", "Oss", "Amstelveen", "Hilversum",
      "Heerlen", "Súdwest-Fryslân", "Nissewaard", "Hengelo", "Purmerend", "Schiedam", "Lelystad",
      "Roosendaal", "Leidschendam-Voorburg", "Gouda", "Vlaardingen", "Hoorn", "Almelo", "Assen",
      "Capelle aan den IJssel", "Veenendaal", "Katwijk", "Zeist", "Nieuwegein", "Lansingerland",
      "Hardenberg", "Roermond", "Barneveld", "Gooise Meren", "Heerhugowaard", "Doetinchem",
      "Terneuzen", "Kampen", "Vlissingen", "Middelburg", "Goes", "Harderwijk", "Tiel"};

  private final List<CorpusDocument> real;
  private final Map<String, WordModel> text = new HashMap<>();
  /** The text model of each real document, in the order of {@link #real}. */
  private final List<TopicText> topics = new ArrayList<>();
  private final Map<String, List<String>> headings = new HashMap<>();
  private final Map<String, List<String>> keywords = new HashMap<>();
  private final List<String> organisations = new ArrayList<>();
  private final Map<String, List<String>> valuePools = new HashMap<>();
  private final List<String> evidencePool = new ArrayList<>();

  SyntheticCorpus(Corpus corpus) {
    this.real = corpus.documents();
    for (CorpusDocument doc : real) {
      WordModel model = text.computeIfAbsent(doc.language(), l -> new WordModel());
      WordModel own = new WordModel();
      model.train(doc.summary());
      own.train(doc.summary());
      for (Section section : doc.sections()) {
        for (String paragraph : section.text().split("\n+")) {
          if (section.heading() == null || !paragraph.equals(section.heading())) {
            model.train(paragraph);
            own.train(paragraph);
          }
        }
        if (section.heading() != null && !section.heading().isBlank()) {
          headings.computeIfAbsent(doc.language(), l -> new ArrayList<>()).add(section.heading());
        }
      }
      topics.add(new TopicText(own, model));
      keywords.computeIfAbsent(doc.language(), l -> new ArrayList<>()).addAll(doc.keywords());
      organisations.addAll(doc.organisations());
      pool("forms", doc.forms());
      pool("issues", doc.issues());
      pool("benefits", doc.benefits());
      pool("conditions", doc.conditions());
      pool("police_tasks", doc.policeTasks());
      if (doc.evidence() != null) {
        evidencePool.add(doc.evidence());
      }
    }
  }

  private void pool(String field, List<String> values) {
    valuePools.computeIfAbsent(field, f -> new ArrayList<>()).addAll(values);
  }

  /** Loads the real corpus (taxonomy and documents) the model is trained on. */
  static Corpus loadReal(Path corpusDir) throws IOException {
    CorpusLoader.Result result = CorpusLoader.load(corpusDir);
    if (result.corpus().isEmpty()) {
      throw new IOException("the real corpus in " + corpusDir + " has problems: "
          + result.problems());
    }
    return result.corpus().get();
  }

  /**
   * Writes {@code count} documents and the real taxonomy into {@code target} (a corpus folder),
   * unless a corpus of the same size and seed is already there.
   */
  void write(Path target, Path taxonomy, int count, long seed) throws IOException {
    Path marker = target.resolve(".synthetic");
    String stamp = "documents=" + count + " seed=" + seed + " real=" + real.size() + "\n";
    if (Files.isRegularFile(marker) && Files.readString(marker).equals(stamp)) {
      return;
    }
    if (Files.exists(target)) {
      try (var walk = Files.walk(target)) {
        for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
    Path documents = target.resolve(CorpusLoader.DOCUMENTS_DIR);
    Files.createDirectories(documents);
    Files.copy(taxonomy, target.resolve(CorpusLoader.TAXONOMY_FILE));
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < count; i++) {
      String id = id(i);
      Path folder = documents.resolve(String.format("%04d", i / 1000));
      if (i % 1000 == 0) {
        Files.createDirectories(folder);
      }
      Files.writeString(folder.resolve(id + ".md"), document(id, random.split(), 0),
          StandardCharsets.UTF_8);
    }
    Files.writeString(marker, stamp);
  }

  /** Rewrites the text of every 100th document (1%), as an edit by librarians would. */
  List<Path> editOnePercent(Path target, int count, long seed) throws IOException {
    // An edited corpus is not the generated one: the next run must generate it again, or its
    // edits would change nothing and the update would measure a no-op.
    Files.deleteIfExists(target.resolve(".synthetic"));
    List<Path> edited = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(seed ^ 0x5eed);
    for (int i = 0; i < count; i += 100) {
      String id = id(i);
      Path file = target.resolve(CorpusLoader.DOCUMENTS_DIR)
          .resolve(String.format("%04d", i / 1000)).resolve(id + ".md");
      Files.writeString(file, document(id, random.split(), 1), StandardCharsets.UTF_8);
      edited.add(file);
    }
    return edited;
  }

  static String id(int i) {
    return ID_PREFIX + String.format("%07d", i);
  }

  private String document(String id, SplittableRandom random, int revision) {
    int picked = random.nextInt(real.size());
    CorpusDocument template = real.get(picked);
    String lang = template.language();
    TopicText words = topics.get(picked);
    StringBuilder md = new StringBuilder(8192);
    md.append("---\n");
    field(md, "id", id);
    field(md, "title", capitalise(words.phrase(random, jitter(random,
        Math.max(3, template.title().split("\\s+").length)))));
    md.append("type: ").append(template.type()).append('\n');
    md.append("language: ").append(lang).append('\n');
    md.append("year: ").append(year(random)).append('\n');
    field(md, "summary", words.sentences(random, jitter(random, wordCount(template.summary()))));
    list(md, "forms", vary(random, template.forms(), valuePools.get("forms")));
    list(md, "issues", vary(random, template.issues(), valuePools.get("issues")));
    list(md, "benefits", vary(random, template.benefits(), valuePools.get("benefits")));
    list(md, "conditions", vary(random, template.conditions(), valuePools.get("conditions")));
    list(md, "police_tasks", vary(random, template.policeTasks(), valuePools.get("police_tasks")));
    if (template.evidence() != null && !evidencePool.isEmpty()) {
      md.append("evidence: ").append(evidencePool.get(random.nextInt(evidencePool.size())))
          .append('\n');
    }
    list(md, "places", places(random));
    list(md, "organisations", sample(random, organisations, template.organisations().size()));
    field(md, "source", "Synthetisch document voor de benchmark (bench), geen echte bron"
        + (revision > 0 ? "; bewerking " + revision : ""));
    list(md, "keywords", vary(random, template.keywords(), keywords.get(lang)));
    md.append("---\n");
    List<String> pool = headings.getOrDefault(lang, List.of("Tekst"));
    for (Section section : template.sections()) {
      md.append("\n## ").append(pool.get(random.nextInt(pool.size()))).append("\n\n");
      int remaining = jitter(random, Math.max(20, wordCount(section.text())));
      while (remaining > 0) {
        int paragraph = Math.min(remaining, 60 + random.nextInt(80));
        md.append(words.sentences(random, paragraph)).append("\n\n");
        remaining -= paragraph;
      }
    }
    return md.toString();
  }

  /** A year from 1995 to 2026, recent years more likely. */
  private static int year(SplittableRandom random) {
    double r = random.nextDouble();
    return 2026 - (int) Math.floor(31 * r * r);
  }

  /** No place for half the documents, else one (sometimes two), the larger places more often. */
  private static List<String> places(SplittableRandom random) {
    if (random.nextBoolean()) {
      return List.of();
    }
    Set<String> places = new LinkedHashSet<>();
    int wanted = random.nextInt(10) == 0 ? 2 : 1;
    while (places.size() < wanted) {
      double r = random.nextDouble();
      places.add(PLACES[(int) (PLACES.length * r * r)]);
    }
    return List.copyOf(places);
  }

  /**
   * The template's values, each replaced by one drawn from {@code pool} (by how often the real
   * corpus uses it) {@link TopicText#DRIFT} of the time, as the text drifts from the template's.
   */
  private static List<String> vary(SplittableRandom random, List<String> values,
      List<String> pool) {
    Set<String> varied = new LinkedHashSet<>();
    for (String value : values) {
      boolean drift = random.nextDouble() < TopicText.DRIFT && pool != null && !pool.isEmpty();
      varied.add(drift ? pool.get(random.nextInt(pool.size())) : value);
    }
    return List.copyOf(varied);
  }

  /** Up to {@code count} distinct values, each drawn as often as it occurs in {@code pool}. */
  private static List<String> sample(SplittableRandom random, List<String> pool, int count) {
    Set<String> picked = new LinkedHashSet<>();
    for (int tries = 0; picked.size() < count && tries < count * 20 && !pool.isEmpty(); tries++) {
      picked.add(pool.get(random.nextInt(pool.size())));
    }
    return List.copyOf(picked);
  }

  private static int jitter(SplittableRandom random, int n) {
    return Math.max(1, (int) Math.round(n * (0.6 + 0.8 * random.nextDouble())));
  }

  private static int wordCount(String text) {
    return text.isBlank() ? 0 : text.trim().split("\\s+").length;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static void field(StringBuilder md, String name, String value) {
    md.append(name).append(": ").append(quote(value)).append('\n');
  }

  private static void list(StringBuilder md, String name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    md.append(name).append(": [");
    for (int i = 0; i < values.size(); i++) {
      md.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
    }
    md.append("]\n");
  }

  private static String quote(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + '"';
  }

  /** The real documents, e.g. to measure them. */
  List<CorpusDocument> real() {
    return real;
  }

}
