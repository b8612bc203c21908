/// The EU register: what it says about the health claim of a sentence.
extension Checker {
    /// What the register said about the sentences of a chunk, so that the register rules (five
    /// of them ask about the same sentence) and the neighbouring sentences (an Article 14
    /// wording spans two) work each sentence out once. One per chunk; not shared across threads.
    final class RegisterMemo {
        /// Per sentence, the first sentence written the same (`-1`: none; see `tag`): a
        /// sentence's substances and targets are those of that first one.
        let firsts: [Int]
        /// Per sentence, what it is made from (`RepeatKey`; none when it is read on its own),
        /// and what earlier batches read of the sentences made the same (`ReadMemo`).
        let keys: [RepeatKey?]
        let before: ReadMemo.Register
        var verdicts: [Int: RegisterVerdict?] = [:]
        var targets: [Int: RegisterTargets] = [:]
        /// The substances each sentence names (a sentence naming none reads the two before it).
        var mentions: [Int: [(group: Int, start: Int, end: Int)]] = [:]
        /// What the register reads in each sentence alone (`SentenceReading`), by the sentence
        /// written first: a sentence written again is judged against its neighbours afresh,
        /// but its own words are read once.
        var readings: [Int: SentenceReading] = [:]
        /// The verdicts `judgeRegister` reached on a sentence's own words alone (it names a
        /// substance, says more of health than a label line, and no neighbour was asked for an
        /// Article 14 wording's other half), by the sentence written first, the substance's
        /// range counted from the sentence's start: a sentence written the same gets the same
        /// verdict, moved to where it stands (in a check of 1 MB of copy, 8,000 of 11,700
        /// sentences judged).
        var alone: [Int: RegisterVerdict] = [:]

        init(firsts: [Int], keys: [RepeatKey?] = [], before: ReadMemo.Register = .init()) {
            self.firsts = firsts
            self.keys = keys
            self.before = before
        }

        /// The sentence whose substances and targets a sentence's are.
        func written(_ number: Int) -> Int { firsts[number] >= 0 ? firsts[number] : number }

        /// The key of the sentence whose substances and targets a sentence's are, if any.
        func key(_ number: Int) -> RepeatKey? {
            keys.isEmpty ? nil : keys[written(number)]
        }

        /// What this chunk read of its keyed sentences, by key, for the batches to come.
        func learnt() -> ReadMemo.Register {
            var found = ReadMemo.Register()
            guard !keys.isEmpty else { return found }
            for (number, value) in mentions {
                if let key = keys[number] { found.mentions[key] = value }
            }
            for (number, value) in targets {
                if let key = keys[number] { found.targets[key] = value }
            }
            for (number, value) in readings {
                if let key = keys[number] { found.readings[key] = value }
            }
            for (number, value) in alone {
                if let key = keys[number] { found.alone[key] = value }
            }
            return found
        }
    }

    /// What the register reads in a sentence alone, whatever its neighbours: whether it names a
    /// health aspect, the stems of its intensifiers, the lead-in before each substance it names
    /// and the circumstances it adds (see `judgeRegister`).
    struct SentenceReading {
        var namesAspect: Bool
        var intensifiers: [String]
        var leads: [Int: RegisterTargets]
        var circumstance: RegisterTargets
        /// Whether the copy moves an aspect up or down (`changesAnAspect`).
        var moves: Bool = false
    }

    /// The register's verdict for a sentence: about the substances it names (or, when it names
    /// none, those of the two sentences before it in its paragraph); `unauthorised` with no
    /// substance when none is named (the claim is about the product). A paragraph is the scope of a subject: an earlier paragraph's substance is not
    /// what a later one speaks of, so a sentence reads the same alone as after any other
    /// paragraph.
    func registerVerdict(
        _ sentences: [TaggedSentence], number: Int, memo: RegisterMemo
    ) -> RegisterVerdict? {
        if let known = memo.verdicts[number] { return known }
        let verdict = judgeRegister(sentences, number: number, memo: memo)
        memo.verdicts[number] = .some(verdict)
        return verdict
    }

    /// Whether a health claim that names no substance the register knows speaks of a product:
    /// the test of `disease-in-product-copy` (a product form, a word pointing at the product, a
    /// coined name, a label opening with a verb of the third person), or a subject that is a
    /// thing, an ingredient Evident does not know ("Himalayan shilajit restores …"). A subject
    /// that is something the reader does is no product: a gerund ("Walking for thirty minutes
    /// daily is good for your mood"), or an instruction whose health verb says its purpose
    /// ("Wear sunscreen every day to protect your skin": the first health verb after "to").
    func isAboutAProduct(_ sentence: TaggedSentence) -> Bool {
        if book.productTopic.contains(where: { sentence.contains($0, within: 8) }) { return true }
        if let gerund = book.lexicon.openingGerund, sentence.present[gerund] { return false }
        guard let verb = book.healthVerbClass,
            let first = sentence.tags.firstIndex(where: { $0.contains { $0.classID == verb } })
        else { return true }
        return first == 0 || sentence.terms[first - 1] != "to"
    }

    /// Whether a word of `@health-target` or `@eu-health-aspect` stands outside the substances a
    /// sentence names ("calcium" is a health target and a substance) and belongs to no thing
    /// (`heldByAThing`).
    private func namesHealthTarget(
        _ sentence: TaggedSentence, besides mentions: [(group: Int, start: Int, end: Int)],
        otherSenses other: [Bool]
    ) -> Bool {
        let classes = book.register.aspectClasses.filter { sentence.present[$0] }
        guard !classes.isEmpty else { return false }
        for (position, tags) in sentence.tags.enumerated()
        where !mentions.contains(where: { $0.start <= position && position < $0.end })
            && !other[position]
        {
            for tag in tags where classes.contains(tag.classID) {
                if !heldByAThing(sentence, start: position, end: tag.end) { return true }
            }
        }
        return false
    }

    /// Whether a function, process or state of a body or a mind (`@eu-body-function`) stands
    /// outside the substances a sentence names, in no other sense, as a person's
    /// (`heldByAPerson`): "keeps her ovulation regular", not "a place of dreams".
    private func namesBodyFunction(
        _ sentence: TaggedSentence, besides mentions: [(group: Int, start: Int, end: Int)],
        otherSenses other: [Bool]
    ) -> Bool {
        let function = book.register.functionClass.flatMap { sentence.present[$0] ? $0 : nil }
        let part = book.register.heldBodyClass.flatMap { sentence.present[$0] ? $0 : nil }
        let animal = book.lexicon.classID("animal-part-shared").map { sentence.present[$0] }
        guard function != nil || part != nil || animal == true else { return false }
        for (position, tags) in sentence.tags.enumerated()
        where !mentions.contains(where: { $0.start <= position && position < $0.end })
            && !other[position]
        {
            if tags.contains(where: { $0.classID == function }),
                heldByAPerson(sentence, start: position)
            {
                return true
            }
            if tags.contains(where: { $0.classID == part }), holdsBodyPart(sentence, at: position) {
                return true
            }
            if animalHoldsPart(sentence, at: position) { return true }
        }
        return false
    }

    /// The words that make a person's part of the body a place or a tool when they come just
    /// before it: "melts in your mouth", "a smile on your face", "runs down your chin", "tear
    /// open with your thumbnail" say where something is or what does it, not what a food does
    /// to the part (`holdsBodyPart`).
    static let placeLinks: Set<String> = Set(
        [
            "in", "into", "on", "onto", "upon", "down", "over", "across", "around", "through",
            "between", "under", "behind", "against", "at", "up", "inside", "beside", "along",
            "with", "by",
        ].map { Stemmer.stem($0) })

