import EvidentModel
import Foundation

/// Checks copy: splits it into sentences, matches each to the knowledge base, and applies the
/// rule packs of a market. Deterministic; holds no mutable state.
public struct Checker: Sendable {
    /// The rules and lexicon.
    public let book: RuleBook
    /// The market whose rules apply.
    public let market: Market
    /// The smallest match score that links a sentence to a claim.
    public let threshold: Double
    let index: ClaimIndex
    let rules: [CompiledRule]

    /// The default matching threshold.
    public static let defaultThreshold = 0.4

    /// Creates a checker for graded claims (pass none to check without a knowledge base).
    public init(
        book: RuleBook, market: Market = .all, assessments: [ClaimAssessment] = [],
        threshold: Double = Checker.defaultThreshold
    ) {
        self.book = book
        self.market = market
        self.threshold = threshold
        self.index = ClaimIndex(assessments: assessments, concepts: book.concepts)
        self.rules = book.compiled.filter { $0.rule.market.applies(to: market) }
    }

    /// Whether a knowledge base was given (evidence rules run only then).
    public var hasKnowledgeBase: Bool { index.count > 0 }

    /// The rules this checker applies, as reporters show them.
    public var ruleDescriptions: [RuleDescription] { rules.map(\.rule.summary) }

    /// Checks one file's text.
    public func check(_ source: SourceText) -> CheckedFile {
        check(source, workers: nil)
    }

    /// Checks one file's text with `workers` threads (`nil`: one per core for long copy).
    ///
    /// Three jobs, each in its own file: tagging the sentences and matching them to claims
    /// (`Checker+Tagging`), evaluating the rules (`Checker+Rules`) and rendering the findings
    /// (`Checker+Findings`). Long copy is cut into chunks of sentences, one per core
    /// (`Checker+Threading`); the chunks' results are put back in order, so the findings are the
    /// same whatever the number of workers.
    func check(_ source: SourceText, workers: Int?) -> CheckedFile {
        let ranges = SentenceSplitter.split(source.plain)
        let chunks = Checker.chunks(ranges.count, workers: workers)
        let tagged = tag(source, sentences: ranges, chunks: chunks)
        let candidates = evaluate(tagged.sentences, matches: tagged.matches, chunks: chunks)
        return findings(
            Checker.deduplicate(candidates), sentences: tagged.sentences,
            matches: tagged.matches, source: source)
    }

    /// The claim a sentence of the text matches, for explanations (`nil` below the threshold).
    public func explain(_ sentence: String) -> ClaimMatch? {
        index.bestMatch(terms: Tokenizer.terms(sentence), threshold: threshold)
    }
}
