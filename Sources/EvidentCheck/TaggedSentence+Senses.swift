/// Rule L8 of the sense gate: where a condition with an everyday sense ("stroke", "shock",
/// "concussion", "scours") is placed in a living body, it names the condition.
extension TaggedSentence {
    /// The determiners of a thing fallen ill with, between the verb and the condition ("never
    /// have a stroke", "won't get another cold", "will never suffer any fits").
    static let illnessDeterminers: Set<String> = Set(
        ["a", "an", "another", "any", "one", "the"].map { Stemmer.stem($0) })

    /// Rule L8b (checker, session 34): a condition with an everyday sense that is the whole
    /// object of a negated future of falling ill (`@future-negation` then `@fall-ill-verb`,
    /// at most one determiner between: "you'll never have a stroke", "you won't get a cold
    /// this winter") is the illness one falls ill with, as after "catch" (rule U13, whose
    /// phrases the lexicon lists as a health context for the whole sentence). Only the object
    /// itself is read, ending its noun phrase, not before "of": "you'll never have a cold
    /// coffee again" is a drink, "you'll never have a stroke of bad luck" a chance.
    static func fallenIllObject(
        _ start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Bool {
        guard let fallIll = lexicon.classID("fall-ill-verb"),
            let negation = lexicon.classID("future-negation"), start > 1,
            endsObjectPhrase(after: end - 1, tokens: tokens, text: text, lexicon: lexicon),
            end >= tokens.count || isPunctuated(before: end, tokens: tokens, text: text)
                || tokens[end].term != Stemmer.stem("of")
        else { return false }
        func spaced(_ word: Int) -> Bool {
            !isPunctuated(before: word, tokens: tokens, text: text)
        }
        var verbEnd = start
        if spaced(start), illnessDeterminers.contains(tokens[start - 1].term) {
            verbEnd = start - 1
        }
        guard verbEnd > 1, spaced(verbEnd) else { return false }
        for verb in max(0, verbEnd - 4)..<verbEnd
        where tags[verb].contains(where: { $0.classID == fallIll && $0.end == verbEnd }) {
            if (0..<verb).contains(where: { at in
                tags[at].contains { $0.classID == negation && $0.end == verb }
            }) || contractedNegation(before: verb, tokens: tokens, text: text) {
                return true
            }
        }
        return false
    }

    /// The pronouns that stand for a living holder between a verb of rescuing and "from"
    /// ("saved him from", "brought her back from").
    static let rescuedPronouns: Set<String> = Set(
        ["me", "us", "him", "her", "them", "you"].map { Stemmer.stem($0) })
    /// How many words the holder between a verb of rescuing and "from" may take ("saved the
    /// whole litter of puppies from" is five).
    static let rescuedHolderReach = 5

    /// Rule L8c (checker, session 38): a condition with an everyday sense that is the whole
    /// object of "from" after a verb of rescuing a living holder (`@rescue-verb`: "rescued our
    /// ponies from strangles", "saves puppies from parvo"; `@return-verb` with "back":
    /// "brought my old cob back from the staggers") is the illness the holder had, as the
    /// object of a negated future of falling ill is (rule L8b). The holder, between the verb
    /// and "from" with no punctuation, is an animal (`@animal-kind`, `@living-body`), a person
    /// (`@eu-function-person`: "children", "my son") or a pronoun: a thing rescued ("saved the
    /// project from the doldrums") has no illness. At most one determiner stands between
    /// "from" and the condition, which ends its noun phrase.
    static func rescuedFromObject(
        _ start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Bool {
        guard let rescue = lexicon.classID("rescue-verb"), start > 2,
            endsObjectPhrase(after: end - 1, tokens: tokens, text: text, lexicon: lexicon)
        else { return false }
        func spaced(_ word: Int) -> Bool {
            !isPunctuated(before: word, tokens: tokens, text: text)
        }
        var from = start - 1
        if illnessDeterminers.contains(tokens[from].term), spaced(start) { from -= 1 }
        guard from > 1, tokens[from].term == Stemmer.stem("from"), spaced(from + 1),
            spaced(from)
        else { return false }
        // "brought … back from": the verb of returning takes "back" before "from".
        var holderEnd = from
        var verbs: Set<Int> = [rescue]
        if tokens[from - 1].term == Stemmer.stem("back") {
            holderEnd = from - 1
            if let returning = lexicon.classID("return-verb") { verbs.insert(returning) }
        }
        let living = Set(
            ["animal-kind", "living-body", "eu-function-person"].compactMap(lexicon.classID))
        for verb in max(0, holderEnd - rescuedHolderReach - 1)..<max(0, holderEnd - 1) {
            guard
                let verbEnd = tags[verb]
                    .filter({ verbs.contains($0.classID) && $0.end < holderEnd })
                    .map(\.end).max(),
                holderEnd - verbEnd <= rescuedHolderReach,
                (verbEnd...holderEnd).allSatisfy(spaced)
            else { continue }
            if (verbEnd..<holderEnd).contains(where: { word in
                rescuedPronouns.contains(tokens[word].term)
                    || tags[word].contains { living.contains($0.classID) }
            }) {
                return true
            }
        }
        return false
    }

    /// Whether "never" or "not" stands right before `word` after a word written with "'ll"
    /// ("you'll never", "she'll not"): the stemmer closes up the apostrophe ("youll"), so the
    /// lexicon's "ll never" of `@future-negation` does not reach the written contraction.
    static func contractedNegation(
        before word: Int, tokens: [Token], text: [Unicode.Scalar]
    ) -> Bool {
        guard word >= 2, ["never", "not"].contains(tokens[word - 1].term) else { return false }
        let token = tokens[word - 2]
        guard token.end - token.start > 3, token.end <= text.count else { return false }
        let tail = text[(token.end - 3)..<token.end].map {
            String($0).lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        }.joined()
        return tail == "'ll"
    }

    /// The prepositions that put a thing inside a part of the body ("a stroke in her spinal
    /// cord", "heaves in his lungs"). A surface preposition does not: what is on a face or a
    /// back may be a look or a touch ("the shock on her face", "long strokes on his back").
    static let interiorPrepositions: Set<String> = Set(
        ["in", "inside", "within"].map { Stemmer.stem($0) })
    /// The prepositions that put a thing on or against a part of the body: they place there a
    /// condition whose commonest sense is a state of the body (`@state-condition`: "a burn on
    /// my forearm", "a boil under his jaw", "a rash between her toes").
    static let surfacePrepositions: Set<String> = Set(
        ["on", "under", "underneath", "beneath", "between", "behind", "around", "across", "along"]
            .map { Stemmer.stem($0) })
    /// The words that name what a part of the body is protected from ("protects the brain
    /// from concussion").
    static let protectedFrom: Set<String> = Set(["from", "against"].map { Stemmer.stem($0) })
    /// How many words a clinician's naming may stand before the condition it names ("the vet
    /// said it was probably a stroke").
    static let namingReach = 6
    /// How many words a protecting verb may stand before "from" ("protects the brain of
    /// young football players from concussion").
    static let protectReach = 8
    /// The forms of "have" and "do", which after a condition make it a clause's subject ("the
    /// stroke had healed", "his stroke does the work").
    static let verbAfterCondition: Set<String> = Set(
        ["has", "have", "had", "having", "does", "do", "did"].map { Stemmer.stem($0) })

    /// Whether the condition at `start..<end` is placed in a living body: (1) inside a part
    /// of the body, or on one for a state of the body (`part` reads the part's phrase, as the
    /// located complaints do); (2) as
    /// what a part of the body is protected from, the object of a protecting verb ("shields a
    /// teenager's skull from concussion"); (3) named by a clinician in the same
    /// clause, with a verb of naming ("the vet said a spinal stroke", "the psychiatrist called
    /// it mania").
    static func embodied(
        _ start: Int, _ end: Int, clinician: Int?, bodied: Bool,
        part: (Int, Bool, Int) -> Int?, punctuated: (Int) -> Bool, tokens: [Token],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Bool {
        let count = tokens.count
        if bodied {
            // (1) "a stroke in her spinal cord", "a burn on my forearm"; not a part that names
            // a thing's middle ("a plague in the heart of the city", "shock in the face of
            // defeat").
            let state = lexicon.classID("state-condition").map { id in
                tags[start].contains { $0.classID == id && $0.end == end }
            }
            if end + 1 < count, !punctuated(end), !punctuated(end + 1),
                interiorPrepositions.contains(tokens[end].term)
                    || (state == true && surfacePrepositions.contains(tokens[end].term)),
                let partEnd = part(end + 1, false, 0),
                partEnd >= count || punctuated(partEnd) || tokens[partEnd].term != "of"
            {
                return true
            }
        }
        // (2) "protects the brain of young players from concussion damage": the protecting
        // verb's object, within `protectReach` words before "from" or "against", is a part of
        // the body; one word may qualify the condition ("from sudden shock"). An animal or a
        // person protected is not enough: a fence or a boot protects them from an electric
        // shock.
        if bodied, let protect = lexicon.classID("protect-verb") {
            var before = start - 1
            while before > 0, complaintDeterminers.contains(tokens[before].term) {
                before -= 1
            }
            if before > 1, !protectedFrom.contains(tokens[before].term),
                !lexicon.stopwords.contains(tokens[before].term), !punctuated(before + 1)
            {
                before -= 1
            }
            if before > 1, !punctuated(before + 1), protectedFrom.contains(tokens[before].term) {
                var verb = before - 1
                while verb >= 0, before - verb <= protectReach, !punctuated(verb + 1) {
                    if let tag = tags[verb].first(where: { $0.classID == protect }) {
                        if (tag.end..<before).contains(where: { at in
                            part(at, false, 0).map { $0 <= before } ?? false
                        }) {
                            return true
                        }
                        break
                    }
                    verb -= 1
                }
            }
        }
        // (3) "the vet said a spinal stroke": a clinician, a verb of naming (`@naming-verb`),
        // then the condition, which a verb of its own does not follow ("the physio said my
        // stroke was too short" speaks of the stroke, it does not name it).
        if let clinician, let naming = lexicon.classID("naming-verb"),
            end >= count || punctuated(end)
                || !(complaintCopulas.contains(tokens[end].term)
                    || complaintAuxiliaries.contains(tokens[end].term)
                    || verbAfterCondition.contains(tokens[end].term))
        {
            var word = start - 1
            var named = false
            while word >= 0, start - word <= namingReach + 1, !punctuated(word + 1) {
                if tags[word].contains(where: { $0.classID == naming && $0.end <= start }) {
                    named = true
                } else if named,
                    tags[word].contains(where: { $0.classID == clinician && $0.end <= start })
                {
                    return true
                }
                word -= 1
            }
        }
        return false
    }

    /// Rule N3 of the sense gate: a condition word that WordNet also files as a food
    /// (`@food-sense-condition`, `.ci/derive-senses`: "shakes", a milkshake) names the food
    /// after a food or a substance among the modifiers of its compound, joined by spaces or
    /// hyphens, at most `foodModifierReach` words back ("a banana shake", "tart cherry and whey
    /// shake", "whey and creatine shakes", and since session 26 "whey recovery shake", "meal
    /// replacement shakes", "chocolate recovery shakes"), or with a food or a substance right
    /// after "with", past a number or a determiner ("recovery shakes with potassium and
    /// sodium", "senior shakes with 20 g of protein"): the words name a drink, as "protein
    /// shake" does. A food is a noun with a food sense and no drug's (`@food-noun`) or a
    /// substance the catalog knows (`@substance`); "the alcohol shakes" (alcohol is a drug of
    /// abuse) keep the tremor, as do "the morning shakes" and "withdrawal shakes".
    static func isFoodNamed(
        _ start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Bool {
        guard end <= tokens.count, let named = lexicon.classID("food-sense-condition"),
            tags[start].contains(where: { $0.classID == named && $0.end == end })
        else { return false }
        let foods = ["food-noun", "substance"].compactMap(lexicon.classID)
        // A food or a substance whose phrase ends right before `word`.
        func foodEnds(at word: Int) -> Bool {
            (max(0, word - 3)..<word).contains { at in
                tags[at].contains { foods.contains($0.classID) && $0.end == word }
            }
        }
        // The compound's modifiers: words joined by a space or a hyphen, no stopword.
        var word = start
        while word > 0, start - word < foodModifierReach,
            gap(before: word, tokens: tokens, text: text).allSatisfy({ $0 == " " || $0 == "-" })
        {
            if foodEnds(at: word) { return true }
            if lexicon.stopwords.contains(tokens[word - 1].term) { break }
            word -= 1
        }
        // "with" and a food or a substance, past a number or a determiner.
        guard end + 1 < tokens.count, tokens[end].term == "with" else { return false }
        var next = end + 1
        while next < tokens.count - 1, next - end <= 2,
            tokens[next].term.first?.isNumber == true
                || tags[next].contains(where: { $0.classID == lexicon.determiner })
        {
            next += 1
        }
        return tags[next].contains { foods.contains($0.classID) }
    }

    /// How many words before a food-named condition its compound's modifiers may reach ("tart
    /// cherry and whey recovery shake": "whey" is the second).
    static let foodModifierReach = 3
}