    /// Whether the word at `position` (a part of a body, `RegisterMatcher.heldBodyClass`) is
    /// a person's or an animal's the copy says a food acts on: a word of `@function-holder`
    /// ends within `holderReach` words before it (`heldByAPerson`: "whittles your waist",
    /// "his bile") and no word of a place stands just before that holder (`placeLinks`: "in
    /// your mouth", "on your face"); or the part is what a food is for ("for a trimmer waistline", "for glossier hair": "for"
    /// within `holderReach` words before it, the part of whoever takes the food).
    /// A word of the body's weight, shape or appetite whose commonest sense is another
    /// (`RegisterMatcher.weightHeldClasses`: "figure", "slim", "cravings") is held only by a
    /// person (`RegisterMatcher.weightHolderClass`: "your figure", "helps you slim"): "keep
    /// their shape in the tin" is a thing's.
    func holdsBodyPart(_ sentence: TaggedSentence, at position: Int) -> Bool {
        let lower = max(0, position - Checker.holderReach)
        let matcher = book.register
        let weightOnly =
            sentence.tags[position].contains { matcher.weightHeldClasses.contains($0.classID) }
            && !sentence.tags[position].contains { $0.classID == matcher.bodyPartClass }
        // A person's function (`@eu-function-held`) is held by a person's noun too, written
        // just before it ("helps kids grow", "your child's growth"; "our best seller, boils fast"
        // is a kettle's), a weight word only by the reader, the writer, "his" or "her".
        let functionOnly =
            weightOnly
            && sentence.tags[position].contains { $0.classID == matcher.functionHeldClass }
        if functionOnly, position > 0, let person = matcher.functionPersonClass,
            sentence.tags[position - 1].contains(where: {
                $0.classID == person && $0.end == position
            })
        {
            return true
        }
        let holding = weightOnly ? matcher.weightHolderClass : matcher.holderClass
        if let holder = holding, sentence.present[holder],
            let start = (lower..<position).first(where: { start in
                sentence.tags[start].contains { $0.classID == holder && $0.end <= position }
            })
        {
            return start == 0 || !Checker.placeLinks.contains(sentence.terms[start - 1])
        }
        return (lower..<position).contains { sentence.terms[$0] == "for" }
    }

    /// Whether the word at `position` is a part of an animal's body that a word has another,
    /// commoner sense for (`@animal-part-shared`: "coat", "fleece", "mane"), written just after
    /// the possessive of an animal's kind (`@animal-kind`: "our spaniel's coat", "the pony's
    /// fleece"): the animal holds it, so it is a part of a body ("a dog coat" is a garment).
    func animalHoldsPart(_ sentence: TaggedSentence, at position: Int) -> Bool {
        guard position > 0, sentence.tokens[position - 1].isPossessive,
            let part = book.lexicon.classID("animal-part-shared"), sentence.present[part],
            let kind = book.lexicon.classID("animal-kind"), sentence.present[kind],
            sentence.tags[position].contains(where: { $0.classID == part })
        else { return false }
        return (0..<position).contains { start in
            sentence.tags[start].contains { $0.classID == kind && $0.end == position }
        }
    }

    /// How many words before a function of the body (`@eu-body-function`) may stand between it and
    /// the person it belongs to ("your balance", "gives you vivid, restful dreams").
    static let holderReach = 3

    /// Whether the words from `start` (a function, process or state of a body or a mind:
    /// `RegisterMatcher.functionClass`) are a person's: a word of `@function-holder` (the
    /// reader, the writer, "his", "her", "their") ends within `holderReach` words before them.
    /// Memory, energy, a mood or stamina named with no person are a thing's or a room's ("32 GB
    /// of memory", "a warm mood"), no aspect of health.
    func heldByAPerson(_ sentence: TaggedSentence, start: Int) -> Bool {
        guard let holder = book.register.holderClass, sentence.present[holder] else {
            return false
        }
        return (max(0, start - Checker.holderReach)..<start).contains { position in
            sentence.tags[position].contains { $0.classID == holder && $0.end <= start }
        }
    }

    /// Per word, whether a word of a health aspect is written in another sense there: the
    /// adverb of a verb of return ("the flavours are back", "comes back with mackerel":
    /// `@come-back`); a word of a phrase in which it names no part of a body (`@body-idiom`,
    /// from WordNet: "by hand", "lamb's ear"; the lexicon's `@everyday-sense`: "blood
    /// orange"); a form a product is sold in ("serum"); a word that names a kind of a food or a thing, just before a food or a
    /// thing (`@eaten-noun`, `@holder-noun`) without a word between ("blood orange", "the back
    /// label"); or a part of a food's body, just after the food ("chicken hearts", "chicken
    /// liver"). None is an aspect of a body.
    func otherSenses(_ sentence: TaggedSentence) -> [Bool] {
        otherSenses(
            sentence,
            nutrition: nutritionClaims(sentence).union(substanceSources(sentence)).union(
                audience(sentence)))
    }

    /// `otherSenses(_:)`, given the positions of the sentence's nutrition claims and of the
    /// words that say where a substance comes from (`nutritionClaims`, `substanceSources`),
    /// which `readAlone` reads too: worked out once for both.
    func otherSenses(_ sentence: TaggedSentence, nutrition: Set<Int>) -> [Bool] {
        var other = [Bool](repeating: false, count: sentence.terms.count)
        // A word after "for" with a number just after it says for whom or what size the product
        // is ("for ages three to ten", "for age 4 and up", "for years 7 to 11"): an audience's
        // age or a measure, label text, not what of health.
        if let numbers = book.lexicon.classID("number-word"), sentence.terms.count > 2 {
            for position in 1..<(sentence.terms.count - 1)
            where sentence.terms[position - 1] == "for"
                && (sentence.terms[position + 1].first?.isNumber == true
                    || sentence.tags[position + 1].contains { $0.classID == numbers })
            {
                other[position] = true
            }
        }
        // A word just before a thing or a food names a kind of it ("the back label", "blood
        // orange"); before a nutrient it says where the nutrient is ("blood calcium levels").
        // Before a form or a container the product is sold in it names the kind of form ("mouth
        // spray", "eye drops", "a family tub"): how the product is taken, not what it does.
        // A word used mostly as a verb (`@instruction-verb`) after a part or a function a person
        // holds is what that part does ("your muscles work as they should", "your joints stay
        // supple"): the thing's noun it shares a stem with ("works", "stays") is not there.
        // A word that opens a phrase of a health aspect running on through the thing's word is
        // that phrase, not a kind of the thing ("love handles", "spare tyre").
        let kinds = ["holder-noun", "eaten-noun", "product-topic"].compactMap(
            book.lexicon.classID)
        let verb = book.lexicon.classID("instruction-verb")
        let aspects =
            book.register.aspectClasses
            + [book.register.heldBodyClass, book.register.functionClass].compactMap { $0 }
        for position in sentence.terms.indices.dropLast()
        where sentence.tags[position + 1].contains(where: { kinds.contains($0.classID) }) {
            if let verb, sentence.tags[position + 1].contains(where: { $0.classID == verb }),
                heldByAPerson(sentence, start: position)
            {
                continue
            }
            if sentence.tags[position].contains(where: {
                aspects.contains($0.classID) && $0.end > position + 1
            }) {
                continue
            }
            other[position] = true
        }
        // A part of a food's body is food ("chicken hearts", "cod liver"): just after a food.
        if let food = book.lexicon.classID("eaten-noun") {
            for position in sentence.terms.indices.dropFirst()
            where sentence.tags[position - 1].contains(where: {
                $0.classID == food && $0.end == position
            }) {
                other[position] = true
            }
        }
        let phrases = ["come-back", "body-idiom", "everyday-sense"].compactMap(
            book.lexicon.classID
        ).filter {
            sentence.present[$0]
        }
        for (position, tags) in sentence.tags.enumerated() {
            for tag in tags where phrases.contains(tag.classID) {
                for inside in position..<tag.end { other[inside] = true }
            }
        }
        // A form or a container a product is sold in is the product ("the vitamin C serum", "a
        // 250 g tub", "per serving").
        if let form = book.lexicon.classID("product-topic"), sentence.present[form] {
            for (position, tags) in sentence.tags.enumerated() {
                for tag in tags where tag.classID == form {
                    for inside in position..<tag.end { other[inside] = true }
                }
            }
        }
        // A nutrition claim says what the food contains ("no added sugars", "high in fibre"),
        // and where a substance comes from says which food holds it ("in our nutritional
        // yeast").
        for position in nutrition { other[position] = true }
        return other
    }

