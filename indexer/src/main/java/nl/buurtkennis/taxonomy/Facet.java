package nl.buurtkennis.taxonomy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A facet of the controlled vocabulary: a named tree of concepts. */
public final class Facet {
  private final String id;
  private final LocalizedText label;
  private final LocalizedText definition;
  private final boolean hierarchical;
  private final List<Concept> roots;
  private final Map<String, Concept> byId = new LinkedHashMap<>();

  public Facet(String id, LocalizedText label, LocalizedText definition, boolean hierarchical,
      List<Concept> roots) {
    this.id = id;
    this.label = label;
    this.definition = definition;
    this.hierarchical = hierarchical;
    this.roots = List.copyOf(roots);
    roots.forEach(this::register);
  }

  private void register(Concept concept) {
    byId.put(concept.id(), concept);
    concept.children().forEach(this::register);
  }

  public String id() {
    return id;
  }

  public LocalizedText label() {
    return label;
  }

  public LocalizedText definition() {
    return definition;
  }

  public boolean hierarchical() {
    return hierarchical;
  }

  public List<Concept> roots() {
    return roots;
  }

  /** Every concept, depth first, in the order of the taxonomy file. */
  public List<Concept> concepts() {
    return List.copyOf(byId.values());
  }

  public Optional<Concept> concept(String conceptId) {
    return Optional.ofNullable(byId.get(conceptId));
  }

  public boolean contains(String conceptId) {
    return byId.containsKey(conceptId);
  }

  /** The ids from the top of the facet down to {@code conceptId}; its facet path in the index. */
  public List<String> path(String conceptId) {
    List<String> path = new ArrayList<>();
    Concept concept = byId.get(conceptId);
    while (concept != null) {
      path.add(concept.id());
      concept = concept.parentId() == null ? null : byId.get(concept.parentId());
    }
    Collections.reverse(path);
    return path;
  }

  /** How deep {@code conceptId} stands: 0 for a top concept. */
  public int depth(String conceptId) {
    return Math.max(0, path(conceptId).size() - 1);
  }
}
