import EvidentModel

/// The checks that run on a loaded knowledge base (the others report while reading files).
enum KnowledgeBaseChecks {
    static func diagnostic(
        _ id: String, _ severity: Severity, _ message: String, at location: SourceLocation?
    ) -> Diagnostic {
        Diagnostic(
            location: location ?? SourceLocation(path: ""), severity: severity, message: message,
            id: id)
    }

    @Sendable static func duplicateClaimIDs(_ load: KnowledgeBaseLoad) -> [Diagnostic] {
        var first: [ClaimID: ClaimRecord] = [:]
        var result: [Diagnostic] = []
        for record in load.claimRecords {
            let id = record.claim.id
            guard let earlier = first[id] else {
                first[id] = record
                continue
            }
            let place = earlier.claim.location?.description ?? "another file"
            result.append(
                diagnostic(
                    "duplicate-claim-id", .error, "duplicate claim id '\(id)' (also in \(place))",
                    at: record.claim.location))
        }
        return result
    }

    @Sendable static func drafts(_ load: KnowledgeBaseLoad) -> [Diagnostic] {
        load.claimRecords.filter { $0.claim.status == .draft }.map { record in
            diagnostic(
                "draft-claim", .info,
                "claim '\(record.claim.id)' is a draft: check its statement, category, subjects "
                    + "and outcome, then run 'evident edit \(record.claim.id) --status checked'",
                at: record.claim.location)
        }
    }

    @Sendable static func unknownDocuments(_ load: KnowledgeBaseLoad) -> [Diagnostic] {
        let known = load.documentRecords.keys.sorted().joined(separator: ", ")
        return load.claimRecords.compactMap { record in
            guard load.documentRecords[record.claim.document] == nil else { return nil }
            return diagnostic(
                "unknown-document", .error,
                "unknown document '\(record.claim.document)' (expected one of: \(known))",
                at: record.claim.location)
        }
    }

    @Sendable static func unresolvedCitations(_ load: KnowledgeBaseLoad) -> [Diagnostic] {
        load.claimRecords.flatMap { record in
            record.claim.citations.compactMap { citation in
                guard load.knowledgeBase.references[citation.reference] == nil else { return nil }
                return diagnostic(
                    "unresolved-citation", .error,
                    "citation '\(citation.reference)' resolves to no reference in Sources-Refs/",
                    at: citation.location)
            }
        }
    }

    /// Every document's text prepared for searching, by document id.
    static func searchableTexts(_ load: KnowledgeBaseLoad) -> [String: SearchableText] {
        load.documentRecords.mapValues { SearchableText($0.document.text) }
    }

    @Sendable static func quotesNotFound(_ load: KnowledgeBaseLoad) -> [Diagnostic] {
        var result: [Diagnostic] = []
        let texts = searchableTexts(load)
        for record in load.claimRecords {
            guard let document = load.documentRecords[record.claim.document]?.document,
                let text = texts[record.claim.document]
            else {
                continue
            }
            let quote = record.claim.quote
            if text.occurrences(of: quote).isEmpty {
                result.append(
                    diagnostic(
                        "quote-not-found", .error, notFound("quote", quote, document),
                        at: record.quoteLocation))
            }
        }
        for (id, record) in load.documentRecords {
            guard let text = texts[id] else { continue }
            for span in record.nonClaims where text.occurrences(of: span.text).isEmpty {
                result.append(
                    diagnostic(
                        "quote-not-found", .error,
                        notFound("non-claim text", span.text, record.document),
                        at: span.location))
            }
        }
        return result
    }

    private static func notFound(_ what: String, _ text: String, _ document: SourceDocument)
        -> String
    {
        let hint =
            TextSearch.containsLoosely(text, in: document.text)
            ? " (a match that differs only in case or spacing exists)" : ""
        return "\(what) not found verbatim in document '\(document.id)'\(hint)"
    }

    @Sendable static func positionMismatches(_ load: KnowledgeBaseLoad) -> [Diagnostic] {
        var result: [Diagnostic] = []
        let texts = searchableTexts(load)
        var headings: [String: [(start: Int, text: String)]] = [:]
        for record in load.claimRecords {
            guard let position = record.claim.position,
                let documentRecord = load.documentRecords[record.claim.document],
                let text = texts[record.claim.document]
            else { continue }
            let quote = record.claim.quote
            let starts = text.occurrences(of: quote)
            guard let first = starts.first else { continue }
            let start = starts.contains(position.start) ? position.start : first
            let end = start + quote.unicodeScalars.count
            let line = text.line(of: start)
            let marks =
                headings[record.claim.document]
                ?? sectionMarks(in: documentRecord, text: text)
            headings[record.claim.document] = marks
            let section = Self.section(at: start, marks: marks)
            let sectionMatches =
                position.section == nil || section == nil || position.section == section
            if position.start == start, position.end == end, position.line == line, sectionMatches {
                continue
            }
            var expected: [String] = []
            if let section { expected.append("section '\(section)'") }
            expected += ["line \(line)", "start \(start)", "end \(end)"]
            result.append(
                diagnostic(
                    "position-mismatch", .error,
                    "position does not match the quote "
                        + "(expected \(expected.joined(separator: ", ")))",
                    at: record.positionLocation))
        }
        return result
    }

    /// The section of an offset: the last `heading` or `question` non-claim span before it.
    static func section(at offset: Int, in record: DocumentRecord) -> String? {
        let text = SearchableText(record.document.text)
        return section(at: offset, marks: sectionMarks(in: record, text: text))
    }

