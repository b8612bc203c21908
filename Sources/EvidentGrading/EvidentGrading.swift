import EvidentModel

/// Namespace of the `EvidentGrading` module.
public enum EvidentGradingModule {}
