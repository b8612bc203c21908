import EvidentModel

/// The lay-language reader's findings (`lay-disease-claim`, ``LayModel``).
extension Checker {
    /// The id of the rule of the lay-language reader's findings.
    static let layRuleID = "lay-disease-claim"

    /// The lay-language reader's candidates among the sentences `core` (numbers in
    /// `sentences`): one per sentence of three words or more that the model scores at or above
    /// its threshold, in which no `unless` pattern of the rule matches (nor an `unless-context`
    /// one in it or its paragraph's neighbours) and `kept` (the rules' kept candidates) holds
    /// no finding of severity error and no disease claim (the rules' reading comes first: the model only
    /// reads what they left). In the order of the text; none when the market's rules have no
    /// `lay-disease-claim` or the model is missing. The model is read (its files loaded) only
    /// when a sentence reaches it. With a `memo` and the sentences' `keys` (see `tag`), a
    /// sentence written the same as one read before (in this batch or an earlier one) has
    /// that one's reading: the reading is a function of the sentence's words.
    func layCandidates(
        _ kept: [Candidate], sentences: [TaggedSentence], core: Range<Int>,
        keys: [RepeatKey?] = [], memo: ReadMemo? = nil
    ) -> [Candidate] {
        guard let rule = layRule else { return [] }
        let keyed = memo != nil && keys.count == sentences.count
        var read = Set<Int>()
        for candidate in kept
        where candidate.rule.rule.severity == .error
            || candidate.rule.rule.category == .diseaseClaim
        {
            if let number = candidate.sentence { read.insert(number) }
        }
        var laid: [Candidate] = []
        for number in core where !read.contains(number) {
            let sentence = sentences[number]
            guard sentence.tokens.count >= 3 else { continue }
            // The rule's `unless` patterns (the disease rules' sentence-level exceptions: a
            // caution, a disclaimer, a denial, another domain) are the rules' judgement of the
            // whole sentence: where one holds, the model is not asked.
            let within = rule.rule.within
            if Checker.anyPattern(rule.borrowedUnless, { sentence.contains($0, within: within) }) {
                continue
            }
            // And its `unless-context` patterns in the sentence and its neighbours of the
            // paragraph (an authorised Article 14 formula beside the claim it completes).
            if !rule.unlessContext.isEmpty {
                let first = Checker.paragraphStart(sentences, number: number, back: 1)
                let last = Checker.paragraphEnd(sentences, number: number, ahead: 1)
                if (first...last).contains(where: { s in
                    Checker.anyPattern(rule.borrowedUnlessContext) {
                        sentences[s].contains($0, within: within)
                    }
                }) {
                    continue
                }
            }
            let key = keyed ? keys[number] : nil
            let found: LayReading?
            if let key, let memo, let known = memo.lays[key] {
                found = known
            } else {
                guard let model = LayModel.bundled else { return [] }
                found = model.read(terms: sentence.terms)
                if let key, let memo { memo.learn(lay: found, of: key) }
            }
            guard var reading = found else { continue }
            reading.words = reading.words.map {
                sentence.tokens[$0.lowerBound].start..<sentence.tokens[$0.upperBound - 1].end
            }
            var candidate = Candidate(rule: rule, sentence: number, range: sentence.range)
            candidate.lay = reading
            laid.append(candidate)
        }
        return laid
    }

    /// The lay-language reader's features of each sentence of a text (``LayFeatures``), with
    /// the line it starts on and its number of words (the reader reads three or more): what
    /// `.ci/train-lay-model` learns from (`evident check --lay-features`).
    public func layFeatures(
        _ source: SourceText
    ) -> [(line: Int, words: Int, features: [String])] {
        let ranges = SentenceSplitter.split(source.plain)
        guard !ranges.isEmpty else { return [] }
        let tagged = tag(source, sentences: ranges, keys: nil, chunks: [Array(ranges.indices)])
        return tagged.sentences.map { sentence in
            (
                source.lineColumn(ofPlain: sentence.range.lowerBound).line, sentence.tokens.count,
                LayFeatures.features(sentence.terms)
            )
        }
    }
}
