import EvidentModel

/// Rendering: candidate findings become findings with their position, severity, message and the
/// claim they were matched to.
extension Checker {
    /// Adds the findings of the kept candidates of a batch of sentences (`sentences` and
    /// `matches` are the batch's; a document rule's candidate has no sentence) to `collected`,
    /// with the original lines they span. Severities are raised by `escalate` once the whole
    /// document has been read (``CollectedFindings/file(path:escalated:)``). Many candidates
    /// are rendered in contiguous slices, one per worker (`workers`; `nil`: one per core), and
    /// added in order: a finding is a function of its candidate, its sentence and its claim
    /// (the memos below only spare work), so the findings are the same whatever the workers.
    /// `keys`: the sentences' keys (`RepeatKey`, as `tag` has them; none: every finding is
    /// made afresh): a finding of a sentence written again is the one made for the first,
    /// moved to where it stands (see `RenderedKey`).
    func collect(
        _ kept: [Candidate], sentences: [TaggedSentence], matches: [ClaimMatch?],
        keys: [RepeatKey?] = [], source: SourceText, into collected: inout CollectedFindings,
        workers: Int? = nil
    ) {
        // What earlier batches matched by a clause's words, the matched claims they said in
        // words and the findings they made, read (never written) by every slice.
        let matchedBefore = collected.wordMatches
        let describedBefore = collected.described
        let renderedBefore = collected.rendered
        let slices = Checker.chunks(kept.count, workers: kept.count < 512 ? 1 : workers)
        let parts = Checker.perChunk(slices) { slice in
            findings(
                kept[slice], sentences: sentences, matches: matches,
                keys: keys.count == sentences.count ? keys : [], source: source,
                matchedBefore: matchedBefore, describedBefore: describedBefore,
                renderedBefore: renderedBefore)
        }
        for part in parts {
            for (finding, rule) in part.findings {
                collected.append(finding, rule: rule)
                for number in finding.line...max(finding.line, finding.endLine)
                where collected.lines[number] == nil {
                    collected.lines[number] = source.line(number)
                }
            }
            for (words, match) in part.learnt { collected.remember(match, for: words) }
            for (key, values) in part.described { collected.remember(values, for: key) }
            for (key, finding) in part.rendered { collected.remember(finding, for: key) }
        }
    }

