import EvidentModel
import Foundation

/// An inverted index over the knowledge base's claims, for matching copy to claims.
///
/// Each claim contributes three fields: its statement, its quote, and its subjects, outcome and
/// keywords. Terms are canonical (synonyms merged), interned to integers and weighted by inverse
/// document frequency. A field's score is 0.7 × the weighted share of the claim's terms the
/// sentence has, plus 0.3 × the weighted share of the sentence's terms the claim has. Candidates come from the postings of selective terms only (a term in more
/// than 5% of claims, such as the nutrient's name, only adds to the score of candidates found
/// otherwise), and only the 12 best-accumulating candidates are scored in full, so a sentence is
/// compared with a handful of claims, not with all of them.
public struct ClaimIndex: Sendable {
    struct Entry: Sendable {
        var id: ClaimID
        var verdict: Verdict
        var certainty: Certainty
        /// Sorted term ids per field.
        var fields: [[Int32]]
        var fieldWeights: [Double]
        var negated: Bool
    }

    let entries: [Entry]
    let termIDs: [String: Int32]
    let termNames: [String]
    let postings: [[Int32]]
    let weights: [Double]
    let lexicon: Lexicon
    let selectiveLimit: Int

    /// Builds the index from graded claims.
    public init(assessments: [ClaimAssessment], lexicon: Lexicon) {
        self.lexicon = lexicon
        var termIDs: [String: Int32] = [:]
        var termNames: [String] = []
        var postings: [[Int32]] = []
        func intern(_ term: String) -> Int32 {
            if let id = termIDs[term] { return id }
            let id = Int32(termNames.count)
            termIDs[term] = id
            termNames.append(term)
            postings.append([])
            return id
        }
        var raw: [(ClaimAssessment, [[Int32]], Bool)] = []
        // Subjects, outcomes and keywords repeat across claims: canonicalise each text once.
        var memo: [String: [String]] = [:]
        func canonical(_ text: String) -> [String] {
            if let known = memo[text] { return known }
            let terms = lexicon.matchTerms(Tokenizer.terms(text))
            memo[text] = terms
            return terms
        }
        var display: [String: String] = [:]
        for assessment in assessments {
            let claim = assessment.claim
            let statementTokens = Tokenizer.tokens(claim.statement)
            let statementTerms = statementTokens.map(\.term)
            if display.count < 50_000 {
                let scalars = Array(claim.statement.unicodeScalars)
                for token in statementTokens where display[token.term] == nil {
                    display[token.term] = String(
                        String.UnicodeScalarView(scalars[token.start..<token.end])
                    ).lowercased()
                }
            }
            var extra = claim.subjects + claim.keywords
            if let outcome = claim.outcome { extra.append(outcome.name) }
            let fields = [
                lexicon.matchTerms(statementTerms),
                claim.quote == claim.statement
                    ? lexicon.matchTerms(statementTerms) : canonical(claim.quote),
                extra.flatMap(canonical),
            ].map { Array(Set($0.map(intern))).sorted() }
            let index = Int32(raw.count)
            for term in Set(fields.joined()) { postings[Int(term)].append(index) }
            raw.append((assessment, fields, ClaimIndex.isNegated(statementTerms)))
        }
        let total = Double(max(1, raw.count))
        let weights = postings.map { log(1 + total / Double(max(1, $0.count))) }
        self.entries = raw.map { assessment, fields, negated in
            Entry(
                id: assessment.claim.id, verdict: assessment.verdict,
                certainty: assessment.certainty, fields: fields,
                fieldWeights: fields.map { $0.reduce(0) { $0 + weights[Int($1)] } },
                negated: negated)
        }
        self.termIDs = termIDs
        self.termNames = termNames.map { display[$0] ?? $0 }
        self.postings = postings
        self.weights = weights
        self.selectiveLimit = max(50, raw.count / 20)
    }

    /// Number of indexed claims.
    public var count: Int { entries.count }

    /// Reusable accumulators for `bestMatch`, one per checked file (not shared across threads).
    final class Scratch {
        var scores: [Double]
        var touched: [Int32] = []

        init(count: Int) { scores = [Double](repeating: 0, count: count) }
    }

    /// Fresh accumulators sized for this index.
    func makeScratch() -> Scratch { Scratch(count: entries.count) }

    /// The best claim for a sentence's stems at or above `threshold`, if any.
    public func bestMatch(terms: [String], threshold: Double) -> ClaimMatch? {
        bestMatch(terms: terms, threshold: threshold, scratch: makeScratch())
    }

