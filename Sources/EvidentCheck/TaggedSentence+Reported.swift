/// Reported claims (checker, session 38): a claim quoted from a regulator's letter or told by
/// the page it was written on is still the claim. A regulator's letter named by a caution's word
/// ("warning letter") is a document the copy quotes, not a caution to the reader; a thing of
/// another domain that says something ("the company's website said its drops …") is the channel
/// of the claim, not the domain the sentence is about.
extension TaggedSentence {
    /// How far into the sentence a regulator's document may start and still head it ("From the
    /// FDA warning letter: …").
    static let documentHeadingStart = 3
    /// How many words after the document its heading's colon may come ("Warning-letter
    /// exhibit, Amazon storefront: …").
    static let documentHeadingReach = 4

    /// Removes `@caution` from the words of a regulator's document named by a caution's word
    /// (`@caution-document`: "warning letter", the FDA's letter to a firm quoting the claims it
    /// objects to) when the document heads the sentence as the source of what follows its
    /// colon ("Warning letter excerpt: the company's website said its drops recover children
    /// from autism", "Warning-letter exhibit, Amazon storefront: our tea heals …"): the words
    /// after the colon are the firm's copy as written, and the document names who objected to
    /// them, not whom the copy warns. A report of a regulator's letters told in a clause of its
    /// own ("the FDA sent warning letters to firms that claimed their teas cure diabetes") is
    /// news about claims, and keeps its tag; so does a caution elsewhere in the sentence.
    static func dropDocumentCautions(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let caution = lexicon.classID("caution"), present[caution],
            let document = lexicon.classID("caution-document"), present[document]
        else { return }
        var dropped = false
        for index in tags.indices.prefix(documentHeadingStart + 1) {
            guard let end = tags[index].filter({ $0.classID == document }).map(\.end).max(),
                (end..<min(tokens.count, end + documentHeadingReach + 1)).contains(where: {
                    $0 > 0 && gap(before: $0, tokens: tokens, text: text).contains(":")
                })
            else { continue }
            for inside in index..<end
            where tags[inside].contains(where: { $0.classID == caution && $0.end <= end }) {
                tags[inside].removeAll { $0.classID == caution && $0.end <= end }
                dropped = true
            }
        }
        guard dropped else { return }
        present[caution] = tags.contains { list in list.contains { $0.classID == caution } }
    }

    /// Removes `@other-domain` from a word of another domain that is the subject of a verb of
    /// saying right after it, with only spacing between (`@naming-verb`, WordNet's verbs of
    /// saying: "the company's website said", "the website states"; `@speech-claim-verb`:
    /// "the website claims", "the page promised"): the page is where the claim was said, and
    /// the claim it reports is the sentence's. A website that is what the sentence speaks of
    /// ("antivirus that clears viruses from your website") keeps its vote.
    static func dropSpeakingDomains(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let other = lexicon.classID("other-domain"), present[other] else { return }
        let verbs = ["naming-verb", "speech-claim-verb"].compactMap(lexicon.classID)
            .filter { present[$0] }
        guard !verbs.isEmpty else { return }
        var dropped = false
        for index in tags.indices {
            guard let end = tags[index].filter({ $0.classID == other }).map(\.end).max(),
                end < tokens.count, !isPunctuated(before: end, tokens: tokens, text: text),
                tags[end].contains(where: { verbs.contains($0.classID) })
            else { continue }
            tags[index].removeAll { $0.classID == other }
            dropped = true
        }
        guard dropped else { return }
        present[other] = tags.contains { list in list.contains { $0.classID == other } }
    }
}
