package nl.buurtkennis.web;

/** A document asked for by id that does not exist. */
final class NotFoundException extends RuntimeException {
  private final String id;

  /** @param id the id asked for, or null for a text that is no id (which is not repeated) */
  NotFoundException(String id) {
    super(id == null ? "no document with this id: an id is 2 to 80 lower-case letters, digits"
        + " and hyphens, starting with a letter or digit" : "no document with id '" + id + "'");
    this.id = id;
  }

  /** The id asked for, or null when what was asked is no id. */
  String id() {
    return id;
  }
}
