import Crypto
import EvidentModel
import Foundation

/// What a review signs, and what changed since: the claim (quote, statement, category, each
/// citation's stance) and the state of every reference it cites (version, retraction,
/// correction, expression of concern — from `Sources-Refs/` and from PubMed files imported
/// into the index).
public struct ReviewedEvidence: Hashable, Sendable {
    /// One entry per citation, in citation order: the key as cited, `v<version>` for a PubMed
    /// record, then `retracted`, `corrected`, `concern` when they apply (`missing` when the key
    /// resolves to nothing): `pmid:123 v1`, `pmid:456 v2 retracted`, `efsa2012`.
    public let entries: [String]
    /// SHA-256 (hex) over the claim and the entries.
    public let fingerprint: String

    /// The evidence of `claim` now; `updates` are the index's imported states by PMID.
    public init(
        claim: Claim, references: [ReferenceKey: Reference], updates: [PMID: ReferenceUpdate] = [:]
    ) {
        entries = claim.citations.map { citation in
            Self.entry(citation.reference, references[citation.reference], updates)
        }
        var text = "evident-review/1\n"
        text += "claim \(claim.id)\nquote \(claim.quote)\nstatement \(claim.statement)\n"
        text += "category \(claim.category.rawValue)\n"
        for citation in claim.citations {
            text += "citation \(citation.reference) \(citation.stance.rawValue)\n"
        }
        for entry in entries { text += "evidence \(entry)\n" }
        fingerprint = SHA256.hex(Data(text.utf8))
    }

    private static func entry(
        _ key: ReferenceKey, _ reference: Reference?, _ updates: [PMID: ReferenceUpdate]
    ) -> String {
        guard let reference else { return "\(key) missing" }
        var version = reference.version
        var retracted = reference.isRetracted
        var corrected = reference.hasErratum
        var concern = reference.hasExpressionOfConcern
        if let pmid = reference.pmid, let update = updates[pmid] {
            version = max(version, update.version)
            retracted = retracted || update.retracted
            corrected = corrected || update.corrected
            concern = concern || update.concern
        }
        var parts = [key.description]
        if reference.pmid != nil { parts.append("v\(version)") }
        if retracted { parts.append("retracted") }
        if corrected { parts.append("corrected") }
        if concern { parts.append("concern") }
        return parts.joined(separator: " ")
    }

    /// Why `review` no longer matches this evidence (empty when it does).
    public func staleReasons(of review: Review) -> [String] {
        guard let signed = review.fingerprint else {
            return [
                "the review records no fingerprint of what was reviewed (written before "
                    + "reviews were fingerprinted): sign it again with evident review"
            ]
        }
        guard signed != fingerprint else { return [] }
        let before = Self.parse(review.evidence)
        let now = Self.parse(entries)
        var reasons: [String] = []
        for item in Self.ordered(entries) where before[item.key] == nil {
            reasons.append("citation '\(item.key)' added since the review")
        }
        for item in Self.ordered(review.evidence) where now[item.key] == nil {
            reasons.append("citation '\(item.key)' removed since the review")
        }
        for item in Self.ordered(entries) {
            guard let old = before[item.key] else { continue }
            let new = item.words
            if let version = new.first(where: { $0.hasPrefix("v") }),
                let oldVersion = old.first(where: { $0.hasPrefix("v") }), version != oldVersion
            {
                reasons.append(
                    "reference '\(item.key)' replaced by version \(version.dropFirst()) since the "
                        + "review (was \(oldVersion.dropFirst()))")
            }
            for (flag, wording) in Self.flags where new.contains(flag) && !old.contains(flag) {
                reasons.append("reference '\(item.key)' \(wording) since the review")
            }
        }
        if reasons.isEmpty {
            reasons.append(
                "the claim changed since the review (its quote, statement, category or a stance)")
        }
        return reasons
    }

    private static let flags = [
        ("retracted", "retracted"), ("corrected", "corrected"),
        ("concern", "put under an expression of concern"), ("missing", "no longer found"),
    ]

    private static func ordered(_ entries: [String]) -> [(key: String, words: [String])] {
        entries.map { entry in
            let words = entry.split(separator: " ").map(String.init)
            return (words.first ?? "", Array(words.dropFirst()))
        }
    }

    private static func parse(_ entries: [String]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for item in ordered(entries) { result[item.key] = item.words }
        return result
    }
}
