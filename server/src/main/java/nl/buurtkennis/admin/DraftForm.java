package nl.buurtkennis.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.corpus.DocumentParser;

/**
 * The console's document form: every front matter field and the body, as the librarian filled
 * them in. It turns into a Markdown document whose every line is known, so each validation problem
 * can be shown beside the field it is about.
 */
public final class DraftForm {
  /** Fields in the order they are written, which is also the order of the form. */
  public static final List<String> SCALARS = List.of("id", "title", "type", "language", "year",
      "summary", "evidence", "source", "url", "parent", "translation");
  public static final List<String> CONCEPT_LISTS = List.of("forms", "issues", "benefits",
      "conditions", "police_tasks");
  public static final List<String> TEXT_LISTS = List.of("places", "organisations", "authors",
      "keywords");
  public static final String BODY = "body";
  /** Problems that belong to no single field. */
  public static final String TOP = "";
  /** The hidden field with the version of the edited file as it was when the form was opened. */
  public static final String VERSION = "version";
  /**
   * The form field of the button that shows the posted form in the other language instead of
   * saving it; its value is that language.
   */
  public static final String LANGUAGE_SWITCH = "language_switch";

  private static final ObjectMapper JSON = new ObjectMapper();
  /** An empty line between two paragraphs, with the white space around it. */
  private static final String PARAGRAPH_BREAK = "\\s*\\n[ \\t]*\\n\\s*";
  /** A heading's or a list item's mark at the start of an extracted line. */
  private static final Pattern MARKDOWN_MARK = Pattern.compile("^\\s*(#{1,6} |- )");
  /** A body's first line when it is a heading: its text in group 1. */
  private static final Pattern TITLE_HEADING = Pattern.compile("#{1,6} ([^\\n]*)(?:\\n|$)");

  private final Map<String, String> scalars = new LinkedHashMap<>();
  private final Map<String, List<String>> lists = new LinkedHashMap<>();
  private String body = "";
  private boolean replace;
  /** The id of the existing document this form edits, fixed by its address; null when adding. */
  private String editing;
  /**
   * The version ({@link DocumentVersion}) of the file this form replaces when saved, as it was
   * when the form was opened (editing), or when the add form said its id is taken or saved it
   * (adding); or null.
   */
  private String version;
  private final List<String> notes = new ArrayList<>();
  private final Map<String, String> carried = new LinkedHashMap<>();

  /** A Markdown document made from the form, and which line holds which field. */
  public record Rendered(String markdown, Map<Integer, String> fieldOfLine, int closingLine) {
    /** The field written on {@code line}, {@link #BODY} from the closing '---' on, else null. */
    public String fieldAt(int line) {
      if (fieldOfLine.containsKey(line)) {
        return fieldOfLine.get(line);
      }
      return line >= closingLine ? BODY : null;
    }

    /** The line of the body (its textarea's, from 1) that file line {@code line} is; else 0. */
    public int bodyLine(int line) {
      return line > closingLine ? line - closingLine : 0;
    }
  }

  private DraftForm() {
    SCALARS.forEach(f -> scalars.put(f, ""));
    CONCEPT_LISTS.forEach(f -> lists.put(f, List.of()));
    TEXT_LISTS.forEach(f -> lists.put(f, List.of()));
  }

  public static DraftForm empty() {
    DraftForm form = new DraftForm();
    form.scalars.put("language", "nl");
    return form;
  }

  /** The form as posted: scalars as text, concept lists as checkboxes, text lists one per line. */
  public static DraftForm fromParams(Map<String, List<String>> params) {
    DraftForm form = new DraftForm();
    for (String field : SCALARS) {
      String value = first(params, field);
      // a summary of two paragraphs stays two, for the check to refuse, not joined unasked
      form.scalars.put(field, field.equals("summary") ? paragraphs(value) : oneLine(value));
    }
    for (String field : CONCEPT_LISTS) {
      form.lists.put(field, params.getOrDefault(field, List.of()).stream()
          .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList());
    }
    for (String field : TEXT_LISTS) {
      form.lists.put(field, splitLines(first(params, field)));
    }
    form.body = first(params, BODY).replace("\r\n", "\n").replace('\r', '\n');
    form.replace = "on".equals(first(params, "replace")) || "true".equals(first(params, "replace"));
    form.version = DocumentVersion.fromForm(first(params, VERSION));
    return form;
  }

