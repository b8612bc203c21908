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
        writer.key("claims")
        writer.beginArray()
        try sink(writer.bytes)
        writer.removeAllBytes()
        // The claims sit at depth 2: in the `claims` array of the top object.
        if try Self.writeClaims(assessments, depth: 2, to: sink) {
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
