import EvidentModel

/// A regulatory or evidence rule, as written in a rule pack (`RulePacks/*.yaml`).
///
/// A pattern rule fires on every match of a `when` pattern in a sentence whose `subject`,
/// `requires`, `unless` and `unless-context` conditions hold and that no `unless-before`
/// pattern qualifies (a negation, a benign qualifier, a harm verb). A document rule fires once,
/// at the first `when` match, when no `unless` pattern occurs anywhere in the document.
public struct Rule: Sendable, Codable, Equatable {
    /// Stable kebab-case id.
    public var id: String
    /// The market it applies to.
    public var market: Market
    /// Default severity.
    public var severity: Severity
    /// The finding category it reports.
    public var category: FindingCategory
    /// Message template: `{match}`, `{claim}`, `{verdict}`, `{certainty}`, `{terms}`.
    public var message: String
    /// What the rule flags, without placeholders (default: the message with `'{match}'` read
    /// as "the flagged words" and the other placeholders as what they stand for).
    public var description: String?
    /// The legal basis.
    public var legalBasis: String
    /// Pattern or evidence rule.
    public var kind: RuleKind
    /// Sentence or document.
    public var scope: RuleScope
    /// Patterns that produce findings.
    public var when: [String]
    /// Largest gap (`...`) between pattern elements, in words.
    public var within: Int
    /// At least one must match in the sentence (or document).
    public var requires: [String]
    /// None may match in the sentence (or document).
    public var unless: [String]
    /// None may match just before the match's last element.
    public var unlessBefore: [String]
    /// Overrides `unless-before` when one of these also occurs there ("root cause of").
    public var keepIfBefore: [String]
    /// How many words before the last element `unless-before` looks.
    public var beforeWindow: Int
    /// None may match in the sentence or its neighbours.
    public var unlessContext: [String]
    /// One must match in the sentence or the `subject-window` sentences before it.
    public var subject: [String]
    /// How many preceding sentences count for `subject`.
    public var subjectWindow: Int
    /// How many following sentences of the paragraph count for `subject` (an account that
    /// names the product after the condition: "Sciatica ruined every drive. These capsules
    /// gave me my road trips back.").
    public var subjectAhead: Int
    /// Fires only when the sentence's matched claim is below this certainty (or unmatched).
    public var certaintyBelow: Certainty?
    /// Evidence rules: the verdicts that fire.
    public var verdicts: [Verdict]
    /// Evidence rules: fire on health statements that match no claim.
    public var noMatch: Bool
    /// Fires only when the EU register's outcome for the sentence is this one.
    public var register: RegisterOutcome?
    /// Fires only when, checking for the EU alone (`--market eu`), the EU register's outcome
    /// for the sentence is none of these: a symptom or a marker that an authorised wording
    /// itself names ("the reduction of tiredness and fatigue", "the blood glucose rise after
    /// that meal") is that authorised claim, not a disease claim (Reg 1924/2006 Art 10(1),
    /// Reg 432/2012).
    public var unlessRegister: [RegisterOutcome]
    /// A document rule about a kind of interaction (`interactions.yaml`): its message may use
    /// `{drugs}`, `{interaction}` and `{source}` of the substance it found.
    public var interaction: String?
    /// A higher severity when the document is about a subject.
    public var escalate: RuleEscalation?
    /// Passing and failing examples.
    public var examples: RuleExamples
    /// Every match in a sentence, or only the first.
    public var perSentence: RuleRepetition
    /// The matched words, or the whole sentence.
    public var span: RuleSpan
    /// The rules of its category whose reading this one narrows: where both read overlapping
    /// words of a sentence, this rule's finding is the one kept (the reading that names what it
    /// read, such as a germ or a lost ability, over the generic one).
    public var refines: [String]
    /// Where a refined rule's finding is dropped: where it overlaps this rule's (`match`, the
    /// default), or anywhere in the sentence of this rule's finding (`sentence`: a reading of
    /// the whole account, such as a story told across a turn, is the sentence's one finding of
    /// it, whatever words the generic reading pointed at).
    public var refinesWithin: RuleSpan
    /// Categories of finding that a match of this rule may not overlap: where a finding of
    /// another rule of one of them covers any of its words, the match is not this rule's (a
    /// disease claim is not the structure/function claim the DSHEA disclaimer is for). A
    /// document rule then fires at its first match that no such finding overlaps.
    public var unlessFinding: [FindingCategory]

    /// Where the rule was loaded from: `built-in`, or its pack file's path.
    public var origin = "built-in"