    /// The positions of the words that say for whom a product is: "for", then at most
    /// `audienceWords` words with no punctuation, no determiner and no person's word between
    /// (`@determiner`, `@function-holder`: "for your heart" is a body's), ending at a noun of a
    /// person (`@vocative-head`, WordNet's noun.person) that punctuation or the sentence's end
    /// follows: "for hill walkers:", "for shift nurses:", "for hockey players:", "for
    /// cyclists,". Of them, "for", the person and the words between that name no health aspect
    /// and say nothing else of health (`RegisterMatcher.aspectClasses`, the function and
    /// body-part classes, `RegisterMatcher.claimClasses`, the register's aspects and the verbs
    /// of its nouns of action: "for exhausted nurses" keeps "exhausted"). Like a
    /// nutrition claim's words, they are label text (who the product is for), no aspect of
    /// health and, beside a health claim, circumstances of it (`otherSenses`, `readAlone`).
    func audience(_ sentence: TaggedSentence) -> Set<Int> {
        let lexicon = book.lexicon
        guard let person = lexicon.classID("vocative-head"), sentence.present[person] else {
            return []
        }
        let matcher = book.register
        let health =
            matcher.aspectClasses + matcher.claimClasses
            + [matcher.functionClass, matcher.heldBodyClass].compactMap { $0 }
        let blockers = [lexicon.determiner, matcher.holderClass].compactMap { $0 }
        let aspects = matcher.index.aspects
        let tokens = sentence.tokens
        let tags = sentence.tags
        let count = min(tokens.count, tags.count)
        func punctuated(_ index: Int) -> Bool {
            index >= count || tokens[index].start - tokens[index - 1].end > 1
        }
        var found = Set<Int>()
        for link in 0..<count where sentence.terms[link] == "for" {
            var head = link + 1
            while head < min(count, link + 1 + Checker.audienceWords), !punctuated(head),
                !tags[head].contains(where: { blockers.contains($0.classID) })
            {
                if punctuated(head + 1),
                    tags[head].contains(where: { $0.classID == person && $0.end == head + 1 })
                {
                    found.insert(link)
                    found.insert(head)
                    for position in (link + 1)..<head
                    where !tags[position].contains(where: { health.contains($0.classID) })
                        && !aspects.contains(sentence.terms[position])
                        && matcher.derivedStems[sentence.terms[position]] == nil
                    {
                        found.insert(position)
                    }
                    break
                }
                head += 1
            }
        }
        return found
    }

    /// How many words after "for" an audience's phrase may take ("for night-shift nurses").
    static let audienceWords = 3

    /// The positions of the words that say where a substance named comes from: "in" or "from"
    /// right after the substance, then the words up to the next punctuation
    /// or word of an effect (`RegisterMatcher.effectClasses`), when they name a food, a plant
    /// or a form a product is sold in (`@eaten-subject`, `@product-topic`) and no person or
    /// body (`@function-holder`): "vitamin B12 in our nutritional yeast", "choline, from eggs
    /// and our lecithin granules", "the chloride in a pinch of salt". The register writes a
    /// substance's source so ("beta-glucans from oats"): the words say which food, not what of
    /// health, so they are no aspect and, beside a health claim, circumstances of it; "zinc in
    /// your diet" and "iron in the blood" are none.
    /// The food that gives the substance, named before it, is its source too (`foodsGiving`):
    /// "eggs give you vitamin B12", "eggs are a source of vitamin D".
    func substanceSources(_ sentence: TaggedSentence) -> Set<Int> {
        let lexicon = book.lexicon
        let foods = ["eaten-subject", "product-topic"].compactMap(lexicon.classID)
        guard foods.contains(where: { sentence.present[$0] }),
            let substance = lexicon.classID("substance"), sentence.present[substance]
        else { return [] }
        let effects = RegisterMatcher.effectClasses.compactMap(lexicon.classID)
        let holder = lexicon.classID("function-holder")
        let tokens = sentence.tokens
        let tags = sentence.tags
        let count = min(tokens.count, tags.count)
        var found = Set<Int>()
        for start in 0..<count {
            for tag in tags[start] where tag.classID == substance && tag.end < count {
                let link = tag.end
                guard ["in", "from"].contains(sentence.terms[link]) else { continue }
                var end = link + 1
                // Punctuation ends it: more than a space between two words (", ", "; ").
                while end < count, tokens[end].start - tokens[end - 1].end <= 1,
                    !tags[end].contains(where: { effects.contains($0.classID) })
                {
                    end += 1
                }
                let phrase = (link + 1)..<end
                guard !phrase.isEmpty,
                    phrase.contains(where: { word in
                        tags[word].contains { foods.contains($0.classID) }
                    }),
                    !phrase.contains(where: { word in
                        tags[word].contains { $0.classID == holder }
                    })
                else { continue }
                found.formUnion(link..<end)
            }
        }
        return found.union(foodsGiving(sentence))
    }

    /// How many words the subject of a verb of giving a substance may take before the verb
    /// ("a boiled egg and a glass of milk give you iodine").
    static let givingReach = 8

    /// The words that name a food as the subject that gives a substance named after it: a verb
    /// of giving (`@amount-verb`: "give", "provides", "supplies") with the substance just
    /// after it or after one object pronoun (`@act-bearer`: "eggs give you vitamin B12"), or a
    /// nutrient's source words just before the substance (`@nutrient-source`: "eggs are rich
    /// in choline", "chicken liver is a source of vitamin A"); its subject is the clause's
    /// words before the verb (at most `givingReach`, no punctuation between), none a person's
    /// or a body's (`@function-holder`: "your liver"). Of the subject, the words that name a food
    /// (`@eaten-subject`, `@product-topic`) say which food holds the substance, as "vitamin B12
    /// from eggs" does, no part of a body the substance acts on (MeSH files an egg among the
    /// body's cells; "liver" alone, whose commonest sense is the organ, is no food's word).
    func foodsGiving(_ sentence: TaggedSentence) -> Set<Int> {
        let lexicon = book.lexicon
        let foods = ["eaten-subject", "product-topic"].compactMap(lexicon.classID)
        let giving = lexicon.classID("amount-verb")
        let source = lexicon.classID("nutrient-source")
        guard let substance = lexicon.classID("substance"), sentence.present[substance],
            foods.contains(where: { sentence.present[$0] }),
            giving.map({ sentence.present[$0] }) == true
                || source.map({ sentence.present[$0] }) == true
        else { return [] }
        let bearer = lexicon.classID("act-bearer")
        let holder = lexicon.classID("function-holder")
        let tokens = sentence.tokens
        let tags = sentence.tags
        let count = min(tokens.count, tags.count)
        // Whether a tag of `id` ends at `end`, starting at `position`.
        func ends(_ id: Int?, at end: Int, from position: Int) -> Bool {
            guard let id else { return false }
            return tags[position].contains { $0.classID == id && $0.end == end }
        }
        var found = Set<Int>()
        for start in 1..<max(1, count)
        where tags[start].contains(where: { $0.classID == substance }) {
            // The verb: a source's words ending at the substance, else a verb of giving ending
            // at it or at an object pronoun just before it.
            var verb = (max(0, start - 4)..<start).first { ends(source, at: start, from: $0) }
            if verb == nil {
                var end = start
                if ends(bearer, at: end, from: end - 1) { end -= 1 }
                verb = (max(0, end - 2)..<end).first { ends(giving, at: end, from: $0) }
            }
            guard let verb, verb > 0 else { continue }
            var first = verb
            while first > 0, verb - first < Checker.givingReach,
                tokens[first].start - tokens[first - 1].end <= 1
            {
                first -= 1
            }
            let subject = first..<verb
            guard
                !subject.contains(where: { word in
                    tags[word].contains { $0.classID == holder }
                })
            else { continue }
            for word in subject where tags[word].contains(where: { foods.contains($0.classID) }) {
                found.insert(word)
            }
        }
        return found
    }

