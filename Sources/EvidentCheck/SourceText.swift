import Foundation

/// A checked file: its original text, the prose extracted from it, and the map between them.
public struct SourceText: Sendable {
    /// The path as the user gave it (`-` for standard input).
    public let path: String
    /// The prose to check, one scalar per entry.
    public let plain: [Unicode.Scalar]
    /// For each plain scalar, its offset in the original file (`nil`: the same offset).
    let origin: [Int]?
    /// Offsets (in original scalars) where each line starts.
    let lineStarts: [Int]
    /// The original file's scalars.
    let original: [Unicode.Scalar]

    /// Extracts the prose of `text` according to `format`.
    public init(path: String, text: String, format: TextFormat) {
        self.path = path
        let scalars = Array(text.unicodeScalars)
        self.original = scalars
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            starts.append(index + 1)
        }
        self.lineStarts = starts
        switch format {
        case .plain:
            self.plain = scalars
            self.origin = nil
        case .markdown:
            self.plain = MarkdownExtractor.extract(scalars)
            self.origin = nil
        case .html:
            let extracted = HTMLExtractor.extract(scalars)
            self.plain = extracted.plain
            self.origin = extracted.origin
        }
    }

    /// The original offset of a plain-text offset.
    func originalOffset(_ plainOffset: Int) -> Int {
        guard let origin else { return plainOffset }
        guard !origin.isEmpty else { return 0 }
        return origin[min(max(0, plainOffset), origin.count - 1)]
    }

    /// 1-based line and column (in Unicode scalars) of an original offset.
    func lineColumn(ofOriginal offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    /// 1-based line and column of a plain-text offset, in the original file.
    public func lineColumn(ofPlain offset: Int) -> (line: Int, column: Int) {
        lineColumn(ofOriginal: originalOffset(offset))
    }

    /// The original text of a 1-based line, without its line break.
    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : original.count
        if end > start, original[end - 1] == "\r" { end -= 1 }
        let slice = original[start..<max(start, end)]
        if slice.allSatisfy({ $0.value < 128 }) {
            return String(
                decoding: slice.map { UInt8(truncatingIfNeeded: $0.value) }, as: UTF8.self)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: slice)
        return String(view)
    }

    /// The plain text of a range, with runs of whitespace collapsed to one space.
    public func text(_ range: Range<Int>) -> String {
        if plain[range].allSatisfy({ $0.value < 128 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(range.count)
            for scalar in plain[range] {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
                if space {
                    if bytes.last != 0x20, !bytes.isEmpty { bytes.append(0x20) }
                } else {
                    bytes.append(byte)
                }
            }
            while bytes.last == 0x20 { bytes.removeLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        var lastSpace = false
        for scalar in plain[range] {
            let space =
                scalar.value < 128
                ? scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
                : scalar.properties.isWhitespace
            if space {
                if !lastSpace { out.append(" ") }
                lastSpace = true
            } else {
                out.append(scalar)
                lastSpace = false
            }
        }
        return String(out).trimmingCharacters(in: .whitespaces)
    }
}
