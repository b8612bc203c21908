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

    /// The claims as array elements at `depth`, in runs to splice in order; each claim's
    /// entry is built as it is written.
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
            for claim in claims[range] { entry(claim).write(into: &writer) }
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

extension JSONReport.ClaimEntry {
    fileprivate func write(into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("category")
        writer.value(category)
        writer.key("certainty")
        writer.value(certainty)
        writer.key("citations")
        writer.beginArray()
        for citation in citations { citation.write(into: &writer) }
        writer.endArray()
        writer.key("computed_verdict")
        writer.value(computedVerdict)
        writer.key("contradicted")
        writer.value(contradicted)
        writer.key("id")
        writer.value(id)
        writer.key("quote")
        writer.value(quote)
        writer.key("rationale")
        writer.value(rationale)
        writer.key("review_state")
        writer.value(reviewState)
        writer.key("reviews")
        writer.beginArray()
        for review in reviews {
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
        writer.value(statement)
        writer.key("steps")
        writer.beginArray()
        for step in steps {
            writer.beginObject()
            writer.key("change")
            writer.value(step.change)
            writer.key("domain")
            writer.value(step.domain)
            writer.key("reason")
            writer.value(step.reason)
            writer.key("references")
            writer.value(step.references)
            writer.endObject()
        }
        writer.endArray()
        writer.key("verdict")
        writer.value(verdict)
        writer.key("verdict_reason")
        writer.value(verdictReason)
        writer.endObject()
    }
}

extension JSONReport.CitationEntry {
    fileprivate func write(into writer: inout JSONWriter) {
        writer.beginObject()
        if let appraisal {
            writer.key("appraisal")
            appraisal.write(into: &writer)
        }
        writer.key("citation")
        writer.value(citation)
        writer.key("concern")
        writer.value(concern)
        writer.key("counted")
        writer.value(counted)
        writer.key("design")
        writer.value(design)
        writer.entryIfPresent("doi", doi)
        writer.key("level")
        writer.value(level)
        writer.entryIfPresent("note", note)
        writer.entryIfPresent("pmid", pmid)
        writer.key("population")
        writer.value(population)
        writer.key("reasoning")
        writer.value(reasoning)
        writer.key("ref")
        writer.value(ref)
        writer.key("retracted")
        writer.value(retracted)
        writer.key("stance")
        writer.value(stance)
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