    /// The positions of the words of the nutrition claims of a sentence (Reg 1924/2006 Art
    /// 2(2)(4), Art 9 and its Annex), which say what a food contains, not what it does for the
    /// body: a word of content (`@nutrient-content`: "low", "reduced", "with no added", "high")
    /// just before a nutrient the Annex names (`@annex-nutrient`: "fat", "sugars", "salt",
    /// "fibre", "protein"), or one of `@nutrient-source` ("source of", "rich in", "contains")
    /// just before such a nutrient or a substance of the register ("rich in vitamin B12"), with
    /// the nutrient; a nutrient just before "free" ("fat-free"). "Less" and "lower" compare
    /// (Art 9: "70% less saturated fat than butter"): only with a number just before them or
    /// "than" within three words after the nutrient ("store less fat" is no nutrition claim).
    /// The substance named stays a substance; the words of content and the Annex's nutrients
    /// are no health aspect (`otherSenses`) and, in a health claim beside them, circumstances
    /// of it: "Plain kefir, no added sugars, rich in vitamin B12, which contributes to the
    /// reduction of tiredness and fatigue" says B12's authorised wording. An amount given
    /// (`amountsGiven`) says what the food contains too.
    func nutritionClaims(_ sentence: TaggedSentence) -> Set<Int> {
        amountsGiven(sentence).union(contentClaims(sentence))
    }

    /// How many words may stand between a verb of giving and the amount it gives, in its clause
    /// ("gives you a third of your daily needs", "provides each child with 30%").
    static let amountReach = 6

    /// The positions of the words that say how much of a substance a food gives (Reg 1924/2006
    /// Art 7 and Reg 1169/2011 Art 30-32: the amount and its share of the reference intake, a
    /// nutrition declaration's content, not an effect on the body): a verb of giving
    /// (`@amount-verb`: "gives", "provides", "supplies") and the words after it up to an amount
    /// within `amountReach` words (a number, a number word, `@eu-number-word`, or a day's
    /// intake, `@amount-word`: "your daily needs", "NRV"): "each yoghurt gives
    /// you 30% of a day's worth", "one pot provides a third of your daily calcium". The verb
    /// "gives" is a verb of an effect elsewhere ("gives you energy"): with an amount after it, it
    /// gives the amount, and the claim beside it is read without it.
    func amountsGiven(_ sentence: TaggedSentence) -> Set<Int> {
        let lexicon = book.lexicon
        guard let verb = lexicon.classID("amount-verb"), sentence.present[verb] else { return [] }
        let amounts = ["eu-number-word", "amount-word"].compactMap(lexicon.classID)
        let matcher = book.register
        let aspects =
            matcher.aspectClasses
            + [matcher.heldBodyClass, matcher.functionClass].compactMap { $0 }
        let tags = sentence.tags
        let tokens = sentence.tokens
        var found = Set<Int>()
        for position in tags.indices {
            guard let end = tags[position].filter({ $0.classID == verb }).map(\.end).max()
            else { continue }
            for amount in end..<min(end + Checker.amountReach + 1, tags.count, tokens.count) {
                // The amount's clause: punctuation between ends it; so does a health aspect
                // (what is given is then the aspect: "gives you the stamina of a twenty-year-old").
                if amount > end, tokens[amount].start - tokens[amount - 1].end > 1 { break }
                if tags[amount].contains(where: { aspects.contains($0.classID) })
                    || matcher.index.aspects.contains(sentence.terms[amount])
                {
                    break
                }
                if sentence.terms[amount].first?.isNumber == true
                    || tags[amount].contains(where: { amounts.contains($0.classID) })
                {
                    found.formUnion(position...amount)
                    break
                }
            }
        }
        return found
    }

    /// `nutritionClaims`' words of content and the nutrients they name.
    private func contentClaims(_ sentence: TaggedSentence) -> Set<Int> {
        let lexicon = book.lexicon
        guard let nutrient = lexicon.classID("annex-nutrient"),
            let content = lexicon.classID("nutrient-content"),
            let source = lexicon.classID("nutrient-source"),
            let free = lexicon.classID("nutrient-free"),
            sentence.present[content] || sentence.present[source] || sentence.present[free]
        else { return [] }
        let tags = sentence.tags
        let substance = lexicon.classID("substance")
        // The end of the longest tag of `id` starting at `position`, if any.
        func end(_ id: Int, at position: Int) -> Int? {
            guard position < tags.count else { return nil }
            return tags[position].filter { $0.classID == id }.map(\.end).max()
        }
        var found = Set<Int>()
        for position in tags.indices {
            if let words = end(content, at: position), let named = end(nutrient, at: words) {
                let term = sentence.terms[position]
                if term == "less" || term == "lower" {
                    let counted =
                        position > 0 && sentence.terms[position - 1].first?.isNumber == true
                    let compared = sentence.terms[named..<min(named + 3, tags.count)].contains(
                        "than")
                    guard counted || compared else { continue }
                }
                found.formUnion(position..<named)
            } else if let words = end(source, at: position) {
                if let named = end(nutrient, at: words) {
                    found.formUnion(position..<named)
                } else if let substance, end(substance, at: words) != nil {
                    found.formUnion(position..<words)
                }
            } else if let named = end(nutrient, at: position), end(free, at: named) != nil {
                found.formUnion(position...named)
            }
        }
        return found
    }

    /// Whether a health aspect the register speaks of (`RegisterMatcher.Index.aspects`) stands
    /// outside the substances a sentence names and belongs to no thing (`heldByAThing`). A verb
    /// of one of the register's nouns of action names it ("help children concentrate":
    /// "concentration"; `RegisterMatcher.derivedStems`).
    private func namesRegisterAspect(
        _ sentence: TaggedSentence, besides mentions: [(group: Int, start: Int, end: Int)],
        otherSenses other: [Bool], aspectWords: [Bool]
    ) -> Bool {
        let aspects = book.register.index.aspects
        let derived = book.register.derivedStems
        for (position, term) in sentence.terms.enumerated()
        where (aspectWords[position] || derived[term].map(aspects.contains) == true)
            && !mentions.contains(where: { $0.start <= position && position < $0.end })
            && !other[position]
            && !heldByAThing(sentence, start: position, end: position + 1)
        {
            return true
        }
        return false
    }

    /// The classes of a part or function of the body a food is said to act on
    /// (`eatenActsOnTheBody`, `namesBodyAspect`): the lexicon's commonest aspects, the EU
    /// pack's, the body's functions, and the parts held by a person or an animal.
    static let bodyAspectClasses = [
        "function-target", "eu-health-aspect", "eu-body-function", "eu-held-aspect",
        "animal-part-shared",
    ]

