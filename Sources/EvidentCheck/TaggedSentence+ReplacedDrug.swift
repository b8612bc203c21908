/// The drug slot (rules K3-K6 of `.ci/vocab/derive-drug-kinds.py`): copy offers its product in
/// place of a drug it names by name, the reader's or their child's, partner's or animal's
/// ("swap your dog's Apoquel for our chews", "stop giving your mare Bute and switch her to our
/// pellets", "wean your cat off methimazole with our drops"). No list of drugs is complete:
/// the slot after a verb of exchanging or ceasing and its holder names the drug, when the word
/// there is one a source files as a drug, or a brand (a capitalised word nothing the checker
/// knows) for which a dose of a product is offered.
extension TaggedSentence {
    /// The words between a verb and its object that leave the object's slot where it is: "off"
    /// of "wean your cat off …", "come off …".
    static let drugSlotParticles: Set<String> = Set(["off", "of"].map { Stemmer.stem($0) })
    /// The possessives of the product's maker: "for our set" names what the product is for.
    static let ownPossessives: Set<String> = Set(["our", "my"].map { Stemmer.stem($0) })

    /// Tags `@replaced-drug` from a verb of exchanging or ceasing (`@exchange-verb`,
    /// `@quit-verb`, `@discard-verb`) to the drug in its object's slot: after the verb, at
    /// most one `@dose-gerund` ("giving"), at most two determiners or possessives and one
    /// possessive noun ("your dog's", "our son's"), or a living holder as an indirect object
    /// ("giving your mare"), or any one word before "off" ("wean your lurcher off"), "off",
    /// and again at most two determiners;
    /// the slot's word, with only spaces before it from the verb on, is
    /// - a drug a source names (`@mesh-drug`, `@branded-drug`, `@drug-kind`, `@drug`,
    ///   `@drug-name`), or clipped as patients clip it (`@clipped-drug`, rule K7: "stop the
    ///   levo", "bin the amlo"), that is no catalog `@substance`, with any product the copy sells
    ///   (`@product-topic`, `@substance`) named after it in the sentence; or
    /// - a brand: written with a capital, four letters or more, in no class, a word neither
    ///   WordNet nor the condition vocabulary knows (rule U3's `knownStems`), with a dose of a
    ///   product (`@dose-product`: not a food or a drink) named after it in the sentence ("swap
    ///   your Keurig for our pour-over set" and "ditch your Nespresso" offer no dose), or with
    ///   "for" and a part of a body or a condition right after it (`@complaint-location`,
    ///   `@body-noun`, a vocabulary disease or symptom: "ditch the Rimadyl for your old boy's
    ///   hips").
    static func tagReplacedDrugs(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let marker = lexicon.classID("replaced-drug") else { return }
        let verbs = ["exchange-verb", "quit-verb", "discard-verb"].compactMap {
            lexicon.classID($0)
        }.filter { present[$0] }
        guard !verbs.isEmpty else { return }
        let named = [
            "mesh-drug", "branded-drug", "drug-kind", "drug", "drug-name", "clipped-drug",
        ].compactMap {
            lexicon.classID($0)
        }
        let substance = lexicon.classID("substance")
        let gerund = lexicon.classID("dose-gerund")
        let holders = ["animal-kind", "arc-kin", "living-body"].compactMap { lexicon.classID($0) }
        let anyProduct = [lexicon.classID("product-topic"), substance].compactMap { $0 }
        let doseProduct = [lexicon.classID("dose-product")].compactMap { $0 }
        let bodyParts =
            ["complaint-location", "body-noun"].compactMap { lexicon.classID($0) }
            + ["condition-disease", "condition-symptom"].flatMap {
                lexicon.vocabularyLabels[$0] ?? []
            }
        func end(_ word: Int, _ ids: [Int]) -> Int? {
            guard word < tokens.count else { return nil }
            return tags[word].filter { ids.contains($0.classID) }.map(\.end).max()
        }
        func spaced(_ word: Int) -> Bool {
            word < tokens.count
                && !gap(before: word, tokens: tokens, text: text).contains(where: {
                    !$0.properties.isWhitespace
                })
        }
        func determiners(from start: Int) -> Int {
            var word = start
            while word < start + 2, spaced(word),
                complaintDeterminers.contains(tokens[word].term)
                    || complaintPossessives.contains(tokens[word].term)
                    || tokens[word].term == "all"
            {
                word += 1
            }
            return word
        }
        func isBrand(_ word: Int) -> Bool {
            let token = tokens[word]
            guard token.end - token.start >= 4, token.end <= text.count,
                text[token.start].properties.isUppercase, tags[word].isEmpty,
                !token.isHashtag, !token.isPossessive, let known = knownStems
            else { return false }
            return !known.contains(token.term)
        }
        // Whether a product of one of `ids` is named after the slot's word, in the sentence.
        func offered(after word: Int, _ ids: [Int]) -> Bool {
            (word..<tokens.count).contains { end($0, ids) != nil }
        }
        // Whether "for" and a part of a body or a condition follow the slot's word, a noun
        // phrase of at most four words ("ditch the Rimadyl for your old boy's hips", "throw away
        // the Gaviscon for your heartburn"): what is taken for a part of a body or a condition is
        // a medicine.
        func takenFor(after word: Int) -> Bool {
            guard spaced(word), tokens[word].term == "for", word + 1 < tokens.count,
                !ownPossessives.contains(tokens[word + 1].term)
            else { return false }
            for at in (word + 1)..<min(word + 6, tokens.count) {
                guard spaced(at) else { return false }
                // the phrase's head: a part named alone, not a compound's first piece
                // ("for our hand-thrown set", "for your wrist strap")
                if let last = end(at, bodyParts),
                    endsObjectPhrase(after: last - 1, tokens: tokens, text: text, lexicon: lexicon)
                {
                    return true
                }
            }
            return false
        }
        for verb in tokens.indices {
            guard let verbEnd = end(verb, verbs) else { continue }
            var word = verbEnd
            if spaced(word), end(word, [gerund].compactMap { $0 }) != nil { word += 1 }
            word = determiners(from: word)
            if spaced(word), tokens[word].isPossessive {
                word += 1
            } else if spaced(word), let holder = end(word, holders), holder < tokens.count,
                spaced(holder)
            {
                // an indirect object ("giving your mare Bute") or a holder before "off"
                word = holder
            } else if spaced(word), word + 1 < tokens.count, spaced(word + 1),
                drugSlotParticles.contains(tokens[word + 1].term)
            {
                // whoever is weaned off it ("wean your lurcher off …")
                word += 1
            }
            if spaced(word), drugSlotParticles.contains(tokens[word].term) {
                word = determiners(from: word + 1)
            }
            guard spaced(word) else { continue }
            let slotEnd: Int
            if let drugEnd = end(word, named), end(word, [substance].compactMap { $0 }) == nil,
                offered(after: drugEnd, anyProduct)
            {
                slotEnd = drugEnd
            } else if isBrand(word),
                offered(after: word + 1, doseProduct) || takenFor(after: word + 1)
            {
                slotEnd = word + 1
            } else {
                continue
            }
            tags[verb].append((marker, slotEnd))
            present[marker] = true
        }
    }
}
