extension TaggedSentence {
    /// Whether the condition phrase `start..<end` is written as a name: one word English writes
    /// with a small letter (`@common-condition`: "measles", "flu", "cholera"; from WordNet by
    /// `.ci/derive-holders`) written with a capital and then small letters inside a sentence,
    /// with no capitalised word beside it. A capital a sentence or a clause does not ask for
    /// makes the word a name of its own, a pet's, a book's or a song's ("Meet Measles, our
    /// Dalmatian", "our shop cat is called Flu", "Love in the Time of Cholera is our book
    /// club pick"), not the illness. A capitalised word beside it is a name of several words
    /// that may be a product's ("SugarStop Diabetes Defense Tea") and keeps the condition; the
    /// sentence's first word, or the first after a colon, a dash, a bracket or a quotation mark,
    /// has its capital from its place.
    static func isWrittenAsName(
        _ start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Bool {
        guard start > 0, end == start + 1, let common = lexicon.classID("common-condition"),
            tags[start].contains(where: { $0.classID == common && $0.end == end }),
            isCapitalised(tokens[start], text: text)
        else { return false }
        // The capital of a word that opens a clause is its place's.
        var before = tokens[start].start - 1
        while before >= 0, text[before].properties.isWhitespace { before -= 1 }
        if before >= 0, ":;(\"“‘'—–-•".unicodeScalars.contains(text[before]) { return false }
        if start - 1 > 0, startsCapitalised(tokens[start - 1], text: text) { return false }
        if end < tokens.count, startsCapitalised(tokens[end], text: text) { return false }
        return true
    }

    /// Whether the condition phrase `start..<end` is written inside a name of several
    /// capitalised words that names something other than the product: the name of a work (a
    /// naming noun right before it: "the album Fever Dream", "the novel The Plague Years"), of
    /// a place or an organisation's thing (a thing's noun, `@holder-noun`, written small right
    /// after it: "the Cancer Research shop", "the Polio Memorial garden"), or a name whose last
    /// word, after the condition, is a thing's or an organisation's noun (`@holder-noun`,
    /// `@organisation-noun`: "Heartbreak Hotel", "the Cystic Fibrosis Trust", "Plague Inc."). Every word of the
    /// condition and of the name starts with a capital, and none is the product's
    /// (`@product-topic`, `@substance`, a coined name): "SugarStop Diabetes Defense tea" is a
    /// product's name.
    static func isWrittenInTitle(
        _ start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Bool {
        guard end > start, end <= tokens.count,
            tokens[start..<end].allSatisfy({ startsCapitalised($0, text: text) })
        else { return false }
        func spaced(_ index: Int) -> Bool {
            gap(before: index, tokens: tokens, text: text).allSatisfy { $0 == " " }
        }
        let (first, last) = capitalisedRun(
            around: start, end, tokens: tokens, text: text, joined: spaced)
        guard last - first >= 2,
            !namesTheProduct(
                first..<last, sparing: start..<start, tokens: tokens, tags: tags,
                lexicon: lexicon)
        else { return false }
        if first > 0, spaced(first),
            let word = ConditionVocabulary.writtenForm(at: first - 1, of: tokens, in: text),
            titleNouns.contains(word)
        {
            return true
        }
        // The name's own head, its last word after the condition: a thing's noun, an
        // organisation's or a place's ("Heartbreak Hotel", "the Cystic Fibrosis Trust", "Plague
        // Inc.", "the Malaria Research Field Station"): the
        // name names that thing; but a head that ends a condition (`@cure-ending`: "Tinnitus
        // Silencer", "Acne Eraser") names a remedy for it, a product's name.
        let heads = ["holder-noun", "organisation-noun", "place-noun"].compactMap(lexicon.classID)
        let remedy = lexicon.classID("cure-ending")
        if last - 1 >= end,
            tags[last - 1].contains(where: { heads.contains($0.classID) && $0.end == last }),
            !tags[last - 1].contains(where: { $0.classID == remedy })
        {
            return true
        }
        let product = [lexicon.classID("product-topic"), lexicon.classID("substance")]
            .compactMap { $0 }
        guard last < tokens.count, spaced(last), !startsCapitalised(tokens[last], text: text),
            let holder = lexicon.classID("holder-noun"),
            tags[last].contains(where: { $0.classID == holder && $0.end == last + 1 }),
            !tags[last].contains(where: { product.contains($0.classID) })
        else { return false }
        return true
    }

    /// Whether the condition phrase starting at `start` is mentioned as a word, not used: right
    /// after "word" or "term" (or "words", "terms"), with "for" or a quotation mark between at
    /// most ("the word influenza comes from the Italian", "a fancy word for fever", "the term
    /// 'gout' once meant a drop"). A word names the word, not the illness. "Term" after "long",
    /// "short", "mid" or "near", or joined to the word before it by a hyphen, is a span of time
    /// ("long-term arthritis relief"), not a word.
    static func isMentionedAsWord(
        _ start: Int, tokens: [Token], text: [Unicode.Scalar]
    ) -> Bool {
        var index = start - 1
        if index >= 0, tokens[index].term == "for" { index -= 1 }
        guard index >= 0, ["word", "term"].contains(tokens[index].term) else { return false }
        let between = gap(before: index + 1, tokens: tokens, text: text)
        guard between.allSatisfy({ $0 == " " || "\"“”'‘’".unicodeScalars.contains($0) })
        else { return false }
        if tokens[index].term == "term", index > 0 {
            if ["long", "short", "mid", "near"].contains(tokens[index - 1].term) { return false }
            if gap(before: index, tokens: tokens, text: text).contains("-") { return false }
        }
        return true
    }

    /// Nouns that name a work by its title right after them: "the album Fever Dream".
    private static let titleNouns: Set<String> = [
        "album", "book", "novel", "film", "movie", "song", "single", "track", "show", "series",
        "play", "musical", "opera", "game", "podcast", "poem", "painting", "exhibition",
        "magazine", "band", "title", "episode", "documentary", "memoir",
    ]

    /// Whether a word is written with a capital and then small letters only ("Flu", not "FLU"
    /// or "AFib").
    static func isCapitalised(_ token: Token, text: [Unicode.Scalar]) -> Bool {
        guard token.start < token.end, token.end <= text.count,
            text[token.start].properties.isUppercase
        else { return false }
        return !text[(token.start + 1)..<token.end].contains { $0.properties.isUppercase }
    }

    /// Whether a word starts with a capital.
    static func startsCapitalised(_ token: Token, text: [Unicode.Scalar]) -> Bool {
        token.start < text.count && text[token.start].properties.isUppercase
    }

    /// The name of capitalised words around `start..<end`: the words before and after it that
    /// start with a capital and are `joined` to their neighbour (the gap before the word's
    /// index); the name's first index and the index past its last word.
    static func capitalisedRun(
        around start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar],
        joined: (Int) -> Bool
    ) -> (first: Int, last: Int) {
        var first = start
        while first > 0, startsCapitalised(tokens[first - 1], text: text), joined(first) {
            first -= 1
        }
        var last = end
        while last < tokens.count, startsCapitalised(tokens[last], text: text), joined(last) {
            last += 1
        }
        return (first, last)
    }

    /// Whether a name's words `run` are the product's: a coined name or a name piece anywhere
    /// in it, or `@product-topic` / `@substance` on a word outside `sparing` (the words the
    /// caller asks about, which may be a substance themselves: "Valium").
    static func namesTheProduct(
        _ run: Range<Int>, sparing: Range<Int>, tokens: [Token],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Bool {
        let product = [lexicon.classID("product-topic"), lexicon.classID("substance")]
            .compactMap { $0 }
        return run.contains { index in
            tokens[index].isCoinedName || tokens[index].isNamePiece
                || (!sparing.contains(index)
                    && tags[index].contains { product.contains($0.classID) })
        }
    }
}
