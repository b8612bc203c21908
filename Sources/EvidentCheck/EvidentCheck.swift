import EvidentModel

/// Namespace of the `EvidentCheck` module.
public enum EvidentCheckModule {}
