/**
 * Result sets and single documents in the formats other tools read: CSV for spreadsheets, RIS and
 * BibTeX for reference managers (Zotero, EndNote, JabRef, LaTeX), a plain-text citation for "cite
 * this" and an Atom feed that follows a search.
 *
 * <p>Everything here is pure formatting: each writer turns a list of {@link
 * nl.buurtkennis.export.ExportEntry} into text and knows nothing of HTTP. The web layer runs the
 * search, decides the absolute URLs ({@link nl.buurtkennis.export.SiteUrls}) and sends the text
 * with the {@link nl.buurtkennis.export.ExportFormat}'s media type.
 *
 * <p>Every export names where it came from: the absolute URL of the search page (the CSV's
 * {@code search_url} column, RIS's {@code N1}, BibTeX's leading {@code @comment}, the feed's
 * alternate link), so that a file found on a disk a year later can be traced to its search.
 */
package nl.buurtkennis.export;
