package nl.buurtkennis.taxonomy;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.buurtkennis.validation.Problem;
import nl.buurtkennis.validation.ProblemMessage;
import nl.buurtkennis.yaml.YamlMap;
import nl.buurtkennis.yaml.YamlReader;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/** Reads {@code taxonomy.yml}, reporting every problem with its line. */
public final class TaxonomyParser {
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,79}");
  private static final List<String> FACET_FIELDS =
      List.of("id", "labels", "definitions", "hierarchical", "concepts");
  private static final List<String> CONCEPT_FIELDS =
      List.of("id", "labels", "definitions", "synonyms", "pair_label_words", "children");
  private static final List<String> LANGUAGES = List.of("nl", "en");
  private static final ProblemMessage FACETS = ProblemMessage.of("taxonomy.what.facets");
  private static final ProblemMessage CONCEPTS = ProblemMessage.of("taxonomy.what.concepts");
  private static final ProblemMessage GLOSSARY = ProblemMessage.of("taxonomy.what.glossary");
  /**
   * A word or a phrase of words: letters and digits, one space between words, no hyphen or other
   * mark.
   */
  private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+( [\\p{L}\\p{N}]+)*");

  private final Path path;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();
  private final YamlMap.Problems sink;
  private final YamlMap.Problems warningSink;

  private TaxonomyParser(Path path) {
    this.path = path;
    this.sink = (line, message) -> problems.add(new Problem(path, line, message));
    this.warningSink = (line, message) -> warnings.add(new Problem(path, line, message));
  }

  /**
   * The result of parsing: a taxonomy when there were no problems, and the warnings: what is
   * probably a mistake but does not stop the taxonomy from being used.
   */
  public record Result(Optional<Taxonomy> taxonomy, List<Problem> problems,
      List<Problem> warnings) {
    public Result(Optional<Taxonomy> taxonomy, List<Problem> problems) {
      this(taxonomy, problems, List.of());
    }
  }

  public static Result parse(Path path, String text) {
    return new TaxonomyParser(path).run(text);
  }

  private Result run(String text) {
    List<Facet> facets = new ArrayList<>();
    List<GlossaryEntry> glossary = new ArrayList<>();
    Optional<org.yaml.snakeyaml.nodes.Node> tree = YamlReader.compose(text, 0, sink);
    if (tree.isEmpty() && problems.isEmpty()) {
      sink.report(1, "taxonomy.empty");
    }
    tree
        .flatMap(root -> YamlMap.of(root, 0, sink, ProblemMessage.of("taxonomy.what.taxonomy")))
        .ifPresent(root -> {
          root.rejectUnknownKeys(List.of("facets", "glossary"),
              ProblemMessage.of("taxonomy.where.top"));
          Set<String> seen = new HashSet<>();
          for (YamlMap facetMap : root.mapList("facets", FACETS)) {
            readFacet(facetMap).ifPresent(facet -> {
              if (!seen.add(facet.id())) {
                sink.report(facetMap.line(), "taxonomy.facet.twice", facet.id());
              } else {
                facets.add(facet);
              }
            });
          }
          for (String required : Taxonomy.REQUIRED_FACETS) {
            if (!seen.contains(required)) {
              sink.report(root.line(), "taxonomy.facet.required", required);
            }
          }
          Map<String, Map<String, String>> names = conceptNames(facets);
          for (YamlMap entryMap : root.mapList("glossary", GLOSSARY)) {
            readGlossaryEntry(entryMap, names).ifPresent(glossary::add);
          }
        });
    if (!problems.isEmpty()) {
      return new Result(Optional.empty(), List.copyOf(problems), List.copyOf(warnings));
    }
    return new Result(Optional.of(new Taxonomy(facets, glossary, text)), List.of(),
        List.copyOf(warnings));
  }

  /**
   * The labels and synonyms of the topic facets' concepts, by language, with the concept they
   * name: a glossary word or phrase may not be one, as a search translates such a name through its
   * concept. Each name is listed folded (lower case, no diacritics) and, when it is a word or words
   * between spaces, by their stems, so that {@code buurtwachten}, {@code risk} and
   * {@code community officers} count as the names {@code buurtwacht}, {@code risks} and
   * {@code community officer}.
   */
  private static Map<String, Map<String, String>> conceptNames(List<Facet> facets) {
    Map<String, Map<String, String>> names = new HashMap<>();
    for (Facet facet : facets) {
      if (!Taxonomy.TOPIC_FACETS.contains(facet.id())) {
        continue;
      }
      for (Concept concept : facet.concepts()) {
        String ref = facet.id() + "/" + concept.id();
        for (String language : LANGUAGES) {
          Map<String, String> inLanguage = names.computeIfAbsent(language, l -> new HashMap<>());
          List<String> all = new ArrayList<>(concept.synonyms(language));
          all.add(0, concept.label().in(language));
          for (String name : all) {
            keys(name, language).forEach(key -> inLanguage.putIfAbsent(key, ref));
          }
        }
      }
    }
    return names;
  }

  /**
   * A name folded, and, when it is a word or words between spaces (a plural's {@code 's} aside),
   * their stems.
   */
  private static List<String> keys(String name, String language) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
    String words = folded.replaceAll("['’]s$", "");
    if (!WORDS.matcher(words).matches()) {
      return List.of(folded);
    }
    SnowballStemmer stemmer = language.equals("nl") ? new DutchStemmer() : new EnglishStemmer();
    List<String> stems = new ArrayList<>();
    for (String word : words.split(" ")) {
      stemmer.setCurrent(word);
      stemmer.stem();
      stems.add(stemmer.getCurrent());
    }
    return List.of(folded, "=" + String.join(" ", stems));
  }

  private Optional<GlossaryEntry> readGlossaryEntry(YamlMap map,
      Map<String, Map<String, String>> names) {
    map.rejectUnknownKeys(LANGUAGES, ProblemMessage.of("taxonomy.where.glossary"));
    List<String> nl = glossaryWords(map, "nl", names);
    List<String> en = glossaryWords(map, "en", names);
    if (nl.isEmpty() || en.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new GlossaryEntry(nl, en));
  }

  private List<String> glossaryWords(YamlMap map, String language,
      Map<String, Map<String, String>> names) {
    List<YamlMap.Item> items = map.textItems(language);
    boolean nothingWritten = map.node(language)
        .map(node -> node instanceof org.yaml.snakeyaml.nodes.SequenceNode list
            && list.getValue().isEmpty())
        .orElse(true);
    if (nothingWritten) {
      sink.report(map.line(), "taxonomy.glossary.side", language);
    }
    List<String> words = new ArrayList<>();
    for (YamlMap.Item item : items) {
      String concept = keys(item.text(), language).stream()
          .map(names.getOrDefault(language, Map.of())::get).filter(ref -> ref != null)
          .findFirst().orElse(null);
      if (!WORDS.matcher(item.text()).matches()) {
        sink.report(item.line(), "taxonomy.glossary.word", item.text());
      } else if (concept != null) {
        sink.report(item.line(), "taxonomy.glossary.concept", item.text(), concept);
      } else {
        words.add(item.text());
      }
    }
    return words;
  }

  private Optional<Facet> readFacet(YamlMap map) {
    map.rejectUnknownKeys(FACET_FIELDS, ProblemMessage.of("taxonomy.where.facet"));
    Optional<String> id = map.requiredText("id").filter(v -> validId(map, "id", v));
    LocalizedText labels = localized(map, "labels", true);
    LocalizedText definitions = localized(map, "definitions", false);
    boolean hierarchical = flag(map, "hierarchical", false);
    Set<String> ids = new HashSet<>();
    FacetNames names = new FacetNames();
    List<Concept> concepts = new ArrayList<>();
    for (YamlMap conceptMap : map.mapList("concepts", CONCEPTS)) {
      readConcept(conceptMap, null, ids, names).ifPresent(concepts::add);
    }
    names.check(sink, warningSink);
    if (concepts.isEmpty()) {
      sink.report(map.line(), "taxonomy.concepts.missing");
    }
    return id.map(v -> new Facet(v, labels, definitions, hierarchical, concepts));
  }

  private Optional<Concept> readConcept(YamlMap map, String parentId, Set<String> ids,
      FacetNames names) {
    map.rejectUnknownKeys(CONCEPT_FIELDS, ProblemMessage.of("taxonomy.where.concept"));
    Optional<String> id = map.requiredText("id").filter(v -> validId(map, "id", v));
    id.ifPresent(v -> {
      if (!ids.add(v)) {
        sink.report(map.lineOf("id"), "taxonomy.concept.twice", v);
      }
    });
    LocalizedText labels = localized(map, "labels", true);
    LocalizedText definitions = localized(map, "definitions", false);
    List<String> synonymsNl = new ArrayList<>();
    List<String> synonymsEn = new ArrayList<>();
    String conceptId = id.orElse("?");
    for (String language : LANGUAGES) {
      names.label(conceptId, language, labels.in(language), map.map("labels")
          .map(l -> l.lineOf(language)).orElse(map.line()));
    }
    map.map("synonyms").ifPresent(synonyms -> {
      synonyms.rejectUnknownKeys(LANGUAGES, ProblemMessage.of("taxonomy.where.field",
          ProblemMessage.field("synonyms")));
      for (String language : LANGUAGES) {
        for (YamlMap.Item item : synonyms.textItems(language)) {
          (language.equals("nl") ? synonymsNl : synonymsEn).add(item.text());
          names.synonym(conceptId, language, item.text(), item.line());
        }
      }
    });
    List<Concept> children = new ArrayList<>();
    for (YamlMap child : map.mapList("children", CONCEPTS)) {
      readConcept(child, id.orElse(null), ids, names).ifPresent(children::add);
    }
    boolean pairLabelWords = flag(map, "pair_label_words", true);
    return id.map(v -> new Concept(v, parentId, labels, definitions, synonymsNl, synonymsEn,
        children, pairLabelWords));
  }

  /** The value of an optional {@code true}/{@code false} field, reported when it is neither. */
  private boolean flag(YamlMap map, String key, boolean absent) {
    return map.optionalText(key).map(v -> {
      if (!v.equals("true") && !v.equals("false")) {
        sink.report(map.lineOf(key), "taxonomy.boolean", ProblemMessage.field(key));
      }
      return v.equals("true");
    }).orElse(absent);
  }

  private LocalizedText localized(YamlMap map, String key, boolean required) {
    Optional<YamlMap> texts = map.map(key);
    if (texts.isEmpty()) {
      if (required) {
        sink.report(map.line(), "taxonomy.localized.missing", ProblemMessage.field(key));
      }
      return new LocalizedText("", "");
    }
    texts.get().rejectUnknownKeys(LANGUAGES, ProblemMessage.of("taxonomy.where.field",
        ProblemMessage.field(key)));
    String nl = required ? texts.get().requiredText("nl").orElse("")
        : texts.get().optionalText("nl").orElse("");
    String en = required ? texts.get().requiredText("en").orElse("")
        : texts.get().optionalText("en").orElse("");
    return new LocalizedText(nl, en);
  }

  private boolean validId(YamlMap map, String key, String value) {
    if (ID.matcher(value).matches()) {
      return true;
    }
    sink.report(map.lineOf(key), "taxonomy.id.invalid", value);
    return false;
  }
}
