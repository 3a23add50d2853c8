package nl.buurtkennis.corpus;

/**
 * The fields of one document that other documents refer to, or that a reference to it is checked
 * against. They are read even when the document's other fields have problems, so that one mistake
 * in a file neither hides its broken links nor makes every document that names it look wrong.
 *
 * @param path the file, relative to the corpus folder, with '/' separators
 * @param id the id, or null when it is not valid: the links are checked all the same
 * @param type the type id, or null when it has a problem of its own
 * @param language the language id, or null when it has a problem of its own
 * @param parent the parent id, or null when not given or not in the form of an id
 * @param translation the translation id, or null when not given or not in the form of an id
 */
public record DocumentLinks(String path, String id, int idLine, String type, String language,
    String parent, int parentLine, String translation, int translationLine) {}
