import Foundation
import EvidentModel

/// An inverted index over the knowledge base's claims, for matching copy to claims.
///
/// Each claim contributes three fields: its statement, its quote, and its subjects, outcome and
/// keywords. Terms are canonical (synonyms merged), weighted by inverse document frequency.
/// Candidates come from the postings of selective terms only, so a sentence is compared with a
/// handful of claims, not with all of them.
public struct ClaimIndex: Sendable {
    struct Entry: Sendable {
        var id: ClaimID
        var verdict: Verdict
        var certainty: Certainty
        var fields: [Set<String>]
        var negated: Bool
    }

    let entries: [Entry]
    let postings: [String: [Int32]]
    let weights: [String: Double]
    let lexicon: Lexicon
    let selectiveLimit: Int

    /// Builds the index from graded claims.
    public init(assessments: [ClaimAssessment], lexicon: Lexicon) {
        self.lexicon = lexicon
        var entries: [Entry] = []
        var postings: [String: [Int32]] = [:]
        for assessment in assessments {
            let claim = assessment.claim
            let statementTerms = Tokenizer.terms(claim.statement)
            var extra = claim.subjects + claim.keywords
            if let outcome = claim.outcome { extra.append(outcome.name) }
            let fields = [
                Set(lexicon.matchTerms(statementTerms)),
                Set(lexicon.matchTerms(Tokenizer.terms(claim.quote))),
                Set(extra.flatMap { lexicon.matchTerms(Tokenizer.terms($0)) }),
            ]
            let index = Int32(entries.count)
            for term in fields[0].union(fields[1]).union(fields[2]) {
                postings[term, default: []].append(index)
            }
            entries.append(
                Entry(
                    id: claim.id, verdict: assessment.verdict, certainty: assessment.certainty,
                    fields: fields, negated: ClaimIndex.isNegated(statementTerms)))
        }
        let total = Double(max(1, entries.count))
        var weights: [String: Double] = [:]
        for (term, list) in postings { weights[term] = log(1 + total / Double(list.count)) }
        self.entries = entries
        self.postings = postings
        self.weights = weights
        self.selectiveLimit = max(50, entries.count / 20)
    }

    /// Number of indexed claims.
    public var count: Int { entries.count }

    /// The best claim for a sentence's stems at or above `threshold`, if any.
    public func bestMatch(terms: [String], threshold: Double) -> ClaimMatch? {
        guard !entries.isEmpty else { return nil }
        let sentence = Set(lexicon.matchTerms(terms))
        guard sentence.count >= 2 else { return nil }
        let negated = ClaimIndex.isNegated(terms)
        var candidates: [Int32: Double] = [:]
        for term in sentence {
            guard let list = postings[term], list.count <= selectiveLimit else { continue }
            let weight = weights[term] ?? 0
            for index in list { candidates[index, default: 0] += weight }
        }
        guard !candidates.isEmpty else { return nil }
        let shortlist = candidates.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(25)
        let unknownWeight = log(1 + Double(entries.count))
        func weight(_ set: Set<String>) -> Double {
            set.reduce(0) { $0 + (weights[$1] ?? unknownWeight) }
        }
        let sentenceWeight = weight(sentence)
        var best: ClaimMatch? = nil
        for (index, _) in shortlist {
            let entry = entries[Int(index)]
            var bestScore = 0.0
            var bestShared: Set<String> = []
            for field in entry.fields where !field.isEmpty {
                let shared = field.intersection(sentence)
                guard shared.count >= 2 else { continue }
                let score = 2 * weight(shared) / (weight(field) + sentenceWeight)
                if score > bestScore {
                    bestScore = score
                    bestShared = shared
                }
            }
            let differs = entry.negated != negated
            if differs { bestScore /= 2 }
            guard bestScore >= threshold else { continue }
            if let current = best,
                current.score > bestScore
                    || (current.score == bestScore && current.claimID < entry.id)
            {
                continue
            }
            let terms = bestShared.sorted {
                let a = weights[$0] ?? 0
                let b = weights[$1] ?? 0
                return a != b ? a > b : $0 < $1
            }
            best = ClaimMatch(
                claimID: entry.id, verdict: entry.verdict, certainty: entry.certainty,
                score: (bestScore * 100).rounded() / 100, matchedTerms: terms,
                polarityDiffers: differs)
        }
        return best
    }

    static let negators: Set<String> = ["not", "never", "no", "neither", "nor", "cannot", "without"]

    static func isNegated(_ terms: [String]) -> Bool {
        for (index, term) in terms.enumerated() where negators.contains(term) {
            let next = index + 1 < terms.count ? terms[index + 1] : ""
            if next != "only" && next != "just" { return true }
        }
        return false
    }
}
