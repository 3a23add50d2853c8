package nl.buurtkennis.admin;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.web.Messages;
import nl.buurtkennis.web.OtherLanguage;

/** The models of the console's pages: what each jte template under {@code admin/} shows. */
public final class AdminPages {
  /** Librarians read times in Dutch local time, with its zone (CET or CEST) said. */
  static final ZoneId LOCAL = ZoneId.of("Europe/Amsterdam");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")
      .withLocale(Locale.ROOT).withZone(LOCAL);

  private AdminPages() {}

  /** {@code ?lang=en} for English pages, nothing for Dutch ones. */
  static String langQuery(Messages msg) {
    return "en".equals(msg.lang()) ? "?lang=en" : "";
  }

  /**
   * The {@code lang} of a document's text when its language field is one the corpus knows
   * ({@code nl}, {@code en}); else null, which leaves the attribute out.
   */
  public static String textLang(Object language) {
    String code = language == null ? "" : String.valueOf(language);
    return code.equals("nl") || code.equals("en") ? code : null;
  }

  public static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  /**
   * A page with one message: the console is off, access denied, or locked out.
   *
   * @param heading the page's heading
   * @param refused whether the page answers a form it refused (a forged or expired token, an
   *     upload too large, a sign-in locked out): its title then starts with "Fout:" / "Error:",
   *     as that of any other refused console form does
   * @param reindex whether the page offers the button to re-index (for a signed-in librarian)
   * @param otherLanguageUrl the page asked for in the other language; null for a page that no
   *     address shows again (the answer to a posted form), which links to where its own
   *     {@code link} leads, in the other language
   */
  public record MessagePage(Messages msg, String heading, String message, String csrf, Link link,
      boolean refused, boolean reindex, String otherLanguageUrl) {
    public MessagePage(Messages msg, String heading, String message, String csrf, Link link,
        boolean refused, boolean reindex) {
      this(msg, heading, message, csrf, link, refused, reindex, null);
    }

    public MessagePage(Messages msg, String heading, String message, String csrf, Link link,
        boolean refused) {
      this(msg, heading, message, csrf, link, refused, false);
    }

    public MessagePage(Messages msg, String heading, String message, String csrf, Link link) {
      this(msg, heading, message, csrf, link, false);
    }

    public MessagePage(Messages msg, String heading, String message, String csrf) {
      this(msg, heading, message, csrf, null);
    }

    /** The page's title: its heading, after "Fout:" / "Error:" when it refuses a form. */
    public String title() {
      return refused ? msg.format("title.error", heading) : heading;
    }

    /**
     * This page answering {@code ctx}: asked with GET (or HEAD) at the address of a console page,
     * its language link is that address in the other language, which shows the same page in it
     * ({@link OtherLanguage#ofPage}).
     */
    public MessagePage answering(Context ctx) {
      boolean read = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
      String url = read ? OtherLanguage.ofPage(ctx, OtherLanguage.other(msg.lang())) : null;
      return url == null ? this : new MessagePage(msg, heading, message, csrf, link, refused,
          reindex, url);
    }

    /** The link to the other language: this page in it, else where its link leads, in it. */
    public String languageUrl() {
      if (otherLanguageUrl != null) {
        return otherLanguageUrl;
      }
      return OtherLanguage.inLanguage(link != null ? link.url() : "/admin",
          OtherLanguage.other(msg.lang()));
    }

    public String lq() {
      return langQuery(msg);
    }
  }

