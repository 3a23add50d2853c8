package nl.buurtkennis.search;

/**
 * The repository's own corpus indexed once for a test class ({@link FixtureIndex#shipped}), in a
 * temporary folder removed after it: {@code @RegisterExtension static final ShippedIndex shipped
 * = new ShippedIndex();}.
 */
final class ShippedIndex extends TestIndex {
  ShippedIndex() {
    super(FixtureIndex::shipped);
  }
}
