/// Coined product names: a capitalised word that is no known word, written as a name, and
/// built on a condition's name ("HyperTensa Relief tablets", "Diabetix capsules").
extension Lexicon {
    /// How many words after a capitalised word a `product-form` word ("drops") makes it a name.
    static let productFormWindow = 3

    /// Marks the tokens of every coined name built on a condition's name. A word counts as a
    /// name when it is camel-case, or followed by another capitalised word, or by a
    /// `product-form` word within `productFormWindow` words, or is one solid word of a
    /// disease's stem and a cure ending; hashtags are left to the segmenter.
    func markCoinedNames(_ tokens: inout [Token], in scalars: [Unicode.Scalar]) {
        guard let vocabulary else { return }
        var index = 0
        while index < tokens.count {
            // The pieces of a camel-case name share the name's offsets.
            var end = index + 1
            while end < tokens.count, tokens[end].start == tokens[index].start { end += 1 }
            defer { index = end }
            let token = tokens[index]
            guard !token.isHashtag, token.end - token.start >= ConditionVocabulary.coinedOverlap,
                scalars[token.start].properties.isUppercase
            else { continue }
            let isCamel = end - index > 1 || token.isNamePiece
            let nextIsCapital =
                end < tokens.count && scalars[tokens[end].start].properties.isUppercase
            let formFollows = tokens[end..<min(tokens.count, end + Self.productFormWindow)]
                .contains { productForms.contains($0.term) }
            var word = ""
            word.unicodeScalars.append(contentsOf: scalars[token.start..<token.end])
            let lower = word.lowercased()
            // One solid word that is a disease's stem or combining form run into a cure ending
            // ("Psorifree scalp tonic", "Arthrease"), no word of a dictionary (asked below), is
            // a coined name wherever it stands: the word itself is the name's mark.
            let stemAndCure = isStemAndCure(lower) || isFormAndCure(lower)
            guard isCamel || nextIsCapital || formFollows || stemAndCure else { continue }
            guard
                vocabulary.coinedCondition(lower) != nil || stemAndCure
                    || (isCamel && isConditionStemAndCure(word, vocabulary: vocabulary))
                    || (isCamel && clippedCondition(in: word, vocabulary: vocabulary) != nil)
                    || (!isCamel && isConditionRunIntoWord(lower, vocabulary: vocabulary))
            else {
                continue
            }
            // A word WordNet knows is that word, not a name coined on a condition's: "Keratin
            // and biotin capsules" name a protein, not keratitis (asked last: the list is read
            // only when a name looks coined).
            if !isCamel, Self.isKnownWord(lower) { continue }
            for piece in index..<end { tokens[piece].isCoinedName = true }
        }
    }

    /// Whether WordNet (or the condition vocabulary) knows a lowercase word: its stem is in
    /// `Vocabulary/known-words.txt` (`TaggedSentence.knownStems`).
    static func isKnownWord(_ lower: String) -> Bool {
        TaggedSentence.knownStems?.contains(Stemmer.stem(lower)) == true
    }

    /// The fewest letters of a condition's whole name and of the word after it that a solid
    /// coined name runs together ("gout" + "eze").
    static let runNameMinimum = 4
    static let runWordMinimum = 3

    /// Whether a solid coined word (lowercase) runs a condition's whole one-word name into a
    /// `@cure-ending` or a word a dictionary knows, as a camel-case name writes them apart
    /// ("Gouteze" as "GoutEze", "Lupuskind"): split at every point that leaves four letters
    /// or more before it and three or more after it, the part before a disease or symptom of
    /// the vocabulary that needs no health context (no everyday sense). A bare possessive
    /// eponym ("raynaud", "crohn") counts only before a cure ending ("Raynaudeze"): a surname
    /// run into a word is as often another surname or a place ("Coriell", "Wilsonstone"). A
    /// product named after a disease claims to treat it whatever the rest of the name says
    /// (21 CFR 101.93(g)(2)(iv)(A)). The caller asks for the name's shape (a capital word or a
    /// `product-form` word after it) and that the whole word is no word of a dictionary.
    func isConditionRunIntoWord(_ lower: String, vocabulary: ConditionVocabulary) -> Bool {
        let scalars = Array(lower.unicodeScalars)
        guard scalars.count >= Self.runNameMinimum + Self.runWordMinimum,
            scalars.allSatisfy({ $0.properties.isAlphabetic })
        else { return false }
        for split in Self.runNameMinimum...(scalars.count - Self.runWordMinimum) {
            let rest = String(String.UnicodeScalarView(scalars[split...]))
            let cure = cureEndings.contains(Stemmer.stem(rest))
            guard cure || Self.isKnownWord(rest) else { continue }
            let name = String(String.UnicodeScalarView(scalars[..<split]))
            let terms = Tokenizer.terms(name)
            guard terms.count == 1, let found = vocabulary.longestPhrase(terms, at: 0),
                found.end == 1
            else { continue }
            if found.values.contains(where: { value in
                let index = Int(value)
                let kind = vocabulary.kind(at: index)
                let sense = vocabulary.sense(at: index)
                return (kind == .disease || kind == .symptom)
                    && (sense == .plain || (sense == .eponym && cure))
            }) {
                return true
            }
        }
        return false
    }