  /**
   * @param notice why the sign-in is asked for again, or null
   * @param kept the fields of a document form carried through the sign-in (hidden inputs)
   * @param keptForm which document form they are of ({@link KeptForm#form}), or null with none
   * @param next the console page to go to after signing in, or null
   */
  public record SignInPage(Messages msg, String csrf, String error, String notice,
      List<KeptForm.Field> kept, String keptForm, String next) {
    /**
     * The field of the form that switches a sign-in page carrying a kept form to the other
     * language: posted with the form instead of a password, it shows the page again in that
     * language.
     */
    public static final String LANGUAGE_SWITCH = "switch-language";

    SignInPage(Messages msg, String csrf, String error) {
      this(msg, csrf, error, null, List.of(), null, null);
    }

    /** Whether the page carries a document form through the sign-in. */
    public boolean keepsForm() {
      return !kept.isEmpty() && keptForm != null;
    }

    /**
     * The sign-in page in the other language, still leading to {@code next} (in that language)
     * once signed in. A page that carries a form posts it there instead ({@link #keepsForm}).
     */
    public String languageUrl() {
      String other = OtherLanguage.other(msg.lang());
      String nextThere = otherLanguageNext();
      return OtherLanguage.inLanguage(AdminGuard.SIGN_IN_PATH + (nextThere == null ? ""
          : "?" + KeptForm.NEXT + "=" + URLEncoder.encode(nextThere, StandardCharsets.UTF_8)),
          other);
    }

    /** Where the form that switches the language posts: the sign-in in the other language. */
    public String languageAction() {
      return OtherLanguage.inLanguage(AdminGuard.SIGN_IN_PATH, OtherLanguage.other(msg.lang()));
    }

    /** {@code next} in the other language, for the page in it; null without one. */
    public String otherLanguageNext() {
      return next == null ? null : KeptForm.safeNext(OtherLanguage.inLanguage(next,
          OtherLanguage.other(msg.lang())));
    }

    /** The page's title; "Fout:" / "Error:" first after a wrong password. */
    public String title() {
      String title = msg.get("admin.signin.title");
      return error == null ? title : msg.format("title.error", title);
    }

    /** {@code "true"} when the password was refused; otherwise null (no attribute). */
    public String ariaInvalid() {
      return error == null ? null : "true";
    }

    public String lq() {
      return langQuery(msg);
    }
  }

  /**
   * @param editIds the id of the document in each document file, by its corpus-relative path,
   *     for the files whose edit form opens them
   * @param otherLanguageUrl the page as asked (its notice kept) in the other language
   */
  public record HealthPage(Messages msg, String csrf, CorpusHealth health, String notice,
      Map<String, String> editIds, String otherLanguageUrl) {
    public String lq() {
      return langQuery(msg);
    }

    /** How the last re-index went, in a word or two: succeeded, queued or failed. */
    public String lastState() {
      return health.reindex().last().map(last -> msg.get(last.succeeded() ? "admin.reindex.ok"
          : last.queued() ? "admin.reindex.queued" : "admin.reindex.failed")).orElse("");
    }

    /**
     * When the last re-index failed but the index was written after it (by {@code indexer build}
     * or {@code update}, or a later run), a sentence saying so with the time of that commit,
     * since what search serves is then that commit and not the failure; else null.
     */
    public String superseded() {
      return health.reindex().lastSuperseded()
          ? msg.format("admin.reindex.superseded",
              time(health.reindex().indexWrittenAt().orElseThrow()))
          : null;
    }

    /**
     * The problems of the corpus the last re-index refused, in the page's language (the logs, the
     * command line and the admin API tell them in English); empty when it was not refused so.
     */
    public List<PlacedProblem> lastProblems() {
      if (health.reindex().lastSuperseded()) {
        return List.of(); // of files as they were; the index was written from a newer reading
      }
      return health.reindex().last().map(last -> last.corpusProblems().stream()
          .map(p -> new PlacedProblem(p.path() + ":" + p.line(), p.message(msg.locale()),
              editIds.get(p.path().toString().replace('\\', '/'))))
          .toList())
          .orElse(List.of());
    }

    /**
     * Why the last re-index failed when its corpus was not the reason (another process writing
     * to the index, an I/O error): a sentence in the page's language and the technical detail
     * as logged; null when it succeeded or its corpus was refused.
     */
    public Failure lastFailure() {
      return health.reindex().last()
          .filter(last -> !last.succeeded() && last.corpusProblems().isEmpty())
          .filter(last -> !health.reindex().lastSuperseded())
          .map(last -> new Failure(msg.get(last.queued() ? "admin.reindex.failure.queued"
                  : last.busy() ? "admin.reindex.failure.busy" : "admin.reindex.failure.error"),
              last.failure() != null ? last.failure() : String.join("; ", last.problems())))
          .orElse(null);
    }
  }

  /** A link a page offers onwards: where it goes, and what it says. */
  public record Link(String url, String text) {}

  /** The way back to the console's start page, in the page's language. */
  public static Link backToConsole(Messages msg) {
    return new Link("/admin" + langQuery(msg), msg.get("admin.request.back"));
  }

