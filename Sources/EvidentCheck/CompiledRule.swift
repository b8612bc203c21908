import EvidentModel

/// A rule with its patterns compiled against the lexicon.
final class CompiledRule: Sendable {
    let rule: Rule
    /// Position of the rule across all packs (ties are broken by it).
    let order: Int
    /// The orders of the rules it `refines`, directly or down a chain.
    let refines: Set<Int>
    let when: [Pattern]
    let requires: [Pattern]
    let unless: [Pattern]
    let unlessBefore: [Pattern]
    let keepIfBefore: [Pattern]
    let unlessContext: [Pattern]
    let subject: [Pattern]
    let escalateSubject: [Pattern]
    /// The classes each `when` pattern requires, as sets (`nil`: not every one fits a set).
    let whenSets: [ClassSet]?
    /// `when`, `requires`, `unless`, `unlessBefore`, `keepIfBefore`, `subject` and
    /// `unlessContext` as references the arrays above keep alive: a sentence's test borrows
    /// each pattern
    /// (`Checker.anyPattern`) instead of retaining and releasing it, two atomic operations per
    /// pattern, rule and sentence (9.9 million releases in `sentenceFindings` in a check of
    /// 1 MB of distinct sentences).
    let borrowedWhen: [Unmanaged<Pattern>]
    let borrowedRequires: [Unmanaged<Pattern>]
    let borrowedUnless: [Unmanaged<Pattern>]
    let borrowedUnlessBefore: [Unmanaged<Pattern>]
    let borrowedKeepIfBefore: [Unmanaged<Pattern>]
    let borrowedSubject: [Unmanaged<Pattern>]
    let borrowedUnlessContext: [Unmanaged<Pattern>]
    /// The rule's category as its place among `FindingCategory.allCases`: deduplication keys
    /// its findings by sentence and category, and a category's hash is its name's.
    let categoryIndex: Int

    init(_ rule: Rule, order: Int, refines: Set<Int>, lexicon: Lexicon, path: String) throws {
        func compile(_ sources: [String]) throws -> [Pattern] {
            try sources.map { try Pattern($0, lexicon: lexicon, path: path, context: rule.id) }
        }
        self.rule = rule
        self.order = order
        self.refines = refines
        self.when = try compile(rule.when)
        self.requires = try compile(rule.requires)
        self.unless = try compile(rule.unless)
        self.unlessBefore = try compile(rule.unlessBefore)
        self.keepIfBefore = try compile(rule.keepIfBefore)
        self.unlessContext = try compile(rule.unlessContext)
        self.subject = try compile(rule.subject)
        self.escalateSubject = try compile(rule.escalate?.subject ?? [])
        borrowedWhen = when.map { Unmanaged.passUnretained($0) }
        borrowedRequires = requires.map { Unmanaged.passUnretained($0) }
        borrowedUnless = unless.map { Unmanaged.passUnretained($0) }
        borrowedUnlessBefore = unlessBefore.map { Unmanaged.passUnretained($0) }
        borrowedKeepIfBefore = keepIfBefore.map { Unmanaged.passUnretained($0) }
        borrowedSubject = subject.map { Unmanaged.passUnretained($0) }
        borrowedUnlessContext = unlessContext.map { Unmanaged.passUnretained($0) }
        let sets = when.compactMap(\.requiredSet)
        self.whenSets = sets.count == when.count ? sets : nil
        self.categoryIndex = FindingCategory.allCases.firstIndex(of: rule.category) ?? 0
    }
}

