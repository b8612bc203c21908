import EvidentModel

/// A rule with its patterns compiled against the lexicon.
final class CompiledRule: Sendable {
    let rule: Rule
    /// Position of the rule across all packs (ties are broken by it).
    let order: Int
    let when: [Pattern]
    let requires: [Pattern]
    let unless: [Pattern]
    let unlessBefore: [Pattern]
    let keepIfBefore: [Pattern]
    let unlessContext: [Pattern]
    let subject: [Pattern]
    let escalateSubject: [Pattern]

    init(_ rule: Rule, order: Int, lexicon: Lexicon, path: String) throws {
        func compile(_ sources: [String]) throws -> [Pattern] {
            try sources.map { try Pattern($0, lexicon: lexicon, path: path, context: rule.id) }
        }
        self.rule = rule
        self.order = order
        self.when = try compile(rule.when)
        self.requires = try compile(rule.requires)
        self.unless = try compile(rule.unless)
        self.unlessBefore = try compile(rule.unlessBefore)
        self.keepIfBefore = try compile(rule.keepIfBefore)
        self.unlessContext = try compile(rule.unlessContext)
        self.subject = try compile(rule.subject)
        self.escalateSubject = try compile(rule.escalate?.subject ?? [])
    }
}
