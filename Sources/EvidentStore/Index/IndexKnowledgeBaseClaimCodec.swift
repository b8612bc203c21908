import EvidentModel

/// The compact binary form of a ``Claim`` in the index's `claim.data` column, in the layout of
/// ``IndexReferenceCodec`` (format byte, fields in declaration order, varints, length-prefixed
/// UTF-8, `length + 1` for optional strings): loading 10,000 claims this way costs a fraction
/// of `JSONDecoder`. Lossless: `decode(encode(c)) == c`.
enum IndexKnowledgeBaseClaimCodec {
    /// The layout version (first byte): 3 adds citation appraisals, claim status and review
    /// history; 4 the appraisal's `pools`. Older blobs are not read: the knowledge-base rows are re-stored from the files
    /// when ``IndexKnowledgeBase``'s format changes.
    static let format: UInt8 = 4

    /// Encodes a claim.
    static func encode(_ c: Claim) -> [UInt8] {
        var w = IndexReferenceCodec.Writer()
        w.bytes.reserveCapacity(512)
        w.bytes.append(format)
        w.string(c.id.rawValue)
        w.string(c.document)
        w.string(c.quote)
        w.bool(c.position != nil)
        if let position = c.position {
            w.string(position.section)
            w.int(position.line)
            w.int(position.start)
            w.int(position.end)
        }
        w.string(c.statement)
        w.string(c.category.rawValue)
        w.strings(c.subjects)
        w.string(c.outcome?.name)
        if let outcome = c.outcome { w.string(outcome.kind.rawValue) }
        w.string(c.population)
        w.strings(c.keywords)
        w.varint(UInt64(c.citations.count))
        for citation in c.citations {
            w.string(citation.reference.description)
            w.string(citation.stance.rawValue)
            appraisal(citation.appraisal, &w)
            w.string(citation.note)
            location(citation.location, &w)
        }
        w.string(c.status?.rawValue)
        w.varint(UInt64(c.reviews.count))
        for review in c.reviews {
            w.string(review.reviewer)
            w.string(review.date)
            w.string(review.decision.rawValue)
            w.string(review.verdict?.rawValue)
            w.string(review.reason)
            w.string(review.fingerprint)
            w.strings(review.evidence)
            location(review.location, &w)
        }
        location(c.location, &w)
        return w.bytes
    }

    private static func appraisal(
        _ appraisal: Appraisal?, _ w: inout IndexReferenceCodec.Writer
    ) {
        w.bool(appraisal != nil)
        guard let appraisal else { return }
        w.string(appraisal.riskOfBias?.rawValue)
        w.string(appraisal.outcome?.rawValue)
        w.string(appraisal.funding?.rawValue)
        w.string(appraisal.fit?.rawValue)
        w.strings(appraisal.forms)
        w.int(appraisal.doseResponse.map { $0 ? 1 : 0 })
        w.int(appraisal.largeEffect.map { $0 ? 1 : 0 })
        w.int(appraisal.participants)
        w.string(appraisal.pools?.rawValue)
    }

    private static func location(
        _ location: SourceLocation?, _ w: inout IndexReferenceCodec.Writer
    ) {
        w.string(location?.path)
        guard let location else { return }
        w.int(location.line)
        w.int(location.column)
    }

    /// Decodes a claim; throws ``IndexReferenceCodec/Malformed`` on foreign bytes.
    static func decode(_ raw: UnsafeRawBufferPointer) throws -> Claim {
        var r = IndexReferenceCodec.Reader(raw: raw)
        let version = try r.byte()
        guard version == format, let id = ClaimID(try r.string()) else {
            throw IndexReferenceCodec.Malformed()
        }
        let document = try r.string()
        let quote = try r.string()
        var position: QuotePosition?
        if try r.bool() {
            let section = try r.optionalString()
            position = QuotePosition(
                section: section, line: try r.int(), start: try r.int(), end: try r.int())
        }
        let statement = try r.string()
        guard let category = ClaimCategory(rawValue: try r.string()) else {
            throw IndexReferenceCodec.Malformed()
        }
        let subjects = try r.strings()
        var outcome: Outcome?
        if let name = try r.optionalString() {
            guard let kind = OutcomeKind(rawValue: try r.string()) else {
                throw IndexReferenceCodec.Malformed()
            }
            outcome = Outcome(name: name, kind: kind)
        }
        let population = try r.optionalString()
        let keywords = try r.strings()
        let citationCount = try r.count()
        var citations: [Citation] = []
        citations.reserveCapacity(citationCount)
        for _ in 0..<citationCount {
            guard let key = ReferenceKey(try r.string()),
                let stance = Stance(rawValue: try r.string())
            else { throw IndexReferenceCodec.Malformed() }
            let appraisal = try self.appraisal(&r)
            let note = try r.optionalString()
            citations.append(
                Citation(
                    reference: key, stance: stance, appraisal: appraisal, note: note,
                    location: try location(&r)))
        }
        var status: ClaimStatus?
        if let text = try r.optionalString() {
            guard let value = ClaimStatus(rawValue: text) else {
                throw IndexReferenceCodec.Malformed()
            }
            status = value
        }
        let reviewCount = try r.count()
        var reviews: [Review] = []
        for _ in 0..<reviewCount {
            let reviewer = try r.string()
            let date = try r.string()
            guard let decision = ReviewDecision(rawValue: try r.string()) else {
                throw IndexReferenceCodec.Malformed()
            }
            var verdict: Verdict?
            if let text = try r.optionalString() {
                guard let value = Verdict(rawValue: text) else {
                    throw IndexReferenceCodec.Malformed()
                }
                verdict = value
            }
            let reason = try r.string()
            let fingerprint = try r.optionalString()
            let evidence = try r.strings()
            reviews.append(
                Review(
                    reviewer: reviewer, date: date, decision: decision, verdict: verdict,
                    reason: reason, fingerprint: fingerprint, evidence: evidence,
                    location: try location(&r)))
        }
        let location = try location(&r)
        guard r.offset == raw.count else { throw IndexReferenceCodec.Malformed() }
        return Claim(
            id: id, document: document, quote: quote, position: position, statement: statement,
            category: category, subjects: subjects, outcome: outcome, population: population,
            keywords: keywords, citations: citations, status: status, reviews: reviews,
            location: location)
    }

    private static func appraisal(_ r: inout IndexReferenceCodec.Reader) throws -> Appraisal? {
        guard try r.bool() else { return nil }
        func value<T: RawRepresentable>(_ type: T.Type) throws -> T? where T.RawValue == String {
            guard let text = try r.optionalString() else { return nil }
            guard let value = T(rawValue: text) else { throw IndexReferenceCodec.Malformed() }
            return value
        }
        return Appraisal(
            riskOfBias: try value(RiskOfBias.self), outcome: try value(OutcomeKind.self),
            funding: try value(Funding.self), fit: try value(Fit.self), forms: try r.strings(),
            doseResponse: try r.optionalInt().map { $0 != 0 },
            largeEffect: try r.optionalInt().map { $0 != 0 }, participants: try r.optionalInt(),
            pools: try value(Pooled.self))
    }

    private static func location(
        _ r: inout IndexReferenceCodec.Reader
    ) throws -> SourceLocation? {
        guard let path = try r.optionalString() else { return nil }
        return SourceLocation(path: path, line: try r.optionalInt(), column: try r.optionalInt())
    }
}
