package nl.buurtkennis.search;

import java.time.Instant;
import nl.buurtkennis.corpus.CorpusDocument;

/**
 * A document as the index holds it, with what the index knows of it beyond its record.
 *
 * @param fileModified when its file was last modified as the index read it: when the document
 *     last changed; null for a document indexed from no file
 */
public record IndexedDocument(CorpusDocument document, Instant fileModified) {}