    /// Whether a sentence that names no substance the catalog knows says that something eaten
    /// acts on the body (Reg 1924/2006 Art 2(2)(5): a relationship between a food and health),
    /// whatever the food is called: its subject, among its first `subjectWords` words, names
    /// something eaten — a word of `@eaten-subject` (a food or a plant by WordNet, a part of a
    /// plant, a form a product is swallowed in: "Black cohosh", "Maca root", "Camu camu
    /// powder") — with no person, reader or thing before it (`@reader-address`,
    /// `@first-person`, `@holder-noun`: "Your dog", "My gran's", "The drain unblocker"), and a
    /// part or function of the body (`@function-target`, `@eu-health-aspect`) follows it within
    /// eight words, or within eight words of the subject's verb (`subjectVerb`), belonging to no thing (`heldByAThing`) and in no other sense
    /// (`otherSenses`): "Pomegranate rind extract: your artery walls stay elastic", "Ginger root
    /// settles your stomach". A sentence that opens with a verb used mostly as one
    /// (`@instruction-verb`: "Take two softgels with a meal that contains some fat") is an
    /// instruction to the reader. A disease or a symptom is the disease rules' to read.
    func eatenActsOnTheBody(_ sentence: TaggedSentence) -> Bool {
        let lexicon = book.lexicon
        guard let eaten = lexicon.classID("eaten-subject") else { return false }
        let aspects = Checker.bodyAspectClasses.compactMap(lexicon.classID)
        guard aspects.contains(where: { sentence.present[$0] }) else { return false }
        let blockers = ["reader-address", "first-person", "holder-noun"].compactMap(
            lexicon.classID)
        let tags = sentence.tags
        // An instruction ("Take two softgels with a meal that contains some fat", "Let the
        // dough rest") is the reader's to do: a verb and the start of its object (a determiner,
        // a number, a pronoun) open it.
        // It opens the clause: the sentence's first word or the first past an opener ("Honestly,
        // let the dough rest …": `TaggedSentence.clauseStart`).
        let first = sentence.clauseStart
        if let verb = lexicon.classID("instruction-verb"), tags.count > first + 1,
            tags[first].contains(where: { $0.classID == verb && $0.end == first + 1 })
        {
            let object = ["determiner", "reader-address", "number-word"].compactMap(
                lexicon.classID)
            if tags[first + 1].contains(where: { object.contains($0.classID) })
                || sentence.terms[first + 1].first?.isNumber == true
                || Checker.objectPronouns.contains(sentence.terms[first + 1])
            {
                return false
            }
        }
        var subject: Int? = nil
        for position in 0..<min(Checker.subjectWords, tags.count) {
            if tags[position].contains(where: { $0.classID == eaten }) {
                subject = position
                break
            }
            if tags[position].contains(where: { blockers.contains($0.classID) })
                && !opensAFoodsPhrase(sentence, at: position)
            {
                return false
            }
        }
        guard let subject else { return false }
        // A food's word right before a whole plant's noun names the living plant ("The apple
        // trees have fire blight", "Lemon trees keep their leaves glossy"; `@plant-noun`); one
        // opening the sentence before a determiner is a verb ("Prune the roses").
        if namesAPlant(sentence, eatenAt: subject) { return false }
        if subject == sentence.clauseStart,
            tags[subject].contains(where: {
                $0.classID == eaten && opensAsAVerb(sentence, end: $0.end)
            })
        {
            return false
        }
        let reach = min(subject + 9, tags.count)
        if namesBodyAspect(sentence, in: (subject + 1)..<reach) { return true }
        // What the subject's verb acts on follows the verb, however many words the subject's
        // own phrase takes ("Milk fat globule membrane powder for the whole family strengthens
        // the body's natural defences", "Rosehip syrup from the hedgerows behind our farm shop
        // keeps older joints supple"): the first verb of an effect on the body after the subject
        // (`@body-effect-verb`, `@function-verb`), in its clause (no punctuation between them),
        // reaches as far as the subject does.
        guard
            let verb = subjectVerb(
                sentence, after: subject,
                before: min(subject + Checker.subjectPhraseWords, tags.count))
        else { return false }
        return namesBodyAspect(sentence, in: (verb + 1)..<min(verb + 9, tags.count))
    }

    /// How many words a subject's own phrase may take before its verb (`subjectVerb`): the
    /// food's name, its form and where it comes from ("Rosehip syrup from the hedgerows behind
    /// our farm shop keeps …").
    static let subjectPhraseWords = 13

    /// The first word of a verb of an effect on the body (`@body-effect-verb`, `@function-verb`)
    /// after the subject at `subject` and before `end`, with no punctuation between them (the
    /// subject's own clause: more than a space between two words, ", ", ": ", ends it).
    func subjectVerb(_ sentence: TaggedSentence, after subject: Int, before end: Int) -> Int? {
        let verbs = ["body-effect-verb", "function-verb"].compactMap(book.lexicon.classID)
        guard verbs.contains(where: { sentence.present[$0] }) else { return nil }
        let tokens = sentence.tokens
        let tags = sentence.tags
        var position = subject + 1
        while position < min(end, tags.count, tokens.count) {
            if tokens[position].start - tokens[position - 1].end > 1 { return nil }
            if tags[position].contains(where: { verbs.contains($0.classID) }) { return position }
            position += 1
        }
        return nil
    }

    /// Whether a part or function of the body (`@function-target`, `@eu-health-aspect`,
    /// `@eu-body-function`, a held part: `@eu-held-body`, `@animal-part-shared`) stands among
    /// the words `window` of a sentence, in no other sense
    /// (`otherSenses`), not inside a disease or a complaint, not a food's word, a function held
    /// by a person (`heldByAPerson`) and no aspect held by a thing (`heldByAThing`): what a
    /// food named elsewhere in the sentence is said to act on (`eatenActsOnTheBody`,
    /// `creditedFoodActsOnTheBody`).
    func namesBodyAspect(_ sentence: TaggedSentence, in window: Range<Int>) -> Bool {
        let lexicon = book.lexicon
        guard let eaten = lexicon.classID("eaten-subject") else { return false }
        let aspects = Checker.bodyAspectClasses.compactMap(lexicon.classID)
        let tags = sentence.tags
        let window = window.clamped(to: 0..<tags.count)
        guard !window.isEmpty, aspects.contains(where: { sentence.present[$0] }) else {
            return false
        }
        var other = otherSenses(sentence)
        // A part of the body inside a disease or a complaint ("stop ringing in my ears") is the
        // disease rules' to read, with the complaint.
        let complaints = ["disease", "condition"].compactMap(lexicon.classID)
        for (position, found) in tags.enumerated() {
            for tag in found where complaints.contains(tag.classID) {
                for inside in position..<min(tag.end, tags.count) { other[inside] = true }
            }
        }
        for condition in sentence.conditions {
            for inside in condition.start..<min(condition.end, tags.count) { other[inside] = true }
        }
        // A word inside the name of a food or a plant names no part of a body ("bleeding
        // heart", "chicken liver").
        for (position, found) in tags.enumerated() {
            for tag in found where tag.classID == eaten {
                for inside in position..<min(tag.end, tags.count) { other[inside] = true }
            }
        }
        for position in window where !other[position] {
            for tag in tags[position] where aspects.contains(tag.classID) {
                if tag.classID == book.register.functionClass
                    && !heldByAPerson(sentence, start: position)
                {
                    continue
                }
                // A part of a body is an aspect only as a person's or an animal's, acted on
                // (`holdsBodyPart`).
                if tag.classID == book.register.heldBodyClass
                    && !holdsBodyPart(sentence, at: position)
                {
                    continue
                }
                // A part with a commoner everyday sense is an animal's only after its name's
                // possessive (`animalHoldsPart`).
                if tag.classID == lexicon.classID("animal-part-shared")
                    && !animalHoldsPart(sentence, at: position)
                {
                    continue
                }
                if !heldByAThing(sentence, start: position, end: tag.end) { return true }
            }
        }
        return false
    }

    /// The pronouns an instruction's object may be ("Knock it back"), as stems.
    static let objectPronouns: Set<String> = Set(["it", "them", "one"].map { Stemmer.stem($0) })

    /// How many words open a sentence as its subject, for `eatenActsOnTheBody`: a noun phrase
    /// with a determiner, a number or two and modifiers ("Two capsules of saffron extract").
    static let subjectWords = 6

