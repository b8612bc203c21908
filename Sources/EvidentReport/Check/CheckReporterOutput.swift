/// How check reporters hand their output over in pieces.
public enum CheckReporterOutput {
    /// About how many bytes a reporter gathers before it hands them over.
    public static let pieceBytes = 65_536

    /// Hands a piece a reporter wrote (valid UTF-8) to `output`: as bytes to a stream that
    /// takes them (`UTF8OutputStream`), else as a string (checked again as UTF-8 and copied).
    public static func hand(_ piece: [UInt8], to output: inout some TextOutputStream) {
        if let stream = output as? any UTF8OutputStream {
            piece.withUnsafeBufferPointer { stream.write(utf8: $0) }
        } else {
            output.write(String(decoding: piece, as: UTF8.self))
        }
    }
}

/// A text stream that also takes UTF-8 bytes as they are, such as standard output: a long
/// report's pieces go out without being made into strings first. Its writes go to something
/// outside the value (a file), so writing bytes does not change the value.
public protocol UTF8OutputStream: TextOutputStream {
    /// Writes `utf8` (valid UTF-8) as it is, after what was written before.
    func write(utf8: UnsafeBufferPointer<UInt8>)
}
