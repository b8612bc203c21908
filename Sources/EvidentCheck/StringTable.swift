import EvidentModel

/// Values looked up by a text fixed at load, found by a plain hash of the text's bytes in an
/// open-addressed table. The taggers, the concept reader, the claim index and the register
/// look words and class names up for every word of every sentence (`Lexicon.classID`: 1,280,000
/// lookups in a 1 MB check of distinct sentences; the claim index's term ids 257,000), and a
/// dictionary of strings hashes each text with a seeded SipHash first; the keys are fixed at
/// load, so a plain hash of their few bytes finds them with a fraction of the work. What a
/// lookup answers is the dictionary's answer (`StringTableTests`).
struct StringTable<Value: Sendable>: Sendable {
    private let keys: [String]
    /// Per slot, the index of its value in `values` (`-1`: an empty slot).
    private let slots: [Int32]
    private let values: [Value]
    private let mask: Int

    init(_ entries: [String: Value]) {
        var capacity = 16
        while capacity < 2 * entries.count { capacity <<= 1 }
        var keys = [String](repeating: "", count: capacity)
        var slots = [Int32](repeating: -1, count: capacity)
        var values: [Value] = []
        values.reserveCapacity(entries.count)
        for (key, value) in entries {
            var slot = Self.hash(key) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            slots[slot] = Int32(values.count)
            values.append(value)
        }
        self.keys = keys
        self.slots = slots
        self.values = values
        self.mask = capacity - 1
    }

    /// How many texts have a value.
    var count: Int { values.count }
    var isEmpty: Bool { values.isEmpty }

    /// A hash of the text's UTF-8 bytes read eight at a time (`ByteWords`: its count, each whole
    /// word, the last bytes; a multiply and a shift per word, and a name of a class or a word is
    /// one to three words), read as one buffer (iterating a string's UTF-8 view byte by byte
    /// costs more than the hash).
    static func hash(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            ByteWords.forEach(UnsafeRawBufferPointer(bytes)) { word in
                hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
            }
            return Int(truncatingIfNeeded: hash ^ (hash >> 32))
        }
    }

    /// The value of `text`, or `nil` when it has none.
    subscript(text: String) -> Value? {
        var slot = Self.hash(text) & mask
        while slots[slot] >= 0 {
            if keys[slot] == text { return values[Int(slots[slot])] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}

/// The lexicon's class names and their ids (`Lexicon.classID`).
typealias ClassIDTable = StringTable<Int>

/// Texts fixed at load, asked whether they hold a word of a sentence (a `StringTable` whose
/// values say only that the text is there).
typealias StringSet = StringTable<Bool>

extension StringTable where Value == Bool {
    init(_ texts: Set<String>) {
        self.init(Dictionary(uniqueKeysWithValues: texts.map { ($0, true) }))
    }

    func contains(_ text: String) -> Bool { self[text] != nil }
}