    /// Whether the words `start..<end` (an aspect of health) are written as an aspect of a thing
    /// that is not a body: an artifact or a plant (`@holder-noun`, from WordNet by
    /// `.ci/derive-holders`) named as their possessor or place, just before them ("the pool's
    /// chlorine", "the bike weight") or after a preposition of possession or place
    /// (`@holder-place`) within three words ("the weight of the bike", "bacteria on door
    /// handles", "germs on kitchen worktops"). A health claim is about a body, a person's or an
    /// animal's: "the weight of your dog", "germs on your hands" stay aspects of one, and so
    /// does an aspect a person holds just before it, wherever it is ("settles your stomach on
    /// long car journeys", "your legs on the ferry": the thing after the preposition is where
    /// the person is, not whose the aspect is).
    func heldByAThing(_ sentence: TaggedSentence, start: Int, end: Int) -> Bool {
        guard let noun = book.lexicon.classID("holder-noun"), sentence.present[noun] else {
            return false
        }
        let tags = sentence.tags
        if start > 0, tags[start - 1].contains(where: { $0.classID == noun && $0.end == start }) {
            return true
        }
        guard let place = book.lexicon.classID("holder-place"), end < tags.count,
            tags[end].contains(where: { $0.classID == place })
        else { return false }
        if start > 0, let holder = book.register.holderClass,
            tags[start - 1].contains(where: { $0.classID == holder && $0.end == start })
        {
            return false
        }
        let after = tags[end].first { $0.classID == place }?.end ?? end + 1
        return (after..<min(after + 3, tags.count)).contains { position in
            tags[position].contains { $0.classID == noun }
        }
    }

    private func judgeRegister(
        _ sentences: [TaggedSentence], number: Int, memo: RegisterMemo
    ) -> RegisterVerdict? {
        // A sentence written the same as one judged on its own words alone
        // (`RegisterMemo.alone`): every test below reads those words only, so it has the same
        // verdict, its substance where it stands.
        if let known = memo.alone[memo.written(number)]
            ?? memo.key(number).flatMap({ memo.before.alone[$0] })
        {
            return known.moved(by: sentences[number].range.lowerBound)
        }
        let matcher = book.register
        // A label's particular under its heading (the ingredients, the allergens) says what the
        // food contains: no health claim (`isLabelParticular`).
        if isLabelParticular(sentences[number]) { return nil }
        let flavour = book.lexicon.flavourWord
        // the class ids, not `self`: a local function that called the checker's methods held a
        // copy of the checker, made at every sentence judged
        let senses = SenseClasses(book.lexicon)
        func substances(_ number: Int) -> [(group: Int, start: Int, end: Int)] {
            if let known = memo.mentions[memo.written(number)]
                ?? memo.key(number).flatMap({ memo.before.mentions[$0] })
            {
                return known
            }
            let tags = sentences[number].tags
            // A substance named before a flavour word ("cherry flavour", "lemon taste") is how
            // the product tastes, one written as a thing's material ("a zinc coating":
            // `namesAMaterial`) what the thing is made of, and one before a whole plant's noun
            // the plant ("apple trees": `namesAPlant`), not what a claim is about.
            let all = matcher.catalog.mentions(in: sentences[number].terms)
            let found = all.filter { mention in
                !(mention.end < tags.count
                    && tags[mention.end].contains { $0.classID == flavour })
                    && !senses.namesAMaterial(
                        sentences[number], start: mention.start, end: mention.end,
                        substances: all)
                    && !senses.namesAPlant(sentences[number], before: mention.end)
                    && !senses.opensAClause(
                        sentences[number], start: mention.start, end: mention.end)
            }
            memo.mentions[memo.written(number)] = found
            return found
        }
        let mentions = substances(number)
        var found = mentions
        var source = number
        var back = 1
        while found.isEmpty, back <= 2, number - back >= 0,
            !sentences[number - back + 1].opensParagraph
        {
            found = substances(number - back)
            source = number - back
            back += 1
        }
        // Art 10(1): a health claim is prohibited unless authorised. A claim that names no
        // substance is about the product when the sentence speaks of it (`isAboutAProduct`),
        // and no authorised wording is about a product alone.
        guard let first = found.first else {
            let sentence = sentences[number]
            guard
                book.productHealthClaim.contains(where: { sentence.contains($0, within: 8) })
                    || eatenActsOnTheBody(sentence) || creditedFoodActsOnTheBody(sentence),
                isAboutAProduct(sentence)
            else { return nil }
            return RegisterVerdict(outcome: .unauthorised, substance: nil, entry: nil)
        }
        func targets(_ number: Int) -> RegisterTargets {
            if let known = memo.targets[memo.written(number)]
                ?? memo.key(number).flatMap({ memo.before.targets[$0] })
            {
                return known
            }
            // A sentence's substances are looked for once (`substances`), not again here, and
            // its words' concept facts once, when it was tagged.
            let computed = matcher.targets(
                sentences[number].terms, mentions: substances(number),
                words: Checker.conceptWords(of: sentences[number]))
            memo.targets[memo.written(number)] = computed
            return computed
        }
        let sentence = sentences[number]
        // A sentence that names no substance speaks of one named before it only when it says
        // a health statement itself (a verb of health and a health target): the register's
        // readings of a food as subject (`eatenActsOnTheBody`) and of a substance followed by
        // an aspect are of the substance the sentence names ("Chewable tablets for ages 4 and
        // up." after a claim is label text).
        // Risk-reduction wording is read as before (an Article 14 claim's risk factor is its
        // second sentence).
        if mentions.isEmpty, matcher.riskClass.map({ sentence.present[$0] }) != true,
            !book.healthStatement.contains(where: { sentence.contains($0, within: 8) })
        {
            return nil
        }
        let reading =
            memo.readings[memo.written(number)]
            ?? memo.key(number).flatMap({ memo.before.readings[$0] })
            ?? {
                let read = readAlone(sentence, mentions: mentions)
                memo.readings[memo.written(number)] = read
                return read
            }()
        // A health claim names an aspect of health (`SentenceReading.namesAspect`); the
        // targets of a sentence that names none are not read.
        guard reading.namesAspect else { return nil }
        // Label text beside an authorised wording: a sentence that says nothing of health but
        // an aspect's name (`saysNothingOfHealth`), in the paragraph of a sentence the register
        // finds authorised, says what the product is, how much and for whom ("Children's
        // calcium chewables, 400 mg, for ages 4 to 10.", "Two green kiwifruit a day, skin
        // off."): the claim is the authorised wording beside it (Reg 1924/2006 Art 10(1), the
        // conditions of use written with it). The wording is a sentence that says a health
        // statement: a neighbour that is a label line itself lends nothing, so a line's verdict
        // is its own and its neighbours', whichever of two label lines side by side is read
        // first and whatever chunk reads it ("Since the B12 I have energy until dinner.
        // Collagen for firmer skin.": each line is judged on its own words).
        let saysNothing = saysNothingOfHealth(sentence)
        if saysNothing {
            for neighbour in [number - 1, number + 1]
            where sentences.indices.contains(neighbour)
                && !sentences[max(number, neighbour)].opensParagraph
                && !saysNothingOfHealth(sentences[neighbour])
                && registerVerdict(sentences, number: neighbour, memo: memo)?.outcome
                    == .authorised
            {
                return nil
            }
        }
        let own = targets(number)
        // An Article 14 wording is two sentences (the effect, then the risk factor) of one
        // paragraph: a neighbour is its other half when one of the two names a risk factor
        // (`@authorised-formula`) and the other does not. A sentence before the effect that
        // says what the product is ("500 g bag; a 40 g bowl gives you 3 g …") is no half of it.
        // The neighbours' targets are read only when an Article 14(1)(a) entry of the substance
        // asks for them (`judge`).
        let formula = book.lexicon.classID("authorised-formula")
        func namesRiskFactor(_ number: Int) -> Bool {
            formula.map { sentences[number].present[$0] } ?? false
        }
        // Whether `judge` asked for the neighbours' targets (an Article 14(1)(a) entry).
        var askedContext = false
        func context() -> RegisterTargets {
            askedContext = true
            var context = own
            for neighbour in [number - 1, number + 1]
            where sentences.indices.contains(neighbour)
                && !sentences[max(number, neighbour)].opensParagraph
                && namesRiskFactor(number) != namesRiskFactor(neighbour)
            {
                context = context.union(targets(neighbour))
            }
            return context
        }
        func has(_ id: Int?) -> Bool { id.map { sentence.present[$0] } ?? false }
        let judged = matcher.judge(
            groups: found.map(\.group),
            said: Array(sentences[source].terms[first.start..<first.end]),
            terms: sentences[number].terms, sentence: own,
            context: context,
            risk: has(matcher.riskClass), intensifiers: reading.intensifiers,
            leads: reading.leads, circumstance: reading.circumstance, moves: reading.moves)
        let tokens = sentences[source].tokens
        // The substance named is the one whose entry the verdict names ("unsaturated fats" of
        // "Replacing saturated fats with unsaturated fats …"), else the first.
        let named =
            judged.entry.flatMap { entry in
                found.first { mention in
                    matcher.catalog.groups[mention.group].entries.contains {
                        matcher.register.entries[$0].id == entry.id
                    }
                }
            } ?? first
        let verdict = RegisterVerdict(
            outcome: judged.outcome,
            substance: tokens[named.start].start..<tokens[named.end - 1].end,
            entry: judged.entry, listed: judged.listed)
        // Judged on the sentence's own words alone: its substances (none read from the
        // sentences before), no label line's neighbours, no Article 14 half.
        if !mentions.isEmpty, !saysNothing, !askedContext {
            memo.alone[memo.written(number)] = verdict.moved(by: -sentence.range.lowerBound)
        }
        return verdict
    }

