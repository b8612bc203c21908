import EvidentGrading
import Foundation

extension Evident {
    /// A claim's file as an editor sees it: where it is, its version (pass it back to an edit
    /// to refuse writing over a change made meanwhile) and the claim it holds.
    public struct ClaimFile: Sendable {
        /// The file, relative to the knowledge-base root.
        public var path: String
        /// SHA-256 (hex) of the file's bytes.
        public var version: String
        /// The claim.
        public var claim: Claim
    }

    /// The file of claim `id` in the knowledge base under `root`, with the loaded knowledge
    /// base (references included) the edit is checked against.
    public static func claimFile(
        _ id: String, root: URL
    ) throws -> (ClaimFile, KnowledgeBase) {
        let load = try KnowledgeBaseLoader().load(root: root)
        guard let record = load.claimRecords.first(where: { $0.claim.id.rawValue == id }),
            let path = record.claim.location?.path
        else { throw KnowledgeBaseEditError.unknownClaim(id) }
        let data: Data
        do {
            data = try Data(contentsOf: root.appendingPathComponent(path))
        } catch {
            throw KnowledgeBaseEditError.io(path: path, reason: "cannot read the file")
        }
        let file = ClaimFile(
            path: path, version: ClaimFileEditor.version(of: data), claim: record.claim)
        return (file, load.knowledgeBase)
    }

    /// `evident cite`: adds a citation of `reference` to claim `id`, after checking that the
    /// reference resolves to a PubMed record or CSL-JSON item in `Sources-Refs/`. When the
    /// claim already cites it, that citation changes: the stance, the note when one is given,
    /// and the appraisal fields given (the others are kept).
    public static func cite(
        claim id: String, reference: String, stance: Stance, note: String? = nil,
        appraisal: Appraisal? = nil, root: URL, expectedVersion: String? = nil
    ) throws -> ClaimFileEditor.Edit {
        try cite(
            claim: id,
            citations: [
                CitationRequest(
                    reference: reference, stance: stance, note: note, appraisal: appraisal)
            ], root: root, expectedVersion: expectedVersion)
    }

    /// `evident cite` with several references: adds (or changes, as above) every citation in
    /// one write, or none — nothing is written when any key is invalid or given twice, or any
    /// reference does not resolve (``KnowledgeBaseEditError/unresolvedReferences(_:)`` names
    /// them all).
    public static func cite(
        claim id: String, citations requests: [CitationRequest], root: URL,
        expectedVersion: String? = nil
    ) throws -> ClaimFileEditor.Edit {
        guard !requests.isEmpty else {
            throw KnowledgeBaseEditError.invalidValue("no citation to add")
        }
        var keys: [ReferenceKey] = []
        for request in requests {
            guard let key = ReferenceKey(request.reference) else {
                throw KnowledgeBaseEditError.invalidValue(
                    "invalid reference key '\(request.reference)' (expected pmid:<digits>, "
                        + "doi:10.<prefix>/<suffix> or a local id of a-z, 0-9, '-' and '_')")
            }
            if let note = request.note, note.trimmingWhitespace().isEmpty {
                throw KnowledgeBaseEditError.invalidValue(
                    "the note is empty (leave it out instead)")
            }
            keys.append(key)
        }
        let (file, kb) = try claimFile(id, root: root)
        let unresolved = keys.filter { kb.references[$0] == nil }.map(\.description)
        if unresolved.count == 1 { throw KnowledgeBaseEditError.unresolvedReference(unresolved[0]) }
        if !unresolved.isEmpty { throw KnowledgeBaseEditError.unresolvedReferences(unresolved) }
        let citations = zip(requests, keys).map { request, key in
            var citation = Citation(
                reference: key, stance: request.stance, appraisal: request.appraisal,
                note: request.note)
            if let cited = file.claim.citations.first(where: { $0.reference == key }) {
                citation.note = request.note ?? cited.note
                citation.appraisal = merged(cited.appraisal, request.appraisal)
            }
            return citation
        }
        return try ClaimFileEditor(root: root).cite(
            citations, path: file.path, expectedVersion: expectedVersion)
    }

    /// `evident edit`: changes claim `id`'s status (draft or checked), statement or category
    /// in place.
    public static func edit(
        claim id: String, change: ClaimFileEditor.Change, root: URL,
        expectedVersion: String? = nil
    ) throws -> ClaimFileEditor.Edit {
        if change.isEmpty { throw KnowledgeBaseEditError.invalidValue("nothing to change") }
        if let statement = change.statement, statement.trimmingWhitespace().isEmpty {
            throw KnowledgeBaseEditError.invalidValue("the statement is empty")
        }
        let (file, _) = try claimFile(id, root: root)
        return try ClaimFileEditor(root: root).change(
            change, path: file.path, expectedVersion: expectedVersion)
    }

