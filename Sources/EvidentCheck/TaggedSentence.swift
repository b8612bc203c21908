/// A sentence with its tokens and, at every token, the lexicon classes that start there.
final class TaggedSentence: Sendable {
    /// The sentence's range in the plain text.
    let range: Range<Int>
    /// Its words.
    let tokens: [Token]
    /// Stems, parallel to `tokens`.
    let terms: [String]
    /// Per token: (class id, end token index) of every class phrase starting there.
    let tags: [[(classID: Int, end: Int)]]
    /// Which classes occur anywhere in the sentence.
    let present: [Bool]
    /// `present` as a set of the ids that fit one (`ClassSet(present:)`), for the rules' gates:
    /// made once per sentence tagged and shared by its repeats (1,900 instructions a set, made
    /// for every sentence of a check of 1 MB of copy, most of them repeats).
    let presentSet: ClassSet
    /// Whether the sentence ends with a question mark.
    let isQuestion: Bool
    /// Whether a blank line separates it from the sentence before (it opens a paragraph).
    let opensParagraph: Bool
    /// The condition phrases of the vocabulary found in it (token range, concept index).
    let conditions: [(start: Int, end: Int, concept: Int)]
    /// The first word of the sentence's clause: past an opener set off by a comma at its
    /// start ("Honestly, let the dough rest …": 1; `commaOpeners`), else 0.
    let clauseStart: Int
    /// What the concept reader knows of each stem (`StemTable`), for the register's readings
    /// of the sentence; empty when it was tagged without a table.
    let conceptWords: [ConceptMatcher.Word]