    /// The findings of a slice of kept candidates (see `collect`), with the claims matched by
    /// a clause's words that `matchedBefore` did not hold, in the order they were matched.
    private func findings(
        _ kept: ArraySlice<Candidate>, sentences: [TaggedSentence], matches: [ClaimMatch?],
        keys: [RepeatKey?] = [], source: SourceText, matchedBefore: [[[String]]: ClaimMatch?],
        describedBefore: [DescribedKey: [String: String]] = [:],
        renderedBefore: [RenderedKey: Finding] = [:]
    ) -> (
        findings: [(Finding, CompiledRule)], learnt: [([[String]], ClaimMatch?)],
        described: [(DescribedKey, [String: String])], rendered: [(RenderedKey, Finding)]
    ) {
        var made: [(Finding, CompiledRule)] = []
        made.reserveCapacity(kept.count)
        var learnt: [([[String]], ClaimMatch?)] = []
        var matchedHere: [[[String]]: ClaimMatch?] = [:]
        let scratch = index.makeScratch()
        var clauseMatches: [Range<Int>: ClaimMatch?] = [:]
        // A matched claim said in words, by template, claim and shared terms (copy repeats),
        // and those said here that `describedBefore` did not hold, for the batches to come.
        var described: [DescribedKey: [String: String]] = [:]
        var newlyDescribed: [(DescribedKey, [String: String])] = []
        // The findings made here of sentences with a key, and those `renderedBefore` did not
        // hold, for the batches to come.
        var rendered: [RenderedKey: Finding] = [:]
        var newlyRendered: [(RenderedKey, Finding)] = []
        for candidate in kept {
            let start = source.lineColumn(ofPlain: candidate.range.lowerBound)
            let end = source.lineColumn(
                ofPlain: max(candidate.range.lowerBound, candidate.range.upperBound - 1))
            let renderedKey = keys.isEmpty ? nil : RenderedKey(candidate, sentences, keys)
            if let renderedKey, var finding = renderedBefore[renderedKey] ?? rendered[renderedKey] {
                finding.line = start.line
                finding.column = start.column
                finding.endLine = end.line
                finding.endColumn = end.column
                made.append((finding, candidate.rule))
                continue
            }
            let rule = candidate.rule.rule
            // The lay-language reader's finding names no claim (it reads no claim's words).
            var match = candidate.lay == nil ? candidate.sentence.map { matches[$0] } ?? nil : nil
            if hasKnowledgeBase, candidate.lay == nil, let number = candidate.sentence,
                candidate.range != sentences[number].range, !isQuestionSentence(sentences[number])
            {
                // A sentence can make several claims: prefer the claim of the finding's clause.
                let clause = Checker.wholePhrases(
                    Checker.clause(around: candidate.range, in: sentences[number], source),
                    in: sentences[number])
                if let cached = clauseMatches[clause] {
                    match = cached ?? match
                } else {
                    let terms = Tokenizer.tokens(source.plain, in: clause).map(\.term)
                    let words = [terms, sentences[number].terms]
                    let found: ClaimMatch?
                    if let known = matchedBefore[words] ?? matchedHere[words] {
                        found = known
                    } else {
                        found = index.bestMatch(
                            terms: terms, threshold: threshold, scratch: scratch,
                            sentence: sentences[number].terms)
                        matchedHere[words] = .some(found)
                        learnt.append((words, found))
                    }
                    clauseMatches[clause] = .some(found)
                    match = found ?? match
                }
            }
            let text = source.text(candidate.range)
            var extra = Checker.placeholders(candidate, source)
            if let match {
                let key = DescribedKey(
                    rule: ObjectIdentifier(candidate.rule), entry: match.entry,
                    terms: match.matchedTerms)
                let values: [String: String]
                if let known = described[key] ?? describedBefore[key] {
                    values = known
                } else {
                    values = describe(match, for: rule.message)
                    described[key] = values
                    newlyDescribed.append((key, values))
                }
                extra.merge(values) { $1 }
            }
            let finding = Finding(
                path: source.path, line: start.line, column: start.column,
                endLine: end.line, endColumn: end.column, severity: rule.severity,
                rule: rule.id, category: rule.category,
                message: Checker.render(rule.message, match: text, claim: match, extra: extra),
                text: text, claimID: match?.claimID, verdict: match?.verdict,
                certainty: match?.certainty, matched: match?.matchedTerms)
            if let renderedKey {
                rendered[renderedKey] = finding
                newlyRendered.append((renderedKey, finding))
            }
            made.append((finding, candidate.rule))
        }
        return (made, learnt, newlyDescribed, newlyRendered)
    }

    /// What a finding of a sentence's candidate is made from but its place (`findings`): the
    /// rule, the sentence's key (`RepeatKey`: its words and tags, its claim, the text of its
    /// ranges and the clauses read for a claim are functions of its scalars), the candidate's
    /// range and the register's verdict, both from the sentence's start. A candidate whose
    /// register verdict names a substance outside its sentence, or with an interaction, has
    /// none: its finding is made afresh.
    struct RenderedKey: Hashable {
        var sentence: RepeatKey
        var rule: ObjectIdentifier
        var range: Range<Int>
        var register: RegisterVerdict?

        init?(_ candidate: Candidate, _ sentences: [TaggedSentence], _ keys: [RepeatKey?]) {
            guard let number = candidate.sentence, candidate.interaction == nil,
                let key = keys[number]
            else { return nil }
            let bounds = sentences[number].range
            guard bounds.lowerBound <= candidate.range.lowerBound,
                candidate.range.upperBound <= bounds.upperBound
            else { return nil }
            let start = bounds.lowerBound
            if var verdict = candidate.register, let substance = verdict.substance {
                guard bounds.lowerBound <= substance.lowerBound,
                    substance.upperBound <= bounds.upperBound
                else { return nil }
                verdict.substance = (substance.lowerBound - start)..<(substance.upperBound - start)
                register = verdict
            } else {
                register = candidate.register
            }
            sentence = key
            rule = ObjectIdentifier(candidate.rule)
            range = (candidate.range.lowerBound - start)..<(candidate.range.upperBound - start)
        }

        static func == (a: RenderedKey, b: RenderedKey) -> Bool {
            a.rule == b.rule && a.range == b.range && a.register == b.register
                && a.sentence == b.sentence
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(sentence)
            hasher.combine(rule)
            hasher.combine(range.lowerBound)
            hasher.combine(range.upperBound)
        }
    }

