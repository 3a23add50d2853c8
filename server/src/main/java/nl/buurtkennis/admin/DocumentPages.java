package nl.buurtkennis.admin;

import gg.jte.Content;
import java.util.List;
import nl.buurtkennis.web.Messages;
import nl.buurtkennis.web.TypedText;

/** The models of the console's pages that list and remove existing documents. */
public final class DocumentPages {
  private DocumentPages() {}

  /**
   * One document in the list: its labels in the page's language, and its file.
   *
   * @param lang the language code of the document, which its title is in
   */
  public record Row(String id, String title, String type, String language, String path,
      String lang) {
    /** The path cut after each '/', where a narrow column may break it: a folder a line. */
    public List<String> pathParts() {
      return List.of(path.split("(?<=/)"));
    }
  }

  /**
   * Every document in the index, or those matching {@code filter}.
   *
   * @param total how many documents the index holds, filtered or not
   * @param notice what was just done (a document removed), or null
   * @param otherLanguageUrl the list as asked (its filter kept) in the other language
   * @param leftovers the files an editor or the system left in {@code documents/}, to delete
   */
  public record ListPage(Messages msg, String csrf, List<Row> rows, int total, String filter,
      String notice, String otherLanguageUrl, List<LeftoverRemoval.Leftover> leftovers) {
    public String lq() {
      return AdminPages.langQuery(msg);
    }

    /** The page's title: the list, or which text it is narrowed to and whether any match. */
    public String title() {
      if (filter.isEmpty()) {
        return msg.get("admin.documents.title");
      }
      return msg.format(rows.isEmpty() ? "admin.documents.title.none"
          : "admin.documents.title.filtered", TypedText.inPlainText(filter), rows.size());
    }

    /** The table's caption: how many documents, and the text they are narrowed to. */
    public Content caption() {
      return filter.isEmpty() ? msg.formatTyped("admin.documents.caption", total)
          : msg.formatTyped("admin.documents.caption.filtered", rows.size(), total,
              new TypedText.Typed(filter));
    }
  }

  /** The confirmation to delete a leftover file. */
  public record LeftoverPage(Messages msg, String csrf, LeftoverRemoval.Leftover leftover,
      String otherLanguageUrl) {
    public String lq() {
      return AdminPages.langQuery(msg);
    }
  }

  /**
   * A problem that keeps a document from being removed, in the file that has it.
   *
   * @param editId the id of the document in the blocker's file, to link to its form; else null
   */
  public record Blocker(String path, int line, String message, String editId) {}

  /**
   * The confirmation to remove a document; with {@code blockers}, why it was not removed (when
   * {@code tried}) or would not be (on the page first shown).
   *
   * @param titleLang the language code the title is in, or null when the file gives none the
   *     console knows (then the page's language is assumed)
   * @param version the version of the file shown, which the removal must still find
   * @param outdated why it was not removed: it changed since the page was opened; else null
   */
  public record DeletePage(Messages msg, String csrf, String id, String title, String titleLang,
      List<String> paths, List<Blocker> blockers, boolean tried, String version,
      AdminPages.Outdated outdated, DocumentStore.LinkTarget link) {
    public String lq() {
      return AdminPages.langQuery(msg);
    }

    /**
     * The same page before the button was pressed: its blockers say why a removal would be
     * refused, not that one was.
     */
    public DeletePage beforeTrying() {
      return new DeletePage(msg, csrf, id, title, titleLang, paths, blockers, false, version,
          outdated, link);
    }

    /**
     * What the button removes: the file, or, for a file that is a symbolic link, the link only,
     * while the file it leads to stays.
     */
    public String explanation() {
      if (link == null) {
        return msg.get("admin.delete.explain");
      }
      return msg.format(link.insideCorpus() ? "admin.delete.explain.link"
          : "admin.delete.explain.link.outside", paths.get(0), link.path());
    }

    /**
     * Whether more than one file holds the id: then nothing is offered for removal, as removing
     * the one file would leave the document searchable from another.
     */
    public boolean shared() {
      return paths.size() > 1;
    }

    /**
     * The page's title: removing the document, after "Fout:" / "Error:" when it was refused (the
     * corpus needs it, or it changed since the confirmation was opened), as the page says.
     */
    public String pageTitle() {
      String heading = msg.format("admin.delete.title", id);
      return (blockers.isEmpty() || !tried) && outdated == null && !shared() ? heading
          : msg.format("title.error", heading);
    }
  }
}
