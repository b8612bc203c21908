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
    public static let defaultThreshold = 0.5

    /// Creates a checker for graded claims (pass none to check without a knowledge base).
    public init(
        book: RuleBook, market: Market = .all, assessments: [ClaimAssessment] = [],
        threshold: Double = Checker.defaultThreshold
    ) {
        self.book = book
        self.market = market
        self.threshold = threshold
        self.index = ClaimIndex(assessments: assessments, lexicon: book.lexicon)
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
    func check(_ source: SourceText, workers: Int?) -> CheckedFile {
        let ranges = SentenceSplitter.split(source.plain)
        // Long documents are tagged, matched and checked in contiguous chunks of sentences on
        // every core; the chunks' results are put back in the single-threaded order, so the
        // findings are the same whatever the number of workers.
        let chunks = Checker.chunks(ranges.count, workers: workers)
        var taggedSlots = [TaggedSentence?](repeating: nil, count: ranges.count)
        var matchSlots = [ClaimMatch?](repeating: nil, count: ranges.count)
        taggedSlots.withUnsafeMutableBufferPointer { taggedBuffer in
            matchSlots.withUnsafeMutableBufferPointer { matchedBuffer in
                // Each worker writes only its own chunk's slots.
                nonisolated(unsafe) let tagged = taggedBuffer
                nonisolated(unsafe) let matched = matchedBuffer
                DispatchQueue.concurrentPerform(iterations: chunks.count) { worker in
                    let scratch = index.makeScratch()
                    for number in chunks[worker] {
                        let range = ranges[number]
                        let sentence = TaggedSentence(
                            range: range, tokens: book.lexicon.tokens(source.plain, in: range),
                            lexicon: book.lexicon,
                            isQuestion: source.plain[range.upperBound - 1] == "?")
                        tagged[number] = sentence
                        if hasKnowledgeBase && !isQuestionSentence(sentence) {
                            matched[number] = index.bestMatch(
                                terms: sentence.terms, threshold: threshold, scratch: scratch)
                        }
                    }
                }
            }
        }
        let sentenceList = taggedSlots.compactMap { $0 }
        let matches = matchSlots
        let scratch = index.makeScratch()
        var escalated: [Int: Bool] = [:]
        func escalates(_ rule: CompiledRule) -> Bool {
            if let known = escalated[rule.order] { return known }
            let value = rule.escalateSubject.contains { pattern in
                sentenceList.contains { $0.contains(pattern, within: rule.rule.within) }
            }
            escalated[rule.order] = value
            return value
        }
        // Per chunk, per rule: the sentence-level candidates.
        var perChunk = [[[Candidate]]](repeating: [], count: chunks.count)
        perChunk.withUnsafeMutableBufferPointer { outputBuffer in
            // Each worker writes only its own slot.
            nonisolated(unsafe) let output = outputBuffer
            DispatchQueue.concurrentPerform(iterations: chunks.count) { worker in
                var lists = [[Candidate]](repeating: [], count: rules.count)
                for (order, rule) in rules.enumerated() {
                    switch (rule.rule.kind, rule.rule.scope) {
                    case (.evidence, _):
                        guard hasKnowledgeBase else { continue }
                        for number in chunks[worker] {
                            if let candidate = evidenceFinding(
                                rule, sentence: sentenceList[number], number: number,
                                match: matches[number])
                            {
                                lists[order].append(candidate)
                            }
                        }
                    case (.pattern, .sentence):
                        for number in chunks[worker] {
                            lists[order] += sentenceFindings(
                                rule, sentences: sentenceList, number: number,
                                match: matches[number])
                        }
                    case (.pattern, .document):
                        continue
                    }
                }
                output[worker] = lists
            }
        }
        var candidates: [Candidate] = []
        for (order, rule) in rules.enumerated() {
            if case (.pattern, .document) = (rule.rule.kind, rule.rule.scope) {
                if let candidate = documentFinding(rule, sentences: sentenceList) {
                    candidates.append(candidate)
                }
                continue
            }
            for lists in perChunk { candidates += lists[order] }
        }
        let sentences = sentenceList
        let kept = Checker.deduplicate(candidates)
        var findings: [Finding] = []
        var lines: [Int: String] = [:]
        var clauseMatches: [Range<Int>: ClaimMatch?] = [:]
        for candidate in kept {
            let rule = candidate.rule.rule
            let severity =
                rule.escalate.map {
                    escalates(candidate.rule) ? max($0.severity, rule.severity) : rule.severity
                }
                ?? rule.severity
            var match = candidate.sentence.map { matches[$0] } ?? nil
            if hasKnowledgeBase, let number = candidate.sentence,
                candidate.range != sentences[number].range, !isQuestionSentence(sentences[number])
            {
                // A sentence can make several claims: prefer the claim of the finding's clause.
                let clause = Checker.clause(around: candidate.range, in: sentences[number], source)
                if let cached = clauseMatches[clause] {
                    match = cached ?? match
                } else {
                    let found = index.bestMatch(
                        terms: Tokenizer.tokens(source.plain, in: clause).map(\.term),
                        threshold: threshold, scratch: scratch)
                    clauseMatches[clause] = .some(found)
                    match = found ?? match
                }
            }
            let text = source.text(candidate.range)
            let start = source.lineColumn(ofPlain: candidate.range.lowerBound)
            let end = source.lineColumn(
                ofPlain: max(candidate.range.lowerBound, candidate.range.upperBound - 1))
            findings.append(
                Finding(
                    path: source.path, line: start.line, column: start.column,
                    endLine: end.line, endColumn: end.column, severity: severity, rule: rule.id,
                    category: rule.category,
                    message: Checker.render(rule.message, match: text, claim: match),
                    text: text, claimID: match?.claimID, verdict: match?.verdict,
                    certainty: match?.certainty))
            for number in start.line...max(start.line, end.line) where lines[number] == nil {
                lines[number] = source.line(number)
            }
        }
        findings.sort {
            ($0.line, $0.column, $1.severity, $0.rule) < ($1.line, $1.column, $0.severity, $1.rule)
        }
        return CheckedFile(path: source.path, findings: findings, lines: lines)
    }

    /// Contiguous ranges of sentence numbers, one per worker: a single range for short copy
    /// (threads would cost more than they save), else one per core.
    static func chunks(_ count: Int, workers: Int? = nil) -> [Range<Int>] {
        let workers =
            workers ?? (count < 512 ? 1 : max(1, ProcessInfo.processInfo.activeProcessorCount))
        let size = (count + workers - 1) / max(1, workers)
        return stride(from: 0, to: max(count, 1), by: max(size, 1)).map {
            $0..<min($0 + max(size, 1), count)
        }
    }

    /// The claim a sentence of the text matches, for explanations (`nil` below the threshold).
    public func explain(_ sentence: String) -> ClaimMatch? {
        index.bestMatch(terms: Tokenizer.terms(sentence), threshold: threshold)
    }

    struct Candidate {
        var rule: CompiledRule
        var sentence: Int?
        var range: Range<Int>
    }

    private func evidenceFinding(
        _ rule: CompiledRule, sentence: TaggedSentence, number: Int, match: ClaimMatch?
    ) -> Candidate? {
        if let match {
            guard rule.rule.verdicts.contains(match.verdict) else { return nil }
            return Candidate(rule: rule, sentence: number, range: sentence.range)
        }
        guard rule.rule.noMatch, !isQuestionSentence(sentence),
            book.healthStatement.contains(where: { sentence.contains($0, within: 8) })
        else { return nil }
        return Candidate(rule: rule, sentence: number, range: sentence.range)
    }

    private func isQuestionSentence(_ sentence: TaggedSentence) -> Bool {
        if sentence.isQuestion { return true }
        guard let first = sentence.terms.first else { return false }
        return ["what", "how", "why", "which", "who", "when", "where", "q"].contains(first)
    }

    private func sentenceFindings(
        _ rule: CompiledRule, sentences: [TaggedSentence], number: Int, match: ClaimMatch?
    ) -> [Candidate] {
        // Checked in place before the sentence is copied out: most rules stop here.
        guard rule.when.contains(where: { sentences[number].mayMatch($0) }) else { return [] }
        let sentence = sentences[number]
        let within = rule.rule.within
        if !rule.subject.isEmpty {
            let low = max(0, number - rule.rule.subjectWindow)
            let found = sentences[low...number].contains { s in
                rule.subject.contains { s.contains($0, within: within) }
            }
            guard found else { return [] }
        }
        if !rule.requires.isEmpty {
            // A question ("Struggling with arthritis?") is answered by the next sentence.
            let next = sentence.isQuestion && number + 1 < sentences.count ? number + 1 : nil
            let met = rule.requires.contains { p in
                sentence.contains(p, within: within)
                    || next.map { sentences[$0].contains(p, within: within) } ?? false
            }
            guard met else { return [] }
        }
        if rule.unless.contains(where: { sentence.contains($0, within: within) }) { return [] }
        if !rule.unlessContext.isEmpty {
            let neighbours = sentences[max(0, number - 1)...min(sentences.count - 1, number + 1)]
            if neighbours.contains(where: { s in
                rule.unlessContext.contains { s.contains($0, within: within) }
            }) {
                return []
            }
        }
        if let bar = rule.rule.certaintyBelow, let match, match.certainty >= bar { return [] }
        var found: [PatternMatch] = []
        for pattern in rule.when {
            for match in sentence.matches(pattern, within: within) {
                func before(_ patterns: [Pattern]) -> Bool {
                    patterns.contains {
                        sentence.occursBefore(
                            $0, anchor: match.anchor, window: rule.rule.beforeWindow,
                            within: within)
                    }
                }
                let qualified = before(rule.unlessBefore) && !before(rule.keepIfBefore)
                if !qualified { found.append(match) }
            }
        }
        guard !found.isEmpty else { return [] }
        found.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        // Adjacent matches of one rule are one finding ("Parkinson's" + "disease").
        var merged: [PatternMatch] = []
        for match in found {
            if let last = merged.last, match.start <= last.end {
                merged[merged.count - 1].end = max(last.end, match.end)
            } else {
                merged.append(match)
            }
        }
        if rule.rule.perSentence == .first { merged = [merged[0]] }
        return merged.map { match in
            let range =
                rule.rule.span == .sentence
                ? sentence.range
                : sentence.tokens[match.start].start..<sentence.tokens[match.end - 1].end
            return Candidate(rule: rule, sentence: number, range: range)
        }
    }

    private func documentFinding(_ rule: CompiledRule, sentences: [TaggedSentence]) -> Candidate? {
        let within = rule.rule.within
        func anywhere(_ patterns: [Pattern]) -> Bool {
            patterns.contains { p in sentences.contains { $0.contains(p, within: within) } }
        }
        if !rule.subject.isEmpty, !anywhere(rule.subject) { return nil }
        if !rule.requires.isEmpty, !anywhere(rule.requires) { return nil }
        if anywhere(rule.unless) { return nil }
        for sentence in sentences {
            var first: PatternMatch? = nil
            for pattern in rule.when {
                if let found = sentence.matches(pattern, within: within).first,
                    first.map({ found.start < $0.start }) ?? true
                {
                    first = found
                }
            }
            if let first {
                let range = sentence.tokens[first.start].start..<sentence.tokens[first.end - 1].end
                return Candidate(rule: rule, sentence: nil, range: range)
            }
        }
        return nil
    }

    /// The words of a sentence around a range: its clause (up to the nearest `,` `;` `:` or the
    /// sentence's ends), narrowed to five words before and three after the range.
    static func clause(
        around range: Range<Int>, in sentence: TaggedSentence, _ source: SourceText
    ) -> Range<Int> {
        let bounds = sentence.range
        func isBreak(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "," || scalar == ";" || scalar == ":" || scalar == "(" || scalar == ")"
        }
        var lower = range.lowerBound
        while lower > bounds.lowerBound, !isBreak(source.plain[lower - 1]) { lower -= 1 }
        var upper = range.upperBound
        while upper < bounds.upperBound, !isBreak(source.plain[upper]) { upper += 1 }
        // Within a long clause, the words near the finding: five before, three after.
        let inside = sentence.tokens.filter { $0.start >= lower && $0.end <= upper }
        guard let first = inside.firstIndex(where: { $0.end > range.lowerBound }),
            let last = inside.lastIndex(where: { $0.start < range.upperBound })
        else { return lower..<upper }
        let from = inside[max(0, first - 5)].start
        let to = inside[min(inside.count - 1, last + 3)].end
        return from..<to
    }

    /// Keeps, per sentence and category, one finding per overlapping span: the most severe,
    /// then the earliest rule.
    static func deduplicate(_ candidates: [Candidate]) -> [Candidate] {
        let ordered = candidates.sorted {
            if $0.rule.rule.severity != $1.rule.rule.severity {
                return $0.rule.rule.severity > $1.rule.rule.severity
            }
            if $0.rule.order != $1.rule.order { return $0.rule.order < $1.rule.order }
            return $0.range.lowerBound < $1.range.lowerBound
        }
        struct Key: Hashable {
            var sentence: Int
            var category: FindingCategory
        }
        var kept: [Candidate] = []
        var byKey: [Key: [Range<Int>]] = [:]
        for candidate in ordered {
            guard let sentence = candidate.sentence else {
                kept.append(candidate)
                continue
            }
            let key = Key(sentence: sentence, category: candidate.rule.rule.category)
            if byKey[key, default: []].contains(where: { $0.overlaps(candidate.range) }) {
                continue
            }
            byKey[key, default: []].append(candidate.range)
            kept.append(candidate)
        }
        return kept
    }

    /// Fills a message template: `{match}`, `{claim}`, `{verdict}`, `{certainty}`, `{terms}`.
    static func render(_ template: String, match text: String, claim: ClaimMatch?) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = rest[rest.index(after: open)..<close]
            switch name {
            case "match": out += text
            case "claim": out += claim?.claimID.rawValue ?? "none"
            case "verdict": out += claim?.verdict.rawValue ?? "none"
            case "certainty": out += claim?.certainty.rawValue ?? "none"
            case "terms": out += claim?.matchedTerms.joined(separator: ", ") ?? ""
            default: out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
