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
    /// The rule of the lay-language reader's findings (`lay-disease-claim`), when the
    /// market's rules have it.
    let layRule: CompiledRule?

    /// The default matching threshold.
    public static let defaultThreshold = 0.4

    /// Creates a checker for graded claims (pass none to check without a knowledge base).
    public init(
        book: RuleBook, market: Market = .all, assessments: [ClaimAssessment] = [],
        threshold: Double = Checker.defaultThreshold
    ) {
        self.init(
            book: book, market: market, claims: GradedClaims(assessments), threshold: threshold)
    }

    /// Creates a checker for claims graded when a sentence first matches them; with a `cache`,
    /// the claim index is read from it when it holds the index of these claims and this book
    /// (and written to it otherwise).
    public init(
        book: RuleBook, market: Market = .all, claims: GradedClaims,
        threshold: Double = Checker.defaultThreshold, cache: ClaimIndexCache? = nil
    ) {
        self.book = book
        self.market = market
        self.threshold = threshold
        // What the book was built from, hashed once for the caches derived from it (the claim
        // index, the register's entries read as targets).
        let bookHash = cache == nil ? nil : book.contentHash()
        if let cache, let bookHash {
            book.register.keepIndex(in: cache.url.deletingLastPathComponent(), bookHash: bookHash)
        }
        self.index =
            cache?.index(claims: claims, book: book, bookHash: bookHash)
            ?? ClaimIndex(claims: claims, concepts: book.concepts)
        self.rules = book.compiled.filter { $0.rule.market.applies(to: market) }
        self.layRule = rules.first { $0.rule.id == Checker.layRuleID }
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
    /// (`Checker+Findings`). Long copy is read in batches of sentences of about
    /// `batchScalars` scalars each (`Checker+Batches`), so that the tagged sentences held at
    /// once stay bounded whatever the length of the copy; a batch is cut into chunks of
    /// sentences, one per core, the sentences written the same in one (`Checker+Threading`).
    /// The results are put back in order, so the findings are the same whatever the number of
    /// workers and the size of the batches.
    /// A sentence written again is tagged, matched and judged by the rules that read it alone
    /// once per chunk (`readsRepeatsOnce`; off, every sentence is read afresh: the same
    /// findings, more slowly).
    func check(
        _ source: SourceText, workers: Int?, batchScalars: Int = Checker.batchScalars,
        readsRepeatsOnce: Bool = true
    ) -> CheckedFile {
        let ranges = SentenceSplitter.split(source.plain)
        let workers =
            workers
            ?? (ranges.count < 512 ? 1 : max(1, ProcessInfo.processInfo.activeProcessorCount))
        var document = DocumentRules(rules: rules)
        var collected = CollectedFindings()
        // What tagging and the rules learnt of the sentences of earlier batches.
        let memo = readsRepeatsOnce ? TagMemo(positions: workers) : nil
        let reads = readsRepeatsOnce ? ReadMemo() : nil
        for batch in Checker.batches(ranges, scalars: batchScalars) {
            // The sentences the rules of the batch's sentences look at: a few before and after
            // (subject windows, the register's neighbours, a question's answer).
            let last = min(ranges.count, batch.upperBound + lookAhead)
            let context = max(0, batch.lowerBound - lookBehind)..<last
            let offset = batch.lowerBound - context.lowerBound
            let core = offset..<(offset + batch.count)
            let sentences = Array(ranges[context])
            let keys =
                readsRepeatsOnce
                ? Checker.repeatKeys(source, sentences: sentences, workers: workers) : nil
            let tagged = tag(
                source, sentences: sentences, keys: keys,
                chunks: Checker.partition(keys, count: context.count, workers: workers),
                memo: memo)
            let chunks = Checker.partition(
                keys.map { Array($0[core]) }, count: batch.count, workers: workers
            ).map { $0.map { $0 + offset } }
            let kept = evaluate(
                tagged.sentences, matches: tagged.matches, firsts: tagged.firsts, chunks: chunks,
                keys: tagged.keys, memo: reads)
            document.observe(tagged.sentences[core], findings: kept, checker: self)
            let laid = layCandidates(
                kept, sentences: tagged.sentences, core: core, keys: tagged.keys, memo: reads)
            collect(
                laid.isEmpty ? kept : Checker.merge([kept, laid]), sentences: tagged.sentences,
                matches: tagged.matches, keys: tagged.keys,
                source: source, into: &collected, workers: workers)
        }
        collect(document.candidates, sentences: [], matches: [], source: source, into: &collected)
        return collected.file(path: source.path) { document.escalated($0) }
    }

    /// The claim a sentence of the text matches, for explanations (`nil` below the threshold).
    public func explain(_ sentence: String) -> ClaimMatch? {
        index.bestMatch(terms: Tokenizer.terms(sentence), threshold: threshold)
    }
}
