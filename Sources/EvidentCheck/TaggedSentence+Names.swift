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

    /// Whether a word is written with a capital and then small letters only ("Flu", not "FLU"
    /// or "AFib").
    private static func isCapitalised(_ token: Token, text: [Unicode.Scalar]) -> Bool {
        guard token.start < token.end, token.end <= text.count,
            text[token.start].properties.isUppercase
        else { return false }
        return !text[(token.start + 1)..<token.end].contains { $0.properties.isUppercase }
    }

    /// Whether a word starts with a capital.
    private static func startsCapitalised(_ token: Token, text: [Unicode.Scalar]) -> Bool {
        token.start < text.count && text[token.start].properties.isUppercase
    }
}