    /// Tags the tokens of `text[range]` (`text`: the plain text the tokens' offsets count in,
    /// for the condition phrases that count only as written).
    /// `stems`: the facts of its stems (`StemTable`), when the caller has them; the tags are
    /// the same without.
    init(
        range: Range<Int>, tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        isQuestion: Bool = false, opensParagraph: Bool = false,
        stems: (table: StemTable, facts: [StemTable.Facts])? = nil
    ) {
        self.range = range
        self.isQuestion = isQuestion
        self.opensParagraph = opensParagraph
        self.tokens = tokens
        let terms = tokens.map(\.term)
        self.terms = terms
        conceptWords = stems?.facts.map(\.concept) ?? []
        var tags = [[(classID: Int, end: Int)]](repeating: [], count: terms.count)
        var present = [Bool](repeating: false, count: lexicon.classNames.count)
        for position in terms.indices {
            if let stems {
                // The class phrases of the word's first stem, in the order `matches` lists them
                // (longest first), without building the list.
                let bucket = Int(stems.facts[position].classes)
                let list = Int(stems.facts[position].suffixes)
                // Room for the tags at most found here (up to eight), made once: a list grown
                // one append at a time is copied at every doubling (400,000 copies in a 1 MB
                // check of distinct sentences).
                var most = list >= 0 ? stems.table.suffixLists[list].count : 0
                if bucket >= 0 {
                    for entry in stems.table.buckets[bucket] where most < 8 {
                        most += entry.labels.count
                    }
                }
                if most > 1 { tags[position].reserveCapacity(min(most, 8)) }
                if bucket >= 0 {
                    for entry in stems.table.buckets[bucket]
                    where PhraseMatcher.fits(entry, terms, at: position) {
                        let end = position + entry.terms.count
                        for label in entry.labels {
                            tags[position].append((label, end))
                            present[label] = true
                        }
                    }
                }
                guard list >= 0 else { continue }
                for id in stems.table.suffixLists[list]
                where !tags[position].contains(where: { $0.classID == id }) {
                    tags[position].append((id, position + 1))
                    present[id] = true
                }
                continue
            }
            for match in lexicon.classMatcher.matches(terms, at: position) {
                for label in match.labels {
                    tags[position].append((label, match.end))
                    present[label] = true
                }
            }
            let term = terms[position]
            let scalars = Array(term.unicodeScalars)
            // By index: a rule (four tables) is not copied for every word.
            for index in lexicon.suffixRules.indices
            where lexicon.suffixRules[index].matches(term, scalars: scalars) {
                let id = lexicon.suffixRules[index].classID
                if !tags[position].contains(where: { $0.classID == id }) {
                    tags[position].append((id, position + 1))
                    present[id] = true
                }
            }
        }
        Self.tagNames(tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
        Self.keepProductForms(tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
        Self.keepCompounds(tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
        Self.keepKindNames(tokens, lexicon: lexicon, tags: &tags, present: &present)
        Self.dropNamedDrugs(tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
        Self.tagLabValues(tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
        Self.tagSpecimenAnalytes(
            tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
        // A claim quoted from a regulator's letter or told by the page it was written on
        // (`TaggedSentence+Reported.swift`, session 38).
        Self.dropDocumentCautions(
            tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
        Self.dropSpeakingDomains(
            tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
        // Where a fixed everyday phrase ends, per token it covers ("cold" of "cold milk", "heart
        // attack" of "gave me a heart attack"): its words keep their everyday sense, so no other
        // class and no condition of the vocabulary starts inside it.
        var everyday = [Int](repeating: -1, count: terms.count)
        if let id = lexicon.everydaySense, present[id] {
            Self.keepEveryday(id, tags: &tags, present: &present, covered: &everyday)
        }
        // So do WordNet's phrases that name no condition around a condition word ("cold
        // feet", "shock absorber": `@idiom-sense`, rule N4 of `.ci/derive-senses`).
        if let id = lexicon.classID("idiom-sense"), present[id] {
            var idioms = [Int](repeating: -1, count: terms.count)
            Self.keepEveryday(id, tags: &tags, present: &present, covered: &idioms)
            for index in everyday.indices { everyday[index] = max(everyday[index], idioms[index]) }
        }
        // What a taste or smell is likened to ("tastes like a cough drop") is a flavour, not
        // the product's effect: the words of the comparison, to the end of its clause, keep no
        // class and name no condition.
        if let id = lexicon.simileFrame, present[id] {
            Self.dropSimiles(
                id, joiner: lexicon.classID("clause-joiner"), tokens: tokens, text: text,
                tags: &tags, present: &present, covered: &everyday)
        }
        // A game's fiction (`@game-domain`: "the players race to cure four diseases", "use
        // an antidote before the next level"): in a sentence of a game that names no product
        // and no substance, an illness is a piece of the game, as in an everyday phrase. A
        // "game changer" is an idiom, not a game.
        if let game = lexicon.classID("game-domain"), present[game],
            !["product-topic", "substance"].contains(where: { name in
                lexicon.classID(name).map { present[$0] } ?? false
            }),
            tags.indices.contains(where: { index in
                tags[index].contains { tag in
                    tag.classID == game
                        && !(tag.end < terms.count && terms[tag.end].hasPrefix("chang"))
                }
            })
        {
            for index in everyday.indices { everyday[index] = terms.count }
            // The words that say "a disease" without naming one ("cure four diseases") keep
            // no class either.
            Self.dropDiseaseWords(lexicon: lexicon, tags: &tags, present: &present)
        } else if Self.speaksOfStory(present: present, lexicon: lexicon) {
            // A story's plot (rule N12, `TaggedSentence+Stories.swift`: "In chapter nine the
            // detective realises the tonic was laced with foxglove"): its illnesses are the
            // story's, as a game's are.
            for index in everyday.indices { everyday[index] = terms.count }
            Self.dropDiseaseWords(lexicon: lexicon, tags: &tags, present: &present)
        }
        // An opener set off by a comma before the clause ("Honestly, …", "This winter, …",
        // "Ladies, …"): the clause opens after it; a vocative's words hold nothing.
        var conditionIDs: [Int32]?? = nil
        let openers = Self.commaOpeners(
            tokens, from: Self.clauseOpenings(tokens, text: text), text: text, lexicon: lexicon,
            tags: tags,
            isCondition: { word in
                if conditionIDs == nil { conditionIDs = .some(stems?.facts.map(\.condition)) }
                return lexicon.vocabulary?.longestPhrase(
                    terms, ids: conditionIDs ?? nil, at: word) != nil
            })
        var opened = 0
        while let opener = openers.first(where: { $0.start == opened }) { opened = opener.end }
        clauseStart = opened
        if openers.contains(where: \.vocative) {
            for opener in openers where opener.vocative {
                for word in opener.start..<opener.end { tags[word].removeAll() }
            }
            present = [Bool](repeating: false, count: present.count)
            for list in tags {
                for tag in list { present[tag.classID] = true }
            }
        }
        var conditions: [(start: Int, end: Int, concept: Int)] = []
        if let vocabulary = lexicon.vocabulary {
            // A phrase with an everyday sense ("cold", "stroke") counts as its kind only in a
            // sentence that also speaks of health; elsewhere it is only `condition-ambiguous`.
            var ambiguous: [(start: Int, end: Int, kind: ConditionKind)] = []
            // A plant as the living thing a sentence without a product speaks of ("cut out the
            // branches with fire blight and burn them") makes its treat verbs no health context.
            func has(_ id: Int?) -> Bool { id.map { present[$0] } ?? false }
            var context =
                has(lexicon.healthContext)
                && (!has(lexicon.plantDomain) || has(lexicon.classID("product-topic")))
            let zodiac = has(lexicon.classID("zodiac-sign"))
            // The words of treating that a `head` condition may qualify ("bipolar treatment").
            let treatment = lexicon.classID("treat-verb")
            let ids = stems?.facts.map(\.condition)
            var position = 0
            var described = false
            while position < terms.count {
                // A condition word inside a fixed everyday phrase keeps its everyday sense.
                if everyday[position] > position {
                    position = everyday[position]
                    continue
                }
                // A capitalised sign of the zodiac read as the sign ("Cancer season").
                if zodiac,
                    Self.isZodiacSign(
                        at: position, tokens: tokens, text: text, tags: tags, lexicon: lexicon)
                {
                    position += 1
                    continue
                }
                guard
                    let longest = vocabulary.longestPhrase(
                        terms, ids: ids, at: position,
                        written: { ConditionVocabulary.writtenForm(at: $0, of: tokens, in: text) }),
                    !Self.endsInPreposition(
                        longest.end, tokens: tokens, text: text, tags: tags, lexicon: lexicon),
                    !Self.namesPlant(
                        longest.end, tokens: tokens, text: text, tags: tags, lexicon: lexicon)
                else {
                    position += 1
                    continue
                }
                // A condition written with a capital, alone, as a name ("our cat, Migraine").
                if Self.isWrittenAsName(
                    position, longest.end, tokens: tokens, text: text, tags: tags, lexicon: lexicon)
                {
                    position += 1
                    continue
                }
                // An abbreviation that counts only in capitals ("MS"), among a person's degrees
                // ("Jane Doe, MS, RD").
                if longest.values.allSatisfy({ vocabulary.isCapitalsOnly(at: Int($0)) }),
                    Self.isCredential(position, longest.end, tokens: tokens, text: text)
                {
                    position += 1
                    continue
                }
                // A condition inside another thing's name ("the Cancer Research shop"): nor do
                // its words name a disease by their endings ("Fibrosis" of "the Cystic Fibrosis
                // Trust").
                if Self.isWrittenInTitle(
                    position, longest.end, tokens: tokens, text: text, tags: tags, lexicon: lexicon)
                    || Self.isNameOfWork(
                        position, longest.end, tokens: tokens, text: text, tags: tags,
                        lexicon: lexicon)
                {
                    let endings = Set(lexicon.suffixRules.map(\.classID))
                    for inside in position..<longest.end {
                        tags[inside].removeAll { endings.contains($0.classID) }
                    }
                    position = longest.end
                    continue
                }
                // An act's or a show's name on a bill ("Arthritic Knees headline the Saturday
                // stage": rule N11, `TaggedSentence+Bills.swift`): its words keep no class.
                if let name = Self.nameOnBill(
                    position, longest.end, tokens: tokens, text: text, tags: tags,
                    lexicon: lexicon)
                {
                    for inside in name { tags[inside].removeAll() }
                    described = true
                    position = max(longest.end, name.upperBound)
                    continue
                }
                // A condition mentioned as a word ("the word influenza comes from …").
                if Self.isMentionedAsWord(position, tokens: tokens, text: text) {
                    position = longest.end
                    continue
                }
                // A condition a thing has ("the clock's chronic stutter", "a nearsighted
                // camera": `TaggedSentence+Bills.swift`), or a condition named like a food,
                // after a food ("a banana shake").
                if Self.hasThingHolder(
                    position, longest.end, tokens: tokens, text: text, tags: tags,
                    lexicon: lexicon)
                    || Self.isThingDescribed(
                        position, longest.end, tokens: tokens, text: text, tags: tags,
                        lexicon: lexicon)
                    || Self.isFoodNamed(
                        position, longest.end, tokens: tokens, text: text, tags: tags,
                        lexicon: lexicon)
                {
                    position = longest.end
                    continue
                }
                // A condition's word describing a time, the weather, a food or a thing ("the
                // cold, dark months": rule N5 of `.ci/derive-senses`), a condition given to
                // someone ("enough to give you a heart attack") or likened to a colour ("a
                // migraine-bright orange": rule N7): no illness, and its words keep no class
                // (`TaggedSentence+Described.swift`).
                if Self.isDescribingWord(
                    position, longest.end, tokens: tokens, text: text, tags: tags,
                    lexicon: lexicon,
                    isCondition: { vocabulary.longestPhrase(terms, ids: ids, at: $0) != nil })
                    || Self.isGivenCondition(position, longest.end, tokens: tokens, text: text)
                    || Self.isHueCompound(
                        position, longest.end, tokens: tokens, text: text, tags: tags,
                        lexicon: lexicon)
                    // A word of sport in a sentence of a contest ("the stroke rate hit 38":
                    // rule N8), an allergy or intolerance a food label declares ("suitable for
                    // coeliacs": rule N9; `TaggedSentence+Declared.swift`).
                    || Self.isContestSense(
                        position, longest.end, tokens: tokens, text: text, tags: tags,
                        present: present, lexicon: lexicon)
                    || Self.isDeclaredIntolerance(
                        position, longest.end, tokens: tokens, text: text, tags: tags,
                        lexicon: lexicon)
                {
                    for inside in position..<longest.end { tags[inside].removeAll() }
                    described = true
                    position = longest.end
                    continue
                }
                // A condition's word read as a thing's verb ("so it bends": rule N13), a
                // condition naming a place ("the old fever hospital": rule N14), a condition
                // opening a compound modifier ("after cold-counter shifts": rule N15;
                // `TaggedSentence+ThingVerbs.swift`): its words keep no class, and no later
                // reading starts a condition inside them, as in an everyday phrase.
                if Self.isThingVerb(
                    position, longest.end, tokens: tokens, text: text, tags: tags,
                    lexicon: lexicon)
                    || Self.namesPlace(
                        position, longest.end, tokens: tokens, text: text, tags: tags,
                        present: present, lexicon: lexicon)
                    || Self.isCompoundModifier(
                        position, longest.end, tokens: tokens, text: text, tags: tags,
                        lexicon: lexicon)
                {
                    for inside in position..<longest.end {
                        tags[inside].removeAll()
                        everyday[inside] = max(everyday[inside], longest.end)
                    }
                    described = true
                    position = longest.end
                    continue
                }
                for value in longest.values {
                    let index = Int(value)
                    let kind = vocabulary.kind(at: index)
                    switch vocabulary.sense(at: index) {
                    case .ambiguous:
                        conditions.append((position, longest.end, index))
                        ambiguous.append((position, longest.end, kind))
                        continue
                    case .head:
                        // An everyday adjective names the condition only as the head of its
                        // noun phrase ("managing bipolar", "a coronary is off the table") or
                        // before a word of treatment ("the natural bipolar treatment"), not
                        // before another noun ("bipolar cells", "coronary arteries"); then,
                        // like an ambiguous word, in a sentence that speaks of health.
                        guard
                            Self.endsObjectPhrase(
                                after: longest.end - 1, tokens: tokens, text: text,
                                lexicon: lexicon)
                                || (treatment.map { id in
                                    longest.end < tokens.count
                                        && tags[longest.end].contains { $0.classID == id }
                                } ?? false)
                        else { continue }
                        conditions.append((position, longest.end, index))
                        ambiguous.append((position, longest.end, kind))
                        continue
                    case .eponym:
                        // "Alzheimer's" names the disease; "Alzheimer" (a person) and "Wilson"
                        // (a surname) do not. A hashtag has no apostrophe: "#parkinsons" and
                        // "#crohnswarrior" write the possessive. Copy drops it elsewhere too
                        // ("reversed Parkinsons", "my Crohns"); the same spelling after "the"
                        // is a family ("the Cushings next door").
                        guard
                            tokens[longest.end - 1].isPossessive
                                || Self.isHashtagPossessive(
                                    tokens[longest.end - 1], in: text)
                                || (Self.isBarePossessive(tokens[longest.end - 1], in: text)
                                    && (position == 0 || tokens[position - 1].term != "the"))
                        else { continue }
                    case .plain:
                        break
                    }
                    conditions.append((position, longest.end, index))
                    context = true
                    var names = ["condition-" + kind.rawValue]
                    // A camel-case name built on a condition ("LupusLift", "GoutAway").
                    if kind != .function,
                        tokens[position..<longest.end].allSatisfy(\.isNamePiece)
                    {
                        names.append("condition-in-name")
                    }
                    // A hashtag naming a condition ("#covid19", "#lymewarrior").
                    if tokens[position..<longest.end].allSatisfy(\.isHashtag) {
                        names.append("condition-in-hashtag")
                    }
                    for name in names {
                        for label in lexicon.vocabularyLabels[name] ?? [] {
                            tags[position].append((label, longest.end))
                            present[label] = true
                        }
                    }
                }
                position = longest.end
            }
            if described {
                present = [Bool](repeating: false, count: present.count)
                for list in tags {
                    for tag in list { present[tag.classID] = true }
                }
            }
            Self.tagReordered(
                tokens, text: text, vocabulary: vocabulary, lexicon: lexicon,
                everyday: everyday, ids: stems?.facts.map(\.reordered),
                conditions: &conditions, ambiguous: &ambiguous, context: &context, tags: &tags,
                present: &present)
            Self.tagLocatedComplaints(
                tokens, text: text, lexicon: lexicon, everyday: everyday, conditions: conditions,
                ambiguous: ambiguous, context: &context, tags: &tags, present: &present)
            Self.tagCompositionalConditions(
                tokens, text: text, lexicon: lexicon, everyday: everyday, conditions: conditions,
                context: &context, tags: &tags, present: &present)
            Self.tagAnimalConditions(
                tokens, text: text, lexicon: lexicon, everyday: everyday, conditions: conditions,
                context: &context, tags: &tags, present: &present)
            Self.tagCureObjects(
                tokens, text: text, lexicon: lexicon, everyday: everyday, conditions: conditions,
                context: &context, tags: &tags, present: &present)
            Self.tagProductObjects(
                tokens, text: text, lexicon: lexicon, everyday: everyday, conditions: conditions,
                context: &context, tags: &tags, present: &present)
            Self.tagInfestations(
                tokens, text: text, lexicon: lexicon, everyday: everyday, conditions: conditions,
                context: &context, tags: &tags, present: &present)
            Self.tagMoleculeNames(
                tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
            Self.tagNamedConditions(
                tokens, text: text, lexicon: lexicon, everyday: everyday, conditions: conditions,
                context: &context, tags: &tags, present: &present)
            Self.tagSlotConditions(
                tokens, text: text, lexicon: lexicon, everyday: everyday, conditions: conditions,
                context: &context, tags: &tags, present: &present)
            Self.tagDiagnosedConditions(
                tokens, text: text, lexicon: lexicon, everyday: everyday, conditions: conditions,
                context: &context, tags: &tags, present: &present)
            Self.tagDepartures(
                tokens, text: text, lexicon: lexicon, everyday: everyday, conditions: conditions,
                context: &context, tags: &tags, present: &present)
            // A word coordinated before a condition's head names its own condition with it
            // (only a sentence with "and" or "or" coordinates).
            if terms.contains(where: { $0 == "and" || $0 == "or" }) {
                let heads =
                    conditions.map(\.end)
                    + terms.indices.filter { lexicon.elidedHeads.contains(terms[$0]) }.map {
                        $0 + 1
                    }
                let coordinated = Self.coordinatedConditions(
                    terms, tokens: tokens, text: text, heads: heads,
                    taken: { word in
                        everyday[word] > word
                            || conditions.contains { $0.start <= word && word < $0.end }
                    }, vocabulary: vocabulary)
                for (word, concepts) in coordinated {
                    for concept in concepts {
                        conditions.append((word, word + 1, concept))
                        let name = "condition-" + vocabulary.kind(at: concept).rawValue
                        for label in lexicon.vocabularyLabels[name] ?? [] {
                            tags[word].append((label, word + 1))
                            present[label] = true
                        }
                    }
                    context = true
                }
                if !coordinated.isEmpty {
                    // In order of position, as the loop above found them (a stable sort).
                    conditions = conditions.enumerated().sorted {
                        ($0.element.start, $0.offset) < ($1.element.start, $1.offset)
                    }.map(\.element)
                }
            }
            // Rule N10: a sentence whose company votes for a plant, money, a made thing or the
            // weather, and nothing of health, speaks of that domain (`TaggedSentence+Company`).
            var elsewhere = false
            if let at = Self.speaksOfElsewhere(
                conditions: conditions, ambiguous: ambiguous, tags: tags, present: present,
                lexicon: lexicon)
            {
                context = false
                elsewhere = true
                for name in ["other-domain", "company-elsewhere"] {
                    if let other = lexicon.classID(name) {
                        tags[at].append((other, at + 1))
                        present[other] = true
                    }
                }
            }
            // Principle G (session 28): a sentence whose verb of treatment governs a condition
            // named in every sense casts no domain vote (`TaggedSentence+Precedence`).
            if Self.holdsExplicitClaim(
                conditions: conditions, ambiguous: ambiguous, tokens: tokens, text: text,
                tags: tags, lexicon: lexicon, vocabulary: vocabulary)
            {
                Self.dropDomainVotes(lexicon: lexicon, tags: &tags, present: &present)
            }
            for match in ambiguous {
                var names = ["condition-ambiguous"]
                // Rule L8b: the object of a negated future of falling ill ("you'll never have
                // a stroke") is the illness, context or not (`TaggedSentence+Senses`).
                let fallenIll =
                    !elsewhere
                    && Self.fallenIllObject(
                        match.start, match.end, tokens: tokens, text: text, tags: tags,
                        lexicon: lexicon)
                // Rule L8c: what a living holder is rescued, saved or brought back from ("saved
                // the puppies from parvo") is the illness it had, context or not.
                let rescued =
                    !elsewhere
                    && Self.rescuedFromObject(
                        match.start, match.end, tokens: tokens, text: text, tags: tags,
                        lexicon: lexicon)
                if context || fallenIll || rescued {
                    names.append("condition-" + match.kind.rawValue)
                }
                for name in names {
                    for label in lexicon.vocabularyLabels[name] ?? [] {
                        tags[match.start].append((label, match.end))
                        present[label] = true
                    }
                }
            }
        }
        if let vocabulary = lexicon.vocabulary {
            // Session 29 (`TaggedSentence+Predicates.swift`): a condition's own words are no
            // cue; a condition said of a thing is a figure; the body's natural course is no
            // disease.
            Self.dropCuesInsideConditions(
                conditions: conditions, lexicon: lexicon, tags: &tags, present: &present)
            Self.dropFigures(
                tokens: tokens, text: text, lexicon: lexicon, conditions: &conditions,
                tags: &tags, present: &present)
            Self.dropNaturalCourses(
                tokens: tokens, text: text, lexicon: lexicon, conditions: &conditions,
                tags: &tags, present: &present)
            Self.dropNaturalStates(
                tokens, text: text, vocabulary: vocabulary, lexicon: lexicon,
                conditions: &conditions, tags: &tags, present: &present)
            Self.dropKeptStates(
                tokens, text: text, lexicon: lexicon, conditions: &conditions, tags: &tags)
            Self.dropGrownCultures(
                tokens, text: text, lexicon: lexicon, conditions: &conditions, tags: &tags)
            Self.dropFeltTemperatures(
                tokens, lexicon: lexicon, conditions: &conditions, tags: &tags)
            Self.dropThingHeldSigns(
                tokens, text: text, lexicon: lexicon, conditions: &conditions, tags: &tags,
                present: &present)
            Self.tagElidedConditions(
                tokens, vocabulary: vocabulary, lexicon: lexicon, tags: &tags, present: &present)
        }
        // A vocative is no word of the clause: its plural ("Friends, …") is no verb of the
        // product's (`@opening-verb`), as the clause's own first word after it may be.
        let vocatives = Set(openers.filter(\.vocative).map(\.start))
        for opening in Self.clauseOpenings(tokens, text: text) + openers.map(\.end)
        where !vocatives.contains(opening) {
            Self.tagOpening(
                tokens, at: opening, text: text,
                conditionAtStart: conditions.contains { $0.start == opening },
                lexicon: lexicon, tags: &tags, present: &present)
        }
        Self.tagClauseImperatives(
            tokens, text: text, lexicon: lexicon, openers: openers.map(\.end), tags: &tags,
            present: &present)
        Self.tagAbilityFragments(
            tokens, text: text, lexicon: lexicon, openers: openers.map(\.end), tags: &tags,
            present: &present)
        Self.tagJourneyHalts(tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
        Self.tagFacultyLine(tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
        Self.tagFacultyProducts(
            tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
        Self.tagPastEvent(
            tokens, text: text, lexicon: lexicon, conditions: conditions,
            clauseStart: opened, tags: &tags, present: &present)
        Self.tagStatePromise(
            tokens, text: text, lexicon: lexicon, openers: openers.map(\.end), tags: &tags,
            present: &present)
        Self.tagClinicianNamed(
            tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
        Self.dropPromisedCautions(tokens, lexicon: lexicon, tags: &tags, present: &present)
        Self.dropAudienceClinicians(
            tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
        Self.tagConsultedClinicians(
            tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
        Self.tagReplacedDrugs(
            tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
        Self.dropSwapCautions(
            tokens, text: text, lexicon: lexicon, tags: &tags, present: &present)
        self.conditions = conditions
        self.tags = tags
        self.present = present
        self.presentSet = ClassSet(present: present)
    }

    /// The text between word `index - 1` and word `index`. The pieces of one written word
    /// share or overlap its offsets (a contraction's `n't` token spans the whole "don't", a
    /// camel-case name's or a hashtag's pieces its text), so the text between them is empty,
    /// never a reversed range (which traps).
    static func gap(
        before index: Int, tokens: [Token], text: [Unicode.Scalar]
    ) -> ArraySlice<Unicode.Scalar> {
        let upper = min(tokens[index].start, text.count)
        return text[min(tokens[index - 1].end, upper)..<upper]
    }

    /// The same sentence written again `shift` scalars later (copy repeats itself, and a
    /// sentence is tagged from its own text): its range and tokens moved, its stems, tags and
    /// conditions shared with `other`; whether it opens a paragraph is its own.
    init(repeating other: TaggedSentence, shift: Int, opensParagraph: Bool) {
        range = (other.range.lowerBound + shift)..<(other.range.upperBound + shift)
        tokens = other.tokens.map { token in
            var moved = token
            moved.start += shift
            moved.end += shift
            return moved
        }
        terms = other.terms
        tags = other.tags
        present = other.present
        presentSet = other.presentSet
        isQuestion = other.isQuestion
        self.opensParagraph = opensParagraph
        conditions = other.conditions
        conceptWords = other.conceptWords
        clauseStart = other.clauseStart
    }

    /// Drops the symptoms tied to a natural state: a symptom of the vocabulary followed by a
    /// `@state-link` ("of", "during", "after", "that comes with") and, at most two words on,
    /// by a `@natural-state` ("menopause", "early pregnancy", "a hard workout"), or one of a list
    /// of such symptoms joined by "and", "or" or commas ("the hot flashes and night sweats of
    /// menopause"), or preceded by the natural state it follows, next to it or one word (the
    /// part) apart ("leg day soreness", "post-gym muscle soreness").
    /// FDA reads the ordinary symptoms of pregnancy, menopause, the menstrual cycle
    /// and ageing (and soreness after exercise) as no disease (21 CFR 101.93(g)(2)(iii); 65 FR
    /// 1000, 1018-1020): the phrase keeps no class, like an everyday phrase. What is not
    /// admitted: a disease of the vocabulary ("toxemia of pregnancy", "osteoporosis after
    /// menopause"), a symptom the Disease Ontology files as a disease ("depression during
    /// pregnancy"), and one said severe (`@severity`: "severe cramps of your period").
    static func dropNaturalStates(
        _ tokens: [Token], text: [Unicode.Scalar], vocabulary: ConditionVocabulary,
        lexicon: Lexicon, conditions: inout [(start: Int, end: Int, concept: Int)],
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let state = lexicon.naturalState, let link = lexicon.stateLink, present[state],
            !conditions.isEmpty
        else { return }
        func ordinary(_ concept: Int) -> Bool {
            vocabulary.kind(at: concept) == .symptom
                && !vocabulary.concept(at: concept).conceptIDs.contains { $0.hasPrefix("DOID:") }
        }
        func spaces(before index: Int) -> Bool {
            gap(before: index, tokens: tokens, text: text).allSatisfy { $0 == " " }
        }
        func end(of id: Int, at index: Int) -> Int? {
            guard index < tokens.count else { return nil }
            return tags[index].filter { $0.classID == id }.map(\.end).max()
        }
        let startingAt = Dictionary(
            conditions.map { ($0.start, $0) }, uniquingKeysWith: { first, _ in first })
        // Whether a list of ordinary symptoms from `first` on ends in a link to a natural state.
        func tied(_ first: (start: Int, end: Int, concept: Int)) -> Bool {
            guard ordinary(first.concept) else { return false }
            var index = first.end
            while index < tokens.count {
                let gap = Self.gap(before: index, tokens: tokens, text: text)
                guard gap.allSatisfy({ $0 == " " || $0 == "," }) else { break }
                let joined = ["and", "or"].contains(tokens[index].term)
                let next = joined ? index + 1 : index
                guard joined || gap.contains(","), let symptom = startingAt[next],
                    ordinary(symptom.concept)
                else { break }
                index = symptom.end
            }
            guard index < tokens.count, spaces(before: index), let linked = end(of: link, at: index)
            else { return false }
            var word = linked
            while word < min(tokens.count, linked + 3), spaces(before: word) {
                if end(of: state, at: word) != nil { return true }
                if startingAt[word] != nil { return false }
                word += 1
            }
            return false
        }
        // Whether a natural state stands right before the symptom as the time it follows
        // ("leg day soreness", "post-gym muscle soreness"): the state's words end where the
        // symptom begins, or one word before it (the part that is sore), with nothing but
        // spaces and hyphens between.
        func joined(_ index: Int) -> Bool {
            gap(before: index, tokens: tokens, text: text).allSatisfy { $0 == " " || $0 == "-" }
        }
        let severity = lexicon.classID("severity")
        func follows(_ symptom: (start: Int, end: Int, concept: Int)) -> Bool {
            guard ordinary(symptom.concept), symptom.start > 0, joined(symptom.start) else {
                return false
            }
            // One said severe around it ("period cramps so bad you miss school") is not ordinary.
            let around = max(0, symptom.start - 3)..<min(tokens.count, symptom.end + 3)
            if let severity,
                around.contains(where: { word in
                    tags[word].contains { $0.classID == severity }
                })
            {
                return false
            }
            let ends =
                symptom.start > 1 && joined(symptom.start - 1)
                ? [symptom.start, symptom.start - 1] : [symptom.start]
            return (max(0, symptom.start - 4)..<symptom.start).contains { word in
                tags[word].contains { $0.classID == state && ends.contains($0.end) }
            }
        }
        var dropped: [Range<Int>] = []
        for condition in conditions where tied(condition) || follows(condition) {
            let before = condition.start > 0 ? condition.start - 1 : nil
            if let severity = lexicon.classID("severity"), let before,
                tags[before].contains(where: { $0.classID == severity })
            {
                continue
            }
            dropped.append(condition.start..<condition.end)
        }
        dropSpans(dropped, conditions: &conditions, tags: &tags, present: &present)
    }

    /// Drops the conditions on `dropped`'s spans, clears their tokens' classes and recounts
    /// which classes the sentence still holds (the end of every reading that takes a phrase's
    /// condition away: natural states, natural courses).
    static func dropSpans(
        _ dropped: [Range<Int>], conditions: inout [(start: Int, end: Int, concept: Int)],
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard !dropped.isEmpty else { return }
        conditions.removeAll { c in dropped.contains { $0 == c.start..<c.end } }
        for span in dropped {
            for token in span { tags[token].removeAll() }
        }
        present = [Bool](repeating: false, count: present.count)
        for list in tags {
            for tag in list { present[tag.classID] = true }
        }
    }

    /// Drops every tag but the `everyday-sense` phrase's own from the tokens it covers, notes
    /// in `covered` where the phrase covering each token ends, and recounts `present`.
    private static func keepEveryday(
        _ id: Int, tags: inout [[(classID: Int, end: Int)]], present: inout [Bool],
        covered: inout [Int]
    ) {
        for start in tags.indices {
            for tag in tags[start] where tag.classID == id {
                for token in start..<tag.end { covered[token] = max(covered[token], tag.end) }
            }
        }
        for token in tags.indices where covered[token] > token {
            let starts = tags[token].contains { $0.classID == id && $0.end == covered[token] }
            tags[token].removeAll { !(starts && $0.classID == id) }
        }
        present = [Bool](repeating: false, count: present.count)
        for list in tags {
            for tag in list { present[tag.classID] = true }
        }
    }

    /// Whether the condition phrase ending at `end` ends in a particle that is a preposition
    /// here, heading the words after it ("toes in winter" is not "toeing in", "passing out
    /// flyers" not "passing out"): the particle (`@particle`) is followed in the same clause
    /// by a determiner or a word that is neither a stopword nor a `@clause-adverb`.
    static func endsInPreposition(
        _ end: Int, tokens: [Token], text: [Unicode.Scalar], tags: [[(classID: Int, end: Int)]],
        lexicon: Lexicon
    ) -> Bool {
        guard let particle = lexicon.particle, end >= 2, end < tokens.count,
            tags[end - 1].contains(where: { $0.classID == particle && $0.end == end }),
            gap(before: end, tokens: tokens, text: text).allSatisfy({ $0 == " " })
        else { return false }
        func has(_ id: Int?) -> Bool {
            guard let id else { return false }
            return tags[end].contains { $0.classID == id }
        }
        if has(lexicon.determiner) { return true }
        return !lexicon.stopwords.contains(tokens[end].term) && !has(lexicon.clauseAdverb)
    }

    /// Whether the condition phrase ending at `end` is the first part of a plant's name: a
    /// `plant-part` word right after it, joined by a space or a hyphen ("cramp bark",
    /// "Fever-Tree", "scurvy grass"): the plant is named after the illness, it is not the
    /// illness. A plant part followed by a determiner or a possessive is a verb taking its
    /// object ("COVID leaves your body", "roots out the"), not a noun of the name.
    static func namesPlant(
        _ end: Int, tokens: [Token], text: [Unicode.Scalar], tags: [[(classID: Int, end: Int)]],
        lexicon: Lexicon
    ) -> Bool {
        guard let part = lexicon.plantPart, end >= 1, end < tokens.count,
            tags[end].contains(where: { $0.classID == part }),
            tokens[end].start >= tokens[end - 1].end,
            gap(before: end, tokens: tokens, text: text).allSatisfy({ $0 == " " || $0 == "-" })
        else { return false }
        if end + 1 < tokens.count,
            gap(before: end + 1, tokens: tokens, text: text).allSatisfy({ $0 == " " }),
            complaintDeterminers.contains(tokens[end + 1].term)
                || complaintPossessives.contains(tokens[end + 1].term)
        {
            return false
        }
        return true
    }

    /// Drops every tag from the words after a `simile-frame` phrase ("tastes like"), to the
    /// end of its clause (a punctuation mark other than a hyphen, or a `clause-joiner` word:
    /// "and", "but") or at most `simileWindow` words, and notes in `covered` where the
    /// dropped span ends.
    private static func dropSimiles(
        _ id: Int, joiner: Int?, tokens: [Token], text: [Unicode.Scalar],
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool], covered: inout [Int]
    ) {
        let frames = tags.indices.flatMap { start in
            tags[start].filter { $0.classID == id && $0.end < tokens.count }.map(\.end)
        }
        for first in frames {
            var last = first
            while last + 1 < tokens.count, last + 1 - first < simileWindow,
                gap(before: last + 1, tokens: tokens, text: text).allSatisfy({
                    $0 == " " || $0 == "-"
                }),
                !tags[last + 1].contains(where: { $0.classID == joiner })
            {
                last += 1
            }
            for token in first...last {
                covered[token] = max(covered[token], last + 1)
                tags[token].removeAll()
            }
        }
        present = [Bool](repeating: false, count: present.count)
        for list in tags {
            for tag in list { present[tag.classID] = true }
        }
    }

    /// How many words before a possessor a determiner makes it a particular animal.
    static let kindNameReach = 3

    /// The classes of a part of a body that a classifying genitive takes away (see
    /// `keepKindNames`).
    static let bodyPartClasses = [
        "animal-part", "animal-part-shared", "mesh-anatomy", "body-location", "internal-organ",
        "complaint-location", "complaint-location-possessed",
    ]

    /// A part of an animal after the bare possessive of an animal's kind — no determiner, no
    /// possessive before it ("Lion's mane", "cat's claw", "bear's garlic") — names a kind of
    /// thing (a classifying genitive: a mushroom, a herb), not the part of a body: both words
    /// lose their classes. A particular animal's part keeps them ("my mare's hoof", "the dog's
    /// paw", "our cat's claw").
    private static func keepKindNames(
        _ tokens: [Token], lexicon: Lexicon, tags: inout [[(classID: Int, end: Int)]],
        present: inout [Bool]
    ) {
        guard let kind = lexicon.classID("animal-kind"), present[kind] else { return }
        let parts = bodyPartClasses.compactMap(lexicon.classID)
        let determiners = ["determiner", "first-person", "reader-address"].compactMap(
            lexicon.classID)
        var changed = false
        for index in tokens.indices.dropFirst()
        where tokens[index - 1].isPossessive
            && tags[index - 1].contains(where: { $0.classID == kind && $0.end == index })
            && tags[index].contains(where: { parts.contains($0.classID) })
        {
            // A determiner or a possessive up to three words before the possessor makes it a
            // particular animal ("your old cat's hips", "the big dog's paw").
            let particular = (max(0, index - 1 - Self.kindNameReach)..<(index - 1)).contains {
                tokens[$0].isPossessive
                    || tags[$0].contains(where: { determiners.contains($0.classID) })
            }
            if particular { continue }
            // The name keeps no class, as an everyday phrase does (`keepEveryday`): the classes
            // that hold a part of a body (a story's problem, a sufferer) hold these words too.
            tags[index - 1].removeAll()
            tags[index].removeAll()
            changed = true
        }
        guard changed else { return }
        present = [Bool](repeating: false, count: present.count)
        for list in tags {
            for tag in list { present[tag.classID] = true }
        }
    }

    /// How many words after "tastes like" a simile may run.
    static let simileWindow = 6

    /// A `product-form` word written capitalised after a capitalised word ("Mood Drops",
    /// "Sleep Gummies", "Joint Chews") is the end of a product's name, not a verb: it loses its
    /// verb classes (`-verb`; "my mood drops in winter" keeps them).
    private static func keepProductForms(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let form = lexicon.productForm, present[form] else { return }
        dropVerbClasses(lexicon: lexicon, tags: &tags, present: &present) { index, tags in
            tags[index].contains(where: { $0.classID == form && $0.end == index + 1 })
                && text[tokens[index].start].properties.isUppercase
                && text[tokens[index - 1].start].properties.isUppercase
        }
    }

    /// A word of a body's doing (`@body-doing-verb`: "smart", "ache", "itch") written bare and
    /// joined by a hyphen to the word before it ("heart-smart", "bone-ache") is a piece of a
    /// compound modifier or noun, not the verb of that word: it loses its verb classes
    /// (`-verb`). Written inflected it keeps them: "ear-ringing", "cholesterol-lowering" say
    /// what the verb does to or in the word before.
    private static func keepCompounds(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let doing = lexicon.classID("body-doing-verb"), present[doing] else { return }
        dropVerbClasses(lexicon: lexicon, tags: &tags, present: &present) { index, tags in
            tags[index].contains(where: { $0.classID == doing && $0.end == index + 1 })
                && isHyphenated(index, tokens: tokens, text: text)
                && !isInflected(tokens[index], text: text)
        }
    }

    /// Removes the verb classes (`-verb`) of every word after the first that `drops` picks
    /// (given the word's index and the tags), and counts again which classes are present.
    private static func dropVerbClasses(
        lexicon: Lexicon, tags: inout [[(classID: Int, end: Int)]], present: inout [Bool],
        where drops: (Int, [[(classID: Int, end: Int)]]) -> Bool
    ) {
        var changed = false
        for index in tags.indices.dropFirst()
        where tags[index].contains(where: { lexicon.isVerbClass[$0.classID] })
            && drops(index, tags)
        {
            tags[index].removeAll { lexicon.isVerbClass[$0.classID] }
            changed = true
        }
        guard changed else { return }
        present = [Bool](repeating: false, count: present.count)
        for list in tags {
            for tag in list { present[tag.classID] = true }
        }
    }

    /// Whether a word is joined to a word of letters before it by a hyphen alone
    /// ("heart-smart"; not "heart - smart", "3-ache").
    static func isHyphenated(_ index: Int, tokens: [Token], text: [Unicode.Scalar]) -> Bool {
        let before = tokens[index - 1]
        guard before.end + 1 == tokens[index].start, before.end < text.count,
            text[before.end] == "-", before.start < before.end
        else { return false }
        return text[before.start..<before.end].allSatisfy { $0.properties.isAlphabetic }
    }

    /// Whether a word is written with a verb's ending ("-ing", "-ed", "-s").
    private static func isInflected(_ token: Token, text: [Unicode.Scalar]) -> Bool {
        guard token.end <= text.count, token.end - token.start > 3 else { return false }
        let word = String(String.UnicodeScalarView(text[token.start..<token.end])).lowercased()
        return word.hasSuffix("ing") || word.hasSuffix("ed") || word.hasSuffix("s")
    }

    /// Tags the names of a sentence: a coined name built on a condition's name
    /// (`@condition-in-name`: "HyperTensa"), a camel-case name with a cure word among its
    /// pieces (`@cure-in-name`: "MaculaCure") and a camel-case name whose word no dictionary
    /// knows (`@coined-name`: "FolliRise"), each over the whole name.
    private static func tagNames(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        var index = 0
        while index < tokens.count {
            var end = index + 1
            while end < tokens.count, tokens[end].start == tokens[index].start { end += 1 }
            defer { index = end }
            var labels: [Int] = []
            if tokens[index].isCoinedName {
                labels += lexicon.vocabularyLabels["condition-in-name"] ?? []
            }
            if let word = lexicon.nameCureWord, let name = lexicon.cureInName,
                tokens[index].isNamePiece,
                (index..<end).contains(where: { piece in
                    tags[piece].contains { $0.classID == word }
                })
            {
                labels.append(name)
            }
            if let coined = lexicon.coinedName, end - index > 1,
                isCoinedWord(tokens[index], text: text)
            {
                labels.append(coined)
            }
            for label in labels {
                tags[index].append((label, end))
                present[label] = true
            }
        }
    }

    /// Whether a camel-case name's word is coined: written with capitals and letters only,
    /// its first a capital, and no word WordNet or the condition vocabulary knows ("FolliRise";
    /// not "PowerPoint"'s pieces alone: the whole word is asked).
    private static func isCoinedWord(_ token: Token, text: [Unicode.Scalar]) -> Bool {
        guard token.end <= text.count, token.end - token.start >= 4,
            text[token.start].properties.isUppercase,
            text[token.start..<token.end].allSatisfy({ $0.properties.isAlphabetic })
        else { return false }
        let word = String(String.UnicodeScalarView(text[token.start..<token.end])).lowercased()
        return !Lexicon.isKnownWord(word)
    }

    /// Whether every class the pattern needs occurs in the sentence.
    @inline(__always)
    func mayMatch(_ pattern: Pattern) -> Bool {
        pattern.requiredClasses.allSatisfy { present[$0] }
    }

    /// Whether the pattern's first element may start at `position`: its class has a phrase
    /// starting there, its first literal word is there, or a number is; where it may not,
    /// `match` fails at once (this is read at every word, before the call).
    @inline(__always)
    private func mayStart(_ pattern: Pattern, at position: Int) -> Bool {
        let id = pattern.wordClasses[0]
        if id >= 0 { return tags[position].contains { $0.classID == id } }
        switch pattern.elements[0] {
        case .literal(let words): return ShortText.equal(terms[position], words[0])
        case .number, .word: return true
        }
    }

    /// All non-overlapping matches, leftmost first, each as short as possible.
    func matches(_ pattern: Pattern, within: Int) -> [PatternMatch] {
        var result: [PatternMatch] = []
        forEachMatch(pattern, within: within) { result.append($0) }
        return result
    }

    /// `body` on each of `matches(pattern, within:)`, in order, without the list (most rules
    /// tested find none, and a list found is read once).
    @inline(__always)
    func forEachMatch(
        _ pattern: Pattern, within: Int, _ body: (PatternMatch) -> Void
    ) {
        guard mayMatch(pattern) else { return }
        var position = 0
        while position < terms.count {
            if mayStart(pattern, at: position),
                let match = match(
                    pattern, element: 0, at: position, start: position,
                    within: within, anchor: position)
            {
                body(match)
                position = max(match.end, position + 1)
            } else {
                position += 1
            }
        }
    }

    /// Whether the pattern matches anywhere. Whether its classes occur is asked where it is
    /// called (most patterns asked of a sentence lack one: 2.7 of 3.5 million in a check of
    /// 1 MB of distinct sentences), the rest in `matchesAnywhere`.
    @inline(__always)
    func contains(_ pattern: Pattern, within: Int) -> Bool {
        mayMatch(pattern) && matchesAnywhere(pattern, within: within)
    }

    /// `contains` past `mayMatch`.
    private func matchesAnywhere(_ pattern: Pattern, within: Int) -> Bool {
        for position in terms.indices
        where mayStart(pattern, at: position)
            && match(
                pattern, element: 0, at: position, start: position, within: within,
                anchor: position) != nil
        {
            return true
        }
        return false
    }

    /// Whether a match of the pattern ends within `window` tokens before `anchor`
    /// (or covers it). A hashtag stands on its own: what qualifies a word of one must be in
    /// the same hashtag ("Numbers don't lie #statinfree" negates nothing in the tag).
    func occursBefore(_ pattern: Pattern, anchor: Int, window: Int, within: Int) -> Bool {
        guard mayMatch(pattern) else { return false }
        let low = max(0, anchor - window - 4)
        let hashtag = anchor < tokens.count && tokens[anchor].isHashtag ? tokens[anchor].start : nil
        for position in low..<min(terms.count, anchor + 1) {
            if let hashtag, tokens[position].start != hashtag { continue }
            if mayStart(pattern, at: position),
                let m = match(
                    pattern, element: 0, at: position, start: position, within: within,
                    anchor: position), m.end >= anchor - window, m.start <= anchor
            {
                return true
            }
        }
        return false
    }

    /// Matches the pattern from `element` on, the element starting at `position`: each of its
    /// ends tried longest first (a class phrase can end at several tokens), without building
    /// a list of them (this runs for every token of every sentence and pattern).
    private func match(
        _ pattern: Pattern, element: Int, at position: Int, start: Int, within: Int, anchor: Int
    ) -> PatternMatch? {
        guard position < terms.count else { return nil }
        func from(_ end: Int) -> PatternMatch? {
            if element == pattern.elements.count - 1 {
                return PatternMatch(start: start, end: end, anchor: position)
            }
            let next = element + 1
            let limit = pattern.gapBefore[next] ? min(terms.count - 1, end + within) : end
            guard end <= limit else { return nil }
            for candidate in end...limit {
                if let found = match(
                    pattern, element: next, at: candidate, start: start,
                    within: within, anchor: candidate)
                {
                    return found
                }
            }
            return nil
        }
        let id = pattern.wordClasses[element]
        if id >= 0 {
            // The class's ends here, longest first (an end tried once fails the same again).
            var below = Int.max
            while true {
                var longest = -1
                for tag in tags[position] where tag.classID == id && tag.end < below {
                    longest = max(longest, tag.end)
                }
                guard longest >= 0 else { return nil }
                if let found = from(longest) { return found }
                below = longest
            }
        }
        switch pattern.elements[element] {
        case .word:
            return nil  // a class, matched above
        case .literal(let words):
            guard position + words.count <= terms.count else { return nil }
            for k in 0..<words.count where !ShortText.equal(terms[position + k], words[k]) {
                return nil
            }
            return from(position + words.count)
        case .number:
            guard terms[position].unicodeScalars.first.map({ ("0"..."9").contains($0) }) == true
            else { return nil }
            return from(position + 1)
        }
    }
}
