/// Rules N13 and N14 of `.ci/derive-senses` (session 30): a condition's word read as a verb of
/// a thing, and a condition naming a place; rule N15 (session 31): a condition as the first
/// piece of a compound modifier (`isCompoundModifier`).
///
/// - N13: a condition's word that WordNet also lists as a verb none of whose senses is an act
///   or a state of a body (`@thing-verb-condition`: "bends", "shingles", "hives", "stroke",
///   "boil") is that verb, no illness, where the sentence makes it one, unless the verb does
///   the condition to a part of a body (`doneToBody`: "the tackles bruising their brains"):
///   (1) right after "it", or after "it" and an auxiliary ("so it bends without cracking",
///   "it will boil over"), or right after a thing's noun (`@holder-noun`, no product's) and
///   before the end of its clause, a stopword or a word of manner ("so the kettle boils
///   quietly again", "the lane bends left"); (2)
///   between a person's or a thing's noun, or the clause's opening, and a determiner ("our
///   roofer shingles a barn roof", "the beekeeper hives each swarm", "Stroke the cat"). And a
///   condition of two words or more after a verb of a function (`@function-verb`: "help",
///   "keep") and a possessive or an article, followed by a word of manner
///   (`@eu-manner-word`: "normally", "the way", "properly"), is the object and its verb ("helps
///   your blood clot the way it normally should" is clotting, no blood clot).
/// - N14: a condition right before a noun of a place (`@place-noun`: a building, a ward, a road,
///   a lane, a field, a hill, a bay), joined by a space or a hyphen, in a sentence that names no
///   product, no substance and no coined name, names the place ("follow the lane past the old
///   fever hospital", "Cholera Lane", "the tuberculosis sanatorium on the hill"), no illness.
extension TaggedSentence {
    /// The auxiliaries and modals that may stand between "it" and its verb ("it will bend").
    static let thingAuxiliaries: Set<String> = Set(
        ["will", "would", "can", "could", "may", "might", "must", "should", "shall", "does", "did"]
            .map { Stemmer.stem($0) })
    /// The determiners that open a verb's object ("shingles a barn roof", "hives each swarm").
    static let objectDeterminers: Set<String> = Set(
        [
            "a", "an", "the", "each", "every", "this", "these", "those", "its", "their", "our",
            "your", "his", "her", "my",
        ].map { Stemmer.stem($0) })
    /// The possessives and articles between a verb of a function and its object ("helps your
    /// blood clot").
    static let objectOpeners: Set<String> = Set(
        ["a", "an", "the", "its", "their", "our", "your", "his", "her", "my"].map {
            Stemmer.stem($0)
        })

