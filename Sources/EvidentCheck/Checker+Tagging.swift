/// Tagging: each sentence's words with the lexicon classes that start at them, and the
/// knowledge-base claim the sentence matches.
extension Checker {
    /// The tagged sentences of a text, per sentence its best claim (none for questions or
    /// without a knowledge base), and per sentence the number of the first sentence of its
    /// chunk written the same (see `RepeatKey`; itself when it is the first, `-1` when it is
    /// tagged on its own): a repeated sentence reads the same, so its words are tagged, its
    /// claim matched and its own rules evaluated once. With a `memo`, a sentence an earlier
    /// batch tagged (in any chunk) is not tagged again, and what this batch tags is added to it.
    func tag(
        _ source: SourceText, sentences ranges: [Range<Int>], chunks: [Range<Int>],
        readsRepeatsOnce: Bool = true, memo: TagMemo? = nil
    ) -> (sentences: [TaggedSentence], matches: [ClaimMatch?], firsts: [Int], keys: [RepeatKey?]) {
        // What earlier batches learnt, read (never written) by every chunk at once; what the
        // chunks learn is added once they are done.
        let taggedBefore = memo?.sentences ?? [:]
        let matchedBefore = memo?.matches ?? [:]
        let parts = Checker.perChunk(chunks) { chunk in
            let scratch = index.makeScratch()
            // Copy repeats itself (a product's claim, a disclaimer): a sentence's claim is a
            // function of its words, so each distinct sentence is matched once.
            var known: [WordsKey: ClaimMatch?] = [:]
            var learnt: [RepeatKey: TaggedSentence] = [:]
            // The chunk position's table of stems (each chunk's own: not shared across threads).
            let position = chunks.firstIndex(of: chunk) ?? 0
            let stems = memo?.stems(at: position) ?? StemTable()
            var written: [RepeatKey: Int] = [:]
            written.reserveCapacity(chunk.count)
            var sentences: [TaggedSentence] = []
            var matches: [ClaimMatch?] = []
            var firsts: [Int] = []
            var keys: [RepeatKey?] = []
            sentences.reserveCapacity(chunk.count)
            matches.reserveCapacity(chunk.count)
            firsts.reserveCapacity(chunk.count)
            keys.reserveCapacity(chunk.count)
            for number in chunk {
                let range = ranges[number]
                let opensParagraph =
                    number > 0
                    && Checker.isParagraphBreak(
                        source.plain[ranges[number - 1].upperBound..<range.lowerBound])
                // A sentence after a question in its paragraph answers it and is matched with
                // the question's words (below): it is read on its own.
                let answers =
                    number > 0 && !opensParagraph
                    && source.plain[ranges[number - 1].upperBound - 1] == "?"
                let key = readsRepeatsOnce && !answers ? RepeatKey(source.plain, range) : nil
                keys.append(key)
                if let key, let first = written[key] {
                    let original = sentences[first - chunk.lowerBound]
                    sentences.append(
                        TaggedSentence(
                            repeating: original,
                            shift: range.lowerBound - original.range.lowerBound,
                            opensParagraph: opensParagraph))
                    matches.append(matches[first - chunk.lowerBound])
                    firsts.append(first)
                    continue
                }
                if let key { written[key] = number }
                firsts.append(key == nil ? -1 : number)
                let sentence: TaggedSentence
                var facts: [StemTable.Facts]? = nil
                if let key, let original = taggedBefore[key] {
                    // Written in an earlier batch: tagged the same (its rules are evaluated
                    // again, as the first of its chunk).
                    sentence = TaggedSentence(
                        repeating: original, shift: range.lowerBound - original.range.lowerBound,
                        opensParagraph: opensParagraph)
                } else {
                    let tokens = book.lexicon.tokens(source.plain, in: range)
                    let found = stems.facts(
                        tokens.map(\.term), lexicon: book.lexicon, concepts: index.concepts)
                    facts = found
                    sentence = TaggedSentence(
                        range: range, tokens: tokens, text: source.plain, lexicon: book.lexicon,
                        isQuestion: source.plain[range.upperBound - 1] == "?",
                        opensParagraph: opensParagraph, stems: (stems, found))
                    if let key, memo != nil { learnt[key] = sentence }
                }
                sentences.append(sentence)
                guard hasKnowledgeBase && !isQuestionSentence(sentence) else {
                    matches.append(nil)
                    continue
                }
                // A question is answered by the sentence after it in its paragraph ("Brittle
                // bones? Vitamin K2 helps."): the answer is read with the question's words.
                var terms = sentence.terms
                if answers {
                    terms =
                        book.lexicon.tokens(source.plain, in: ranges[number - 1]).map(\.term)
                        + terms
                }
                let wordsKey = WordsKey(terms)
                if let match = matchedBefore[wordsKey] ?? known[wordsKey] {
                    matches.append(match)
                } else {
                    // The concept reader's facts of the words, when they are the sentence's
                    // and were just looked up (an answer is read with its question's words).
                    let words = answers ? nil : facts?.map(\.concept)
                    let match = index.bestMatch(
                        terms: terms, threshold: threshold, scratch: scratch, words: words)
                    if known.count < TagMemo.limit { known[wordsKey] = .some(match) }
                    matches.append(match)
                }
            }
            return (sentences, matches, firsts, keys, learnt, known)
        }
        if let memo {
            for part in parts { memo.learn(sentences: part.4, matches: part.5) }
        }
        return (parts.flatMap(\.0), parts.flatMap(\.1), parts.flatMap(\.2), parts.flatMap(\.3))
    }