  /**
   * A draft from an uploaded Markdown file; fields the form does not know are left out, noted. Of a
   * front matter that is not valid YAML it holds what can be read key by key
   * ({@link FrontMatter#readable()}).
   */
  static DraftForm fromMarkdown(FrontMatter matter) {
    DraftForm form = new DraftForm();
    matter.readable().fields().forEach((key, value) -> {
      if (form.scalars.containsKey(key)) {
        form.scalars.put(key, value == null ? "" : String.valueOf(value));
      } else if (form.lists.containsKey(key)) {
        form.lists.put(key, value instanceof List<?> list
            ? list.stream().map(String::valueOf).toList()
            : value == null ? List.of() : List.of(String.valueOf(value)));
      } else {
        form.notes.add(key);
      }
    });
    form.carryDutchNames(matter.readable().fields());
    form.body = matter.body().startsWith("\n") ? matter.body().substring(1) : matter.body();
    return form;
  }

  /**
   * A draft from a Markdown file without front matter, to complete by hand: its text as the body,
   * unchanged, and its first line (without '#') as the title.
   */
  static DraftForm fromPlainMarkdown(String text) {
    DraftForm form = empty();
    String body = (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n");
    String title = firstLine(body).replaceFirst("^#+\\s*", "");
    form.scalars.put("title", title);
    form.scalars.put("id", slug(title));
    form.body = body;
    return form;
  }

  /**
   * A draft from the text of a PDF, Word or OpenDocument file, to complete by hand. Its title is
   * the file's known title ({@link DocumentExtractor.Extracted#knownTitle()}), which the body then
   * does not repeat as its first heading, or else the text's first line, a guess whose heading
   * stays.
   */
  static DraftForm fromExtracted(DocumentExtractor.Extracted extracted) {
    DraftForm form = empty();
    String text = cleanText(extracted.text());
    String title = extracted.knownTitle();
    if (title.isEmpty()) {
      title = firstLine(text);
    } else {
      text = withoutTitleHeading(text, extracted.shownTitle(), extracted.title());
    }
    form.scalars.put("title", title);
    form.scalars.put("id", slug(title));
    if (extracted.year() >= DocumentParser.MIN_YEAR
        && extracted.year() <= DocumentParser.maxYear()) {
      form.scalars.put("year", Integer.toString(extracted.year()));
    }
    if (!extracted.author().isEmpty()) {
      form.lists.put("authors", List.of(extracted.author()));
    }
    form.body = text;
    return form;
  }

  public String value(String field) {
    return scalars.getOrDefault(field, "");
  }

  public List<String> values(String field) {
    return lists.getOrDefault(field, List.of());
  }

  /** A text list as the textarea shows it: one value per line. */
  public String lines(String field) {
    return String.join("\n", values(field));
  }

  public boolean checked(String field, String conceptId) {
    return values(field).contains(conceptId);
  }

  public String body() {
    return body;
  }

  public boolean replace() {
    return replace;
  }

  /** This form with its box to replace the document of the same id ticked. */
  DraftForm replacing() {
    replace = true;
    return this;
  }

  /**
   * This form as the editor of the existing document {@code id}: it replaces that document and no
   * other, whatever id is typed in (a different one is refused by the store).
   */
  DraftForm editing(String id) {
    editing = id;
    replace = true;
    return this;
  }

  /** This form with {@code id} as its id, for a file that names no valid id of its own. */
  DraftForm withId(String id) {
    scalars.put("id", id);
    return this;
  }

  /** The id of the existing document this form edits, or null when it adds a document. */
  public String editing() {
    return editing;
  }

  /** This form as made to {@code version} of the file of the document it replaces. */
  DraftForm at(String version) {
    this.version = version;
    return this;
  }

  /**
   * The version of the file this form replaces, which a save that replaces must still find
   * (a save that only adds ignores it); null for a form posted without it (then the last save
   * wins).
   */
  public String version() {
    return version;
  }

  /**
   * Puts the value of each key that is a Dutch name of a field ({@link FrontMatterKeys}) into
   * that field, unless the file also gives the field itself: then the key stays left out.
   */
  private void carryDutchNames(Map<String, Object> fields) {
    for (String key : List.copyOf(notes)) {
      String field = FrontMatterKeys.fieldOfDutch(key);
      if (field == null || fields.containsKey(field) || carried.containsValue(field)) {
        continue;
      }
      Object value = fields.get(key);
      if (scalars.containsKey(field) && !(value instanceof List<?>)) {
        scalars.put(field, value == null ? "" : String.valueOf(value));
      } else if (lists.containsKey(field)) {
        lists.put(field, value instanceof List<?> list
            ? list.stream().map(String::valueOf).toList()
            : value == null ? List.of() : List.of(String.valueOf(value)));
      } else {
        continue;
      }
      notes.remove(key);
      carried.put(key, field);
    }
  }

  /**
   * The fields, in the order of the form, whose text holds U+FFFD, the replacement character a
   * lenient decoder puts where bytes were not text of its encoding (a Latin-1 file read as UTF-8):
   * saved, it would stand in the corpus for the character that was meant.
   */
  public List<String> fieldsWithReplacementCharacter() {
    List<String> fields = new ArrayList<>();
    scalars.forEach((field, value) -> {
      if (value.indexOf('\uFFFD') >= 0) {
        fields.add(field);
      }
    });
    lists.forEach((field, values) -> {
      if (values.stream().anyMatch(v -> v.indexOf('\uFFFD') >= 0)) {
        fields.add(field);
      }
    });
    if (body.indexOf('\uFFFD') >= 0) {
      fields.add(BODY);
    }
    return fields;
  }

  /** Dutch keys of an uploaded file whose value the form carried into a field, with that field. */
  public Map<String, String> carriedFields() {
    return Map.copyOf(carried);
  }

  /** Front matter keys of an uploaded file that the form has no field for. */
  public List<String> droppedFields() {
    return List.copyOf(notes);
  }

  public Rendered toMarkdown() {
    StringBuilder out = new StringBuilder("---\n");
    Map<Integer, String> fieldOfLine = new LinkedHashMap<>();
    int line = 2;
    for (String field : List.of("id", "title", "type", "language", "year", "summary")) {
      if (field.equals("year") && value(field).isEmpty()) {
        continue; // a source without a year: the field is left out, as the guide says
      }
      out.append(field).append(": ").append(scalar(field, value(field))).append('\n');
      fieldOfLine.put(line++, field);
    }
    List<String> order = new ArrayList<>(CONCEPT_LISTS);
    order.addAll(List.of("evidence", "places", "organisations", "authors", "source", "url",
        "keywords", "parent", "translation"));
    for (String field : order) {
      boolean scalar = scalars.containsKey(field);
      if (field.equals("forms") || (scalar ? !value(field).isEmpty() : !values(field).isEmpty())) {
        out.append(field).append(": ")
            .append(scalar ? scalar(field, value(field)) : list(values(field))).append('\n');
        fieldOfLine.put(line++, field);
      }
    }
    out.append("---\n");
    int closing = line;
    out.append(body.endsWith("\n") || body.isEmpty() ? body : body + "\n");
    return new Rendered(out.toString(), fieldOfLine, closing);
  }

  /**
   * The problems of the document made from this form, by field, each in the language of
   * {@code locale}: a problem in the candidate file goes to the field it is about
   * ({@link DocumentProblem#field()}) or else to the field on its line, one in the body to
   * {@link #BODY}, and the rest (other files, the file's syntax) to {@link #TOP}, those of other
   * files with their path.
   */
  public static Map<String, List<String>> byField(List<DocumentProblem> problems,
      String candidatePath, IntFunction<String> fieldAtLine, Locale locale) {
    return byField(problems, candidatePath, fieldAtLine, null, locale);
  }

  /**
   * As {@link #byField(List, String, IntFunction, Locale)}, for a file the librarian wrote: a
   * problem of the candidate file that goes to the top is prefixed with {@code lineLabel} of its
   * line, so that "here" in a message points somewhere.
   *
   * @param fieldAtLine the field on a line, or null where the line belongs to no field (as in a
   *     front matter that is not valid YAML)
   * @param lineLabel "line 7" in the page's language, or null to show no line
   */
  public static Map<String, List<String>> byField(List<DocumentProblem> problems,
      String candidatePath, IntFunction<String> fieldAtLine, IntFunction<String> lineLabel,
      Locale locale) {
    return byField(problems, candidatePath, fieldAtLine, lineLabel, null, locale);
  }

  /**
   * As {@link #byField(List, String, IntFunction, IntFunction, Locale)}, with a problem of the
   * body prefixed with {@code bodyLineLabel} of its line ("line 3 of the text"), as the body's
   * field is many lines long and "this line" in a message must point at one of them.
   *
   * @param bodyLineLabel the label of a body problem's line, or null (or a function giving null)
   *     for none
   */
  public static Map<String, List<String>> byField(List<DocumentProblem> problems,
      String candidatePath, IntFunction<String> fieldAtLine, IntFunction<String> lineLabel,
      IntFunction<String> bodyLineLabel, Locale locale) {
    return byField(problems, candidatePath, fieldAtLine, lineLabel, bodyLineLabel, locale,
        problem -> problem.message(locale));
  }

  /**
   * As {@link #byField(List, String, IntFunction, IntFunction, IntFunction, Locale)}, each
   * problem of the candidate file told by {@code told} (in the form's words,
   * {@link FormProblemText}); those of other files as the validator tells them, with their path.
   */
  static Map<String, List<String>> byField(List<DocumentProblem> problems,
      String candidatePath, IntFunction<String> fieldAtLine, IntFunction<String> lineLabel,
      IntFunction<String> bodyLineLabel, Locale locale,
      Function<DocumentProblem, String> told) {
    Map<String, List<String>> byField = new LinkedHashMap<>();
    for (DocumentProblem problem : problems) {
      String field;
      String text = told.apply(problem);
      if (!problem.path().equals(candidatePath)) {
        field = TOP;
        text = problem.toString(locale);
      } else {
        String named = problem.field().filter(DraftForm::isField).orElse(null);
        String atLine = fieldAtLine.apply(problem.line());
        field = named != null ? named : atLine != null && isField(atLine) ? atLine : TOP;
        if (lineLabel != null && problem.description().key().startsWith("yaml.comment.")) {
          field = TOP; // advice on how to write the file; the form holds the value whole
        }
        if (field.equals(TOP) && lineLabel != null) {
          text = lineLabel.apply(problem.line()) + ": " + text;
        }
        String bodyLine = field.equals(BODY) && bodyLineLabel != null
            ? bodyLineLabel.apply(problem.line()) : null;
        if (bodyLine != null) {
          text = bodyLine + ": " + text;
        }
      }
      byField.computeIfAbsent(field, k -> new ArrayList<>()).add(text);
    }
    return byField;
  }

  /** Whether {@code name} is a field of the form (a front matter key it has an input for). */
  static boolean isField(String name) {
    return SCALARS.contains(name) || CONCEPT_LISTS.contains(name) || TEXT_LISTS.contains(name)
        || BODY.equals(name);
  }

  /** Ids and years are written bare; every other text as a JSON string, which YAML reads as is. */
  private static String scalar(String field, String value) {
    if (field.equals("year") && value.matches("\\d{1,4}")) {
      return value;
    }
    return quote(value);
  }

  private static String list(List<String> values) {
    List<String> quoted = values.stream().map(DraftForm::quote).toList();
    return "[" + String.join(", ", quoted) + "]";
  }

  private static String quote(String value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String first(Map<String, List<String>> params, String key) {
    List<String> values = params.get(key);
    return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
  }

  /**
   * A one-line field's value as typed: a line break (Enter in a summary, a pasted paragraph) is a
   * space, since the field holds one paragraph and a line break would be saved as an escape.
   */
  /** Each paragraph of {@code value} on one line, an empty line between two. */
  static String paragraphs(String value) {
    String text = value.replace("\r\n", "\n").replace('\r', '\n').strip();
    return String.join("\n\n", Arrays.stream(text.split(PARAGRAPH_BREAK))
        .map(DraftForm::oneLine).toList());
  }

  static String oneLine(String value) {
    return value.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  private static List<String> splitLines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
  }

  /** Tidies extracted text: no control characters, no trailing spaces, at most one empty line. */
  static String cleanText(String text) {
    String clean = text.replace("\r\n", "\n").replace('\r', '\n')
        .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").replace('\t', ' ')
        .replaceAll("(?m)[ \\u00A0]+$", "")
        .replaceAll("\\n{3,}", "\n\n");
    return clean.strip() + "\n";
  }

  /**
   * {@code text} without its first line when that is a heading with one of {@code titles} as its
   * text (case and spacing aside): the title is the draft's, in its front matter. A first heading
   * that differs, or one further on, stays.
   */
  private static String withoutTitleHeading(String text, String... titles) {
    Matcher heading = TITLE_HEADING.matcher(text);
    if (!heading.lookingAt()) {
      return text;
    }
    String found = comparable(heading.group(1));
    for (String title : titles) {
      if (!title.isEmpty() && comparable(title).equals(found)) {
        String rest = text.substring(heading.end()).stripLeading();
        return rest.isEmpty() ? "\n" : rest;
      }
    }
    return text;
  }

  private static String comparable(String title) {
    return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String firstLine(String text) {
    return text.lines().map(l -> MARKDOWN_MARK.matcher(l).replaceFirst("").strip())
        .filter(l -> !l.isEmpty()).findFirst()
        .map(l -> l.length() > 150 ? l.substring(0, 150) : l).orElse("");
  }

  /** A suggested id from a title: lower-case ASCII letters and digits joined by '-'. */
  static String slug(String title) {
    String ascii = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 60) {
      slug = slug.substring(0, 60).replaceAll("-+$", "");
    }
    return slug;
  }
}
