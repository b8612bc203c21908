import Foundation

/// The keys of a file's lines (byte strings in the file's own bytes) found by a hash of their
/// bytes: the lay-language reader's tables (``LayModel``'s weights, ``LayFeatures``' classes)
/// without a string made per line at load nor per feature at scoring. A key is looked up in
/// pieces (`w:` + a stem; `b:` + a stem + `_` + a stem), hashed and compared as the bytes of
/// the text the pieces make. Equal bytes are equal texts; for keys and pieces all ASCII,
/// unequal bytes are unequal texts (the callers keep a key that is not ASCII out of it).
struct LayKeys: Sendable {
    /// The file's bytes.
    private let bytes: [UInt8]
    /// Each key: its first byte and the byte after its last, and its hash.
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    private var hashes: [UInt64] = []
    /// Per slot, the key's number plus one (0: empty); a power of two, at most half full.
    private var slots: [Int32]

    init(bytes: [UInt8], capacity: Int) {
        self.bytes = bytes
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        starts.reserveCapacity(capacity)
        ends.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    /// How many keys (each once).
    var count: Int { starts.count }

    /// The key of `bytes[start..<end]`: its number, a new one unless the same bytes are a key
    /// already.
    mutating func insert(start: Int, end: Int) -> Int {
        let hash = bytes.withUnsafeBufferPointer {
            Self.hash(UnsafeBufferPointer(rebasing: $0[start..<end]))
        }
        if let found = find(
            hash: hash, count: end - start,
            { key in
                bytes.withUnsafeBufferPointer { buffer in
                    Self.equal(UnsafeBufferPointer(rebasing: buffer[start..<end]), key)
                }
            })
        {
            return found
        }
        if (count + 1) * 2 > slots.count { grow() }
        starts.append(Int32(start))
        ends.append(Int32(end))
        hashes.append(hash)
        place(count - 1)
        return count - 1
    }

    /// The number of the key whose bytes are `prefix`, then `first`, then (when given) `_`
    /// and `second`.
    func find(
        _ prefix: UnsafeBufferPointer<UInt8>, _ first: UnsafeBufferPointer<UInt8>,
        _ second: UnsafeBufferPointer<UInt8>? = nil
    ) -> Int? {
        var hash = Self.offset
        Self.add(prefix, to: &hash)
        Self.add(first, to: &hash)
        var length = prefix.count + first.count
        if let second {
            Self.add(Self.joiner, to: &hash)
            Self.add(second, to: &hash)
            length += 1 + second.count
        }
        return find(hash: hash, count: length) { key in
            guard let base = key.baseAddress else { return length == 0 }
            guard Self.holds(base, prefix) else { return false }
            var at = prefix.count
            guard Self.holds(base + at, first) else { return false }
            at += first.count
            guard let second else { return true }
            if key[at] != Self.joiner { return false }
            at += 1
            return Self.holds(base + at, second)
        }
    }

    /// The bytes of a key.
    func key(_ number: Int) -> ArraySlice<UInt8> {
        bytes[Int(starts[number])..<Int(ends[number])]
    }

    private func find(
        hash: UInt64, count length: Int, _ matches: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return bytes.withUnsafeBufferPointer { buffer in
            while slots[slot] != 0 {
                let number = Int(slots[slot]) - 1
                if hashes[number] == hash, Int(ends[number] - starts[number]) == length,
                    matches(
                        UnsafeBufferPointer(
                            rebasing: buffer[Int(starts[number])..<Int(ends[number])]))
                {
                    return number
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    private mutating func place(_ number: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[number]) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(number + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for number in 0..<count { place(number) }
    }

    /// `_`, between the two stems of a pair.
    static let joiner = UInt8(ascii: "_")

    /// FNV-1a (64 bits), the same in every run.
    private static let offset: UInt64 = 0xcbf2_9ce4_8422_2325

    private static func add(_ bytes: UnsafeBufferPointer<UInt8>, to hash: inout UInt64) {
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }

    private static func add(_ byte: UInt8, to hash: inout UInt64) {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = offset
        add(bytes, to: &hash)
        return hash
    }

    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard a.count == b.count else { return false }
        guard let start = a.baseAddress else { return true }
        return holds(start, b)
    }

    /// Whether the bytes at `start` begin with `part` (an empty part always: its buffer may
    /// have no address).
    private static func holds(_ start: UnsafePointer<UInt8>, _ part: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard let bytes = part.baseAddress else { return true }
        return memcmp(start, bytes, part.count) == 0
    }

    /// The ASCII bytes a text is equal to (as strings are equal: canonically equivalent), or
    /// `nil` when it equals no ASCII text: each of its scalars ASCII or one of the three whose
    /// canonical decomposition is (U+037E ';', U+1FEF '`', U+212A 'K'); `StemLines` asks it too.
    static func ascii(_ text: String) -> [UInt8]? {
        var mapped: [UInt8] = []
        mapped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: mapped.append(UInt8(scalar.value))
            case 0x037E: mapped.append(UInt8(ascii: ";"))
            case 0x1FEF: mapped.append(UInt8(ascii: "`"))
            case 0x212A: mapped.append(UInt8(ascii: "K"))
            default: return nil
            }
        }
        return mapped
    }

    /// The lines of a file's bytes, split at `\n` and empty ones left out: `body(start, end)`
    /// for each.
    static func forEachLine(_ bytes: [UInt8], _ body: (Int, Int) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var start = 0
            while start < buffer.count {
                var end = buffer.count
                if let found = memchr(base + start, 0x0A, buffer.count - start) {
                    end = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
                }
                if end > start { body(start, end) }
                start = end + 1
            }
        }
    }
}