    /// What the concept reader knows of a sentence's stems, as its tagging looked them up
    /// (`nil`: tagged without a `StemTable`).
    static func conceptWords(of sentence: TaggedSentence) -> [ConceptMatcher.Word]? {
        sentence.conceptWords.count == sentence.terms.count ? sentence.conceptWords : nil
    }

    /// Whether a sentence is one of the particulars a food's label must give under a heading
    /// (Reg 1169/2011 Art 9: the list of ingredients, the allergens, the nutrition declaration,
    /// storage, durability): it opens with a word of `@label-heading` ("Ingredients", "Allergens",
    /// "Nutrition information") and punctuation (a colon, a comma) follows within
    /// `labelHeadingReach` words ("Ingredients: water, sunflower oil, …", "Allergens in bold:
    /// WHEAT, MILK, EGG", "Ingredients, fruit scone: …"), and it names no person whose body a
    /// claim would be about (`@function-holder`: "your", "my"), no verb of health
    /// (`@health-verb`: "supports", "soothes") and no intensifier. It says what the food
    /// contains, not what it does: its substances and the words of its items ("xanthan gum",
    /// "raising agents") are no health claim (`judgeRegister`).
    func isLabelParticular(_ sentence: TaggedSentence) -> Bool {
        let lexicon = book.lexicon
        guard let heading = lexicon.classID("label-heading"), sentence.present[heading],
            let opening = sentence.tags.first?.first(where: { $0.classID == heading })
        else { return false }
        let claims = ["function-holder", "health-verb", "eu-exaggeration"].compactMap(
            lexicon.classID)
        if claims.contains(where: { sentence.present[$0] }) { return false }
        let tokens = sentence.tokens
        let last = min(tokens.count, opening.end + Checker.labelHeadingReach)
        return (max(1, opening.end)..<last).contains { tokens[$0].start - tokens[$0 - 1].end > 1 }
    }

    /// How many words after a label's heading its punctuation may come ("Allergens in bold:").
    static let labelHeadingReach = 4

    /// Whether a sentence says nothing of health but the name of an aspect, what a product is,
    /// for whom and how much (a label line): no word of `RegisterMatcher.claimClasses` (a verb
    /// of an effect, an intensifier, a disease, a symptom, a drug) but those a label line writes
    /// without saying an effect (`RegisterMatcher.labelLineClasses`: a preposition of a state,
    /// a body function or a germ named as the product's name or its audience: "tablets for
    /// women after menopause", "live yoghurt with Lactobacillus bulgaricus"), and no verb of
    /// the register's nouns of action (`RegisterMatcher.derivedStems`). "Collagen for firmer
    /// skin" says "firm".
    func saysNothingOfHealth(_ sentence: TaggedSentence) -> Bool {
        let matcher = book.register
        let named = RegisterMatcher.labelLineClasses.compactMap(book.lexicon.classID)
        if matcher.claimClasses.contains(where: { sentence.present[$0] && !named.contains($0) }) {
            return false
        }
        return !sentence.terms.contains { term in
            matcher.derivedStems[term].map { $0 != term } == true
        }
    }

    /// The positions of the objects of the verbs of the register's nouns of action
    /// (`RegisterMatcher.derivedStems`: "absorb" of "absorption"): the first word after the
    /// verb past its determiners ("absorb the moisture", "absorb your iron"). The object is
    /// the relationship's own target (the thing absorbed, produced or transported), which an
    /// authorised wording must name too: "helps your skin absorb moisture" is no "iron
    /// absorption". A word just after a determiner is a noun or its modifier, no verb ("your
    /// thinking processes"): it has no object.
    func objectsOfRelationshipVerbs(_ sentence: TaggedSentence) -> Set<Int> {
        let derived = book.register.derivedStems
        let determiner = book.lexicon.classID("determiner")
        func isDeterminer(_ position: Int) -> Bool {
            sentence.tags[position].contains { $0.classID == determiner }
        }
        var objects = Set<Int>()
        for (position, term) in sentence.terms.enumerated()
        where derived[term].map({ $0 != term }) == true
            && !(position > 0 && isDeterminer(position - 1))
        {
            var next = position + 1
            while next < sentence.terms.count, isDeterminer(next) { next += 1 }
            if next < sentence.terms.count { objects.insert(next) }
        }
        return objects
    }

    /// Whether the word at a position names one of the register's health aspects: a word of the
    /// register's aspects or of `@health-target`, `@eu-health-aspect`, `@eu-body-function` or the
    /// held-body class (read by `statesOfAspects` and `changesAnAspect`). Given per word whether
    /// it is one of the register's aspects (`aspectWords`, as `readAlone` has it), the reader
    /// does not ask it again.
    func aspectReader(_ sentence: TaggedSentence, aspectWords: [Bool]? = nil) -> (Int) -> Bool {
        let matcher = book.register
        let aspects = matcher.index.aspects
        let classes =
            matcher.aspectClasses
            + [matcher.functionClass, matcher.heldBodyClass].compactMap { $0 }
        return { position in
            (aspectWords?[position] ?? aspects.contains(sentence.terms[position]))
                || sentence.tags[position].contains { classes.contains($0.classID) }
        }
    }

    /// The positions of the words that describe a health aspect just after it (a word WordNet
    /// knows as an adjective or an adverb, `TaggedSentence.describingStems`, right after a word
    /// of the register's aspects, `@health-target`, `@eu-health-aspect` or `@eu-body-function`):
    /// the state the copy claims for the aspect ("keeps your brain sharp", "your skin soft").
    /// The claim frame's own words ("normal", "normally") are no state. Given per word whether it
    /// is one of the register's aspects (`RegisterMatcher.Index.aspects`, `aspectWords`), as
    /// `readAlone` has it, no word is asked again.
    func statesOfAspects(_ sentence: TaggedSentence, aspectWords: [Bool]? = nil) -> Set<Int> {
        let matcher = book.register
        let isAspect = aspectReader(sentence, aspectWords: aspectWords)
        var found = Set<Int>()
        for position in sentence.terms.indices.dropFirst()
        where !matcher.ignored.contains(sentence.terms[position]) && isAspect(position - 1)
            && !isAspect(position)
        {
            // Read only when a word follows an aspect (the list is large).
            guard let describing = TaggedSentence.describingStems?.describing else { break }
            if describing.contains(sentence.terms[position]) { found.insert(position) }
        }
        return found
    }

