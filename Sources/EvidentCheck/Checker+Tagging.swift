import Foundation

/// Tagging: each sentence's words with the lexicon classes that start at them, and the
/// knowledge-base claim the sentence matches.
extension Checker {
    /// The tagged sentences of a text, per sentence its best claim (none for questions or
    /// without a knowledge base), and per sentence the number of the first sentence of its
    /// chunk written the same (see `RepeatKey`; itself when it is the first, `-1` when it is
    /// tagged on its own): a repeated sentence reads the same, so its words are tagged, its
    /// claim matched and its own rules evaluated once. `keys`: the sentences' keys
    /// (`repeatKeys`; `nil`: every sentence is read afresh); `chunks`: the sentence numbers each
    /// worker reads (`partition`). With a `memo`, a sentence an earlier batch tagged (in any
    /// chunk) is not tagged again, and what this batch tags is added to it.
    func tag(
        _ source: SourceText, sentences ranges: [Range<Int>], keys: [RepeatKey?]?,
        chunks: [[Int]], memo: TagMemo? = nil
    ) -> (sentences: [TaggedSentence], matches: [ClaimMatch?], firsts: [Int], keys: [RepeatKey?]) {
        // What earlier batches learnt, read (never written) by every chunk at once; what the
        // chunks learn is added once they are done.
        let taggedBefore = memo?.sentences ?? [:]
        let matchedBefore = memo?.matches ?? [:]
        let parts = Checker.perChunk(Array(chunks.indices)) { position in
            let chunk = chunks[position]
            let scratch = index.makeScratch()
            // Copy repeats itself (a product's claim, a disclaimer): a sentence's claim is a
            // function of its words, so each distinct sentence is matched once.
            var known: [WordsKey: ClaimMatch?] = [:]
            var learnt: [RepeatKey: TaggedSentence] = [:]
            // The chunk position's table of stems (each chunk's own: not shared across threads).
            let stems = memo?.stems(at: position) ?? StemTable()
            // The first sentence written the same: its number, and its place in this chunk.
            var written: [RepeatKey: (number: Int, local: Int)] = [:]
            written.reserveCapacity(chunk.count)
            var sentences: [TaggedSentence] = []
            var matches: [ClaimMatch?] = []
            var firsts: [Int] = []
            sentences.reserveCapacity(chunk.count)
            matches.reserveCapacity(chunk.count)
            firsts.reserveCapacity(chunk.count)
            for number in chunk {
                let range = ranges[number]
                let opensParagraph =
                    number > 0
                    && Checker.isParagraphBreak(
                        source.plain[ranges[number - 1].upperBound..<range.lowerBound])
                let answers = Checker.answers(source, sentences: ranges, number: number)
                let key = keys?[number] ?? nil
                if let key, let first = written[key] {
                    let original = sentences[first.local]
                    sentences.append(
                        TaggedSentence(
                            repeating: original,
                            shift: range.lowerBound - original.range.lowerBound,
                            opensParagraph: opensParagraph))
                    matches.append(matches[first.local])
                    firsts.append(first.number)
                    continue
                }
                if let key { written[key] = (number, sentences.count) }
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
                // A label naming where the copy appears ("Ice-rink safety poster:") is no part
                // of what it claims (`copyLabelEnd`).
                let label = Checker.copyLabelEnd(
                    sentence, text: source.plain, concepts: index.concepts)
                var terms = label.map { Array(sentence.terms[$0...]) } ?? sentence.terms
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
                    let words =
                        answers ? nil : facts.map { facts in facts[(label ?? 0)...].map(\.concept) }
                    let match = index.bestMatch(
                        terms: terms, threshold: threshold, scratch: scratch, words: words)
                    if known.count < TagMemo.limit { known[wordsKey] = .some(match) }
                    matches.append(match)
                }
            }
            return (sentences, matches, firsts, learnt, known)
        }
        if let memo {
            for part in parts { memo.learn(sentences: part.3, matches: part.4) }
        }
        // In the order of the sentences.
        var sentences = [TaggedSentence?](repeating: nil, count: ranges.count)
        var matches = [ClaimMatch?](repeating: nil, count: ranges.count)
        var firsts = [Int](repeating: -1, count: ranges.count)
        for (chunk, part) in zip(chunks, parts) {
            for (local, number) in chunk.enumerated() {
                sentences[number] = part.0[local]
                matches[number] = part.1[local]
                firsts[number] = part.2[local]
            }
        }
        return (
            sentences.compactMap { $0 }, matches, firsts,
            keys ?? [RepeatKey?](repeating: nil, count: ranges.count)
        )
    }

    /// Whether sentence `number` of `ranges` answers a question: it follows one in its
    /// paragraph, and is matched with the question's words (`tag`), so it is read on its own.
    static func answers(_ source: SourceText, sentences ranges: [Range<Int>], number: Int) -> Bool {
        number > 0
            && !isParagraphBreak(
                source.plain[ranges[number - 1].upperBound..<ranges[number].lowerBound])
            && source.plain[ranges[number - 1].upperBound - 1] == "?"
    }

    /// The keys of the sentences `ranges` (`RepeatKey`; none for an answer to a question),
    /// worked out by `workers` threads.
    static func repeatKeys(
        _ source: SourceText, sentences ranges: [Range<Int>], workers: Int = 1
    ) -> [RepeatKey?] {
        perChunk(chunks(ranges.count, workers: workers)) { chunk in
            chunk.map { number in
                answers(source, sentences: ranges, number: number)
                    ? nil : RepeatKey(source.plain, ranges[number])
            }
        }.flatMap { $0 }
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
    /// first word a hashtag; a space, a tab or a line break before it reads the same, so a
    /// sentence opening a paragraph and the same sentence inside one share a key). Nothing
    /// else is read for a sentence in which no word starts with a digit. A number may be read as a lab value, and a lab value's reading reads the text
    /// around the number, past the sentence's ends ("minus" before it, a unit after it:
    /// `LabValueTable.reach(of:in:)`): a sentence with a word starting with a digit is made
    /// from its scalars and those that reach covers around each number, and where the sentence
    /// stands among them.
    struct RepeatKey: Hashable {
        var scalars: ArraySlice<Unicode.Scalar>
        var opensText: Bool
        /// The scalar before the sentence, a space for any white space (`nil` when `scalars`
        /// holds it, or at the start of the text).
        var before: Unicode.Scalar?
        /// Where the sentence starts in `scalars`, and how long it is.
        var lead: Int
        var length: Int
        /// A hash of the same, the same in every run (FNV-1a): which worker reads the
        /// sentence (`partition`).
        var spread: UInt64
        /// The hash of the scalars and `opensText`, worked out once from the scalars' bytes: a
        /// key is looked up and stored in two tables (the chunk's and the memo's), and hashing
        /// it scalar by scalar at each of them cost more than the lookups.
        private var digest: Int

        init?(_ text: [Unicode.Scalar], _ range: Range<Int>) {
            guard !range.isEmpty else { return nil }
            var low = max(0, range.lowerBound - 1)
            var high = range.upperBound
            // The tokenizer starts a word at the sentence's first scalar.
            var previous: Unicode.Scalar = " "
            var numbered = false
            for scalar in text[range] {
                if Tokenizer.isDigit(scalar), !Tokenizer.isWordScalar(previous) { numbered = true }
                previous = scalar
            }
            if numbered {
                // A word the sentence opens with may be read back into the text before it.
                while low > 0, Tokenizer.isLetter(text[low]) { low -= 1 }
                // Every run of digits, whatever stands before it (a word's pieces may start
                // with one: "#covid19"); a number read from a digit inside a run reads within
                // what the run's reach covers (the same word, and the run's own digits before).
                var previous: Unicode.Scalar = " "
                for position in range {
                    let scalar = text[position]
                    if Tokenizer.isDigit(scalar), !Tokenizer.isDigit(previous) {
                        let reach = LabValueTable.reach(of: position, in: text)
                        low = min(low, reach.lowerBound)
                        high = max(high, reach.upperBound)
                    }
                    previous = scalar
                }
            }
            opensText = range.lowerBound == 0
            before = nil
            if !numbered, range.lowerBound > 0 {
                let scalar = text[range.lowerBound - 1]
                before = scalar.properties.isWhitespace ? " " : scalar
                low = range.lowerBound
            }
            scalars = text[low..<high]
            lead = range.lowerBound - low
            length = range.count
            var hasher = Hasher()
            scalars.withUnsafeBytes { hasher.combine(bytes: $0) }
            hasher.combine(opensText)
            hasher.combine(before)
            hasher.combine(lead)
            hasher.combine(length)
            digest = hasher.finalize()
            var spread: UInt64 = 0xcbf2_9ce4_8422_2325
            for scalar in scalars {
                spread = (spread ^ UInt64(scalar.value)) &* 0x100_0000_01b3
            }
            spread = (spread ^ UInt64(before?.value ?? 0)) &* 0x100_0000_01b3
            self.spread = (spread ^ UInt64(lead)) &* 0x100_0000_01b3
        }

        static func == (a: RepeatKey, b: RepeatKey) -> Bool {
            a.digest == b.digest && a.opensText == b.opensText && a.before == b.before
                && a.lead == b.lead && a.length == b.length && sameScalars(a.scalars, b.scalars)
        }

        /// Whether two runs of scalars are equal, compared as bytes (a scalar is its 32-bit
        /// value): a key is compared at every lookup that finds it, and comparing scalar by
        /// scalar cost more than the rest of the lookup.
        static func sameScalars(
            _ a: ArraySlice<Unicode.Scalar>, _ b: ArraySlice<Unicode.Scalar>
        ) -> Bool {
            guard a.count == b.count else { return false }
            return a.withUnsafeBytes { x in
                b.withUnsafeBytes { y in
                    guard let left = x.baseAddress, let right = y.baseAddress else { return true }
                    return left == right || memcmp(left, right, x.count) == 0
                }
            }
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
