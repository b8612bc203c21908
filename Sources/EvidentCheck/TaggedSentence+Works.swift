/// Names of works, groups and teams (session 23): a drug's or a condition's word inside the
/// title of a book, a film, an album, a band or a team names that work, not the drug or the
/// illness ("Valium, the debut poetry collection by a Leeds bus driver", "Prozac Nation, the
/// 1994 memoir", "the band Salmonella Dub").
extension TaggedSentence {
    /// Whether the words `start..<end` lie in a name of capitalised words that names a work, a
    /// show, a musical group or a team (`@work-noun`, rule N6 of `.ci/derive-senses`): the
    /// name's apposition, after a comma, is "the", "a" or "an" and at most four words ending in
    /// such a noun ("Valium, the debut poetry collection", "Prozac Nation, the 1994 memoir"),
    /// or such a noun stands right before the name after a determiner or a possessive ("the
    /// band Salmonella Dub", "the memoir Prozac Nation"; not a verb spelt like one: "doctors
    /// call AFib"). Every word of `start..<end` starts with a capital; no word of the name is
    /// the product's (`@product-topic`, `@substance`, a coined name): "Our Valium-free Calm
    /// Blend, the formula …" is a product's name.
    static func isNameOfWork(
        _ start: Int, _ end: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Bool {
        guard let work = lexicon.classID("work-noun"), end > start, end <= tokens.count,
            tokens[start..<end].allSatisfy({ startsCapitalised($0, text: text) })
        else { return false }
        func spaced(_ index: Int) -> Bool {
            let space = gap(before: index, tokens: tokens, text: text)
            return !space.isEmpty && space.allSatisfy { $0 == " " || $0 == "-" }
        }
        func isWork(_ index: Int) -> Bool {
            tags[index].contains { $0.classID == work && $0.end == index + 1 }
        }
        let (first, last) = capitalisedRun(
            around: start, end, tokens: tokens, text: text, joined: spaced)
        // A name with a product's or a substance's word is the product's, unless a performer's
        // or a musical group's noun stands right before it (`@performer-noun`: "Tonight's
        // headliners, The Cold Remedies", "the folk trio The Cold Remedies"); a coined name is
        // always the product's.
        let performer = lexicon.classID("performer-noun")
        let byPerformer =
            first > 0
            && tags[first - 1].contains { $0.classID == performer && $0.end == first }
        if tokens[first..<last].contains(where: { $0.isCoinedName || $0.isNamePiece })
            || (!byPerformer
                && namesTheProduct(
                    first..<last, sparing: start..<end, tokens: tokens, tags: tags,
                    lexicon: lexicon))
        {
            return false
        }
        // A work's noun written small right before the name, after a determiner or a
        // possessive ("the band Salmonella Dub", "our club Migraine Rovers"): a noun of a
        // noun phrase, not a verb spelt the same ("doctors call AFib").
        if first > 1, spaced(first), isWork(first - 1),
            !startsCapitalised(tokens[first - 1], text: text),
            tokens[first - 2].isPossessive
                || lexicon.determiner.map({ id in
                    tags[first - 2].contains { $0.classID == id }
                }) ?? false
        {
            return true
        }
        // The same with at most three describing words written small between the determiner
        // and the noun ("the folk trio The Sore Throats", "their new garage-punk band Fever
        // Parade"), for a name of two capitalised words or more (a verb spelt like a work's
        // noun takes a one-word object: "the doctors call AFib").
        if first > 2, last - first >= 2, spaced(first), isWork(first - 1),
            !startsCapitalised(tokens[first - 1], text: text)
        {
            var index = first - 2
            var describing = 0
            while index >= 0, describing <= 3, spaced(index + 1),
                !startsCapitalised(tokens[index], text: text)
            {
                if tokens[index].isPossessive
                    || lexicon.determiner.map({ id in
                        tags[index].contains { $0.classID == id }
                    }) ?? false
                {
                    if describing > 0 { return true }
                    break
                }
                if tags[index].contains(where: { conditionClasses(lexicon).contains($0.classID) }) {
                    break
                }
                describing += 1
                index -= 1
            }
        }
        // The name set after a work's or a performer's noun and a comma, as its apposition
        // ("Tonight's headliners, The Cold Remedies, take the stage"; "their debut album,
        // Fever Dream"): the noun written small, the name's first word its capital.
        if first > 0, isWork(first - 1), !startsCapitalised(tokens[first - 1], text: text),
            String(
                String.UnicodeScalarView(
                    gap(before: first, tokens: tokens, text: text).filter { $0 != " " }))
                == ","
        {
            return true
        }
        // The name's apposition: ", the|a|an <at most four words> <work noun>".
        guard last + 1 < tokens.count,
            String(
                String.UnicodeScalarView(
                    gap(before: last, tokens: tokens, text: text).filter { $0 != " " }))
                == ",",
            ["the", "a", "an"].contains(tokens[last].term)
        else { return false }
        var index = last + 1
        while index < min(tokens.count, last + 6), spaced(index) {
            if isWork(index) { return true }
            index += 1
        }
        return false
    }

    /// The classes a condition's words take, which no word describing a work's noun has.
    private static func conditionClasses(_ lexicon: Lexicon) -> [Int] {
        ["condition-disease", "condition-symptom", "condition-ambiguous", "drug", "drug-name"]
            .compactMap(lexicon.classID)
    }

    /// Drops the drug classes (`@drug`, `@drug-name`) from a drug's words inside a capitalised
    /// name that names something other than the product: a work, a show, a band or a team
    /// (`isNameOfWork`), or a place's, a thing's or an organisation's name as for a condition
    /// (`isWrittenInTitle`: "the Blackburn Insulin Trust"). A drug in a title is no drug the
    /// copy compares the product with, and no health context.
    static func dropNamedDrugs(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        let drugs = ["drug", "drug-name"].compactMap(lexicon.classID)
        guard drugs.contains(where: { present[$0] }) else { return }
        var spans: [Range<Int>] = []
        for start in tags.indices {
            for tag in tags[start] where drugs.contains(tag.classID) && tag.end > start {
                if isNameOfWork(
                    start, tag.end, tokens: tokens, text: text, tags: tags, lexicon: lexicon)
                    || isWrittenInTitle(
                        start, tag.end, tokens: tokens, text: text, tags: tags, lexicon: lexicon)
                {
                    spans.append(start..<tag.end)
                }
            }
        }
        guard !spans.isEmpty else { return }
        for span in spans {
            for index in span { tags[index].removeAll { drugs.contains($0.classID) } }
        }
        present = [Bool](repeating: false, count: present.count)
        for list in tags {
            for tag in list { present[tag.classID] = true }
        }
    }
}
