package nl.buurtkennis.index;

/**
 * Hears how far a build or update has come, to show it while it runs: a bar on a terminal, log
 * lines otherwise. Calls never overlap, though {@code step} may come from several threads.
 */
public interface IndexProgress {
  /** Reports nothing. */
  IndexProgress NONE = new IndexProgress() {
    @Override
    public void begin(String phase, int total) {}

    @Override
    public void step() {}

    @Override
    public void end() {}
  };

  /** A phase begins, e.g. "writing", with {@code total} steps (0 when it has no steps to count). */
  void begin(String phase, int total);

  /** One step of the current phase is done. */
  void step();

  /** The current phase is done. */
  void end();
}
