/// Where the copy appears, written before it as a label ("Ice-rink safety poster: vitamin K2
/// …", "Pharmacy leaflet: …"): the place or medium of the copy, not what it claims.
extension Checker {
    /// The longest label read as where the copy appears, in words.
    static let copyLabelWords = 6

    /// The number of words that open a sentence as the label of where its copy appears, if
    /// any: one to `copyLabelWords` words before a colon, the first colon of the sentence, with
    /// words after it, naming no substance, whose last word (the label's head: the words before
    /// it say what kind of it it is, "ice-rink safety poster") is a plain word no concept of the
    /// claims covers (no body part, function, outcome, condition or source: "poster",
    /// "noticeboard", "slide", "commentator"). Such a label says where the copy runs or who
    /// says it; a label whose head is a concept says what the copy is about ("Brittle bones:",
    /// "For your liver:") and stays part of it. The claim a sentence matches is read from the
    /// words after the label: "safety" in "Ice-rink safety poster" is the poster's kind, not
    /// the product's safety.
    static func copyLabelEnd(
        _ sentence: TaggedSentence, text: [Unicode.Scalar], concepts: ConceptMatcher
    ) -> Int? {
        let tokens = sentence.tokens
        let count = min(tokens.count, sentence.terms.count)
        guard count > 1 else { return nil }
        var end: Int? = nil
        for index in 1..<min(count, copyLabelWords + 1) {
            let gap = TaggedSentence.gap(before: index, tokens: tokens, text: text)
            if gap.contains(":") {
                end = index
                break
            }
        }
        guard let end, !(0..<end).contains(where: { tokens[$0].isHashtag }) else { return nil }
        let label = Array(sentence.terms[0..<end])
        guard concepts.read(label).substances.isEmpty else { return nil }
        let head = label[end - 1]
        guard concepts.read([head]).concepts == [head] else { return nil }
        return end
    }
}
