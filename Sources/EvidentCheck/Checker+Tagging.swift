/// Tagging: each sentence's words with the lexicon classes that start at them, and the
/// knowledge-base claim the sentence matches.
extension Checker {
    /// The tagged sentences of a text and, per sentence, its best claim (none for questions or
    /// without a knowledge base).
    func tag(
        _ source: SourceText, sentences ranges: [Range<Int>], chunks: [Range<Int>]
    ) -> (sentences: [TaggedSentence], matches: [ClaimMatch?]) {
        let parts = Checker.perChunk(chunks) { chunk in
            let scratch = index.makeScratch()
            // Copy repeats itself (a product's claim, a disclaimer): a sentence's claim is a
            // function of its words, so each distinct sentence is matched once.
            var known: [[String]: ClaimMatch?] = [:]
            var sentences: [TaggedSentence] = []
            var matches: [ClaimMatch?] = []
            sentences.reserveCapacity(chunk.count)
            matches.reserveCapacity(chunk.count)
            for number in chunk {
                let range = ranges[number]
                let sentence = TaggedSentence(
                    range: range, tokens: book.lexicon.tokens(source.plain, in: range),
                    text: source.plain, lexicon: book.lexicon,
                    isQuestion: source.plain[range.upperBound - 1] == "?",
                    opensParagraph: number > 0
                        && Checker.isParagraphBreak(
                            source.plain[ranges[number - 1].upperBound..<range.lowerBound])
                )
                sentences.append(sentence)
                guard hasKnowledgeBase && !isQuestionSentence(sentence) else {
                    matches.append(nil)
                    continue
                }
                // A question is answered by the sentence after it in its paragraph ("Brittle
                // bones? Vitamin K2 helps."): the answer is read with the question's words.
                var terms = sentence.terms
                if number > 0, !sentence.opensParagraph,
                    source.plain[ranges[number - 1].upperBound - 1] == "?"
                {
                    terms =
                        book.lexicon.tokens(source.plain, in: ranges[number - 1]).map(\.term)
                        + terms
                }
                if let match = known[terms] {
                    matches.append(match)
                } else {
                    let match = index.bestMatch(
                        terms: terms, threshold: threshold, scratch: scratch)
                    known[terms] = .some(match)
                    matches.append(match)
                }
            }
            return (sentences, matches)
        }
        return (parts.flatMap(\.0), parts.flatMap(\.1))
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

    func isQuestionSentence(_ sentence: TaggedSentence) -> Bool {
        if sentence.isQuestion { return true }
        guard let first = sentence.terms.first else { return false }
        return Checker.questionWords.contains(first)
    }

    /// The words that open a question written without its question mark (grammar).
    static let questionWords = ["what", "how", "why", "which", "who", "when", "where", "q"]
}
