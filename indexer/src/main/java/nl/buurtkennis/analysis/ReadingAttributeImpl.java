package nl.buurtkennis.analysis;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** The notes of the current term's word, and which of its terms the current term is. */
public final class ReadingAttributeImpl extends AttributeImpl implements ReadingAttribute {
  private TermNotes notes;
  private int term;

  void set(TermNotes notes, int term) {
    this.notes = notes;
    this.term = term;
  }

  @Override
  public Object note(Object owner) {
    return notes == null ? null : notes.get(owner, term);
  }

  @Override
  public void note(Object owner, Object note) {
    if (notes != null) {
      notes.put(owner, term, note);
    }
  }

  @Override
  public void clear() {
    notes = null;
    term = 0;
  }

  @Override
  public void copyTo(AttributeImpl target) {
    ((ReadingAttributeImpl) target).set(notes, term);
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(ReadingAttribute.class, "term", term);
  }
}
