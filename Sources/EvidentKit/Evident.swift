@_exported import EvidentModel

/// The library's front door: load, import, grade, check, report.
public enum Evident {
    /// The tool's version, shown in reports.
    public static let version = "0.1.0"
}
