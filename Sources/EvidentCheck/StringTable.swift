import EvidentModel
import Foundation

/// Values looked up by a text fixed at load, found by a plain hash of the text's bytes in an
/// open-addressed table. The taggers, the concept reader, the claim index and the register
/// look words and class names up for every word of every sentence (`Lexicon.classID`: 1,280,000
/// lookups in a 1 MB check of distinct sentences; the claim index's term ids 257,000), and a
/// dictionary of strings hashes each text with a seeded SipHash first; the keys are fixed at
/// load, so a plain hash of their few bytes finds them with a fraction of the work. What a
/// lookup answers is the dictionary's answer for a text written with a key's bytes
/// (`StringTableTests`); the slots keep each key's hash and the keys' bytes sit in one array,
/// so a lookup compares a hash and then bytes (a comparison of two strings, the keys made at
/// load and the texts in a sentence, went through the standard library's slow path).
struct StringTable<Value: Sendable>: Sendable {
    /// A slot of the open-addressed table: the high half of its key's hash (the low half chose
    /// the slot), where the key's UTF-8 bytes are in `bytes`, and the index of its value (`-1`:
    /// an empty slot); sixteen bytes, no more than a key string and an index took.
    private struct Slot: Sendable {
        var hash: UInt32 = 0
        var start: Int32 = 0
        var count: Int32 = 0
        var value: Int32 = -1
    }

    /// The keys' UTF-8 bytes, one after another: a lookup compares a text's bytes with them.
    private let bytes: [UInt8]
    private let slots: [Slot]
    private let values: [Value]
    private let mask: Int

    init(_ entries: [String: Value]) {
        var capacity = 16
        while capacity < 2 * entries.count { capacity <<= 1 }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entries.keys.reduce(0) { $0 + $1.utf8.count })
        var slots = [Slot](repeating: Slot(), count: capacity)
        var values: [Value] = []
        values.reserveCapacity(entries.count)
        for (key, value) in entries {
            var key = key
            let hash = key.withUTF8 { Self.hash(UnsafeRawBufferPointer($0)) }
            var slot = Self.slot(hash) & (capacity - 1)
            while slots[slot].value >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(
                hash: Self.check(hash), start: Int32(bytes.count), count: Int32(key.utf8.count),
                value: Int32(values.count))
            bytes += key.utf8
            values.append(value)
        }
        self.bytes = bytes
        self.slots = slots
        self.values = values
        self.mask = capacity - 1
    }

    /// How many texts have a value.
    var count: Int { values.count }
    var isEmpty: Bool { values.isEmpty }

    /// A hash of the text's UTF-8 bytes read eight at a time (its count, each whole word, the
    /// last bytes as one word, as `ByteWords` reads them; a multiply and a shift per word, and a
    /// name of a class or a word is one to three words). The last bytes are read as one load where the text has eight or more, else as a load of
    /// four, two and one: byte by byte cost more than the rest of the lookup.
    @inline(__always)
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        @inline(__always) func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
        }
        let count = bytes.count
        mix(UInt64(count))
        var offset = 0
        while offset + 8 <= count {
            let word = UInt64(
                littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            mix(word)
            offset += 8
        }
        let rest = count - offset
        var tail: UInt64 = 0
        if rest > 0 && count >= 8 {
            let last = UInt64(
                littleEndian: bytes.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
            tail = last >> UInt64((8 - rest) * 8)
        } else if rest > 0 {
            var shift: UInt64 = 0
            if count - offset >= 4 {
                tail = UInt64(
                    UInt32(
                        littleEndian: bytes.loadUnaligned(
                            fromByteOffset: offset, as: UInt32.self)))
                offset += 4
                shift = 32
            }
            if count - offset >= 2 {
                tail |=
                    UInt64(
                        UInt16(
                            littleEndian: bytes.loadUnaligned(
                                fromByteOffset: offset, as: UInt16.self))) << shift
                offset += 2
                shift += 16
            }
            if count - offset >= 1 { tail |= UInt64(bytes[offset]) << shift }
        }
        mix(tail)
        return hash
    }

    /// What a slot keeps of a hash to compare before the bytes.
    @inline(__always)
    private static func check(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) }

    /// The first slot a hash probes.
    @inline(__always)
    private static func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 32)) }

    /// The value of `text`, or `nil` when it has none: the slot of its probe whose key has its
    /// bytes (its hash compared first). A text is found by its bytes, as its hash is of them
    /// (the dictionary's keys and the texts looked up are made by one tokenizer and stemmer).
    subscript(text: String) -> Value? {
        var text = text
        let found: Int32 = text.withUTF8 { utf8 in
            let raw = UnsafeRawBufferPointer(utf8)
            let hash = Self.hash(raw)
            let check = Self.check(hash)
            return slots.withUnsafeBufferPointer { slots in
                bytes.withUnsafeBytes { keyBytes in
                    var slot = Self.slot(hash) & mask
                    while true {
                        let entry = slots[slot]
                        guard entry.value >= 0 else { return -1 }
                        if entry.hash == check, Int(entry.count) == raw.count {
                            // (an empty text and key have no bytes to compare)
                            guard let key = keyBytes.baseAddress, let bytes = raw.baseAddress
                            else { return entry.value }
                            if memcmp(key + Int(entry.start), bytes, raw.count) == 0 {
                                return entry.value
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
        return found >= 0 ? values[Int(found)] : nil
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
