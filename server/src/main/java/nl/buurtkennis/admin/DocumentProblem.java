package nl.buurtkennis.admin;

/**
 * One validation problem as the console and the API show it.
 *
 * @param path the file relative to the corpus folder ({@code documents/en/x.md})
 */
public record DocumentProblem(String path, int line, String message) {

  @Override
  public String toString() {
    return path + ":" + line + ": " + message;
  }
}
