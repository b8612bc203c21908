import Foundation

/// The stems of `Vocabulary/known-words.txt` (rule U3: every word WordNet and the condition
/// vocabulary know), looked up in the file's own bytes: the file is ASCII, one stem a line in
/// ascending byte order, so a stem is found by a binary search over its lines instead of a
/// set of 89,000 strings made and hashed at a check's first sentence with an unknown word
/// (65 million instructions). The answers are the set's: a file whose lines are not all ASCII
/// and in order is read into a set as before; a term that is not ASCII is equal (as strings
/// are: canonically equivalent) to an ASCII line only when each of its scalars is ASCII or one
/// of the three whose canonical decomposition is (U+037E ';', U+1FEF '`', U+212A 'K').
struct KnownStems: Sendable {
    /// The file's bytes.
    private let bytes: [UInt8]
    /// Each line's first byte and the byte after its last (comment and empty lines left out).
    private let lines: [(start: Int32, end: Int32)]
    /// The lines as texts, when they are not all ASCII in ascending order.
    private let texts: Set<String>?

    /// The stems of a file's UTF-8 bytes, one a line ("#" opens a comment line).
    init(data: Data) {
        let bytes = [UInt8](data)
        var lines: [(start: Int32, end: Int32)] = []
        var ordered = bytes.count < Int(Int32.max)
        if ordered {
            lines.reserveCapacity(bytes.count / 8)
            bytes.withUnsafeBufferPointer { buffer in
                var start = 0
                while start < buffer.count {
                    let end =
                        buffer[start...].firstIndex(of: UInt8(ascii: "\n")) ?? buffer.count
                    if end > start, buffer[start] != UInt8(ascii: "#") {
                        let line = UnsafeBufferPointer(rebasing: buffer[start..<end])
                        if line.contains(where: { $0 >= 0x80 }) { ordered = false }
                        if let last = lines.last {
                            let previous = UnsafeBufferPointer(
                                rebasing: buffer[Int(last.start)..<Int(last.end)])
                            if Self.compare(previous, line) > 0 { ordered = false }
                        }
                        lines.append((Int32(start), Int32(end)))
                    }
                    start = end + 1
                }
            }
        }
        self.bytes = bytes
        if ordered {
            self.lines = lines
            texts = nil
        } else {
            self.lines = []
            var texts = Set<String>(minimumCapacity: 90_000)
            TaggedSentence.forEachLine(of: data) { line in
                texts.insert(String(decoding: UnsafeBufferPointer(rebasing: line), as: UTF8.self))
            }
            self.texts = texts
        }
    }

    /// How many stems (lines) the file holds, each counted once.
    var count: Int {
        if let texts { return texts.count }
        var count = 0
        bytes.withUnsafeBufferPointer { buffer in
            for index in lines.indices {
                if index > 0,
                    Self.compare(line(index - 1, in: buffer), line(index, in: buffer)) == 0
                {
                    continue
                }
                count += 1
            }
        }
        return count
    }

    /// The stems as texts (for tests).
    var all: Set<String> {
        if let texts { return texts }
        return bytes.withUnsafeBufferPointer { buffer in
            Set(lines.indices.map { String(decoding: line($0, in: buffer), as: UTF8.self) })
        }
    }

    /// Whether `term` is one of the stems (equal to one as strings are equal).
    func contains(_ term: String) -> Bool {
        if let texts { return texts.contains(term) }
        var term = term
        return term.withUTF8 { utf8 in
            if !utf8.contains(where: { $0 >= 0x80 }) { return search(utf8) }
            // Not ASCII: equal to an ASCII line only through the three scalars that decompose
            // to ASCII.
            var mapped: [UInt8] = []
            for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
                switch scalar.value {
                case 0..<0x80: mapped.append(UInt8(scalar.value))
                case 0x037E: mapped.append(UInt8(ascii: ";"))
                case 0x1FEF: mapped.append(UInt8(ascii: "`"))
                case 0x212A: mapped.append(UInt8(ascii: "K"))
                default: return false
                }
            }
            return mapped.withUnsafeBufferPointer { search($0) }
        }
    }

    /// Whether a line holds exactly `key` (binary search over the lines in order).
    private func search(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var low = 0
            var high = lines.count
            while low < high {
                let middle = (low + high) / 2
                let order = Self.compare(line(middle, in: buffer), key)
                if order == 0 { return true }
                if order < 0 { low = middle + 1 } else { high = middle }
            }
            return false
        }
    }

    private func line(_ index: Int, in buffer: UnsafeBufferPointer<UInt8>)
        -> UnsafeBufferPointer<UInt8>
    {
        UnsafeBufferPointer(rebasing: buffer[Int(lines[index].start)..<Int(lines[index].end)])
    }

    /// The order of two byte strings (negative, zero, positive), byte by byte, a prefix first.
    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>)
        -> Int
    {
        let common = min(a.count, b.count)
        if common > 0, let left = a.baseAddress, let right = b.baseAddress {
            let order = memcmp(left, right, common)
            if order != 0 { return Int(order) }
        }
        return a.count - b.count
    }
}
