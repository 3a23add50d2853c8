package nl.buurtkennis.analysis;

import org.apache.lucene.util.Attribute;

/**
 * Where a filter after the readings notes what it worked out about the current term, so that it
 * works it out once per word its chain keeps instead of once per token. A note belongs to its
 * owner: another owner's notes read as none, and noting replaces them. Query chains keep no
 * words, so a note is not found at the word's next use there.
 */
public interface ReadingAttribute extends Attribute {
  /** What {@code owner} noted about the current term, or null. */
  Object note(Object owner);

  /** Notes {@code note} (not null) about the current term, for {@code owner}. */
  void note(Object owner, Object note);
}
