import Dispatch
import EvidentModel

extension JSONReport {
    /// The document as `JSONReporter.encode` would write it, byte for byte, in one pass (keys
    /// in sorted order, as `.sortedKeys` orders them).
    func written() -> [UInt8] {
        var runs: [[UInt8]] = []
        write { runs.append($0) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(runs.reduce(0) { $0 + $1.count })
        for run in runs { bytes.append(contentsOf: run) }
        return bytes
    }

    /// Writes the document in consecutive runs of bytes, in order, to `sink` (the claims in
    /// runs of about a thousand, written on every core first): the whole document is never
    /// copied into one buffer.
    func write(to sink: ([UInt8]) throws -> Void) rethrows {
        // The claims sit at depth 2: in the `claims` array of the top object.
        let parts = Self.written(assessments, depth: 2)
        var writer = JSONWriter(capacity: 1_024)
        writer.beginObject()
        writer.key("claims")
        writer.beginArray()
        try sink(writer.bytes)
        writer.removeAllBytes()
        for part in parts where !part.isEmpty {
            try sink(part)
            writer.noteElementsWrittenElsewhere()
        }
        writer.endArray()
        writer.key("generated_at")
        writer.value(generatedAt)
        writer.key("kb_hash")
        writer.value(kbHash)
        writer.key("summary")
        writer.beginObject()
        writer.key("contradicted")
        writer.value(summary.contradicted)
        writer.key("supported")
        writer.value(summary.supported)
        writer.key("unsupported")
        writer.value(summary.unsupported)
        writer.key("weak")
        writer.value(summary.weak)
        writer.endObject()
        writer.key("tool_version")
        writer.value(toolVersion)
        writer.endObject()
        try sink(writer.bytes)
    }

    /// Claims at or above this count are written in batches on every core, then spliced in
    /// order.
    static let claimsPerBatch = 1_000

    /// The claims as array elements at `depth`, in runs to splice in order; each claim is
    /// written straight from its assessment (the bytes its ``ClaimEntry`` encodes to).
    static func written(_ claims: [ClaimAssessment], depth: Int) -> [[UInt8]] {
        let batches = claims.count >= claimsPerBatch * 2 ? 8 : 1
        let size = (claims.count + batches - 1) / batches
        let parts = UnsafeMutableBufferPointer<[UInt8]>.allocate(capacity: batches)
        parts.initialize(repeating: [])
        defer {
            _ = parts.deinitialize()
            parts.deallocate()
        }
        nonisolated(unsafe) let output = parts
        let write: @Sendable (Int) -> Void = { batch in
            let range = min(batch * size, claims.count)..<min((batch + 1) * size, claims.count)
            var writer = JSONWriter(
                elementsAtDepth: depth, afterOthers: batch > 0 && !range.isEmpty,
                capacity: range.count * 4_096)
            for index in range { writeClaim(claims[index], into: &writer) }
            output[batch] = writer.bytes
        }
        if batches == 1 {
            write(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: batches, execute: write)
        }
        return Array(parts)
    }
}

extension JSONReport {
    /// Writes a claim's entry (``ClaimEntry``, keys in sorted order) from its assessment,
    /// without building the entry first.
    fileprivate static func writeClaim(
        _ assessment: ClaimAssessment, into writer: inout JSONWriter
    ) {
        let claim = assessment.claim
        writer.beginObject()
        writer.key("category")
        writer.value(claim.category.rawValue)
        writer.key("certainty")
        writer.value(assessment.certainty.rawValue)
        writer.key("citations")
        writer.beginArray()
        for citation in assessment.citations { writeCitation(citation, into: &writer) }
        writer.endArray()
        writer.key("computed_verdict")
        writer.value(assessment.computedVerdict.rawValue)
        writer.key("contradicted")
        writer.value(assessment.contradicted)
        writer.key("id")
        writer.value(claim.id.rawValue)
        writer.key("quote")
        writer.value(claim.quote)
        writer.key("rationale")
        writer.value(assessment.rationale)
        writer.key("review_state")
        writer.value(ReportWording.reviewState(assessment))
        writer.key("reviews")
        writer.beginArray()
        for state in assessment.reviews {
            let review = ReviewEntry(state)
            writer.beginObject()
            writer.key("date")
            writer.value(review.date)
            writer.key("decision")
            writer.value(review.decision)
            writer.entryIfPresent("fingerprint", review.fingerprint)
            writer.key("reason")
            writer.value(review.reason)
            writer.key("reviewer")
            writer.value(review.reviewer)
            writer.key("stale")
            writer.value(review.stale)
            writer.key("stale_reasons")
            writer.value(review.staleReasons)
            writer.entryIfPresent("verdict", review.verdict)
            writer.endObject()
        }
        writer.endArray()
        writer.key("statement")
        writer.value(claim.statement)
        writer.key("steps")
        writer.beginArray()
        for step in assessment.steps {
            writer.beginObject()
            writer.key("change")
            writer.value(step.change)
            writer.key("domain")
            writer.value(step.domain.rawValue)
            writer.key("reason")
            writer.value(step.reason)
            writer.key("references")
            writer.beginArray()
            for reference in step.references { writer.value(reference.description) }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        writer.key("verdict")
        writer.value(assessment.verdict.rawValue)
        writer.key("verdict_reason")
        writer.value(assessment.verdictReason)
        writer.endObject()
    }

    /// Writes a citation's entry (``CitationEntry``) from its assessment.
    private static func writeCitation(
        _ citation: CitationAssessment, into writer: inout JSONWriter
    ) {
        writer.beginObject()
        if let appraisal = citation.appraisal, !appraisal.isEmpty {
            writer.key("appraisal")
            AppraisalEntry(appraisal).write(into: &writer)
        }
        writer.key("citation")
        writer.value(citation.formatted)
        writer.key("concern")
        writer.value(citation.concern)
        writer.key("counted")
        writer.value(citation.counted)
        writer.key("design")
        writer.value(citation.design.rawValue)
        writer.entryIfPresent("doi", citation.doi)
        writer.key("level")
        writer.value(citation.level.rank)
        writer.entryIfPresent("note", citation.note)
        writer.entryIfPresent("pmid", citation.pmid?.description)
        writer.key("population")
        writer.value(citation.population.rawValue)
        writer.key("reasoning")
        writer.value(citation.reasoning)
        writer.key("ref")
        writer.value(citation.reference.description)
        writer.key("retracted")
        writer.value(citation.retracted)
        writer.key("stance")
        writer.value(citation.stance.rawValue)
        writer.endObject()
    }
}

extension JSONReport.AppraisalEntry {
    fileprivate func write(into writer: inout JSONWriter) {
        writer.beginObject()
        if let doseResponse {
            writer.key("dose_response")
            writer.value(doseResponse)
        }
        writer.entryIfPresent("fit", fit)
        if let forms {
            writer.key("forms")
            writer.value(forms)
        }
        writer.entryIfPresent("funding", funding)
        if let largeEffect {
            writer.key("large_effect")
            writer.value(largeEffect)
        }
        writer.entryIfPresent("outcome", outcome)
        if let participants {
            writer.key("participants")
            writer.value(participants)
        }
        writer.entryIfPresent("pools", pools)
        writer.entryIfPresent("risk_of_bias", riskOfBias)
        writer.endObject()
    }
}
