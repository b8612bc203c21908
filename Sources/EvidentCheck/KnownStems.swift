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
    /// The lines in the file's bytes, when they are all ASCII in ascending order.
    private let lines: StemLines?
    /// The lines as texts, when they are not.
    private let texts: Set<String>?

    /// The stems of a file's UTF-8 bytes, one a line ("#" opens a comment line).
    init(data: Data) {
        if let lines = StemLines(data: data, kinds: nil) {
            self.lines = lines
            texts = nil
        } else {
            lines = nil
            var texts = Set<String>(minimumCapacity: 90_000)
            TaggedSentence.forEachLine(of: data) { line in
                texts.insert(String(decoding: UnsafeBufferPointer(rebasing: line), as: UTF8.self))
            }
            self.texts = texts
        }
    }

    /// How many stems (lines) the file holds, each counted once.
    var count: Int { texts?.count ?? lines?.distinctCount ?? 0 }

    /// The stems as texts (for tests).
    var all: Set<String> {
        if let texts { return texts }
        guard let lines else { return [] }
        return Set((0..<lines.count).map { lines.key($0) })
    }

    /// Whether `term` is one of the stems (equal to one as strings are equal).
    func contains(_ term: String) -> Bool {
        if let texts { return texts.contains(term) }
        return lines?.find(term) != nil
    }
}

/// A derived word list's lines looked up in the file's own bytes, by a binary search over the
/// lines (`KnownStems`, `StemSet`): each line is a key (the whole line, or its first field when
/// the lines name kinds: a stem, a tab and its kind), the lines in ascending byte order and
/// every key ASCII. Made only of such a file (`nil` otherwise: its reader reads it into sets as
/// before). A term is found as a set of the keys' texts would find it (as strings are equal:
/// canonically equivalent): a term that is not ASCII equals an ASCII key only when each of its
/// scalars is ASCII or one of the three whose canonical decomposition is (U+037E ';', U+1FEF
/// '`', U+212A 'K').
struct StemLines: Sendable {
    /// The file's bytes.
    private let bytes: [UInt8]
    /// Each line's key: its first byte and the byte after its last (comment and empty lines
    /// left out).
    private let keys: [(start: Int32, end: Int32)]
    /// Per line, its kind: 0 for a line without one, the index plus one of its kind in the
    /// kinds the reader named, or one more than their count for any other kind.
    private let kinds: [UInt8]

