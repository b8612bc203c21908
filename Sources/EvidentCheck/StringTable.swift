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

    /// A slot of the table of short keys: the two words of a key of at most fifteen UTF-8 bytes
    /// as a `String` holds it (`ShortText.words`), and the index of its value (`-1`: an empty slot).
    private struct ShortSlot: Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var value: Int32 = -1
    }

    /// The keys of at most fifteen bytes by the two words of their string (empty when the
    /// strings of this platform are not laid out as `ShortText.holdsBytes` checks).
    /// A text of at most fifteen UTF-8 bytes is stored in its `String` value itself: its
    /// bytes, its count and a flag, and nothing else, so two such texts have the same two words
    /// when they have the same bytes, and the lookup of a word of copy (most are that short:
    /// 3.5 M lookups in a 1 MB check of distinct sentences, 1.5 M of them class names) compares
    /// two words instead of hashing the bytes and calling `bcmp`. A text stored otherwise (a
    /// longer one) is looked up by its bytes as before; a short text found nowhere here is in
    /// no slot, as every short key is here.
    private let shortSlots: [ShortSlot]
    private let shortMask: Int

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
        // The short keys, in a table of their own (its values' indices those of `values`).
        var short: [(low: UInt64, high: UInt64, value: Int32)] = []
        if ShortText.holdsBytes {
            for slot in slots where slot.value >= 0 && slot.count <= 15 {
                let start = Int(slot.start)
                let key = String(
                    decoding: bytes[start..<start + Int(slot.count)], as: UTF8.self)
                let words = ShortText.words(key)
                guard ShortText.isSmall(words) else {
                    short = []
                    break
                }
                short.append((words.low, words.high, slot.value))
            }
        }
        var shortCapacity = short.isEmpty ? 1 : 16
        while shortCapacity < 2 * short.count { shortCapacity <<= 1 }
        var shortSlots = [ShortSlot](repeating: ShortSlot(), count: shortCapacity)
        if !short.isEmpty {
            for key in short {
                var slot = Self.shortSlot(key.low, key.high) & (shortCapacity - 1)
                while shortSlots[slot].value >= 0 { slot = (slot + 1) & (shortCapacity - 1) }
                shortSlots[slot] = ShortSlot(low: key.low, high: key.high, value: key.value)
            }
        }
        self.shortSlots = shortSlots
        self.shortMask = short.isEmpty ? -1 : shortCapacity - 1
    }

    /// The first slot of a short key's two words.
    @inline(__always)
    private static func shortSlot(_ low: UInt64, _ high: UInt64) -> Int {
        var hash = (0xcbf2_9ce4_8422_2325 ^ low) &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 29
        hash = (hash ^ high) &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 29
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
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
        let words = ShortText.words(text)
        if shortMask >= 0, ShortText.isSmall(words) {
            let found: Int32 = shortSlots.withUnsafeBufferPointer { slots in
                var slot = Self.shortSlot(words.low, words.high) & shortMask
                while true {
                    let entry = slots[slot]
                    guard entry.value >= 0 else { return -1 }
                    if entry.low == words.low && entry.high == words.high { return entry.value }
                    slot = (slot + 1) & shortMask
                }
            }
            return found >= 0 ? values[Int(found)] : nil
        }
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

/// Whether two words of copy are equal, read from their `String` values where that settles it:
/// a text of at most fifteen UTF-8 bytes is held in its value (its bytes, count and flags), so
/// two such values that differ, both flagged ASCII, are different texts (for ASCII, `==`'s
/// canonical equivalence is byte equality), and two equal values are equal texts. Every other
/// pair is compared with `==`. The rule patterns' literal words and the phrase matcher compare
/// a stem of copy with a stem fixed at load at every word of every sentence (8 M comparisons in
/// a 1 MB check of distinct sentences), and `==` on two short ASCII strings that differ went
/// through the standard library's comparison of their bytes each time.
enum ShortText {
    /// Bits 61 (small: the bytes are in the value) and 62 (ASCII) of a string's second word.
    private static let smallASCII: UInt64 = 0b11 << 61

    /// Whether the strings of this platform hold a short text as the tables read them (checked
    /// once, when a table is built: "ab" written from its bytes is two bytes in the first word,
    /// and in the second only the flags (immortal, ASCII, small) and its count).
    static let holdsBytes: Bool = {
        guard MemoryLayout<String>.size == 16 else { return false }
        let probe = String(decoding: [0x61, 0x62] as [UInt8], as: UTF8.self)
        let bits = words(probe)
        return bits.low == 0x6261 && bits.high == 0xE200_0000_0000_0000
    }()

    /// The two words of a `String` value.
    @inline(__always)
    static func words(_ text: String) -> (low: UInt64, high: UInt64) {
        unsafeBitCast(text, to: (low: UInt64, high: UInt64).self)
    }

    /// Whether a string's two words hold its bytes (bit 61 of the second word: a small string).
    @inline(__always)
    static func isSmall(_ words: (low: UInt64, high: UInt64)) -> Bool {
        words.high & (1 << 61) != 0
    }

    /// `a == b`. The layout is the one of every 64-bit platform's strings (`holdsBytes`, which
    /// `ShortTextTests` pins), read without asking `holdsBytes`: a lazy global asked at every
    /// comparison is a call the compiler keeps both strings retained across.
    @inline(__always)
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = words(a)
        let y = words(b)
        if x.low == y.low && x.high == y.high { return true }
        if MemoryLayout<String>.size == 16, x.high & y.high & smallASCII == smallASCII {
            return false
        }
        return a == b
    }
}
