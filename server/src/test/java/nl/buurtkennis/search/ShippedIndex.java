package nl.buurtkennis.search;

/**
 * The repository's own corpus ({@link FixtureIndex#shipped}), indexed once per JVM and opened for a
 * test class ({@link TestIndex#shipped}): {@code @RegisterExtension static final ShippedIndex
 * shipped = new ShippedIndex();}.
 */
final class ShippedIndex extends TestIndex {
  ShippedIndex() {
    super(Shared.SHIPPED);
  }
}
