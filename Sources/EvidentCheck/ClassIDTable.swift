/// The lexicon's class names and their ids, looked up by an FNV-1a hash of the name's bytes in
/// an open-addressed table. The taggers and the register look a class up by its name for every
/// sentence (`Lexicon.classID`: 400,000 lookups in a 1 MB check of distinct sentences), and a
/// dictionary of strings hashes each name with a seeded SipHash first; the names are fixed at
/// load, so a plain hash of their few bytes finds them with a fraction of the work.
struct ClassIDTable: Sendable {
    private let keys: [String]
    private let values: [Int]
    private let mask: Int

    init(_ ids: [String: Int]) {
        var capacity = 16
        while capacity < 2 * ids.count { capacity <<= 1 }
        var keys = [String](repeating: "", count: capacity)
        var values = [Int](repeating: -1, count: capacity)
        for (name, id) in ids {
            var slot = Self.hash(name) & (capacity - 1)
            while values[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = name
            values[slot] = id
        }
        self.keys = keys
        self.values = values
        self.mask = capacity - 1
    }

    /// FNV-1a (64 bits) of the name's UTF-8 bytes, read as one buffer (iterating a string's
    /// UTF-8 view byte by byte costs more than the hash).
    static func hash(_ name: String) -> Int {
        var name = name
        return name.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            return Int(truncatingIfNeeded: hash)
        }
    }

    /// The id of `name`, or `nil` when no class has it.
    subscript(name: String) -> Int? {
        var slot = Self.hash(name) & mask
        while values[slot] >= 0 {
            if keys[slot] == name { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
