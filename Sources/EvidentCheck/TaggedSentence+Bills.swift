/// Rule N11 of `.ci/derive-senses` (session 27): a name on a bill. Bands, acts and shows are
/// named with condition words ("Arthritic Knees headline the Saturday stage", "Tickets for the
/// Broken Bones reunion tour", "supported by The Night Sweats"); a condition written inside
/// such a name is a word of the name, not the illness.
extension TaggedSentence {
    /// Whether the condition phrase `start..<end` lies in a name of capitalised words that
    /// names an act, a show or a work the sentence speaks of: every word of the phrase starts
    /// with a capital, inside a run of two capitalised words or more joined by spaces, a word
    /// after the run's first written with a capital and then small letters (a capital no place
    /// asks for: a sentence's or a clause's first word has its capital from its place, and a
    /// line written in capitals has no name in it); no word of the run is the product's (a
    /// coined name, `@product-topic`, `@substance`), nor does the sentence name a product or a
    /// substance anywhere; and the name is one by its own article (the run opens with "The"
    /// and names the condition after it: "supported by The Night Sweats", "The Tennis Elbows
    /// reunite"), another name of the sentence opens with a "The" written with a capital after
    /// a space ("Septic Tonsils, supported by The Chilblains": a bill of acts), or the sentence
    /// names a work, a show or a performer outside the run
    /// (`@work-noun`, `@performer-noun`, rule N6: "headline", "tickets", "tour", "five-piece",
    /// "comedy"). Product copy written in capitals names its product ("RheumaGone Arthritis
    /// Cure Tablets", "The Common Cold is no match for our zinc lozenges").
    /// Returns the name's words, which are no words of the sentence: a part of the body in an
    /// act's name ("Septic Tonsils", "Tennis Elbows") is no body the sentence speaks of.
    static func nameOnBill(
        _ start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Range<Int>? {
        guard end > start, end <= tokens.count,
            tokens[start..<end].allSatisfy({ startsCapitalised($0, text: text) })
        else { return nil }
        func spaced(_ index: Int) -> Bool {
            let space = gap(before: index, tokens: tokens, text: text)
            return !space.isEmpty && space.allSatisfy { $0 == " " }
        }
        let (first, last) = capitalisedRun(
            around: start, end, tokens: tokens, text: text, joined: spaced)
        // A capital no place asks for: a "The" inside the sentence opening the name, or a word
        // after the name's first that is not a one-word condition itself (a condition English
        // writes with a capital names itself: "Drives Lyme bacteria out").
        let article = tokens[first].term == "the" && start > first
        let placed =
            first == 0 || !gap(before: first, tokens: tokens, text: text).allSatisfy { $0 == " " }
        guard last - first >= 2,
            (article && !placed)
                || ((first + 1)..<last).contains(where: { index in
                    (index != start || end - start > 1 || article)
                        && tokens[index].end - tokens[index].start >= 2
                        && isCapitalised(tokens[index], text: text)
                })
        else { return nil }
        let product = ["product-topic", "substance"].compactMap(lexicon.classID)
        guard !tokens[first..<last].contains(where: { $0.isCoinedName || $0.isNamePiece }),
            !tags.contains(where: { $0.contains { product.contains($0.classID) } })
        else { return nil }
        if article { return first..<last }
        // Another name on the bill with its own "The", written with a capital inside the
        // sentence ("Septic Tonsils, supported by The Chilblains").
        let named = tokens.indices.contains { index in
            index > 0 && index + 1 < tokens.count && !(first..<last).contains(index)
                && tokens[index].term == "the"
                && startsCapitalised(tokens[index], text: text)
                && startsCapitalised(tokens[index + 1], text: text) && spaced(index + 1)
                && gap(before: index, tokens: tokens, text: text).allSatisfy {
                    $0 == " " || $0 == ":"
                }
        }
        if named { return first..<last }
        let works = ["work-noun", "performer-noun"].compactMap(lexicon.classID)
        let voted = tags.indices.contains { index in
            !(first..<last).contains(index)
                && tags[index].contains { works.contains($0.classID) }
        }
        return voted ? first..<last : nil
    }
}

/// A thing described by a condition's participle (session 27): "a nearsighted camera". A
/// condition of the vocabulary written as a past participle right before a thing's noun
/// describes the thing, whoever holds it. ("infected" is `@disease-word`'s, a class of
/// lexicon.yaml, not the vocabulary's: "the app's infected update" is not read here.)
extension TaggedSentence {
    /// Whether the one-word condition at `start..<end` is written small as a past participle
    /// ("-ed", five letters or more) right before a thing's noun, a space between
    /// (`@holder-noun`, `@thing-holder`, from WordNet by `.ci/derive-holders`; not a
    /// substance's or a product's word): "the new lens cures a nearsighted camera". A part of
    /// the body or a person is no thing ("nearsighted children").
    static func isThingDescribed(
        _ start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Bool {
        guard end == start + 1, end < tokens.count,
            gap(before: end, tokens: tokens, text: text).allSatisfy({ $0 == " " })
        else { return false }
        let written = String(
            String.UnicodeScalarView(
                text[tokens[start].start..<min(tokens[start].end, text.count)]))
        guard written.count >= 5, written.hasSuffix("ed"), written == written.lowercased()
        else { return false }
        let holders = ["holder-noun", "thing-holder"].compactMap(lexicon.classID)
        let excluded = ["substance", "product-topic"].compactMap(lexicon.classID)
        return tags[end].contains { holders.contains($0.classID) && $0.end == end + 1 }
            && !tags[end].contains { excluded.contains($0.classID) }
    }
}
