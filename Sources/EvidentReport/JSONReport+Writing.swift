import Dispatch
import EvidentModel
import Foundation

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
    /// runs of a few hundred, written on every core): the whole document is never held in
    /// one buffer, nor are its claims' bytes all at once.
    func write(to sink: ([UInt8]) throws -> Void) rethrows {
        var writer = JSONWriter(capacity: 1_024)
        writer.beginObject()
        writer.key(fixed: "claims")
        writer.beginArray()
        try sink(writer.bytes)
        writer.removeAllBytes()
        // The claims sit at depth 2: in the `claims` array of the top object.
        if try Self.writeClaims(assessments, depth: 2, to: sink) {
            writer.noteElementsWrittenElsewhere()
        }
        writer.endArray()
        writer.key(fixed: "generated_at")
        writer.value(generatedAt)
        writer.key(fixed: "kb_hash")
        writer.value(kbHash)
        writer.key(fixed: "summary")
        writer.beginObject()
        writer.key(fixed: "contradicted")
        writer.value(summary.contradicted)
        writer.key(fixed: "supported")
        writer.value(summary.supported)
        writer.key(fixed: "unsupported")
        writer.value(summary.unsupported)
        writer.key(fixed: "weak")
        writer.value(summary.weak)
        writer.endObject()
        writer.key(fixed: "tool_version")
        writer.value(toolVersion)
        writer.endObject()
        try sink(writer.bytes)
    }

    /// Below twice this many claims, they are written on one thread.
    static let claimsPerBatch = 1_000
    /// Claims per run: a large report is written in rounds of one run per core, each run
    /// handed to the sink in order once its round is done; every core writes into the same
    /// buffer round after round (a 10,000-claim report holds about a megabyte of JSON per
    /// core at a time instead of all 35 MB: fewer fresh pages to fault in).
    static let claimsPerRun = 256

    /// Writes the claims as array elements at `depth`, in runs, in order, to `sink`; each
    /// claim straight from its assessment (the bytes its ``ClaimEntry`` encodes to). Returns
    /// whether it wrote any.
    static func writeClaims(
        _ claims: [ClaimAssessment], depth: Int, to sink: ([UInt8]) throws -> Void
    ) rethrows -> Bool {
        guard !claims.isEmpty else { return false }
        let runs = (claims.count + claimsPerRun - 1) / claimsPerRun
        let lanes =
            claims.count >= claimsPerBatch * 2
            ? min(runs, max(1, ProcessInfo.processInfo.activeProcessorCount)) : 1
        guard lanes > 1 else {
            var writer = JSONWriter(
                elementsAtDepth: depth, afterOthers: false, capacity: claims.count * 4_096)
            for claim in claims { writeClaim(claim, into: &writer) }
            try sink(writer.bytes)
            return true
        }
        let writers = UnsafeMutableBufferPointer<JSONWriter>.allocate(capacity: lanes)
        writers.initialize(
            repeating: JSONWriter(elementsAtDepth: depth, afterOthers: false))
        defer {
            _ = writers.deinitialize()
            writers.deallocate()
        }
        for lane in writers.indices { writers[lane].reserveCapacity(claimsPerRun * 4_096) }
        nonisolated(unsafe) let lanesWriters = writers
        var round = 0
        while round * lanes < runs {
            let first = round * lanes
            let active = min(lanes, runs - first)
            DispatchQueue.concurrentPerform(iterations: active) { lane in
                let run = first + lane
                let range = run * claimsPerRun..<min((run + 1) * claimsPerRun, claims.count)
                lanesWriters[lane].restartElements(afterOthers: run > 0)
                for index in range { writeClaim(claims[index], into: &lanesWriters[lane]) }
            }
            for lane in 0..<active { try sink(writers[lane].bytes) }
            round += 1
        }
        return true
    }
}