    /// What `describe(_:for:)` says depends on: the rule (its message is the template; two
    /// rules with one message are described apart, the same words), the claim and the terms.
    struct DescribedKey: Hashable, Sendable {
        var rule: ObjectIdentifier
        var entry: Int
        var terms: [String]
    }

    /// The placeholders that say a matched claim in words, for a template that uses them:
    /// `{terms}`, what copy and claim share in the claim's own words
    /// (`ClaimIndex.sharedWords(_:)`), and `{statement}`, the claim's statement.
    func describe(_ match: ClaimMatch, for template: String) -> [String: String] {
        var values: [String: String] = [:]
        if Checker.mentions(template, "{terms}") {
            values["terms"] = index.sharedWords(match).joined(separator: ", ")
        }
        if Checker.mentions(template, "{statement}"),
            index.claims.claims.indices.contains(match.entry)
        {
            values["statement"] = index.claims.claims[match.entry].statement
        }
        return values
    }

    /// Whether `template` holds `placeholder` (ASCII): `template.contains(placeholder)`, as
    /// bytes when the template is ASCII (Foundation's search costs some 20,000 instructions
    /// a call; ASCII text is equal where its bytes are).
    static func mentions(_ template: String, _ placeholder: StaticString) -> Bool {
        var text = template
        let found = text.withUTF8 { bytes -> Bool? in
            guard isASCII(bytes) else { return nil }
            return placeholder.withUTF8Buffer { needle in
                guard let first = needle.first else { return true }
                var start = 0
                while start + needle.count <= bytes.count,
                    let at = bytes[start...(bytes.count - needle.count)].firstIndex(of: first)
                {
                    if UnsafeBufferPointer(rebasing: bytes[at..<(at + needle.count)])
                        .elementsEqual(needle)
                    {
                        return true
                    }
                    start = at + 1
                }
                return false
            }
        }
        return found ?? template.contains(placeholder.description)
    }

    /// The placeholders of a register or interaction finding.
    static func placeholders(_ candidate: Candidate, _ source: SourceText) -> [String: String] {
        var values = candidate.register.map { placeholders($0, source) } ?? [:]
        if let lay = candidate.lay {
            values["score"] = lay.scoreText
            values["words"] =
                lay.words.isEmpty
                ? "no single word"
                : lay.words.map { "'\(source.text($0).lowercased())'" }.joined(separator: ", ")
        }
        if let interaction = candidate.interaction {
            values["drugs"] = interaction.drugs
            values["interaction"] = interaction.interaction
            values["source"] = interaction.source
        }
        return values
    }

    /// The placeholders of a register finding: `{substance}` (the copy's words), `{subject}`
    /// (the copy's words quoted, or "this product" when the sentence names no substance),
    /// `{entry}`, `{entry-id}`, `{article}`, `{register-substance}`, `{conditions}`. A list of
    /// objects (`RegisterVerdict.listed`) names every entry: their ids joined by ", ", their
    /// wordings by `", "` (the message quotes the first and the last), their conditions of use
    /// once each, joined by "; ".
    static func placeholders(_ verdict: RegisterVerdict, _ source: SourceText) -> [String: String] {
        let substance = verdict.substance.map { source.text($0) }
        var values = [
            "substance": substance ?? "this product",
            "subject": substance.map { "'\($0)'" } ?? "this product",
        ]
        if let entry = verdict.entry {
            let entries = [entry] + verdict.listed
            values["entry"] = entries.map(\.wording).joined(separator: "\", \"")
            values["entry-id"] = entries.map(\.id).joined(separator: ", ")
            values["article"] = entry.article
            values["register-substance"] = entry.substance
            var said: [String] = []
            for listed in entries {
                var conditions = listed.conditions ?? "none stated in the register"
                if let restrictions = listed.restrictions {
                    conditions += " Restrictions: " + restrictions
                }
                if !said.contains(conditions) { said.append(conditions) }
            }
            values["conditions"] = said.joined(separator: "; ")
        }
        return values
    }

    /// The words of a sentence around a range: its clause (up to the nearest `,` `;` `:` or the
    /// sentence's ends), narrowed to five words before and three after the range.
    static func clause(
        around range: Range<Int>, in sentence: TaggedSentence, _ source: SourceText
    ) -> Range<Int> {
        let bounds = sentence.range
        func isBreak(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "," || scalar == ";" || scalar == ":" || scalar == "(" || scalar == ")"
        }
        var lower = range.lowerBound
        while lower > bounds.lowerBound, !isBreak(source.plain[lower - 1]) { lower -= 1 }
        var upper = range.upperBound
        while upper < bounds.upperBound, !isBreak(source.plain[upper]) { upper += 1 }
        // Within a long clause, the words near the finding: five before, three after.
        let inside = sentence.tokens.filter { $0.start >= lower && $0.end <= upper }
        guard let first = inside.firstIndex(where: { $0.end > range.lowerBound }),
            let last = inside.lastIndex(where: { $0.start < range.upperBound })
        else { return lower..<upper }
        let from = inside[max(0, first - 5)].start
        let to = inside[min(inside.count - 1, last + 3)].end
        return from..<to
    }

