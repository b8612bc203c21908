import EvidentModel

/// Namespace of the `EvidentReport` module.
public enum EvidentReportModule {}
