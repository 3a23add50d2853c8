package nl.buurtkennis.analysis;

import java.util.Arrays;

/** The notes about each term of one word's reading, all of one owner ({@link ReadingAttribute}). */
final class TermNotes {
  private final Object[] notes;
  private Object owner;

  TermNotes(int terms) {
    notes = new Object[terms];
  }

  Object get(Object owner, int term) {
    return owner == this.owner ? notes[term] : null;
  }

  void put(Object owner, int term, Object note) {
    if (owner != this.owner) {
      Arrays.fill(notes, null);
      this.owner = owner;
    }
    notes[term] = note;
  }
}