    /// The lines of a file's UTF-8 bytes ("#" opens a comment line). With `kinds`, a line is
    /// read as `split(separator: "\t")` reads it, a stem and a kind ("thing"; later fields
    /// left out), each line's stem comes after the one before (a stem is on one line only),
    /// and no line opens with a tab; without, a line is the key, and a key may repeat.
    init?(data: Data, kinds named: [String]?) {
        let bytes = [UInt8](data)
        guard bytes.count < Int(Int32.max), (named?.count ?? 0) < 254 else { return nil }
        let tab = UInt8(ascii: "\t")
        let names = (named ?? []).map { Array($0.utf8) }
        var keys: [(start: Int32, end: Int32)] = []
        var kinds: [UInt8] = []
        keys.reserveCapacity(bytes.count / 8)
        kinds.reserveCapacity(named == nil ? 0 : bytes.count / 8)
        let ordered: Bool = bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                let end = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) ?? buffer.count
                defer { start = end + 1 }
                guard end > start, buffer[start] != UInt8(ascii: "#") else { continue }
                var keyEnd = end
                if named != nil {
                    guard buffer[start] != tab else { return false }
                    keyEnd = buffer[start..<end].firstIndex(of: tab) ?? end
                    // The kind: the next field after the tabs, up to the next tab.
                    var kindStart = keyEnd
                    while kindStart < end, buffer[kindStart] == tab { kindStart += 1 }
                    let kindEnd = buffer[kindStart..<end].firstIndex(of: tab) ?? end
                    var kind: UInt8 = 0
                    if kindEnd > kindStart {
                        let field = UnsafeBufferPointer(rebasing: buffer[kindStart..<kindEnd])
                        kind = UInt8(
                            (names.firstIndex { $0.elementsEqual(field) } ?? names.count) + 1)
                    }
                    kinds.append(kind)
                }
                let key = UnsafeBufferPointer(rebasing: buffer[start..<keyEnd])
                if key.contains(where: { $0 >= 0x80 }) { return false }
                if let last = keys.last {
                    let previous = UnsafeBufferPointer(
                        rebasing: buffer[Int(last.start)..<Int(last.end)])
                    let order = Self.compare(previous, key)
                    if order > 0 || (order == 0 && named != nil) { return false }
                }
                keys.append((Int32(start), Int32(keyEnd)))
            }
            return true
        }
        guard ordered else { return nil }
        self.bytes = bytes
        self.keys = keys
        self.kinds = kinds
    }

    /// How many lines (keys) there are.
    var count: Int { keys.count }

    /// How many keys there are, each counted once.
    var distinctCount: Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for index in keys.indices {
                if index > 0,
                    Self.compare(key(index - 1, in: buffer), key(index, in: buffer)) == 0
                {
                    continue
                }
                count += 1
            }
            return count
        }
    }

    /// The key of a line, as a text.
    func key(_ index: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: key(index, in: $0), as: UTF8.self) }
    }

    /// Whether a line's key opens with `byte`.
    func opens(_ index: Int, with byte: UInt8) -> Bool {
        keys[index].end > keys[index].start && bytes[Int(keys[index].start)] == byte
    }

    /// The kind of a line (see `kinds`).
    func kind(_ index: Int) -> UInt8 { kinds.isEmpty ? 0 : kinds[index] }

    /// The line whose key is `marker` (when given) followed by `term`, as strings are equal.
    func find(_ term: String, after marker: UInt8? = nil) -> Int? {
        var term = term
        return term.withUTF8 { utf8 in
            if !utf8.contains(where: { $0 >= 0x80 }) {
                guard let marker else { return search(utf8) }
                var key = [marker]
                key.append(contentsOf: utf8)
                return key.withUnsafeBufferPointer { search($0) }
            }
            // Not ASCII: equal to an ASCII key only through the three scalars that decompose
            // to ASCII.
            guard let ascii = LayKeys.ascii(String(decoding: utf8, as: UTF8.self)) else {
                return nil
            }
            var mapped: [UInt8] = marker.map { [$0] } ?? []
            mapped.append(contentsOf: ascii)
            return mapped.withUnsafeBufferPointer { search($0) }
        }
    }

    /// A line whose key is exactly `key` (binary search over the lines in order).
    private func search(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var low = 0
            var high = keys.count
            while low < high {
                let middle = (low + high) / 2
                let order = Self.compare(self.key(middle, in: buffer), key)
                if order == 0 { return middle }
                if order < 0 { low = middle + 1 } else { high = middle }
            }
            return nil
        }
    }

    private func key(_ index: Int, in buffer: UnsafeBufferPointer<UInt8>)
        -> UnsafeBufferPointer<UInt8>
    {
        UnsafeBufferPointer(rebasing: buffer[Int(keys[index].start)..<Int(keys[index].end)])
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

/// One set of a derived word list of stems and kinds (`TaggedSentence.describingStems`,
/// `TaggedSentence.worldStems`): the stems of the lines of some kinds, looked up in the file's
/// bytes (`StemLines`), or a set of texts when the file is not in order or not ASCII.
/// `contains` answers as the set of those stems would.
struct StemSet: Sendable, ExpressibleByArrayLiteral {
    private enum Storage: Sendable {
        /// The lines of the kinds in `kinds` (a bit per kind), of keys written after `marker`
        /// (its stems the rest of the key) when `marked`, else of keys not opening with it.
        case lines(StemLines, kinds: UInt64, marker: UInt8?, marked: Bool)
        case texts(Set<String>)
    }
    private let storage: Storage

    /// The stems of the lines whose kind (`StemLines.kind`) is one of `kinds`: with a marker,
    /// of the keys that open with it (the stem is the rest of the key) when `marked`, else of
    /// the keys that do not.
    init(_ lines: StemLines, kinds: [UInt8], marker: UInt8? = nil, marked: Bool = false) {
        storage = .lines(
            lines, kinds: kinds.reduce(0) { $0 | (1 << UInt64($1)) }, marker: marker,
            marked: marked)
    }

    init(_ texts: Set<String>) { storage = .texts(texts) }

    init(arrayLiteral elements: String...) { storage = .texts(Set(elements)) }

    /// Whether `term` is one of the stems (equal to one as strings are equal).
    func contains(_ term: String) -> Bool {
        switch storage {
        case .texts(let texts): return texts.contains(term)
        case .lines(let lines, let kinds, let marker, let marked):
            guard let line = lines.find(term, after: marked ? marker : nil),
                kinds & (1 << UInt64(lines.kind(line))) != 0
            else { return false }
            // A key that opens with the marker is a stem of the marked lines only.
            return marked || marker.map { !lines.opens(line, with: $0) } ?? true
        }
    }

    /// The stems as texts (for tests).
    var all: Set<String> {
        switch storage {
        case .texts(let texts): return texts
        case .lines(let lines, let kinds, let marker, let marked):
            var all = Set<String>()
            for index in 0..<lines.count where kinds & (1 << UInt64(lines.kind(index))) != 0 {
                let key = lines.key(index)
                let opens = marker.map { lines.opens(index, with: $0) } ?? false
                if marked {
                    if opens { all.insert(String(decoding: key.utf8.dropFirst(), as: UTF8.self)) }
                } else if !opens {
                    all.insert(key)
                }
            }
            return all
        }
    }
}
