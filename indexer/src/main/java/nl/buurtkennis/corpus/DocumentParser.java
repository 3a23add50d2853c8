package nl.buurtkennis.corpus;

import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.validation.Problem;
import nl.buurtkennis.validation.ProblemMessage;
import nl.buurtkennis.yaml.CommentCuts;
import nl.buurtkennis.yaml.FieldByField;
import nl.buurtkennis.yaml.TypographicQuotes;
import nl.buurtkennis.yaml.YamlMap;
import nl.buurtkennis.yaml.YamlReader;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses one corpus file (YAML front matter and a Markdown body) into a {@link CorpusDocument},
 * checking every field against the contract and the taxonomy. All problems are collected.
 */
public final class DocumentParser {
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");
  /** The earliest year a document's source may have. */
  public static final int MIN_YEAR = 1950;
  /**
   * A source's address as it is: http:// is accepted as well, since refusing it would leave a
   * librarian to drop the link or to guess an https:// address that may not exist.
   */
  private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"]+");

  /** Document fields that hold concept ids, and the facet each refers to. */
  public static final Map<String, String> CONCEPT_FIELDS = Map.of(
      "forms", "form", "issues", "issue", "benefits", "benefit", "conditions", "condition",
      "police_tasks", "police_task");
  /** Document fields that hold one concept id of the facet of the same name. */
  public static final List<String> SINGLE_CONCEPT_FIELDS = List.of("type", "language", "evidence");

  /** The fields of the front matter, by their names there. */
  public static final List<String> FIELDS = List.of("id", "title", "type", "language", "year", "summary",
      "forms", "issues", "benefits", "conditions", "police_tasks", "evidence", "places",
      "organisations", "authors", "source", "url", "keywords", "parent", "translation");

  /**
   * Names a librarian may write for a field: its Dutch name, or the American spelling, which an
   * unknown field's problem names the field for ({@code auteur}: did you mean 'authors'?).
   */
  private static final Map<String, String> OTHER_FIELD_NAMES = Map.ofEntries(
      Map.entry("titel", "title"), Map.entry("soort", "type"), Map.entry("taal", "language"),
      Map.entry("jaar", "year"), Map.entry("samenvatting", "summary"),
      Map.entry("vormen", "forms"), Map.entry("knelpunten", "issues"),
      Map.entry("opbrengsten", "benefits"), Map.entry("voorwaarden", "conditions"),
      Map.entry("politietaken", "police_tasks"), Map.entry("bewijskracht", "evidence"),
      Map.entry("plaatsen", "places"), Map.entry("plaats", "places"),
      Map.entry("organisaties", "organisations"), Map.entry("organizations", "organisations"),
      Map.entry("organisatie", "organisations"), Map.entry("organization", "organisations"),
      Map.entry("auteur", "authors"), Map.entry("auteurs", "authors"),
      Map.entry("author", "authors"), Map.entry("bron", "source"), Map.entry("link", "url"),
      Map.entry("trefwoorden", "keywords"), Map.entry("zoekwoorden", "keywords"),
      Map.entry("vertaling", "translation"),
      Map.entry("ouder", "parent"));

  /**
   * Fields of free text, where a {@code #} is part of the text a librarian means: there a comment
   * after an unquoted value is refused, as it would cut the value short unnoticed. Ids, years and
   * web addresses cannot hold {@code " #"}, so a comment after them loses nothing and is allowed.
   */
  private static final List<String> TEXT_FIELDS = List.of("title", "summary", "places", "organisations",
      "authors", "source", "keywords");
  /** An empty line (or one of white space only) between two lines of text. */
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n");
  private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\R[ \\t]*");
  private static final ProblemMessage FRONT_MATTER = ProblemMessage.of("document.what.frontmatter");
  private static final List<String> REQUIRED_TEXT_FIELDS = List.of("title", "summary");

  private final Taxonomy taxonomy;
  private final Path displayPath;
  private final String relativePath;
  private final List<Problem> problems = new ArrayList<>();
  private final YamlMap.Problems sink;
  private final Predicate<String> knownId;
  /** Required fields already reported as empty, with the reason. */
  private final Set<String> toldEmpty = new HashSet<>();

  /**
   * What parsing one file gave: a document when it had no problems, and its links whenever its
   * fields could be read (with a null id when the id is not valid, so that its links are still
   * checked in the same run).
   */
  public record Result(Optional<CorpusDocument> document, List<Problem> problems,
      Optional<DocumentLinks> links, List<Problem> warnings) {

    public Result(Optional<CorpusDocument> document, List<Problem> problems,
        Optional<DocumentLinks> links) {
      this(document, problems, links, List.of());
    }

    static Result unreadable(List<Problem> problems) {
      return new Result(Optional.empty(), List.copyOf(problems), Optional.empty());
    }
  }

  private DocumentParser(Taxonomy taxonomy, Path displayPath, String relativePath,
      Predicate<String> knownId) {
    this.knownId = knownId;
    this.taxonomy = taxonomy;
    this.displayPath = displayPath;
    this.relativePath = relativePath;
    this.sink = (line, message) -> problems.add(new Problem(displayPath, line, message));
  }

  /**
   * @param displayPath the path to show in problems
   * @param relativePath the path relative to the corpus folder, with '/' separators
   */
  public static Result parse(Taxonomy taxonomy, Path displayPath, String relativePath, byte[] bytes) {
    return parse(taxonomy, displayPath, relativePath, bytes, id -> true);
  }

  /**
   * As {@link #parse(Taxonomy, Path, String, byte[])}, with the Markdown warnings of a valid
   * document; {@code knownId} tells whether a link to a document's page names one in the corpus.
   */
  public static Result parse(Taxonomy taxonomy, Path displayPath, String relativePath,
      byte[] bytes, Predicate<String> knownId) {
    return new DocumentParser(taxonomy, displayPath, relativePath, knownId).run(bytes);
  }

  private Result run(byte[] bytes) {
    Optional<String> decoded = CorpusText.decode(bytes, sink);
    if (decoded.isEmpty()) {
      return failed();
    }
    String text = decoded.get();
    if (text.isBlank()) {
      sink.report(1, "document.empty");
      return failed();
    }
    String[] lines = text.split("\n", -1);
    if (!lines[0].strip().equals("---")) {
      sink.report(1, "document.frontmatter.missing");
      return failed();
    }
    int closing = FrontMatterEnd.of(lines).orElse(-1);
    if (closing < 0) {
      sink.report(1, "document.frontmatter.unclosed");
      return failed();
    }
    if (FrontMatterEnd.isDots(lines[closing])) {
      // the fields and the text are still read, so that their problems are told in the same run
      sink.report(closing + 1, "document.frontmatter.dots");
    }
    String yaml = TypographicQuotes.straightened(
        String.join("\n", List.of(lines).subList(1, closing)), 2, sink);
    String body = String.join("\n", List.of(lines).subList(closing + 1, lines.length));
    int bodyLine = closing + 2;

    Optional<Node> tree = YamlReader.compose(yaml, 1, sink);
    if (tree.isEmpty() && !problems.isEmpty()) {
      return readWhatCanBeRead(yaml, body, bodyLine);
    }
    Optional<YamlMap> fields = tree.flatMap(node -> YamlMap.of(node, 1, sink, FRONT_MATTER));
    if (fields.isEmpty()) {
      if (problems.isEmpty()) {
        sink.report(2, "document.frontmatter.empty");
      }
      return failed();
    }
    reportCommentCuts(fields.get(), yaml);
    return read(fields.get(), body, bodyLine);
  }

  /**
   * Of a front matter that is not valid YAML, the problems of the fields that can still be read
   * on their own ({@link FieldByField}), so that one syntax error does not hide the others; the
   * document itself stays unreadable.
   */
  private Result readWhatCanBeRead(String yaml, String body, int bodyLine) {
    Set<Integer> reported = new HashSet<>();
    problems.forEach(problem -> reported.add(problem.line()));
    FieldByField.Read read = FieldByField.read(yaml, 1, FIELDS, reported, sink);
    FieldByField.map(read, 1, sink, FRONT_MATTER).ifPresent(fields -> {
      reportCommentCuts(fields, yaml);
      read(fields, body, bodyLine);
    });
    return failed();
  }

  private void reportCommentCuts(YamlMap f, String yaml) {
    CommentCuts comments = new CommentCuts(yaml, 1);
    for (String field : TEXT_FIELDS) {
      f.valueNode(field).filter(value -> comments.check(field, value,
          REQUIRED_TEXT_FIELDS.contains(field), sink)).ifPresent(value -> toldEmpty.add(field));
    }
  }

  /** A required text, reported as missing or empty unless that was told already. */
  private Optional<String> requiredText(YamlMap f, String field) {
    return toldEmpty.contains(field) ? Optional.empty() : f.requiredText(field);
  }

  private Result read(YamlMap f, String body, int bodyLine) {
    f.rejectUnknownKeys(FIELDS, OTHER_FIELD_NAMES);
    String id = f.requiredText("id").filter(v -> matches(f, "id", v, ID, "document.hint.id"))
        .orElse(null);
    String title = requiredText(f, "title").map(DocumentParser::oneLine).orElse(null);
    String type = f.requiredText("type").filter(v -> inFacet(f, "type", v, "type")).orElse(null);
    String language = f.requiredText("language").filter(v -> inFacet(f, "language", v, "language"))
        .orElse(null);
    Integer year = f.optionalText("year").flatMap(v -> year(f, v)).orElse(null);
    String summary = requiredText(f, "summary").filter(v -> oneParagraph(f, v))
        .map(DocumentParser::oneLine).orElse(null);
    int problemsBeforeForms = problems.size();
    List<String> forms = concepts(f, "forms");
    if (!f.has("forms")) {
      sink.report(f.line(), "document.forms.missing", ProblemMessage.field("forms"));
    } else if (forms.isEmpty() && problems.size() == problemsBeforeForms
        && !f.unreadable("forms")) {
      sink.report(f.lineOf("forms"), "document.forms.empty", ProblemMessage.field("forms"));
    }
    List<String> issues = concepts(f, "issues");
    List<String> benefits = concepts(f, "benefits");
    List<String> conditions = concepts(f, "conditions");
    List<String> policeTasks = concepts(f, "police_tasks");
    String evidence = f.optionalText("evidence").filter(v -> inFacet(f, "evidence", v, "evidence"))
        .orElse(null);
    List<String> places = f.textList("places");
    List<String> organisations = f.textList("organisations");
    List<String> authors = f.textList("authors");
    String source = f.optionalText("source").map(DocumentParser::oneLine).orElse(null);
    String url = f.optionalText("url").filter(v -> matches(f, "url", v, WEB_ADDRESS,
        "document.hint.url")).orElse(null);
    List<String> keywords = f.textList("keywords");
    String parent = f.optionalText("parent")
        .filter(v -> matches(f, "parent", v, ID, "document.hint.parent")).orElse(null);
    String translation = f.optionalText("translation").filter(v -> matches(f, "translation", v, ID,
        "document.hint.translation")).orElse(null);

    List<Section> sections = MarkdownSections.split(body);
    if (sections.isEmpty()) {
      sink.report(bodyLine - 1, "document.body.missing");
    } else if (sections.stream().allMatch(section -> section.blocks().isEmpty())) {
      sink.report(bodyLine - 1, "document.body.headingsonly");
    }
    Optional<DocumentLinks> links = Optional.of(new DocumentLinks(relativePath, id,
        f.lineOf("id"), type, language, parent, f.lineOf("parent"), translation,
        f.lineOf("translation")));
    if (!problems.isEmpty()) {
      return new Result(Optional.empty(), List.copyOf(problems), links);
    }
    CorpusDocument document = new CorpusDocument(id, relativePath, title, type, language, year,
        summary, forms, issues, benefits, conditions, policeTasks, evidence, places, organisations,
        authors, source, url, keywords, parent, translation, sections);
    return new Result(Optional.of(document), List.of(), links,
        MarkdownWarnings.of(displayPath, body, bodyLine, knownId));
  }

  private List<String> concepts(YamlMap f, String field) {
    Facet facet = taxonomy.require(CONCEPT_FIELDS.get(field));
    List<String> known = new ArrayList<>();
    for (YamlMap.Item item : f.textItems(field)) {
      String value = item.text();
      if (facet.contains(value)) {
        if (known.contains(value)) {
          sink.report(item.line(), "document.concept.twice", value, ProblemMessage.field(field));
        } else {
          known.add(value);
        }
      } else {
        sink.report(item.line(), unknownConcept(field, value, facet));
      }
    }
    return known;
  }

  private boolean inFacet(YamlMap f, String field, String value, String facetId) {
    Facet facet = taxonomy.require(facetId);
    if (facet.contains(value)) {
      return true;
    }
    sink.report(f.lineOf(field), unknownConcept(field, value, facet));
    return false;
  }

  private ProblemMessage unknownConcept(String field, String value, Facet facet) {
    return UnknownConcept.of(field, value, facet, taxonomy);
  }

  /**
   * The latest year a document's source may have: this year, as no source is from the future.
   * The console's form and the search page's year inputs take the same range.
   */
  public static int maxYear() {
    return Year.now().getValue();
  }

  private Optional<Integer> year(YamlMap f, String value) {
    int max = maxYear();
    if (value.matches("[0-9]{4}")) {
      int year = Integer.parseInt(value);
      if (year >= MIN_YEAR && year <= max) {
        return Optional.of(year);
      }
    }
    sink.report(f.lineOf("year"), "document.year.invalid", ProblemMessage.field("year"), MIN_YEAR,
        max, value);
    return Optional.empty();
  }

  /** Whether {@code value} matches; else reports it, with the message {@code hintKey} as advice. */
  /**
   * Whether the summary is one paragraph, as the guide asks: one shown under a search result, in
   * the console's one text box, and in feeds. An empty line (in a {@code |} block, or a quoted
   * {@code \n\n}) would make two.
   */
  private boolean oneParagraph(YamlMap f, String summary) {
    if (!PARAGRAPH_BREAK.matcher(summary).find()) {
      return true;
    }
    sink.report(f.lineOf("summary"), "document.summary.paragraphs",
        ProblemMessage.field("summary"));
    return false;
  }

  /**
   * A one-line field's value with each line break, and the blanks around it, read as one space:
   * a quoted {@code \n} or a {@code |} block keeps its breaks, which a citation in plain text or a
   * CSV cell would otherwise carry while the page, RIS and BibTeX show a space. The console saves
   * such a break as a space too.
   */
  static String oneLine(String value) {
    return LINE_BREAK.matcher(value).replaceAll(" ").strip();
  }

  private boolean matches(YamlMap f, String field, String value, Pattern pattern, String hintKey) {
    if (pattern.matcher(value).matches()) {
      return true;
    }
    sink.report(f.lineOf(field), "document.value.invalid", value, ProblemMessage.field(field),
        ProblemMessage.of(hintKey));
    return false;
  }

  private Result failed() {
    return Result.unreadable(problems);
  }
}
