/// A set of lexicon class ids below `capacity`, as sixteen words of bits: whether a sentence has
/// every class a pattern requires is then one AND and one comparison, not a walk over arrays
/// (a sentence meets every rule, and most rules stop at that test).
struct ClassSet: Sendable, Equatable {
    /// Class ids from 0 to 1023 fit: the lexicon and the packs used about 160 in session 10 and
    /// passed 512 in session 24, when 50 of 115 rules fell back to the slower test (a pattern
    /// with a class that does not fit is no gate), so the packs can grow again.
    static let capacity = 1024

    private var bits = SIMD16<UInt64>(repeating: 0)

    /// The empty set.
    init() {}

    /// The classes of `ids`, or `nil` when one of them does not fit.
    init?(_ ids: [Int]) {
        for id in ids {
            guard id >= 0, id < Self.capacity else { return nil }
            insert(id)
        }
    }

    /// The classes marked present (`present[id]`) whose ids fit; a class that does not fit is
    /// left out, so only a set made by `init?(_:)` may be tested against it.
    init(present: [Bool]) {
        // Eight flags at a time (a `Bool` is a byte, 0 or 1): the product gathers their low
        // bits into its top byte, flag `i` at bit `i`; one store per word of the set (the flag
        // by flag loop wrote a lane of the vector per class present, 77 M instructions in a
        // check of 1 MB of distinct sentences, one set per sentence).
        let count = min(present.count, Self.capacity)
        var bits = SIMD16<UInt64>(repeating: 0)
        present.withUnsafeBytes { flags in
            for word in 0..<((count + 63) >> 6) {
                let base = word << 6
                let end = min(base + 64, count)
                var value: UInt64 = 0
                var index = base
                while index + 8 <= end {
                    let eight = flags.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    value |= ((eight &* 0x0102_0408_1020_4080) >> 56) << UInt64(index - base)
                    index += 8
                }
                while index < end {
                    if flags[index] != 0 { value |= 1 << UInt64(index - base) }
                    index += 1
                }
                bits[word] = value
            }
        }
        self.bits = bits
    }

    mutating func insert(_ id: Int) {
        bits[id >> 6] |= 1 << UInt64(id & 63)
    }

    /// Whether class `id` (below `capacity`) is in the set.
    func contains(_ id: Int) -> Bool {
        bits[id >> 6] & (1 << UInt64(id & 63)) != 0
    }

    /// Whether every class of `other` is in the set.
    func isSuperset(of other: ClassSet) -> Bool {
        // The classes of `other` missing here, their sixteen words OR-ed down by halves: SIMD's
        // `==` compiles to a loop over the lanes spilled to memory, and every sentence asks
        // this of every rule.
        let missing = other.bits & ~bits
        let eight = missing.lowHalf | missing.highHalf
        let four = eight.lowHalf | eight.highHalf
        let two = four.lowHalf | four.highHalf
        return two[0] | two[1] == 0
    }

    /// The classes of the set, in ascending order.
    var members: [Int] {
        var found: [Int] = []
        for word in 0..<16 {
            var rest = bits[word]
            while rest != 0 {
                found.append(word << 6 | rest.trailingZeroBitCount)
                rest &= rest - 1
            }
        }
        return found
    }

    /// Calls `body` with each class that is in both sets, in ascending order.
    func forEachShared(with other: ClassSet, _ body: (Int) -> Void) {
        let shared = bits & other.bits
        for word in 0..<16 {
            var rest = shared[word]
            while rest != 0 {
                body(word << 6 | rest.trailingZeroBitCount)
                rest &= rest - 1
            }
        }
    }
}