    /// `evident edit --non-claim`: turns claim `id` (a draft that asserts nothing: a heading,
    /// a question, an aside) into a `non-claims` span of its document and deletes its file.
    public static func declareNonClaim(
        claim id: String, reason: String, root: URL, expectedVersion: String? = nil
    ) throws -> ClaimFileEditor.NonClaimEdit {
        let load = try KnowledgeBaseLoader().load(root: root)
        guard let record = load.claimRecords.first(where: { $0.claim.id.rawValue == id }),
            let path = record.claim.location?.path
        else { throw KnowledgeBaseEditError.unknownClaim(id) }
        guard let document = load.documentRecords[record.claim.document],
            let documentPath = document.document.location?.path
        else {
            throw KnowledgeBaseEditError.invalidValue(
                "claim '\(id)' names document '\(record.claim.document)', which cannot be read "
                    + "(run evident validate)")
        }
        return try ClaimFileEditor(root: root).declareNonClaim(
            path: path, documentPath: documentPath, reason: reason,
            expectedVersion: expectedVersion)
    }

    /// `evident review`: appends a signed review to claim `id`, fingerprinting the claim and
    /// the references it cites as they are now (`updates`: see
    /// ``referenceUpdates(for:root:indexPath:)``). `date` is `YYYY-MM-DD`.
    public static func review(
        claim id: String, reviewer: String, decision: ReviewDecision, verdict: Verdict?,
        reason: String, date: String, root: URL, indexPath: String? = nil,
        expectedVersion: String? = nil
    ) throws -> ClaimFileEditor.Edit {
        if reviewer.trimmingWhitespace().isEmpty {
            throw KnowledgeBaseEditError.invalidValue("the reviewer's name is empty")
        }
        if reason.trimmingWhitespace().isEmpty {
            throw KnowledgeBaseEditError.invalidValue("the reason is empty")
        }
        if decision == .override, verdict == nil {
            throw KnowledgeBaseEditError.invalidValue(
                "an override needs a verdict (expected one of: supported, weak, unsupported)")
        }
        if decision != .override, verdict != nil {
            throw KnowledgeBaseEditError.invalidValue(
                "a verdict is given only with decision 'override', not '\(decision.rawValue)'")
        }
        let (file, kb) = try claimFile(id, root: root)
        // A review signs off a claim an editor has checked; a draft's statement, category and
        // subjects are only proposals.
        if let status = file.claim.status {
            throw KnowledgeBaseEditError.invalidValue(
                "claim '\(id)' is a \(status.rawValue) ('status: \(status.rawValue)' in \(file.path)) "
                    + "and cannot be reviewed: check its statement, category and subjects, "
                    + "then run 'evident edit \(id) --status checked'")
        }
        var candidate = Review(
            reviewer: reviewer, date: date, decision: decision, verdict: verdict, reason: reason)
        if let problem = ReviewCheck.problems(in: candidate).first {
            throw KnowledgeBaseEditError.invalidValue(problem)
        }
        let pmids = Set(file.claim.citations.compactMap { kb.references[$0.reference]?.pmid })
        let updates = try referenceUpdates(for: pmids, root: root, indexPath: indexPath)
        let evidence = ReviewedEvidence(
            claim: file.claim, references: kb.references, updates: updates)
        candidate.fingerprint = evidence.fingerprint
        candidate.evidence = evidence.entries
        return try ClaimFileEditor(root: root).review(
            candidate, path: file.path, expectedVersion: expectedVersion)
    }

    /// `base` with every field `change` sets replaced.
    static func merged(_ base: Appraisal?, _ change: Appraisal?) -> Appraisal? {
        guard let change else { return base }
        guard var result = base else { return change }
        result.riskOfBias = change.riskOfBias ?? result.riskOfBias
        result.outcome = change.outcome ?? result.outcome
        result.funding = change.funding ?? result.funding
        result.fit = change.fit ?? result.fit
        if !change.forms.isEmpty { result.forms = change.forms }
        result.doseResponse = change.doseResponse ?? result.doseResponse
        result.largeEffect = change.largeEffect ?? result.largeEffect
        result.participants = change.participants ?? result.participants
        result.pools = change.pools ?? result.pools
        return result
    }
}