    /// Whether a camel-case name joins a condition's stem to a cure ending ("WithdrawalAway",
    /// "DepreSolve", "VertiGone"): its last piece is a `@cure-ending`, and the pieces before
    /// it are a `@disease-stem`; or the beginning (five letters or more, and half the name or
    /// more) of a one-word condition name of the vocabulary, itself no known word and no
    /// `@organ-stem` ("Sleep" is no stem of "sleepiness"); or a word
    /// that, followed by a word for a disease (`@disease-word`: "disorder", "syndrome"), is a
    /// condition of the vocabulary ("withdrawal disorder") and is itself no health target,
    /// organ or body part ("sleep disorder" does not make "SleepAway" a claim).
    func isConditionStemAndCure(_ word: String, vocabulary: ConditionVocabulary) -> Bool {
        guard let pieces = HashtagSegmenter.camelPieces(Array(word.unicodeScalars)),
            let ending = pieces.last,
            cureEndings.contains(Stemmer.stem(ending))
        else { return false }
        let stem = pieces.dropLast().joined()
        if diseaseStems.contains(stem) { return true }
        let count = stem.unicodeScalars.count
        guard count >= 5 else { return false }
        let term = Stemmer.stem(stem)
        if !words(ofClass: "organ-stem").contains(term), !hashtags.words.contains(stem),
            vocabulary.hasName(startingWith: stem, atLeastHalf: true)
        {
            return true
        }
        let bodily = ["health-target", "organ", "body-part", "internal-organ"]
        guard !bodily.contains(where: { words(ofClass: $0).contains(term) }) else {
            return false
        }
        return words(ofClass: "disease-word").contains { diseaseWord in
            vocabulary.matches(in: [term, diseaseWord]).contains { $0.start == 0 && $0.end == 2 }
        }
    }

    /// The condition a camel-case name is built on by a clipped piece ("ScoliStraight":
    /// "scoliosis"; "NeuropaStop": "neuropathy"), or `nil`. A piece before the last one is
    /// read as the beginning of a one-word condition name when it keeps
    /// `HashtagSegmenter.clippedMinimum` letters or more and at least half of the name, is no
    /// known word (but a `@disease-stem`) and no `@organ-stem`, and every known word that begins with it is of the
    /// condition's family (shares all of a name beginning with the piece but its last three
    /// letters, six or more: "diabetic" with "diabetes"). A beginning shared with a word of
    /// another family is no condition's ("Calci" also begins "calcium", "Lumba" "lumbar").
    /// A product named after a disease claims to treat it whatever the rest of the name says
    /// (21 CFR 101.93(g)(2)(iv)(A): the name of the product), as a whole name does ("GoutAway").
    func clippedCondition(in word: String, vocabulary: ConditionVocabulary) -> String? {
        guard let pieces = HashtagSegmenter.camelPieces(Array(word.unicodeScalars)) else {
            return nil
        }
        let organStems = words(ofClass: "organ-stem")
        for piece in pieces.dropLast() {
            let length = piece.unicodeScalars.count
            // A `@disease-stem` is a known word only as the lexicon's own clipping.
            guard length >= HashtagSegmenter.clippedMinimum,
                diseaseStems.contains(piece) || !hashtags.isKnownWord(piece),
                !organStems.contains(Stemmer.stem(piece))
            else { continue }
            let candidates = vocabulary.names(startingWith: piece)
            guard let name = candidates.first(where: { 2 * length >= $0.unicodeScalars.count })
            else { continue }
            let ofFamily = hashtags.knownWords(startingWith: piece).allSatisfy { other in
                other == piece || candidates.contains { Self.sharesFamily(other, $0) }
            }
            if ofFamily { return name }
        }
        return nil
    }

    /// Whether a word shares all but the last three letters (six or more) of a condition's
    /// name: the name's family ("insomniac" of "insomnia", "psoriatic" of "psoriasis").
    static func sharesFamily(_ word: String, _ name: String) -> Bool {
        var shared = 0
        for (a, b) in zip(word.unicodeScalars, name.unicodeScalars) {
            guard a == b else { break }
            shared += 1
        }
        return shared >= max(ConditionVocabulary.coinedOverlap, name.unicodeScalars.count - 3)
    }

    /// The fewest letters of a disease's combining form and of a cure ending that a coined
    /// word joins in one ("arthr" + "ease").
    static let joinedFormMinimum = 4
    static let joinedEndingMinimum = 3

    /// Whether a coined word (lowercase) is a disease's combining form or stem
    /// (`@disease-combining-form`, `@disease-stem`) run into a cure ending of `@cure-ending`
    /// with no capital or hyphen between ("Arthrease": "arthr" + "ease"; "Sinueze",
    /// "Migrazero"): split at every point that leaves four letters or more before it and three
    /// or more after it. A word of a dictionary never gets here (`markCoinedNames` asks).
    func isFormAndCure(_ lower: String) -> Bool {
        let scalars = Array(lower.unicodeScalars)
        guard !diseaseStems.isEmpty,
            scalars.count >= Self.joinedFormMinimum + Self.joinedEndingMinimum
        else { return false }
        for split in Self.joinedFormMinimum...(scalars.count - Self.joinedEndingMinimum) {
            let form = String(String.UnicodeScalarView(scalars[..<split]))
            guard diseaseStems.contains(form) else { continue }
            let ending = String(String.UnicodeScalarView(scalars[split...]))
            if cureEndings.contains(Stemmer.stem(ending)) { return true }
        }
        return false
    }

    /// Whether a coined word is a disease stem of `@disease-stem` joined to a cure ending of
    /// `@cure-ending` ("Migrastop": "migra" + "stop"), split like a hashtag.
    func isStemAndCure(_ word: String) -> Bool {
        guard !diseaseStems.isEmpty,
            let pieces = hashtags.segments(Array(word.unicodeScalars)), pieces.count == 2
        else { return false }
        return diseaseStems.contains(pieces[0]) && cureEndings.contains(Stemmer.stem(pieces[1]))
    }
}