    /// Every key a rule may have, for error messages.
    public static var keyNames: [String] { CodingKeys.allCases.map(\.rawValue).sorted() }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, market, severity, category, message, kind, scope, when, within, requires
        case unless, subject, verdicts, escalate, examples, description, register, interaction
        case legalBasis = "legal-basis"
        case unlessBefore = "unless-before"
        case beforeWindow = "before-window"
        case keepIfBefore = "keep-if-before"
        case unlessContext = "unless-context"
        case subjectWindow = "subject-window"
        case subjectAhead = "subject-ahead"
        case certaintyBelow = "certainty-below"
        case noMatch = "no-match"
        case perSentence = "per-sentence"
        case span, refines
        case refinesWithin = "refines-within"
        case unlessFinding = "unless-finding"
        case unlessRegister = "unless-register"
    }

    /// Decodes a rule, with defaults for every optional key.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        market = try c.decode(Market.self, forKey: .market)
        severity = try c.decode(Severity.self, forKey: .severity)
        category = try c.decode(FindingCategory.self, forKey: .category)
        message = try c.decode(String.self, forKey: .message)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        legalBasis = try c.decode(String.self, forKey: .legalBasis)
        kind = try c.decodeIfPresent(RuleKind.self, forKey: .kind) ?? .pattern
        scope = try c.decodeIfPresent(RuleScope.self, forKey: .scope) ?? .sentence
        when = try c.decodeIfPresent([String].self, forKey: .when) ?? []
        within = try Rule.window(c, .within, default: 6, in: 0...Rule.maximumWindow)
        requires = try c.decodeIfPresent([String].self, forKey: .requires) ?? []
        unless = try c.decodeIfPresent([String].self, forKey: .unless) ?? []
        unlessBefore = try c.decodeIfPresent([String].self, forKey: .unlessBefore) ?? []
        keepIfBefore = try c.decodeIfPresent([String].self, forKey: .keepIfBefore) ?? []
        beforeWindow = try Rule.window(c, .beforeWindow, default: 3, in: 0...Rule.maximumWindow)
        unlessContext = try c.decodeIfPresent([String].self, forKey: .unlessContext) ?? []
        subject = try c.decodeIfPresent([String].self, forKey: .subject) ?? []
        subjectWindow = try Rule.window(
            c, .subjectWindow, default: 0, in: 0...Rule.maximumSubjectWindow)
        subjectAhead = try Rule.window(
            c, .subjectAhead, default: 0, in: 0...Rule.maximumSubjectWindow)
        certaintyBelow = try c.decodeIfPresent(Certainty.self, forKey: .certaintyBelow)
        verdicts = try c.decodeIfPresent([Verdict].self, forKey: .verdicts) ?? []
        noMatch = try c.decodeIfPresent(Bool.self, forKey: .noMatch) ?? false
        register = try c.decodeIfPresent(RegisterOutcome.self, forKey: .register)
        unlessRegister =
            try c.decodeIfPresent([RegisterOutcome].self, forKey: .unlessRegister) ?? []
        interaction = try c.decodeIfPresent(String.self, forKey: .interaction)
        escalate = try c.decodeIfPresent(RuleEscalation.self, forKey: .escalate)
        examples = try c.decodeIfPresent(RuleExamples.self, forKey: .examples) ?? RuleExamples()
        perSentence =
            try c.decodeIfPresent(RuleRepetition.self, forKey: .perSentence) ?? .all
        span = try c.decodeIfPresent(RuleSpan.self, forKey: .span) ?? .match
        refines = try c.decodeIfPresent([String].self, forKey: .refines) ?? []
        refinesWithin = try c.decodeIfPresent(RuleSpan.self, forKey: .refinesWithin) ?? .match
        unlessFinding = try Rule.categories(c, .unlessFinding, besides: category)
    }

    /// The widest `within` and `before-window`, in words (the bundled packs use at most 10).
    public static let maximumWindow = 50
    /// The widest `subject-window`, in sentences.
    public static let maximumSubjectWindow = 20

    /// A window of a rule (`within`, `before-window`, `subject-window`, `subject-ahead`):
    /// `value` when absent;
    /// out of `range` is an error at the value (a window bounds the work, and a huge one would
    /// overflow the arithmetic on positions).
    private static func window(
        _ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys, default value: Int,
        in range: ClosedRange<Int>
    ) throws -> Int {
        guard let found = try c.decodeIfPresent(Int.self, forKey: key) else { return value }
        guard range.contains(found) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: c,
                debugDescription: "expected \(range.lowerBound) to \(range.upperBound)")
        }
        return found
    }

    /// Finding categories other than the rule's own (`unless-finding`): an unknown one, or the
    /// rule's own (findings of one category already keep one per span), is an error at the
    /// value.
    private static func categories(
        _ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys,
        besides own: FindingCategory
    ) throws -> [FindingCategory] {
        let names = try c.decodeIfPresent([String].self, forKey: key) ?? []
        return try names.map { name in
            guard let category = FindingCategory(rawValue: name), category != own else {
                let others = FindingCategory.allCases.filter { $0 != own }.map(\.rawValue)
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: c,
                    debugDescription: "expected categories of finding other than the rule's "
                        + "own, '\(own.rawValue)', not '\(name)': "
                        + others.joined(separator: ", "))
            }
            return category
        }
    }

    /// The rule as reporters show it.
    public var summary: RuleDescription {
        RuleDescription(
            id: id, market: market.rawValue, severity: severity, category: category,
            message: message, description: description ?? Rule.plain(message),
            legalBasis: legalBasis, passExamples: examples.pass, failExamples: examples.fail,
            origin: origin)
    }

    /// What each placeholder stands for in a rule's description.
    static let placeholderMeanings = [
        "match": "the flagged words", "claim": "a knowledge-base claim",
        "verdict": "its verdict", "certainty": "its certainty", "terms": "the shared concepts",
        "statement": "its statement",
    ]

    /// A message template read without a finding: `'{match}'` becomes "the flagged words",
    /// and so on; an unknown placeholder is dropped.
    static func plain(_ template: String) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"),
            let close = rest[open...].firstIndex(of: "}")
        {
            var before = rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            var after = rest[rest.index(after: close)...]
            if before.hasSuffix("'"), after.hasPrefix("'") {
                before = before.dropLast()
                after = after.dropFirst()
            }
            out += before
            out += placeholderMeanings[name] ?? ""
            rest = after
        }
        return out + rest
    }
}
