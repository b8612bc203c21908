/// Two places where a condition's words name no illness a product acts on (session 24): a word
/// of sport in a sentence of a contest (rule N8 of `.ci/derive-senses`), and an allergy or an
/// intolerance a food label declares (rule N9).
extension TaggedSentence {
    /// Whether the condition phrase `start..<end` is a contest's (rule N8): a phrase with a
    /// WordNet sense on a topic of sport (`@sport-sense-condition`: "stroke", "sudden death") in
    /// a sentence that names a contest (`@contest-noun`: "match", "crew", "putt", "regatta"),
    /// outside the phrase, and names no product, no substance and no part of the body (a part
    /// the lexicon lists, or one of MeSH's or WordNet's anatomy held by someone: "your brain";
    /// it places the condition in a body, as rule L8 reads it); the phrase is held by no one
    /// (no possessive right before it: "his stroke", "Dad's stroke"; no form of "have" or
    /// "suffer" within the two words before it: "had a stroke", "suffered a sudden death").
    /// There the words name the stroke of an oar or a club, or play stopped at the first score
    /// ("our eight's stroke rate hit 38", "the match ended in a sudden-death bowl-off").
    static func isContestSense(
        _ start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], present: [Bool], lexicon: Lexicon
    ) -> Bool {
        guard let sport = lexicon.classID("sport-sense-condition"),
            let contest = lexicon.classID("contest-noun"), present[contest],
            tags[start].contains(where: { $0.classID == sport && $0.end == end })
        else { return false }
        // A product or a substance makes it copy; a part of the body places the condition in a
        // body, as rule L8 reads it ("guards your brain against the damage of a stroke").
        let product = [
            "product-topic", "substance", "body-part", "organ", "internal-organ",
        ].compactMap(lexicon.classID)
        if product.contains(where: { present[$0] }) { return false }
        // A part of the body from MeSH's or WordNet's anatomy held by someone ("your brain",
        // "Dad's knee"): held, the word names a body's part, not a stem that shares its letters
        // ("the late charge" is no latissimus).
        let anatomy = ["mesh-anatomy", "complaint-location", "animal-part"].compactMap(
            lexicon.classID)
        for index in 1..<max(1, tokens.count)
        where tags[index].contains(where: { anatomy.contains($0.classID) }) {
            if tokens[index - 1].isPossessive { return false }
            if let word = ConditionVocabulary.writtenForm(at: index - 1, of: tokens, in: text),
                holdingDeterminers.contains(word.lowercased())
            {
                return false
            }
        }
        // A contest's noun outside the phrase, not right before it (there it describes the
        // condition: "a second stroke", a boxer's second being a contest's word), and not the
        // copy's opening verb before its object ("Cuts the risk of strokes", "Guards your
        // brain": a determiner or a pronoun after the sentence's first word).
        let objects: Set<String> = [
            "the", "a", "an", "your", "my", "his", "her", "their", "our", "its", "you", "them",
        ]
        let named = tags.indices.contains { index in
            (index < start || index >= end)
                && !(index == 0 && tokens.count > 1
                    && objects.contains(
                        ConditionVocabulary.writtenForm(at: 1, of: tokens, in: text)?
                            .lowercased() ?? ""))
                && tags[index].contains { tag in
                    tag.classID == contest && (tag.end < start || index >= end)
                }
        }
        guard named else { return false }
        if start > 0 {
            if tokens[start - 1].isPossessive { return false }
            if let word = ConditionVocabulary.writtenForm(at: start - 1, of: tokens, in: text),
                holdingDeterminers.contains(word.lowercased())
            {
                return false
            }
        }
        for index in max(0, start - 2)..<start {
            if let word = ConditionVocabulary.writtenForm(at: index, of: tokens, in: text),
                heldForms.contains(word.lowercased())
            {
                return false
            }
        }
        return true
    }

    /// Whether the condition phrase `start..<end` is an allergy or an intolerance a food label
    /// declares (rule N9: `@food-intolerance-condition`, from MeSH): named as whom the food
    /// suits, after "for" with at most four words between (people, "with", "a", other
    /// audiences: "suitable for vegans and coeliacs", "safe for people with a nut allergy"),
    /// where the word before that "for" is a word of suitability ("suitable", "unsuitable",
    /// "safe", "ideal") or the clause before it holds a free-from word joined by a hyphen
    /// ("lactose-free milk for people with lactose intolerance"); or as the heading of the
    /// label's allergen declaration, before "advice", "information" or "warning" and a colon
    /// ("Allergy advice: see ingredients in bold"). The EU's food information rules make the
    /// label say these words; they name no illness the product treats.
    static func isDeclaredIntolerance(
        _ start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Bool {
        guard let intolerance = lexicon.classID("food-intolerance-condition"),
            tags[start].contains(where: { $0.classID == intolerance && $0.end == end })
        else { return false }
        func word(_ index: Int) -> String? {
            ConditionVocabulary.writtenForm(at: index, of: tokens, in: text)?.lowercased()
        }
        // The heading: "Allergy advice:", "Allergy information:".
        if end < tokens.count, let heading = word(end), headingNouns.contains(heading) {
            let after =
                end + 1 < tokens.count
                ? gap(before: end + 1, tokens: tokens, text: text)
                : text[min(tokens[end].end, text.count)..<text.count]
            if after.contains(":") { return true }
        }
        // The audience: "… for [people with a] <condition>", the clause unbroken between and
        // no verb of treating, healing or curing and no other condition among the words
        // ("suitable for coeliacs, and our enzyme heals coeliac disease" treats it).
        let acting = [
            "treat-verb", "heal-verb", "condition-disease", "condition-symptom",
            "condition-ambiguous", "disease-word",
        ].compactMap(lexicon.classID)
        var index = start - 1
        var found = false
        while index >= 0, start - index <= 5 {
            let space = gap(before: index + 1, tokens: tokens, text: text)
            if space.contains(where: { ".;:!?".unicodeScalars.contains($0) }) { return false }
            if word(index) == "for" {
                found = true
                break
            }
            if tags[index].contains(where: { acting.contains($0.classID) }) { return false }
            index -= 1
        }
        guard found else { return false }
        if index > 0, let before = word(index - 1), suitabilityWords.contains(before) {
            return true
        }
        // A free-from word earlier in the clause: "lactose-free milk for …".
        var back = index - 1
        while back >= 0 {
            let space = gap(before: back + 1, tokens: tokens, text: text)
            if space.contains(where: { ".;:!?".unicodeScalars.contains($0) }) { break }
            if word(back) == "free", back > 0,
                gap(before: back, tokens: tokens, text: text).elementsEqual("-".unicodeScalars)
            {
                return true
            }
            back -= 1
        }
        return false
    }

    /// Determiners that give a condition a holder ("his stroke", "my sudden death").
    private static let holdingDeterminers: Set<String> = [
        "my", "your", "his", "her", "their", "our", "its",
    ]

    /// Forms of "have" and "suffer", which before a condition make it what someone had.
    private static let heldForms: Set<String> = [
        "have", "has", "had", "having", "suffer", "suffers", "suffered", "suffering",
    ]

    /// Words of suitability before "for": the food suits or does not suit an audience.
    private static let suitabilityWords: Set<String> = [
        "suitable", "unsuitable", "safe", "unsafe", "ideal", "appropriate", "fine",
    ]

    /// The nouns that make an allergy word a label's heading ("Allergy advice:").
    private static let headingNouns: Set<String> = [
        "advice", "information", "info", "warning", "warnings", "statement", "note",
    ]
}