extension JSONReport {
    /// Writes a claim's entry (``ClaimEntry``, keys in sorted order) from its assessment,
    /// without building the entry first.
    fileprivate static func writeClaim(
        _ assessment: ClaimAssessment, into writer: inout JSONWriter
    ) {
        writer.beginObject()
        writer.key(fixed: "category")
        writer.value(assessment.claim.category.rawValue)
        writer.key(fixed: "certainty")
        writer.value(assessment.certainty.rawValue)
        writer.key(fixed: "citations")
        writer.beginArray()
        for citation in assessment.citations { writeCitation(citation, into: &writer) }
        writer.endArray()
        writer.key(fixed: "computed_verdict")
        writer.value(assessment.computedVerdict.rawValue)
        writer.key(fixed: "contradicted")
        writer.value(assessment.contradicted)
        writer.key(fixed: "id")
        writer.value(assessment.claim.id.rawValue)
        writer.key(fixed: "quote")
        writer.value(assessment.claim.quote)
        writer.key(fixed: "rationale")
        writer.value(assessment.rationale)
        writer.key(fixed: "review_state")
        writer.value(ReportWording.reviewState(assessment))
        writer.key(fixed: "reviews")
        writer.beginArray()
        for state in assessment.reviews {
            let review = ReviewEntry(state)
            writer.beginObject()
            writer.key(fixed: "date")
            writer.value(review.date)
            writer.key(fixed: "decision")
            writer.value(review.decision)
            writer.entryIfPresent(fixed: "fingerprint", review.fingerprint)
            writer.key(fixed: "reason")
            writer.value(review.reason)
            writer.key(fixed: "reviewer")
            writer.value(review.reviewer)
            writer.key(fixed: "stale")
            writer.value(review.stale)
            writer.key(fixed: "stale_reasons")
            writer.value(review.staleReasons)
            writer.entryIfPresent(fixed: "verdict", review.verdict)
            writer.endObject()
        }
        writer.endArray()
        writer.key(fixed: "statement")
        writer.value(assessment.claim.statement)
        writer.key(fixed: "steps")
        writer.beginArray()
        for step in assessment.steps {
            writer.beginObject()
            writer.key(fixed: "change")
            writer.value(step.change)
            writer.key(fixed: "domain")
            writer.value(step.domain.rawValue)
            writer.key(fixed: "reason")
            writer.value(step.reason)
            writer.key(fixed: "references")
            writer.beginArray()
            for reference in step.references { writer.value(reference) }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        writer.key(fixed: "verdict")
        writer.value(assessment.verdict.rawValue)
        writer.key(fixed: "verdict_reason")
        writer.value(assessment.verdictReason)
        writer.endObject()
    }

    /// Writes a citation's entry (``CitationEntry``) from its assessment.
    private static func writeCitation(
        _ citation: CitationAssessment, into writer: inout JSONWriter
    ) {
        writer.beginObject()
        if let appraisal = citation.appraisal, !appraisal.isEmpty {
            writer.key(fixed: "appraisal")
            AppraisalEntry(appraisal).write(into: &writer)
        }
        writer.key(fixed: "citation")
        writer.value(citation.formatted)
        writer.key(fixed: "concern")
        writer.value(citation.concern)
        writer.key(fixed: "counted")
        writer.value(citation.counted)
        writer.key(fixed: "design")
        writer.value(citation.design.rawValue)
        writer.entryIfPresent(fixed: "doi", citation.doi)
        writer.key(fixed: "level")
        writer.value(citation.level.rank)
        writer.entryIfPresent(fixed: "note", citation.note)
        if let pmid = citation.pmid {
            writer.key(fixed: "pmid")
            writer.value(pmid)
        }
        writer.key(fixed: "population")
        writer.value(citation.population.rawValue)
        writer.key(fixed: "reasoning")
        writer.value(citation.reasoning)
        writer.key(fixed: "ref")
        writer.value(citation.reference)
        writer.key(fixed: "retracted")
        writer.value(citation.retracted)
        writer.key(fixed: "stance")
        writer.value(citation.stance.rawValue)
        writer.endObject()
    }
}

extension JSONReport.AppraisalEntry {
    fileprivate func write(into writer: inout JSONWriter) {
        writer.beginObject()
        if let doseResponse {
            writer.key(fixed: "dose_response")
            writer.value(doseResponse)
        }
        writer.entryIfPresent(fixed: "fit", fit)
        if let forms {
            writer.key(fixed: "forms")
            writer.value(forms)
        }
        writer.entryIfPresent(fixed: "funding", funding)
        if let largeEffect {
            writer.key(fixed: "large_effect")
            writer.value(largeEffect)
        }
        writer.entryIfPresent(fixed: "outcome", outcome)
        if let participants {
            writer.key(fixed: "participants")
            writer.value(participants)
        }
        writer.entryIfPresent(fixed: "pools", pools)
        writer.entryIfPresent(fixed: "risk_of_bias", riskOfBias)
        writer.endObject()
    }
}