  /** The way to the sign-in page, in the page's language: from a sign-in refused or locked out. */
  public static Link toSignIn(Messages msg) {
    return new Link(AdminGuard.SIGN_IN_PATH + langQuery(msg), msg.get("admin.request.signin"));
  }

  /**
   * The page of a console address with a malformed percent-escape, in its path or in its query
   * string: the same to everyone, signed in or not, since it is answered before the session is
   * looked at. It shows no menu, only the way back to the console.
   */
  public static MessagePage badlyEncoded(Messages msg) {
    return new MessagePage(msg, msg.get("error.encoding.title"), msg.get("admin.request.encoding"),
        "", backToConsole(msg));
  }

  /**
   * The page of a console address too long for the server (414), answered before the session
   * is looked at as {@link #badlyEncoded} is.
   */
  public static MessagePage addressTooLong(Messages msg) {
    return new MessagePage(msg, msg.get("error.toolong.title"), msg.get("admin.request.toolong"),
        "", backToConsole(msg));
  }

  /**
   * The page of a console address asked with a request line and headers together too large for
   * the server (431): a long address (one not long enough alone for a 414) or too many or too
   * large cookies. Answered as {@link #badlyEncoded} is.
   */
  public static MessagePage headersTooLarge(Messages msg) {
    return new MessagePage(msg, msg.get("admin.request.headers.title"),
        msg.get("admin.request.headers"), "", backToConsole(msg));
  }

  /**
   * A problem of a corpus file: {@code path:line}, what is wrong there, and the id of the
   * document whose edit form opens the file, or null when none does (taxonomy.yml, a file without
   * a valid id, or a second file with the id of another).
   */
  public record PlacedProblem(String place, String message, String editId) {}

  /** Why a re-index failed, told to a librarian, and the technical detail for whoever fixes it. */
  public record Failure(String sentence, String detail) {}

  /** One option of a facet's select. */
  public record Option(String value, String label) {}

  /**
   * One checkbox of a concept list.
   *
   * @param narrower its narrower concepts, as a list in its item: assistive technology announces
   *     the nesting, which indentation alone does not
   */
  public record ConceptOption(String value, String label, List<ConceptOption> narrower) {}

  /**
   * A concept's meaning, shown as text beside its field: a title tooltip reaches neither the
   * keyboard nor touch, and screen readers read it inconsistently.
   */
  public record Definition(String label, String text) {}