    /// What the tagging of the batches read so far knows, whatever chunk tagged it: the
    /// sentences tagged, by what they are made from, and the claim matched, by words. A batch
    /// reads the sentences the memo holds the same as it would read them afresh
    /// (`TaggedSentence(repeating:)`; the claim is a function of the words), so the findings do
    /// not depend on it; it keeps at most `limit` of each, so that the memory held stays
    /// bounded however long the copy is. Written only between batches (`learn`), read by every
    /// chunk of a batch at once.
    final class TagMemo: @unchecked Sendable {
        private(set) var sentences: [RepeatKey: TaggedSentence] = [:]
        private(set) var matches: [WordsKey: ClaimMatch?] = [:]
        /// The facts of the stems met (`StemTable`), one table per chunk position: a table is
        /// written as it is read, so it is never shared across threads.
        private let stemTables: [StemTable]
        static let limit = 8_192

        /// A memo for batches read in at most `positions` chunks at once.
        init(positions: Int) {
            stemTables = (0..<max(1, positions)).map { _ in StemTable() }
        }

        /// The table of stems of a chunk position (a fresh one past `positions`).
        func stems(at position: Int) -> StemTable {
            position < stemTables.count ? stemTables[position] : StemTable()
        }

        /// Adds what a chunk learnt, up to `limit` of each.
        func learn(
            sentences learnt: [RepeatKey: TaggedSentence], matches found: [WordsKey: ClaimMatch?]
        ) {
            for (key, sentence) in learnt where sentences.count < TagMemo.limit {
                if sentences[key] == nil { sentences[key] = sentence }
            }
            for (terms, match) in found where matches.count < TagMemo.limit {
                if matches[terms] == nil { matches[terms] = .some(match) }
            }
        }
    }

    /// What a sentence's tags are made from: its scalars and the one before it (a `#` makes its
    /// first word a hashtag). Nothing else is read for a sentence in which no word starts with
    /// a digit; a lab value's reading may read the text after its sentence ("190 mg/dL"), so a
    /// sentence with a word starting with a digit has no key and is tagged on its own.
    struct RepeatKey: Hashable {
        var scalars: ArraySlice<Unicode.Scalar>
        var opensText: Bool
        /// The hash of the scalars and `opensText`, worked out once from the scalars' bytes: a
        /// key is looked up and stored in two tables (the chunk's and the memo's), and hashing
        /// it scalar by scalar at each of them cost more than the lookups.
        private var digest: Int

        init?(_ text: [Unicode.Scalar], _ range: Range<Int>) {
            guard !range.isEmpty else { return nil }
            // The tokenizer starts a word at the sentence's first scalar.
            var previous: Unicode.Scalar = " "
            for scalar in text[range] {
                if Tokenizer.isDigit(scalar), !Tokenizer.isWordScalar(previous) { return nil }
                previous = scalar
            }
            opensText = range.lowerBound == 0
            scalars = text[max(0, range.lowerBound - 1)..<range.upperBound]
            var hasher = Hasher()
            scalars.withUnsafeBytes { hasher.combine(bytes: $0) }
            hasher.combine(opensText)
            digest = hasher.finalize()
        }

        static func == (a: RepeatKey, b: RepeatKey) -> Bool {
            a.digest == b.digest && a.opensText == b.opensText && a.scalars == b.scalars
        }

        func hash(into hasher: inout Hasher) { hasher.combine(digest) }
    }

    /// A sentence's stems as the key of its claim: hashed once, for the lookup and the store.
    struct WordsKey: Hashable {
        let terms: [String]
        private let digest: Int

        init(_ terms: [String]) {
            self.terms = terms
            var hasher = Hasher()
            hasher.combine(terms)
            digest = hasher.finalize()
        }

        static func == (a: WordsKey, b: WordsKey) -> Bool {
            a.digest == b.digest && a.terms == b.terms
        }

        func hash(into hasher: inout Hasher) { hasher.combine(digest) }
    }

    /// Whether the text between two sentences holds a blank line (two line breaks with only
    /// spaces between them): the second opens a paragraph.
    static func isParagraphBreak(_ gap: ArraySlice<Unicode.Scalar>) -> Bool {
        var breaks = 0
        for scalar in gap {
            if scalar == "\n" {
                breaks += 1
                if breaks == 2 { return true }
            } else if !(scalar == " " || scalar == "\t" || scalar == "\r") {
                breaks = 0
            }
        }
        return false
    }

    /// Whether a sentence asks rather than states. A question that opens with a factive verb
    /// of knowing ("Did you know bacteria in your colon make vitamin K2?") takes what follows
    /// as true: it states it, and is read as a statement.
    func isQuestionSentence(_ sentence: TaggedSentence) -> Bool {
        let terms = sentence.terms
        if Checker.factiveOpenings.contains(where: { terms.starts(with: $0) }) { return false }
        if sentence.isQuestion { return true }
        guard let first = terms.first else { return false }
        return Checker.questionWords.contains(first)
    }

    /// The words that open a question written without its question mark (grammar).
    static let questionWords = ["what", "how", "why", "which", "who", "when", "where", "q"]

    /// Openings of a question about knowing or noticing something, whose verb is factive (its
    /// complement is taken as true, grammar): "did you know", "did you realise".
    static let factiveOpenings: [[String]] = ["did", "do"].flatMap { auxiliary in
        ["know", "realise", "realize", "notice"].map {
            Tokenizer.terms("\(auxiliary) you \($0)")
        }
    }
}
