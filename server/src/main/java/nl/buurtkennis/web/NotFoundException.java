package nl.buurtkennis.web;

/** Something asked for by id that does not exist. */
final class NotFoundException extends RuntimeException {
  NotFoundException(String message) {
    super(message);
  }
}