  /**
   * The document form, with the problems of its last check by field ({@link DraftForm#TOP} for
   * the rest) and notes on how the draft came about.
   *
   * @param warnings notices by field that do not keep a document from being saved (the text reads
   *     as the other language; a value read from a file whose front matter is not valid YAML)
   * @param uploadedFrontMatter the front matter of an uploaded file as it was, '---' lines
   *     included, shown for comparison when it could not be read as a whole; else null
   * @param saved the document just saved, when the form is shown again for its warnings; else null
   * @param outdated why the form was not saved: the document changed or went since it was
   *     opened; else null
   * @param summary what the error summary says of its problems first
   * @param indexed whether the edited document is in the index, so that its public page exists
   *     to link to (not so after a re-index that refused the corpus)
   * @param posted whether the form holds what was posted and not saved (a refused save, an
   *     upload), which no address shows again: its language switch then posts the form ({@link
   *     DraftForm#LANGUAGE_SWITCH}) rather than follow a link that would lose what was typed
   */
  public record FormPage(Messages msg, String csrf, DraftForm form, Taxonomy taxonomy,
      Map<String, List<String>> errors, List<String> notes, long maxUploadMegabytes,
      Map<String, List<String>> warnings, String uploadedFrontMatter, SavedLink saved,
      Outdated outdated, Summary summary, String uploaded, boolean indexed, boolean posted) {

    /**
     * The key of the problems of an uploaded file that was refused as a whole (none chosen, too
     * large, not a text or a kind the console reads): told beside the file picker, which is
     * marked invalid as a refused field is.
     */
    public static final String FILE = "file";

    public FormPage(Messages msg, String csrf, DraftForm form, Taxonomy taxonomy,
        Map<String, List<String>> errors, List<String> notes, long maxUploadMegabytes) {
      this(msg, csrf, form, taxonomy, errors, notes, maxUploadMegabytes, Map.of(), null, null,
          null, Summary.REFUSED, null, false, false);
    }

    /** Where the form posts to: a new document, or the edit of the one it edits. */
    public String action() {
      return (form.editing() == null ? "/admin/documents"
          : "/admin/documents/" + form.editing() + "/edit") + lq();
    }

    /** The same address in the other language, which the language switch posts the form to. */
    public String otherLanguageAction() {
      String path = form.editing() == null ? "/admin/documents"
          : "/admin/documents/" + form.editing() + "/edit";
      return "en".equals(msg.lang()) ? path : path + "?lang=en";
    }

    /** The first line of the error summary. */
    public String errorsHeading() {
      return msg.get(summary.key);
    }

    /** The heading: adding a document, or editing the one of the form's id. */
    public String heading() {
      return form.editing() == null ? msg.get("admin.nav.new")
          : msg.format("admin.edit.title", form.editing());
    }

    /**
     * The page's title, which tells the form's states apart: the heading, naming the uploaded
     * file the form holds; "Fout:" / "Error:" first when it was refused or not saved for a change
     * meanwhile; that it was saved when it comes back with notes.
     */
    public String title() {
      String title = uploaded == null || form.editing() != null ? heading()
          : msg.format("admin.form.title.upload", uploaded);
      if (summary == Summary.OPENED && hasErrors() && outdated == null) {
        return msg.format("admin.form.title.problems", title);
      }
      if (hasErrors() || outdated != null) {
        return msg.format("title.error", title);
      }
      return saved != null ? msg.format("admin.form.title.saved", title) : title;
    }

    public String lq() {
      return langQuery(msg);
    }

    public List<String> errors(String field) {
      return errors.getOrDefault(field, List.of());
    }

    public boolean hasErrors() {
      return !errors.isEmpty();
    }

    public List<String> warnings(String field) {
      return warnings.getOrDefault(field, List.of());
    }

    /**
     * {@code "true"} for the controls of a field that was refused (each box of a list of
     * concepts); otherwise null, which leaves the attribute out.
     */
    public String ariaInvalid(String field) {
      return errors(field).isEmpty() ? null : "true";
    }

    /** The ids of the error and warning lists beside {@code field}, or null when it has none. */
    public String describedBy(String field) {
      String ids = ((errors(field).isEmpty() ? "" : "err-" + field + " ")
          + (warnings(field).isEmpty() ? "" : "warn-" + field)).strip();
      return ids.isEmpty() ? null : ids;
    }

    /** What describes the file picker: the upload's help, and its error when it was refused. */
    public String fileDescribedBy() {
      return "upload-help" + (errors(FILE).isEmpty() ? "" : " err-" + FILE);
    }

    /** The lines of the uploaded front matter, for the height of the box that shows it. */
    public int uploadedFrontMatterLines() {
      return uploadedFrontMatter == null ? 0 : (int) uploadedFrontMatter.lines().count();
    }

    /**
     * The problems beside the fields, in the order of the form, each with the id of the control
     * the error summary links to (the first checkbox of a concept list) and the field's label.
     */
    public List<FieldProblem> fieldProblems() {
      return beside(errors);
    }

    /** The warnings beside the fields, as {@link #fieldProblems()} gives the errors. */
    public List<FieldProblem> fieldWarnings() {
      return beside(warnings);
    }

    private List<FieldProblem> beside(Map<String, List<String>> byField) {
      List<String> order = new java.util.ArrayList<>(List.of(FILE, "id", "title", "year", "type",
          "language", "evidence", "summary"));
      order.addAll(DraftForm.CONCEPT_LISTS);
      order.addAll(DraftForm.TEXT_LISTS);
      order.addAll(List.of("source", "url", "parent", "translation", DraftForm.BODY));
      List<FieldProblem> problems = new java.util.ArrayList<>();
      for (String field : order) {
        for (String message : byField.getOrDefault(field, List.of())) {
          problems.add(new FieldProblem(target(field), label(field), message));
        }
      }
      return problems;
    }

    private String target(String field) {
      if (FILE.equals(field)) {
        return "file";
      }
      if (DraftForm.CONCEPT_LISTS.contains(field)) {
        List<Concept> roots = taxonomy.facet(facetOf(field)).map(Facet::roots).orElse(List.of());
        return roots.isEmpty() ? "f-" + field : "f-" + field + "-" + roots.get(0).id();
      }
      return "f-" + field;
    }

    private String label(String field) {
      if (FILE.equals(field)) {
        return msg.get("admin.upload.field");
      }
      String label = FormProblemText.label(msg, taxonomy, field);
      return label != null ? label : field;
    }

    /**
     * The values of {@code field} that none of its options stands for ({@link UnknownValues}):
     * shown ticked or selected as they are, so that they are neither lost nor saved unseen.
     */
    public List<String> unknownValues(String field) {
      return UnknownValues.of(form, taxonomy).in(field);
    }

    /** The concepts of a facet in taxonomy order, labelled in the page's language. */
    public List<Option> options(String facetId) {
      return taxonomy.facet(facetId).map(f -> f.concepts().stream()
          .map(c -> new Option(c.id(), c.label().in(msg.lang()))).toList())
          .orElse(List.of());
    }

    /** The concepts of a facet as its tree: the top concepts, each with its narrower ones. */
    public List<ConceptOption> conceptTree(String facetId) {
      return taxonomy.facet(facetId).map(f -> tree(f.roots())).orElse(List.of());
    }

    private List<ConceptOption> tree(List<Concept> concepts) {
      return concepts.stream().map(c -> new ConceptOption(c.id(), c.label().in(msg.lang()),
          tree(c.children()))).toList();
    }

    /** What the concepts of a facet mean, in taxonomy order, for those the taxonomy defines. */
    public List<Definition> definitions(String facetId) {
      return taxonomy.facet(facetId).map(f -> f.concepts().stream()
          .filter(c -> c.definition() != null)
          .map(c -> new Definition(c.label().in(msg.lang()), c.definition().in(msg.lang())))
          .filter(d -> d.text() != null && !d.text().isBlank()).toList())
          .orElse(List.of());
    }

    public String facetLabel(String facetId) {
      return taxonomy.facet(facetId).map(f -> f.label().in(msg.lang())).orElse(facetId);
    }

    /** The facet a concept-list field takes its ids from. */
    public String facetOf(String field) {
      return nl.buurtkennis.corpus.DocumentParser.CONCEPT_FIELDS.get(field);
    }
  }

