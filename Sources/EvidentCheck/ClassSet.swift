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
        for id in 0..<min(present.count, Self.capacity) where present[id] { insert(id) }
    }

    mutating func insert(_ id: Int) {
        bits[id >> 6] |= 1 << UInt64(id & 63)
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
