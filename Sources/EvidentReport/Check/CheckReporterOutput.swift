/// How check reporters hand their output over in pieces.
public enum CheckReporterOutput {
    /// About how many bytes a reporter gathers before it hands them over.
    public static let pieceBytes = 65_536
}