    func bestMatch(terms: [String], threshold: Double, scratch: Scratch) -> ClaimMatch? {
        guard !entries.isEmpty else { return nil }
        // Sorted, so the floating-point sums below are the same in every run (a Set's order
        // changes from process to process).
        let canonical = Set(lexicon.matchTerms(terms)).sorted()
        guard canonical.count >= 2 else { return nil }
        let unknownWeight = log(1 + Double(entries.count))
        var known: [Int32] = []
        var sentenceWeight = 0.0
        for term in canonical {
            if let id = termIDs[term] {
                known.append(id)
                sentenceWeight += weights[Int(id)]
            } else {
                sentenceWeight += unknownWeight
            }
        }
        known.sort()
        guard known.count >= 2 else { return nil }
        // Accumulate over selective terms; keep the 12 best.
        // Work on local arrays (swapped out of the scratch) to avoid exclusivity checks.
        var scores: [Double] = []
        var touched: [Int32] = []
        swap(&scores, &scratch.scores)
        swap(&touched, &scratch.touched)
        defer {
            touched.removeAll(keepingCapacity: true)
            swap(&scores, &scratch.scores)
            swap(&touched, &scratch.touched)
        }
        scores.withUnsafeMutableBufferPointer { scores in
            for term in known {
                let list = postings[Int(term)]
                guard list.count <= selectiveLimit else { continue }
                let weight = weights[Int(term)]
                for index in list {
                    if scores[Int(index)] == 0 { touched.append(index) }
                    scores[Int(index)] += weight
                }
            }
        }
        guard !touched.isEmpty else { return nil }
        var shortlist: [(index: Int32, score: Double)] = []
        shortlist.reserveCapacity(13)
        for index in touched {
            let score = scores[Int(index)]
            scores[Int(index)] = 0
            if shortlist.count == 12 {
                guard let last = shortlist.last,
                    score > last.score || (score == last.score && index < last.index)
                else { continue }
                shortlist.removeLast()
            }
            let position =
                shortlist.firstIndex {
                    score > $0.score || (score == $0.score && index < $0.index)
                } ?? shortlist.count
            shortlist.insert((index, score), at: position)
        }
        let negated = ClaimIndex.isNegated(terms)
        var best: (entry: Int, score: Double, field: Int, differs: Bool)? = nil
        for (index, _) in shortlist {
            let entry = entries[Int(index)]
            var bestScore = 0.0
            var bestField = 0
            for (fieldIndex, field) in entry.fields.enumerated() where !field.isEmpty {
                let fieldWeight = entry.fieldWeights[fieldIndex]
                let (sharedCount, sharedWeight) = overlap(field, known)
                guard sharedCount >= 2 else { continue }
                // Mostly how much of the claim the sentence says, partly how much of the
                // sentence the claim covers: a sentence may say more than one claim.
                let score =
                    0.7 * sharedWeight / max(fieldWeight, 1e-9) + 0.3 * sharedWeight
                    / max(sentenceWeight, 1e-9)
                if score > bestScore {
                    bestScore = score
                    bestField = fieldIndex
                }
            }
            let differs = entry.negated != negated
            if differs { bestScore /= 2 }
            guard bestScore >= threshold else { continue }
            if let current = best {
                let currentID = entries[current.entry].id
                if current.score > bestScore || (current.score == bestScore && currentID < entry.id)
                {
                    continue
                }
            }
            best = (Int(index), bestScore, bestField, differs)
        }
        guard let best else { return nil }
        let entry = entries[best.entry]
        let matched = ClaimIndex.intersect(entry.fields[best.field], known).sorted {
            let a = weights[Int($0)]
            let b = weights[Int($1)]
            return a != b ? a > b : termNames[Int($0)] < termNames[Int($1)]
        }.map { termNames[Int($0)] }
        return ClaimMatch(
            claimID: entry.id, verdict: entry.verdict, certainty: entry.certainty,
            score: (best.score * 100).rounded() / 100, matchedTerms: matched,
            polarityDiffers: best.differs)
    }

    /// How many terms two sorted lists share, and their total weight.
    private func overlap(_ a: [Int32], _ b: [Int32]) -> (Int, Double) {
        var count = 0
        var weight = 0.0
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                count += 1
                weight += weights[Int(a[i])]
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return (count, weight)
    }

    static func intersect(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var result: [Int32] = []
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                result.append(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return result
    }

    static let negators: Set<String> = [
        "not", "never", "no", "neither", "nor", "cannot", "without",
    ]

    static func isNegated(_ terms: [String]) -> Bool {
        for (index, term) in terms.enumerated() where negators.contains(term) {
            let next = index + 1 < terms.count ? terms[index + 1] : ""
            if next != "only" && next != "just" { return true }
        }
        return false
    }
}