    /// Where every `heading` or `question` span occurs, in span order, then offset order.
    private static func sectionMarks(
        in record: DocumentRecord, text: SearchableText
    ) -> [(start: Int, text: String)] {
        record.nonClaims.filter { $0.reason == "heading" || $0.reason == "question" }.flatMap {
            span in text.occurrences(of: span.text).map { (start: $0, text: span.text) }
        }
    }

    /// The text of the mark starting last before `offset` (the first such mark on a tie).
    private static func section(
        at offset: Int, marks: [(start: Int, text: String)]
    ) -> String? {
        var best: (Int, String)?
        for mark in marks where mark.start < offset && mark.start > (best?.0 ?? -1) {
            best = (mark.start, mark.text)
        }
        return best?.1
    }

    @Sendable static func retractedOrCorrectedSupport(_ load: KnowledgeBaseLoad) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for record in load.claimRecords {
            let cited = Set(
                record.claim.citations.compactMap { load.knowledgeBase.references[$0.reference] })
            let citedPMIDs = Set(cited.compactMap(\.pmid))
            for citation in record.claim.citations where citation.stance == .supports {
                guard let reference = load.knowledgeBase.references[citation.reference] else {
                    continue
                }
                let message: String
                if reference.isRetracted {
                    message =
                        "reference '\(citation.reference)' is retracted but cited as 'supports'"
                } else if reference.hasErratum || reference.hasExpressionOfConcern {
                    let notices = reference.commentsCorrections.filter {
                        ["ErratumIn", "CorrectedandRepublishedIn", "ExpressionOfConcernIn"]
                            .contains($0.type)
                    }
                    if notices.contains(where: { $0.pmid.map(citedPMIDs.contains) ?? false }) {
                        continue
                    }
                    let what =
                        reference.hasErratum ? "a published correction" : "an expression of concern"
                    message =
                        "reference '\(citation.reference)' has \(what) but is cited as 'supports' "
                        + "(expected the claim to cite the notice too)"
                } else {
                    continue
                }
                result.append(
                    diagnostic(
                        "cited-retracted-or-corrected", .warning, message, at: citation.location))
            }
        }
        return result
    }

    @Sendable static func uncoveredStatements(_ load: KnowledgeBaseLoad) -> [Diagnostic] {
        var result: [Diagnostic] = []
        var claimsByDocument: [String: [ClaimRecord]] = [:]
        for claim in load.claimRecords {
            claimsByDocument[claim.claim.document, default: []].append(claim)
        }
        for id in load.documentRecords.keys.sorted() {
            guard let record = load.documentRecords[id] else { continue }
            let text = record.document.text
            let searchable = SearchableText(text)
            var ranges: [Range<Int>] = []
            for claim in claimsByDocument[id] ?? [] {
                let length = claim.claim.quote.unicodeScalars.count
                let starts = searchable.occurrences(of: claim.claim.quote)
                if let position = claim.claim.position, starts.contains(position.start) {
                    ranges.append(position.start..<position.start + length)
                } else if let start = starts.first {
                    ranges.append(start..<start + length)
                }
            }
            for span in record.nonClaims {
                let length = span.text.unicodeScalars.count
                ranges += searchable.occurrences(of: span.text).map { $0..<$0 + length }
            }
            let covered = CoveredRanges(ranges)
            let scalars = Array(text.unicodeScalars)
            for range in SentenceSplitter.split(scalars) {
                if !covered.overlaps(range) {
                    let (line, column) = searchable.lineColumn(of: range.lowerBound)
                    let statement = String(String.UnicodeScalarView(scalars[range]))
                    result.append(
                        diagnostic(
                            "uncovered-statement", .warning,
                            "statement not covered by any claim: '\(shortened(statement))'",
                            at: record.location(textLine: line, column: column)))
                    continue
                }
                let fragments = uncoveredFragments(of: range, covered: covered, in: scalars)
                let words = fragments.reduce(0) { $0 + wordCount($1.text) }
                guard words >= minimumUncoveredWords, let first = fragments.first else { continue }
                let shown = shortened(fragments.map(\.text).joined(separator: " … "))
                let (line, column) = searchable.lineColumn(of: first.start)
                result.append(
                    diagnostic(
                        "uncovered-statement", .warning,
                        "statement only partly covered by claims; not covered: '\(shown)'",
                        at: record.location(textLine: line, column: column)))
            }
        }
        return result
    }

    /// How many words of a statement may stay uncovered (`and`, `it is`) before it is reported.
    static let minimumUncoveredWords = 3

    /// The parts of `range` outside every covered range, trimmed of spaces and punctuation.
    static func uncoveredFragments(
        of range: Range<Int>, covered: CoveredRanges, in scalars: [Unicode.Scalar]
    ) -> [(start: Int, text: String)] {
        var fragments: [(start: Int, text: String)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let coverEnd = covered.end(ofCoverAt: index) {
                index = coverEnd
                continue
            }
            let end = min(covered.nextCoveredOffset(after: index), range.upperBound)
            var lower = index
            var upper = end
            let isFiller = { (scalar: Unicode.Scalar) in
                !scalar.properties.isAlphabetic && !("0"..."9").contains(scalar)
            }
            while lower < upper, isFiller(scalars[lower]) { lower += 1 }
            while upper > lower, isFiller(scalars[upper - 1]) { upper -= 1 }
            if lower < upper {
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars[lower..<upper])
                fragments.append((lower, String(text)))
            }
            index = end
        }
        return fragments
    }

    static func wordCount(_ text: String) -> Int {
        text.split { !$0.isLetter && !$0.isNumber && $0 != "\u{2019}" && $0 != "'" }.count
    }

    private static func shortened(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > 60 else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(59))) + "…"
    }
}
