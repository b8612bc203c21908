/// Finds where a JSON text goes wrong when Foundation's parser says what but not where: a
/// lone UTF-16 surrogate escape (`"\ud800"`) or a number literal no Swift number holds
/// (`1e400`).
///
/// JSON allows a backslash only inside strings, as the start of an escape, so one pass that
/// steps over escapes and strings sees every `\u` escape and every number literal exactly once.
enum JSONErrorLocator {
    /// The byte offset of the first lone surrogate escape, or of the first number literal
    /// spelled `number` outside strings; `nil` when there is neither.
    static func offset(in bytes: some Collection<UInt8>, number: String? = nil) -> Int? {
        let bytes = Array(bytes)
        let literal = number.map { Array($0.utf8) }
        var index = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == UInt8(ascii: "\"") {
                    inString = false
                } else if byte == UInt8(ascii: "\\") {
                    guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                        index += 2
                        continue
                    }
                    let unit = hexUnit(bytes, at: index + 2)
                    if let unit, (0xD800...0xDBFF).contains(unit) {
                        let next =
                            index + 6 < bytes.count && bytes[index + 6] == UInt8(ascii: "\\")
                                && index + 7 < bytes.count && bytes[index + 7] == UInt8(ascii: "u")
                            ? hexUnit(bytes, at: index + 8) : nil
                        guard let next, (0xDC00...0xDFFF).contains(next) else { return index }
                        index += 12
                        continue
                    }
                    if let unit, (0xDC00...0xDFFF).contains(unit) { return index }
                    index += 6
                    continue
                }
                index += 1
                continue
            }
            if byte == UInt8(ascii: "\"") {
                inString = true
                index += 1
                continue
            }
            if byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                var end = index
                while end < bytes.count, isNumberByte(bytes[end]) { end += 1 }
                if let literal, bytes[index..<end].elementsEqual(literal) { return index }
                index = end
                continue
            }
            index += 1
        }
        return nil
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
            || byte == UInt8(ascii: "E")
    }

    /// The UTF-16 unit of four hex digits at `start`, if there are four.
    private static func hexUnit(_ bytes: [UInt8], at start: Int) -> Int? {
        guard start + 4 <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<(start + 4)] {
            guard let digit = Int(String(UnicodeScalar(byte)), radix: 16) else { return nil }
            value = value * 16 + digit
        }
        return value
    }
}
