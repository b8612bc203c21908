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
        let sets = when.compactMap(\.requiredSet)
        self.whenSets = sets.count == when.count ? sets : nil
        self.categoryIndex = FindingCategory.allCases.firstIndex(of: rule.category) ?? 0
    }
}

/// The `when` gates of a checker's rules, flat (no array per rule to copy at every sentence):
/// per rule, the sets of classes its `when` patterns require. A sentence that lacks some class
/// of every one of them cannot match the rule, which then reads no further.
struct RuleGates: Sendable {
    private let sets: [ClassSet]
    /// Per rule, the range of its sets in `sets` (`nil`: a class that does not fit a set, so the
    /// rule is not gated here and tests its patterns).
    private let ranges: [Range<Int>?]

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
    }

    /// Whether the rule at `index` (in the rules the gates were made of) may match a sentence
    /// whose classes are `present`.
    func admits(_ index: Int, _ present: ClassSet) -> Bool {
        guard let range = ranges[index] else { return true }
        for set in range where present.isSuperset(of: sets[set]) { return true }
        return false
    }
}