    /// Rule N13: whether the condition at `start..<end` is read as a verb of a thing.
    static func isThingVerb(
        _ start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Bool {
        func spaced(_ index: Int) -> Bool {
            let space = gap(before: index, tokens: tokens, text: text)
            return !space.isEmpty && space.allSatisfy { $0 == " " }
        }
        func has(_ id: Int?, _ index: Int, ending: Int? = nil) -> Bool {
            guard let id else { return false }
            return tags[index].contains { $0.classID == id && (ending == nil || $0.end == ending) }
        }
        if end - start == 1, has(lexicon.classID("thing-verb-condition"), start, ending: end),
            !tokens[start].isPossessive,
            !doneToBody(start, tokens: tokens, text: text, tags: tags, lexicon: lexicon)
        {
            // (1) "it bends", "it will boil"
            if start >= 1, spaced(start) {
                let before = tokens[start - 1].term
                if before == "it" { return true }
                if start >= 2, thingAuxiliaries.contains(before), spaced(start - 1),
                    tokens[start - 2].term == "it"
                {
                    return true
                }
            }
            // (1b) a thing's noun as the verb's subject ("the kettle boils quietly", "the lane
            // bends left at the chapel"), not a product's, the verb then ending its clause or
            // followed by a stopword or a word of manner in -ly
            if start >= 1, spaced(start), !tokens[start - 1].isPossessive,
                let thing = lexicon.classID("holder-noun"),
                tags[start - 1].contains(where: { $0.classID == thing && $0.end == start }),
                !tags[start - 1].contains(where: { tag in
                    ["product-topic", "product-form", "substance"].contains {
                        lexicon.classID($0) == tag.classID
                    }
                })
            {
                if end >= tokens.count || !spaced(end)
                    || lexicon.stopwords.contains(tokens[end].term)
                    || tokens[end].term.hasSuffix("ly")
                {
                    return true
                }
            }
            // (2) a person's or a thing's noun, or the clause's opening, then the word, then a
            // determiner: "our roofer shingles a barn roof", "Stroke the cat".
            if end < tokens.count, spaced(end), objectDeterminers.contains(tokens[end].term) {
                if start == 0 || clauseOpenings(tokens, text: text).contains(start) {
                    return true
                }
                let doers = ["vocative-head", "company-elsewhere-noun", "holder-noun"]
                    .compactMap(lexicon.classID)
                if start >= 1, spaced(start), !tokens[start - 1].isPossessive,
                    tags[start - 1].contains(where: { doers.contains($0.classID) }),
                    !lexicon.stopwords.contains(tokens[start - 1].term)
                {
                    return true
                }
            }
        }
        // (3) "helps your blood clot the way it normally should"
        guard end - start >= 2, end < tokens.count, spaced(end),
            has(lexicon.classID("eu-manner-word"), end)
        else { return false }
        var verb = start - 1
        if verb >= 1, objectOpeners.contains(tokens[verb].term), spaced(verb) { verb -= 1 }
        return verb >= 0 && verb < start && spaced(verb + 1)
            && has(lexicon.classID("function-verb"), verb, ending: verb + 1)
    }

    /// Rule N13's exception: whether the condition's word at `start` is a verb that does the
    /// condition to a body (`@body-verb-condition`: "bruise", "blister", "scar", "rupture") and
    /// its object, after a determiner and at most one word more, is a part of a body
    /// (`@complaint-location`, `@body-noun`, `@animal-part`): "stop the tackles bruising their
    /// brains", "so it won't scar her shoulders". Whoever does it, the verb is the condition
    /// done to the body, no thing's verb ("the customer bruised the strawberries", "Bruise the
    /// mint leaves" stay verbs of things). (A thing's noun right before the condition may still
    /// hold it by the holders' reading, `hasThingHolder`: "new boots blistering your heels" is
    /// no claim.)
    static func doneToBody(
        _ start: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Bool {
        guard let verbs = lexicon.classID("body-verb-condition"),
            tags[start].contains(where: { $0.classID == verbs && $0.end == start + 1 }),
            start + 2 < tokens.count, objectDeterminers.contains(tokens[start + 1].term)
        else { return false }
        let parts = ["complaint-location", "body-noun", "animal-part"].compactMap(lexicon.classID)
        return (start + 2...min(start + 3, tokens.count - 1)).contains { word in
            tags[word].contains { parts.contains($0.classID) && $0.end == word + 1 }
        }
    }

    /// Rule N14: whether the condition at `start..<end` names the place whose noun follows it.
    static func namesPlace(
        _ start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], present: [Bool], lexicon: Lexicon
    ) -> Bool {
        guard end < tokens.count, !tokens[end - 1].isPossessive,
            let place = lexicon.classID("place-noun"), present[place],
            tags[end].contains(where: { $0.classID == place && $0.end == end + 1 })
        else { return false }
        let joint = gap(before: end, tokens: tokens, text: text)
        guard joint == [" "] || joint == ["-"] else { return false }
        return !["product-topic", "substance", "coined-name"].contains { name in
            lexicon.classID(name).map { present[$0] } ?? false
        }
    }

    /// Rule N15: whether the condition at `start..<end` is the first piece of a compound
    /// modifier: joined by a hyphen alone to a noun of a thing, a place, a time or the weather,
    /// or a contest (`@material-noun`, `@place-noun`, `@time-weather-noun`, `@contest-noun`:
    /// "cold-counter", "plague-pit", "colic-season", "fever-pitch"), which is joined by a space
    /// to a word after it that is no stopword ("after cold-counter shifts", "the plague-pit
    /// excavation", "colic-season foaling kits"). The compound describes that word: the
    /// condition names the kind of counter, pit or season, not an illness a product acts on,
    /// whatever else the sentence names. A noun after the hyphen that is also a remedy's, a
    /// product's, a substance's, a medicine's, a body's, an animal's, a sign's or an episode's
    /// keeps the condition ("acne-patch", "cough-drop tins", "migraine-attack nights"), and so
    /// does a word after the hyphen that is a verb of acting on a disease (`@treat-verb`:
    /// "flu-fighting power", "cancer-fighting antioxidants": the fight is the product's).
    static func isCompoundModifier(
        _ start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Bool {
        let head = end
        guard head + 1 < tokens.count, !tokens[end - 1].isPossessive,
            !tokens[head].isPossessive,
            gap(before: head, tokens: tokens, text: text).elementsEqual("-".unicodeScalars)
        else { return false }
        let kinds = ["material-noun", "place-noun", "time-weather-noun", "contest-noun"]
            .compactMap(lexicon.classID)
        let health = [
            "product-topic", "product-form", "substance", "company-medicine-noun",
            "company-body-noun", "company-animal-noun", "body-part", "body-sign",
            "episode-noun", "care-word", "treat-verb",
        ].compactMap(lexicon.classID)
        guard
            tags[head].contains(where: { kinds.contains($0.classID) && $0.end == head + 1 }),
            !tags[head].contains(where: { health.contains($0.classID) })
        else { return false }
        // the word the compound describes: after a space alone, a word of letters, no stopword
        let described = head + 1
        let space = gap(before: described, tokens: tokens, text: text)
        guard !space.isEmpty, space.allSatisfy({ $0 == " " }),
            tokens[described].term.first?.isLetter == true,
            !lexicon.stopwords.contains(tokens[described].term)
        else { return false }
        return true
    }
}