/// The `when` gates of a checker's rules, flat (no array per rule to copy at every sentence):
/// per rule, the sets of classes its `when` patterns require. A sentence that lacks some class
/// of every one of them cannot match the rule, which then reads no further.
///
/// Most rules are shut to most sentences (of 10 million gate tests in the check of 1 MB of
/// distinct sentences, 2% open), so the gates are also indexed: each set is filed under one of
/// its classes (the one the fewest sets hold), and `candidates` names the rules a sentence's
/// classes may open, as bits over the rules, without testing the others one by one. A rule no
/// set gates (a class that does not fit, a pattern that requires no class) is always a
/// candidate; `admits` still decides.
struct RuleGates: Sendable {
    private let sets: [ClassSet]
    /// Per set in `sets`, the class it is filed under (`-1`: a set of no class): a sentence
    /// without that class lacks the set, which `admits` then skips without testing it whole
    /// (3.9 million whole tests in a check of 1 MB of copy, most of them of absent keys).
    private let setKeys: [Int]
    /// Per rule, the range of its sets in `sets` (`nil`: a class that does not fit a set, so the
    /// rule is not gated here and tests its patterns).
    private let ranges: [Range<Int>?]
    /// Words of 64 bits that hold one bit per rule.
    let words: Int
    /// The rules that are always candidates, as bits.
    private let always: [UInt64]
    /// Per class, `words` words: the rules with a set filed under the class, as bits.
    private let filed: [UInt64]
    /// The classes some set is filed under.
    private let keys: ClassSet

    init(_ rules: [CompiledRule]) {
        var sets: [ClassSet] = []
        var ranges: [Range<Int>?] = []
        for rule in rules {
            guard let own = rule.whenSets else {
                ranges.append(nil)
                continue
            }
            ranges.append(sets.count..<(sets.count + own.count))
            sets += own
        }
        self.sets = sets
        self.ranges = ranges
        let words = (rules.count + 63) / 64
        self.words = words
        // How many sets hold each class: a set is filed under its rarest class.
        var holding = [Int](repeating: 0, count: ClassSet.capacity)
        let members = sets.map(\.members)
        for classes in members {
            for id in classes { holding[id] += 1 }
        }
        var always = [UInt64](repeating: 0, count: words)
        var filed = [UInt64](repeating: 0, count: ClassSet.capacity * words)
        var keys = ClassSet()
        var setKeys = [Int](repeating: -1, count: sets.count)
        for (index, range) in ranges.enumerated() {
            let bit: UInt64 = 1 << UInt64(index & 63)
            guard let range else {
                always[index >> 6] |= bit
                continue
            }
            for set in range {
                guard
                    let key = members[set].min(by: {
                        (holding[$0], $0) < (holding[$1], $1)
                    })
                else {
                    // A pattern that requires no class may match any sentence.
                    always[index >> 6] |= bit
                    continue
                }
                filed[key * words + (index >> 6)] |= bit
                keys.insert(key)
                setKeys[set] = key
            }
        }
        self.setKeys = setKeys
        self.always = always
        self.filed = filed
        self.keys = keys
    }

    /// Whether the rule at `index` (in the rules the gates were made of) may match a sentence
    /// whose classes are `present`.
    func admits(_ index: Int, _ present: ClassSet) -> Bool {
        guard let range = ranges[index] else { return true }
        for set in range {
            // A set holds its key: without the key, the sentence lacks the set.
            let key = setKeys[set]
            if key >= 0, !present.contains(key) { continue }
            if present.isSuperset(of: sets[set]) { return true }
        }
        return false
    }

    /// Whether the rule at `index` has gates: then `admits` says whether some `when` pattern
    /// of it has all its classes present (`TaggedSentence.mayMatch`).
    func gates(_ index: Int) -> Bool { ranges[index] != nil }

    /// The rules whose bits are set, in ascending order.
    static func members(_ bits: [UInt64]) -> [Int] {
        var found: [Int] = []
        // Room for all at once (grown one append at a time, the list was copied at each
        // doubling: 92,000 copies in a check of 1 MB of distinct sentences).
        found.reserveCapacity(bits.reduce(0) { $0 + $1.nonzeroBitCount })
        for (word, value) in bits.enumerated() {
            var rest = value
            while rest != 0 {
                found.append(word << 6 | rest.trailingZeroBitCount)
                rest &= rest - 1
            }
        }
        return found
    }

    /// The rules that a sentence whose classes are `present` may open (a superset of those
    /// `admits` admits), as `words` words of bits, OR-ed into `bits`.
    func candidates(_ present: ClassSet, into bits: inout [UInt64]) {
        for word in 0..<words { bits[word] |= always[word] }
        filed.withUnsafeBufferPointer { filed in
            present.forEachShared(with: keys) { id in
                let row = id * words
                for word in 0..<words { bits[word] |= filed[row + word] }
            }
        }
    }
}
