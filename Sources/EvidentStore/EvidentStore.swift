import EvidentModel

/// Namespace of the `EvidentStore` module.
public enum EvidentStoreModule {}