    /// A window of a sentence's words that ends inside a phrase of the lexicon is taken to the
    /// phrase's end: a phrase is one unit, and its first words alone may say something else
    /// ("Clinical testing has shown vitamin", cut from "… vitamin K2 to be safe", shares only
    /// the word "vitamin" with a claim that vitamin K2 is a fat-soluble vitamin).
    static func wholePhrases(_ window: Range<Int>, in sentence: TaggedSentence) -> Range<Int> {
        var upper = window.upperBound
        for (position, token) in sentence.tokens.enumerated()
        where token.start >= window.lowerBound && token.end <= window.upperBound {
            for tag in sentence.tags[position]
            where tag.end > position + 1 && tag.end <= sentence.tokens.count {
                upper = max(upper, sentence.tokens[tag.end - 1].end)
            }
        }
        return window.lowerBound..<upper
    }

    /// Fills a message template: `{match}`, `{claim}`, `{verdict}`, `{certainty}`, `{terms}`
    /// (`extra`'s words when it has them), and the placeholders of `extra` (the register's
    /// `{substance}`, `{entry}` …, a matched claim's `{statement}`).
    static func render(
        _ template: String, match text: String, claim: ClaimMatch?, extra: [String: String] = [:]
    ) -> String {
        if let rendered = renderASCII(template, match: text, claim: claim, extra: extra) {
            return rendered
        }
        let bytes = template.utf8
        guard bytes.contains(UInt8(ascii: "{")) else { return template }
        var out = ""
        // Braces are ASCII: searched as bytes, not as characters.
        var rest = bytes.startIndex
        while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "{")) {
            // An unclosed `{` is text: the rest, from before it, is appended once below.
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) else { break }
            out += template[rest..<open]
            let name = template[bytes.index(after: open)..<close]
            switch name {
            case "match": out += text
            case "claim": out += claim?.claimID.rawValue ?? "none"
            case "verdict": out += claim?.verdictLabel ?? "none"
            case "certainty": out += claim?.certainty.rawValue ?? "none"
            case "terms":
                out += extra["terms"] ?? claim?.matchedTerms.joined(separator: ", ") ?? ""
            default: out += extra[String(name)] ?? String(template[open...close])
            }
            rest = bytes.index(after: close)
        }
        return out + template[rest...]
    }

    /// `render` of an ASCII template (nearly every one), as bytes: its characters are its bytes
    /// (no two make one character, and names compare and hash as their bytes), so the same
    /// string is made (the template itself when it has no `{`); `nil` for another template.
    private static func renderASCII(
        _ template: String, match text: String, claim: ClaimMatch?, extra: [String: String]
    ) -> String? {
        var template = template
        let whole = template
        return template.withUTF8 { bytes -> String? in
            guard isASCII(bytes) else { return nil }
            guard bytes.contains(UInt8(ascii: "{")) else { return whole }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + text.utf8.count + 64)
            func append(_ piece: String) {
                var piece = piece
                piece.withUTF8 { out.append(contentsOf: $0) }
            }
            var rest = 0
            while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "{")) {
                guard let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) else { break }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[rest..<open]))
                let name = UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close])
                if name.elementsEqual("match".utf8) {
                    append(text)
                } else if name.elementsEqual("claim".utf8) {
                    append(claim?.claimID.rawValue ?? "none")
                } else if name.elementsEqual("verdict".utf8) {
                    append(claim?.verdictLabel ?? "none")
                } else if name.elementsEqual("certainty".utf8) {
                    append(claim?.certainty.rawValue ?? "none")
                } else if name.elementsEqual("terms".utf8) {
                    append(extra["terms"] ?? claim?.matchedTerms.joined(separator: ", ") ?? "")
                } else if let value = extra[String(decoding: name, as: UTF8.self)] {
                    append(value)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[open...close]))
                }
                rest = close + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[rest...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether every byte is ASCII, eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if word & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }
}