    /// What the register reads in a sentence alone (`SentenceReading`), given the substances
    /// it names.
    private func readAlone(
        _ sentence: TaggedSentence, mentions: [(group: Int, start: Int, end: Int)]
    ) -> SentenceReading {
        let matcher = book.register
        // A health claim names an aspect of health (Reg 1924/2006 Art 2(2)(5): a relationship
        // between a food or constituent and health): a word of `@health-target` that is not the
        // substance's own name, or a health aspect of the register's relationships. A substance
        // named beside a verb with no such aspect speaks of something else ("a zinc roof keeps
        // the shed standing", "the iron gate protects the yard from foxes").
        // An aspect written as a thing's ("the weight of the bike") is none (`heldByAThing`).
        // The words written in another sense are read once for both questions, and the
        // nutrition claims and a substance's source (`nutrition`, below) once for them and for
        // the circumstances; each word is asked once whether it is one of the register's
        // aspects.
        let nutrition = nutritionClaims(sentence).union(substanceSources(sentence)).union(
            audience(sentence))
        let other = otherSenses(sentence, nutrition: nutrition)
        let aspectList = matcher.index.aspects
        let aspectWords = sentence.terms.map { aspectList.contains($0) }
        let namesAspect =
            namesRegisterAspect(
                sentence, besides: mentions, otherSenses: other, aspectWords: aspectWords)
            || namesHealthTarget(sentence, besides: mentions, otherSenses: other)
            || namesBodyFunction(sentence, besides: mentions, otherSenses: other)
        // A sentence that names no health aspect is no health claim: nothing else is asked.
        guard namesAspect else {
            return SentenceReading(
                namesAspect: false, intensifiers: [], leads: [:], circumstance: RegisterTargets())
        }
        // The stems of the intensifiers the sentence uses.
        var intensifiers: [String] = []
        if let id = matcher.exaggerationClass, sentence.present[id] {
            for (position, tags) in sentence.tags.enumerated() {
                for tag in tags where tag.classID == id {
                    intensifiers += sentence.terms[position..<tag.end]
                }
            }
        }
        // The copy's lead-in before each substance it names: the words before the substance's
        // first mention that name no health aspect (of the register, `@health-target` or
        // `@eu-health-aspect`) and are not said again after it.
        var leads: [Int: RegisterTargets] = [:]
        // The circumstances the copy adds anywhere in the sentence: words that name no health
        // aspect (of the register, `@health-target` or `@eu-health-aspect`) and say nothing else
        // of health (`claimClasses`: no verb of an effect, intensifier, disease, symptom, body
        // function, germ or drug): when, how long, in what product, for whom ("through a busy
        // week", "in our dark drinking chocolate", "you already have"). They say no more of what
        // the substance does than the authorised wording, so, like the lead-in, they do not make
        // a paraphrase less precise.
        // A word left out is read as an empty stem (what the concept reader knows of "").
        let words = Checker.conceptWords(of: sentence)
        let blank = matcher.concepts.words[""] ?? .none
        // The object of a verb of the register's relationships is what the relationship acts
        // on, no circumstance: "absorb moisture" says what is absorbed, as "iron absorption"
        // does (`objectsOfRelationshipVerbs`).
        let objects = objectsOfRelationshipVerbs(sentence)
        // A word describing a health aspect just after it is the state the copy claims for the
        // aspect, no circumstance: "keeps your brain sharp", "your mind young" say more than a
        // normal function (`statesOfAspects`).
        let states = statesOfAspects(sentence, aspectWords: aspectWords)
        // A nutrition claim's words say what the food contains (`nutritionClaims`): a
        // circumstance of the health claim beside them, whatever else they name.
        // (The three sets as flags per word: each word is asked of them once.)
        func flags(_ positions: Set<Int>) -> [Bool] {
            var flags = [Bool](repeating: false, count: sentence.terms.count)
            for position in positions where position < flags.count { flags[position] = true }
            return flags
        }
        let inNutrition = flags(nutrition)
        let isObject = flags(objects)
        let isState = flags(states)
        let circumstance: RegisterTargets = {
            let classes = matcher.aspectClasses + matcher.claimClasses
            let terms = sentence.terms.enumerated().map { position, term in
                !inNutrition[position]
                    && (aspectWords[position] || isObject[position] || isState[position]
                        || sentence.tags[position].contains { classes.contains($0.classID) })
                    ? "" : term
            }
            let found = matcher.targets(
                terms, mentions: mentions,
                words: words.map { words in
                    terms.indices.map { terms[$0].isEmpty ? blank : words[$0] }
                })
            return RegisterTargets(
                known: found.known, unknown: found.unknown.filter { !$0.isEmpty })
        }()
        // (A sentence that names no substance has no lead-in: `mentions` is empty.)
        do {
            let classes = matcher.aspectClasses
            for mention in mentions where leads[mention.group] == nil && mention.start > 0 {
                // The substances the sentence names are left out as in `own` (one named before a
                // flavour word is no substance).
                let terms = sentence.terms.enumerated().map { position, term in
                    position < mention.start && !inNutrition[position]
                        && (aspectWords[position]
                            || sentence.tags[position].contains { classes.contains($0.classID) })
                        ? "" : term
                }
                let read = words.map { words in
                    terms.indices.map { terms[$0].isEmpty ? blank : words[$0] }
                }
                let lead = matcher.targets(
                    Array(terms[..<mention.start]),
                    mentions: mentions.filter { $0.end <= mention.start },
                    words: read.map { Array($0[..<mention.start]) })
                let after = matcher.targets(
                    Array(terms[mention.start...]),
                    mentions: mentions.filter { $0.start >= mention.start }.map {
                        ($0.group, $0.start - mention.start, $0.end - mention.start)
                    }, words: read.map { Array($0[mention.start...]) })
                leads[mention.group] = RegisterTargets(
                    known: lead.known.filter { !after.known.contains($0) },
                    unknown: lead.unknown.filter { !$0.isEmpty && !after.unknown.contains($0) })
            }
        }
        return SentenceReading(
            namesAspect: namesAspect, intensifiers: intensifiers, leads: leads,
            circumstance: circumstance,
            moves: changesAnAspect(
                sentence, besides: mentions, skipping: { other[$0] || nutrition.contains($0) }))
    }

    /// How many words a verb moving a measure may stand before the aspect it moves ("lowers
    /// your blood pressure"), or a rise prevented after it ("keeps your blood pressure from
    /// climbing").
    static let changeReach = 4

    /// Whether the copy moves an aspect of health up or down (`RegisterMatcher.changeClasses`):
    /// a verb of `@eu-change-verb` with an aspect within `changeReach` words after it ("boosts
    /// your testosterone", "lowers your blood pressure"), or a rise or a fall prevented
    /// (`@eu-change-prevented`) with an aspect within `changeReach` words before it ("keeps
    /// your blood pressure from climbing"). Words in another sense, of a nutrition claim or of a
    /// substance's source (`skipping`: "reduced-fat cheddar") and the substances named move
    /// nothing.
    func changesAnAspect(
        _ sentence: TaggedSentence, besides mentions: [(group: Int, start: Int, end: Int)],
        skipping: (Int) -> Bool
    ) -> Bool {
        let matcher = book.register
        let present = matcher.changeClasses.filter { sentence.present[$0] }
        guard !present.isEmpty else { return false }
        let verb = matcher.changeVerbClass
        let namesAnAspect = aspectReader(sentence)
        func named(_ position: Int) -> Bool {
            mentions.contains { $0.start <= position && position < $0.end }
        }
        func isAspect(_ position: Int) -> Bool {
            !skipping(position) && !named(position) && namesAnAspect(position)
        }
        let count = sentence.terms.count
        for (position, tags) in sentence.tags.enumerated()
        where !skipping(position) && !named(position) {
            for tag in tags where present.contains(tag.classID) {
                let span =
                    tag.classID == verb
                    ? tag.end..<min(count, tag.end + Checker.changeReach)
                    : max(0, position - Checker.changeReach)..<position
                if span.contains(where: isAspect) { return true }
            }
        }
        return false
    }
}

extension RegisterVerdict {
    /// The verdict with its substance's range moved `shift` scalars.
    fileprivate func moved(by shift: Int) -> RegisterVerdict {
        var moved = self
        moved.substance = substance.map { ($0.lowerBound + shift)..<($0.upperBound + shift) }
        return moved
    }
}