  /** What the document form's error summary says of its problems before it lists them. */
  public enum Summary {
    /** The form was checked and refused for these problems. */
    REFUSED("admin.form.errors"),
    /** Refused for problems of other files alone: the document itself has none. */
    OTHER_FILES("admin.form.errors.elsewhere"),
    /**
     * Refused for problems of taxonomy.yml: without the vocabulary the corpus check reads no
     * document, so this one, its concepts above all, was not checked at all.
     */
    UNCHECKED("admin.form.errors.unchecked"),
    /** Not sent yet: the document as it was opened has problems that keep it from being saved. */
    OPENED("admin.form.errors.opened");

    private final String key;

    Summary(String key) {
      this.key = key;
    }
  }

  /** A problem beside a field, as the error summary links to it. */
  public record FieldProblem(String target, String label, String message) {}

  /**
   * A change refused because someone else changed or removed the document since the page was
   * opened: what happened, and a link to open in a new tab (the current version, or the add form
   * when it was {@code removed}: then nothing links to the document any more).
   */
  public record Outdated(String message, String url, String linkText, boolean removed) {}

  /**
   * A document that was saved: what the console says about it, and where it can be read (null
   * when it is not in the index, after a failed re-index).
   */
  public record SavedLink(String message, String documentUrl) {}

  /**
   * The page after a document was saved.
   *
   * @param id the saved document's, which the title names
   */
  public record SavedPage(Messages msg, String csrf, String id, String message,
      String documentUrl) {
    public String lq() {
      return langQuery(msg);
    }

    /** "Document burgernet opgeslagen": which document, as the edit form's title names it. */
    public String title() {
      return msg.format("admin.saved.title.document", id);
    }

    /**
     * No address shows this page again (it answers the posted form): the language link leads to
     * the saved document's edit form in the other language, the console's page of that document.
     */
    public String otherLanguageUrl() {
      return OtherLanguage.inLanguage("/admin/documents/" + id + "/edit",
          OtherLanguage.other(msg.lang()));
    }
  }
}
