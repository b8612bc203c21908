import Foundation

/// Turns words into concepts, from data only: the concepts of `concepts.yaml` (body parts,
/// functions, outcomes, actions, populations, each with its broader concepts), the substances
/// of `SubstanceCatalog` (with their broader substances) and the diseases and symptoms of the
/// condition vocabulary (their MeSH, DO, SYMP, ICD-10-CM and HPO ids, so synonyms meet).
/// Copy and claims go through the same matcher, so "makes your skeleton tougher" and "increases
/// bone mineral density" share `bone` and `increase`.
struct ConceptMatcher: Sendable {
    /// Phrase → concept index (into `names`).
    let matcher: PhraseMatcher
    /// Concept ids; each index's expansion (itself and its broader concepts) in `expansions`.
    let names: [String]
    let expansions: [[Int]]
    /// Concept indices that are substances.
    let substances: Set<Int>
    /// Concept ids of `kind: action` (increase, prevent …).
    let actions: Set<String>
    /// The concept indices of `actions`.
    let actionLabels: Set<Int>
    /// Concept indices whose names already say "no …" (`negation: absorbed`: "no worrying side
    /// effects" names safety; it negates nothing).
    let absorbsNegation: Set<Int>
    /// Concept indices that name a harm (`negation: harm`: a fracture, calcification, a
    /// cancer), like the condition vocabulary's diseases and symptoms: a negation of the harm
    /// names its absence ("hips that don't snap", "no dementia"), which is what preventing it
    /// means; it does not deny the sentence.
    let harms: Set<Int>
    /// Concept indices that are sources of a substance (`kind: source`, or a narrower concept of
    /// one): named right before a substance ("natto-derived MK-7") they say which form of it is
    /// meant, not what the sentence is about.
    let sources: Set<Int>
    /// Concept indices of `kind: link` ("derived", "based"): joined to a source before a
    /// substance ("natto-derived", "algae-based"), they say nothing on their own.
    let links: Set<Int>
    let stopwords: Set<String>
    let conditions: ConditionVocabulary?
    /// The label of the lexicon's everyday phrases (`-1`: none): a phrase read as nothing.
    let everyday: Int
    /// The label of the concept `dose` (`-1`: none): its units ("mg", "IU") after a number
    /// say the number is an amount.
    let dose: Int
    /// Per stem, everything `read(_:)` asks of it, so a word costs one lookup (a stem not here
    /// is none of these; `StringTable`: looked up for every word read).
    let words: StringTable<Word>
    /// The concept phrases by first stem (`Word.phrases` indexes it).
    let phrasesByFirst: [[PhraseMatcher.Entry]]
    /// The fracture reading's words (stems of `@breaking-verb` and `@fracture-site`, derived
    /// from WordNet and MeSH by `.ci/craft/derive-fracture.py`) and the label of the concept
    /// `fracture` (`-1`: none): see `isFracture(at:in:_:)`.
    let breaking: Set<String>
    let fractureSites: Set<String>
    /// Words of what the product is and how long it was taken (stems of `@product-form` and
    /// `@time-unit`), with the spelled-out numbers: `isVehicle(_:)`.
    let vehicle: Set<String>
    let fracture: Int
    /// The label of the concept `prevent` (`-1`: none): "keep X from" says it.
    let prevent: Int
    /// The labels of the concepts `predominance` and `decrease` (`-1`: none), looked up once.
    let predominance: Int
    let decrease: Int
    /// The heads of concept names said apart from their body part (`headsByFirst`, indexed
    /// by `Word.heads`): each label an index into `headPairs`. See `init(file:…)`.
    let headsByFirst: [[PhraseMatcher.Entry]]
    let headPairs: [HeadPair]
    /// Each concept's label by id, and the first name of each label that has one (for
    /// messages: `firstName(of:)`).
    let labels: [String: Int]
    let firstNames: [Int: String]

    /// A head of a concept's name and the broader concept whose name the rest of it is
    /// ("density" of "bone density": `bone-density` and `bone`).
    struct HeadPair: Sendable {
        var concept: Int
        var body: Int
    }

    /// What `read(_:)` asks of a stem: its `Fact` bits (whether a concept phrase or a condition
    /// phrase starts with it, whether it negates, whether it is a stopword), its word id in the
    /// condition vocabulary (`-1`: no condition phrase has it) and the concept phrases that
    /// start with it (an index into `phrasesByFirst`; `-1`: none).
    struct Word: Sendable {
        var facts: UInt16 = 0
        var condition: Int32 = -1
        var phrases: Int32 = -1
        var heads: Int32 = -1

        /// A stem `words` does not hold.
        static let none = Word()
    }

    /// The bits of `facts`.
    enum Fact {
        static let startsConcept: UInt16 = 1
        static let startsCondition: UInt16 = 2
        static let negator: UInt16 = 4
        static let stopword: UInt16 = 8
        static let startsHead: UInt16 = 16
        /// A word of the product's form, of a time span or a spelled-out number
        /// (`isVehicle(_:)`).
        static let vehicle: UInt16 = 32
        /// One of `auxiliaries`.
        static let auxiliary: UInt16 = 64
        /// One of `breaking` (a verb of breaking: `isFracture(at:in:_:)`).
        static let breaking: UInt16 = 128
        /// One of `keeping` (a form of "keep").
        static let keeping: UInt16 = 256
        /// One of `relatives` (a relative pronoun).
        static let relative: UInt16 = 512
    }

    /// `concepts.yaml` as decoded (kept between checks by `RuleBookFiles`).
    struct File: Codable, Equatable {
        var concepts: [String: Entry]
    }

    struct Entry: Codable, Equatable {
        var names: [String]
        var broader: [String]?
        var kind: String?
        var negation: String?
    }

    /// A matcher that only drops stopwords.
    static func plain(stopwords: Set<String>) -> ConceptMatcher {
        ConceptMatcher(
            matcher: PhraseMatcher(), names: [], expansions: [], substances: [], actions: [],
            absorbsNegation: [], harms: [], sources: [], links: [], stopwords: stopwords,
            conditions: nil, heads: PhraseMatcher(), headPairs: [])
    }

    private init(
        matcher: PhraseMatcher, names: [String], expansions: [[Int]], substances: Set<Int>,
        actions: Set<String>, absorbsNegation: Set<Int>, harms: Set<Int>, sources: Set<Int>,
        links: Set<Int>, stopwords: Set<String>, conditions: ConditionVocabulary?,
        heads: PhraseMatcher, headPairs: [HeadPair],
        everyday: Int = -1, breaking: Set<String> = [], fractureSites: Set<String> = [],
        vehicle: Set<String> = [], firstNames: [Int: String] = [:]
    ) {
        self.firstNames = firstNames
        var labels: [String: Int] = [:]
        for (label, name) in names.enumerated() where !name.isEmpty && labels[name] == nil {
            labels[name] = label
        }
        self.labels = labels
        self.vehicle = vehicle
        self.headPairs = headPairs
        self.everyday = everyday
        self.breaking = breaking
        self.fractureSites = fractureSites
        self.fracture = names.firstIndex(of: "fracture") ?? -1
        self.prevent = names.firstIndex(of: "prevent") ?? -1
        self.dose = names.firstIndex(of: "dose") ?? -1
        self.predominance = labels["predominance"] ?? -1
        self.decrease = labels["decrease"] ?? -1
        self.harms = harms
        self.actionLabels = Set(names.indices.filter { actions.contains(names[$0]) })
        self.links = links
        self.actions = actions
        self.absorbsNegation = absorbsNegation
        self.sources = sources
        self.matcher = matcher
        self.names = names
        self.expansions = expansions
        self.substances = substances
        self.stopwords = stopwords
        self.conditions = conditions
        let ids = conditions?.wordIDs ?? [:]
        var words: [String: Word] = [:]
        words.reserveCapacity(ids.count + matcher.byFirst.count + stopwords.count)
        for (term, id) in ids { words[term, default: .none].condition = id }
        for term in conditions?.phraseStarts ?? [] {
            words[term, default: .none].facts |= Fact.startsCondition
        }
        var phrasesByFirst: [[PhraseMatcher.Entry]] = []
        for (term, entries) in matcher.byFirst {
            words[term, default: .none].facts |= Fact.startsConcept
            words[term, default: .none].phrases = Int32(phrasesByFirst.count)
            phrasesByFirst.append(entries)
        }
        var headsByFirst: [[PhraseMatcher.Entry]] = []
        for (term, entries) in heads.byFirst {
            words[term, default: .none].facts |= Fact.startsHead
            words[term, default: .none].heads = Int32(headsByFirst.count)
            headsByFirst.append(entries)
        }
        self.headsByFirst = headsByFirst
        for term in ConceptMatcher.negators { words[term, default: .none].facts |= Fact.negator }
        for term in stopwords { words[term, default: .none].facts |= Fact.stopword }
        for term in vehicle.union(ConceptMatcher.numberWords) {
            words[term, default: .none].facts |= Fact.vehicle
        }
        // The word sets `read(_:)` asks of every word, as bits of the one lookup it makes.
        for term in ConceptMatcher.auxiliaries {
            words[term, default: .none].facts |= Fact.auxiliary
        }
        for term in breaking { words[term, default: .none].facts |= Fact.breaking }
        for term in ConceptMatcher.keeping { words[term, default: .none].facts |= Fact.keeping }
        for term in ConceptMatcher.relatives {
            words[term, default: .none].facts |= Fact.relative
        }
        self.words = StringTable(words)
        self.phrasesByFirst = phrasesByFirst
    }

    /// Reads `concepts.yaml` as decoded (`file`; `path` names it in errors) and joins the
    /// substance catalog and the condition vocabulary.
    ///
    /// `everyday`: the lexicon's fixed phrases in which a condition or body word keeps its
    /// everyday sense ("gave me a heart attack", "cold brew"); read as one word that names no
    /// concept, as the tagger reads them. `breaking`, `fractureSites`: the stems of the verbs
    /// of breaking and of the bones and fracture sites (`isFracture(at:in:_:)`).
    ///
    /// `kinds`: per concept id, more names of it as stems: the kinds of a food the claims name
    /// as a class (`@kind-of-<concept>`, food-kinds.yaml, derived from WordNet by
    /// `.ci/derive-food-kinds`: "Stilton" and "Gruyere" are cheeses, "sweetbreads" organ meat),
    /// read as the concept's own names are.
    init(
        file: File, path: String, catalog: SubstanceCatalog, stopwords: Set<String>,
        conditions: ConditionVocabulary?, everyday: [[String]] = [],
        breaking: Set<String> = [], fractureSites: Set<String> = [], vehicle: Set<String> = [],
        kinds: [String: [[String]]] = [:]
    ) throws {
        let ids = file.concepts.keys.sorted()
        var index: [String: Int] = [:]
        for (position, id) in ids.enumerated() { index[id] = position }
        var matcher = PhraseMatcher()
        var expansions: [[Int]] = []
        var absorbsNegation: Set<Int> = []
        var harms: Set<Int> = []
        var sources: Set<Int> = []
        for (position, id) in ids.enumerated() {
            guard let entry = file.concepts[id] else { continue }
            var lineage = [position]
            var queue = entry.broader ?? []
            while let next = queue.first {
                queue.removeFirst()
                guard let parent = index[next] else {
                    throw CheckError.invalidRulePack(
                        path: path,
                        message: "concept '\(id)': unknown broader concept '\(next)' "
                            + "(expected a concept of this file)")
                }
                guard !lineage.contains(parent) else { continue }
                lineage.append(parent)
                queue += file.concepts[next]?.broader ?? []
            }
            expansions.append(lineage)
            switch entry.negation {
            case nil: break
            case "absorbed": absorbsNegation.insert(position)
            case "harm": harms.insert(position)
            case let other?:
                throw CheckError.invalidRulePack(
                    path: path,
                    message: "concept '\(id)': unknown negation '\(other)' (expected 'absorbed' "
                        + "or 'harm')")
            }
            if lineage.contains(where: { file.concepts[ids[$0]]?.kind == "source" }) {
                sources.insert(position)
            }
            for terms in kinds[id] ?? [] where !terms.isEmpty {
                matcher.add(terms, label: position)
            }
            for name in entry.names {
                let terms = Tokenizer.terms(name)
                if !terms.isEmpty { matcher.add(terms, label: position) }
                // A medicine named by its dose form ("water pill") is named by each of a
                // patient's words for the form ("water tablet", "water capsules"), as
                // `.ci/vocab/derive-drug-kinds.py` (rule K1) writes the drug kinds.
                if terms.count > 1, let forms = ConceptMatcher.doseForms[terms[terms.count - 1]] {
                    for form in forms where form != terms[terms.count - 1] {
                        matcher.add(Array(terms.dropLast()) + [form], label: position)
                    }
                }
                // A name of a verb and its object takes a comparative quantifier between them
                // ("pass more water", "shed less water": grammar); a body part, function or
                // outcome only (two words: noun names such as "bone density" never have one
                // inside, so they gain nothing). The quantifier is read as part of the name,
                // not as a direction: a sentence that names no substance needs an action of
                // its own to make a claim ("the plant will pass more water to the farms").
                guard entry.kind == nil, terms.count == 2 else { continue }
                for quantifier in ConceptMatcher.comparatives {
                    matcher.add([terms[0], quantifier, terms[1]], label: position)
                }
            }
        }
        // A concept's name made of a broader concept's name and a head ("bone density",
        // "dense bones", "scarring of the liver") is said apart too: the head with the body
        // part beside it, only small words between ("give your bones the density", "bones
        // that are already brittle", "livers are scarred"). The heads come from the names
        // (the rest once the broader concept's name is taken from the start or the end, less
        // stopwords at its edges); body parts, functions and outcomes only (no action, source
        // or link).
        var heads = PhraseMatcher()
        var headPairs: [HeadPair] = []
        let nameTerms = ids.map { id in
            (file.concepts[id]?.names ?? []).map(Tokenizer.terms).filter { !$0.isEmpty }
        }
        for position in ids.indices where file.concepts[ids[position]]?.kind == nil {
            for body in expansions[position].dropFirst()
            where file.concepts[ids[body]]?.kind == nil {
                for name in nameTerms[position] {
                    for bodyName in nameTerms[body] where bodyName.count < name.count {
                        var rest: ArraySlice<String>
                        if name.starts(with: bodyName) {
                            rest = name.dropFirst(bodyName.count)
                        } else if name.suffix(bodyName.count).elementsEqual(bodyName) {
                            rest = name.dropLast(bodyName.count)
                        } else {
                            continue
                        }
                        while let last = rest.last, stopwords.contains(last) { rest.removeLast() }
                        while let first = rest.first, stopwords.contains(first) {
                            rest.removeFirst()
                        }
                        guard !rest.isEmpty else { continue }
                        heads.add(Array(rest), label: headPairs.count)
                        headPairs.append(HeadPair(concept: position, body: body))
                    }
                }
            }
        }
        var names = ids
        var substances: Set<Int> = []
        var firstNames: [Int: String] = [:]
        for (position, id) in ids.enumerated() {
            if let name = file.concepts[id]?.names.first { firstNames[position] = name }
        }
        let offset = names.count
        for (position, group) in catalog.groups.enumerated() {
            if let name = group.names.first { firstNames[offset + position] = name }
            names.append(group.id)
            expansions.append(group.lineage.map { offset + $0 })
            substances.insert(offset + position)
        }
        for entry in catalog.matcher.byFirst.values.joined() {
            for label in entry.labels { matcher.add(entry.terms, label: offset + label) }
        }
        // One concept for every everyday phrase: it has no name and no broader concept, and
        // what it covers is read as nothing.
        let everydayLabel = names.count
        names.append("")
        expansions.append([])
        for phrase in everyday where !phrase.isEmpty { matcher.add(phrase, label: everydayLabel) }
        self.init(
            matcher: matcher, names: names, expansions: expansions, substances: substances,
            actions: Set(ids.filter { file.concepts[$0]?.kind == "action" }),
            absorbsNegation: absorbsNegation, harms: harms, sources: sources,
            links: Set(ids.indices.filter { file.concepts[ids[$0]]?.kind == "link" }),
            stopwords: stopwords, conditions: conditions, heads: heads, headPairs: headPairs,
            everyday: everydayLabel, breaking: breaking, fractureSites: fractureSites,
            vehicle: vehicle, firstNames: firstNames)
    }

    /// The concepts of a run of stems, in order: every phrase of a concept (longest first)
    /// becomes the concept and its broader ones, a disease or symptom its vocabulary ids, any
    /// other word itself; stopwords, numbers and one-letter words are dropped. `substances`
    /// collects the substance concepts found.
    /// `words`: what `words` holds for each stem, when the caller has it (`StemTable`).
    func terms(
        _ terms: [String], substances found: inout Set<String>, words: [Word]? = nil
    ) -> [String] {
        let reading = read(terms, words: words)
        found.formUnion(reading.substances)
        return reading.concepts
    }

    /// What a run of stems says, as concepts: `terms(_:substances:)`, plus the substance named
    /// first with its broader substances (what the sentence is about) and whether a negation
    /// stands outside every concept phrase ("no side effects" names safety; it negates nothing).
    /// `words`: what `words` holds for each stem, when the caller has it (`StemTable`).
    func read(_ terms: [String], words: [Word]? = nil) -> ConceptReading {
        // Where a disease or symptom starts: the longest phrase there (as `matches(in:)` finds
        // them), its end and its first such entry; its ids are read only if it is used.
        // One lookup per word for what the steps below ask of it.
        let known = words ?? terms.map { self.words[$0] ?? .none }
        // Found left to right, so they are consumed in order below (`nextCondition`).
        var conditionsAt: [(start: Int, end: Int, entry: Int)] = []
        if let conditions, known.contains(where: { $0.facts & Fact.startsCondition != 0 }) {
            let ids = known.map(\.condition)
            var position = 0
            while position < terms.count {
                guard known[position].facts & Fact.startsCondition != 0,
                    let longest = conditions.longestPhrase(ids: ids, at: position)
                else {
                    position += 1
                    continue
                }
                if let value = longest.values.first(where: {
                    conditions.kind(at: Int($0)) != .function
                        && ![.ambiguous, .head].contains(conditions.sense(at: Int($0)))
                }) {
                    conditionsAt.append((position, longest.end, Int(value)))
                }
                position = longest.end
            }
        }
        // A head shared by coordinated words names a condition for each of them ("heart and
        // vessel disease" is heart disease too; "liver or kidney damage" liver damage): grammar.
        var coordinated: [Int: Int] = [:]
        if let conditions, !conditionsAt.isEmpty {
            let ids = known.map(\.condition)
            for found in conditionsAt {
                // "A and B C": the condition is "B C" (its head after B) or "C" alone.
                for (first, head) in [
                    (found.start - 2, found.start + 1), (found.start - 3, found.start),
                ]
                where first >= 0 && head < found.end && ids[first] >= 0
                    && ConceptMatcher.coordinators.contains(terms[first + 1])
                {
                    let phrase = [ids[first]] + ids[head..<found.end]
                    guard let longest = conditions.longestPhrase(ids: phrase, at: 0),
                        longest.end == phrase.count,
                        let value = longest.values.first(where: {
                            conditions.kind(at: Int($0)) != .function
                                && ![.ambiguous, .head].contains(conditions.sense(at: Int($0)))
                        })
                    else { continue }
                    coordinated[first] = Int(value)
                    break
                }
            }
        }
        var reading = ConceptReading()
        // Where the last harm named ends (a disease, symptom or `negation: harm` concept).
        var harmEnd: Int? = nil
        var position = 0
        var nextCondition = 0
        // Negators not yet absorbed by a concept that starts right after them.
        var negators: [Int] = []
        // Where the last source phrase ended, and the concepts it added (a substance right
        // after it makes it a form of that substance: they are taken back).
        var source: (end: Int, concepts: Range<Int>)? = nil
        while position < terms.count {
            let phrases = known[position].phrases
            let reviewed =
                phrases >= 0
                ? PhraseMatcher.longest(in: phrasesByFirst[Int(phrases)], terms, at: position)
                : nil
            while nextCondition < conditionsAt.count, conditionsAt[nextCondition].start < position {
                nextCondition += 1
            }
            var condition =
                nextCondition < conditionsAt.count && conditionsAt[nextCondition].start == position
                ? conditionsAt[nextCondition] : nil
            if let entry = coordinated[position], let conditions {
                reading.concepts += conditions.concept(at: entry).conceptIDs
                reading.conditions += 1
            }
            // The longest phrase says what is meant: a disease or symptom longer than the
            // reviewed concept that starts with it ("heart disease", "liver cancer") is that
            // condition (and the body part it is named after, below); otherwise the reviewed
            // concept wins where it starts, and a substance always does ("vitamin K
            // deficiency" still names vitamin K).
            var phrase = reviewed
            if let found = reviewed, let condition, condition.end > found.end,
                !found.labels.contains(where: { substances.contains($0) })
            {
                phrase = nil
            }
            if isObjectAndVerb(
                at: position, phrase: reviewed, condition: condition?.end, terms, known)
            {
                // "Help your blood clot": the first word is the object, read on its own; the
                // verb after it is read where it stands.
                phrase = nil
                condition = nil
            }
            if let phrase, phrase.labels.contains(everyday) {
                // An everyday phrase ("gave me a heart attack") names nothing; it wins over a
                // concept that starts with it, and no condition starts inside it.
                source = nil
                position = phrase.end
                continue
            }
            if let phrase, position > 0, terms[position - 1] == "no",
                phrase.labels.allSatisfy({ actionLabels.contains($0) })
            {
                // "No more", "no less": the direction word is part of the negation (no more
                // broken bones is none at all); it names no increase.
                source = nil
                position = phrase.end
                continue
            }
            if let phrase {
                if phrase.labels.contains(where: { absorbsNegation.contains($0) }) {
                    negators.removeAll { negator in
                        if position - negator <= ConceptMatcher.negationReach,
                            ConceptMatcher.absence.contains(terms[negator])
                        {
                            return true
                        }
                        // "Hasn't caused any worrying side effects", "never gave me side
                        // effects": a negated verb of causing or of coming to have, before a
                        // concept that names an absence, names it absent, as "no side effects"
                        // does (grammar); one modifier may stand between ("worrying"), any
                        // other word keeps the denial ("is not safe", "did not test safety").
                        guard negator < position else { return false }
                        let between = (negator + 1)..<position
                        let causes = between.filter {
                            ConceptMatcher.causing.contains(terms[$0])
                                || ConceptMatcher.comingToHave.contains(terms[$0])
                        }
                        let others = between.filter {
                            known[$0].facts & (Fact.stopword | Fact.auxiliary) == 0
                                && !ConceptMatcher.causing.contains(terms[$0])
                                && !ConceptMatcher.comingToHave.contains(terms[$0])
                        }
                        return !causes.isEmpty && others.count <= 1
                    }
                }
                if phrase.labels.contains(where: { harms.contains($0) }) {
                    absorbNegation(of: position, in: terms, known, &negators)
                    harmEnd = phrase.end
                }
                if phrase.labels.allSatisfy({ links.contains($0) }) {
                    // A link says nothing; right after a source it joins it to what follows.
                    if let found = source, found.end == position {
                        source = (phrase.end, found.concepts)
                    }
                    position = phrase.end
                    continue
                }
                if let found = source, phrase.labels.contains(where: { substances.contains($0) }),
                    found.end == position
                {
                    reading.concepts.removeSubrange(found.concepts)
                }
                source = nil
                if predominance >= 0, position > 0,
                    terms[position - 1] == "most",
                    position < 2 || terms[position - 2] != "the",
                    phrase.labels.contains(where: { substances.contains($0) })
                {
                    // "Most MK-7 comes from natto": "most" as the determiner of a substance
                    // says the greater part of it, as "most of" does; "the most MK-7" is the
                    // largest amount (grammar).
                    reading.concepts += expansions[predominance].map { names[$0] }
                }
                let before = reading.concepts.count
                for label in phrase.labels {
                    let lineage = expansions[label]
                    if substances.contains(label), reading.subject.isEmpty {
                        reading.subject = lineage.map { names[$0] }
                    }
                    for concept in lineage {
                        reading.concepts.append(names[concept])
                        if substances.contains(concept) {
                            reading.substances.insert(names[concept])
                        }
                    }
                }
                if phrase.labels.contains(where: { sources.contains($0) }) {
                    source = (phrase.end, before..<reading.concepts.count)
                }
                if prevent >= 0, decrease >= 0, phrase.labels.contains(decrease),
                    lowersLikelihood(after: phrase.end, in: terms, known)
                {
                    // "Cuts the odds of", "lowers the chance that": to decrease the likelihood
                    // of a harm is to prevent it, as "reduce the risk of" says.
                    reading.concepts += expansions[prevent].map { names[$0] }
                }
                position = phrase.end
                continue
            }
            if let condition, let conditions {
                reading.concepts += conditions.concept(at: condition.entry).conceptIDs
                reading.conditions += 1
                absorbNegation(of: position, in: terms, known, &negators)
                harmEnd = condition.end
                // A condition named after a body part or function is about it too ("high
                // blood pressure" is about blood pressure, "liver cancer" about the liver).
                var inner = position
                while inner < condition.end {
                    let phrases = known[inner].phrases
                    guard phrases >= 0,
                        let found = PhraseMatcher.longest(
                            in: phrasesByFirst[Int(phrases)], terms, at: inner),
                        found.end <= condition.end
                    else {
                        inner += 1
                        continue
                    }
                    for label in found.labels where !substances.contains(label) {
                        reading.concepts += expansions[label].map { names[$0] }
                    }
                    inner = found.end
                }
                position = condition.end
                continue
            }
            let term = terms[position]
            if known[position].facts & Fact.startsHead != 0,
                let head = PhraseMatcher.longest(
                    in: headsByFirst[Int(known[position].heads)], terms, at: position)
            {
                let said = Set(
                    head.labels.map { headPairs[$0] }.filter {
                        hasBody($0.body, before: position, after: head.end, in: terms, known)
                    }.map(\.concept))
                if !said.isEmpty {
                    for concept in said.sorted() {
                        reading.concepts += expansions[concept].map { names[$0] }
                        if harms.contains(concept) {
                            absorbNegation(of: position, in: terms, known, &negators)
                            harmEnd = head.end
                        }
                    }
                    source = nil
                    position = head.end
                    continue
                }
            }
            let facts = known[position].facts
            if facts & Fact.breaking != 0, fracture >= 0,
                isFracture(at: position, in: terms, known)
            {
                reading.concepts += expansions[fracture].map { names[$0] }
                absorbNegation(of: position, in: terms, known, &negators)
                harmEnd = position + 1
                source = nil
                position += 1
                continue
            }
            if prevent >= 0, facts & Fact.keeping != 0,
                terms[(position + 1)..<min(terms.count, position + 1 + ConceptMatcher.keepReach)]
                    .contains(where: { $0 == "from" || $0 == "away" })
            {
                // "Keeps calcium from hardening", "keep the damage from spreading": a verb of
                // keeping with "from" after its object says the object does not come to do
                // it, which is what preventing it means (grammar); with "away" after its
                // object, that the object does not come near ("keeps heart disease away", as
                // "keep away" before it).
                reading.concepts += expansions[prevent].map { names[$0] }
                position += 1
                continue
            }
            if facts & Fact.negator != 0 {
                let next = position + 1 < terms.count ? terms[position + 1] : ""
                // "Don't skip the yolk": a sentence opening with a negative imperative gives an
                // instruction; it denies nothing.
                let imperative = position == 1 && terms[0] == "do"
                if prevent >= 0, let end = harmEnd, position - end <= 1,
                    ConceptMatcher.returns(after: position, in: terms)
                {
                    // "His atrial fibrillation never came back": a harm whose return is denied
                    // is a harm kept away, which is what preventing it means (grammar; the
                    // harm is the verb's subject, one word between at most).
                    reading.concepts += expansions[prevent].map { names[$0] }
                } else if next != "only" && next != "just" && !imperative
                    && ConceptMatcher.deniesClause(at: position, in: terms)
                {
                    negators.append(position)
                }
            } else if term == ConceptMatcher.nothing, position > 0,
                ConceptMatcher.doing.contains(terms[position - 1])
            {
                // "Does nothing to steer calcium": "nothing" as the object of "do" denies the
                // verb after it, as "does not steer" does (grammar).
                negators.append(position)
            }
            if facts & (Fact.stopword | Fact.auxiliary) == 0,
                ConceptMatcher.hasTwoCharacters(term),
                term.unicodeScalars.first.map({ !("0"..."9").contains($0) }) ?? false
                    || isYear(at: position, in: terms, known)
            {
                reading.concepts.append(term)
            }
            position += 1
        }
        // A negation that a comparison completes compares; it denies nothing ("no food
        // delivers more EPA than oily fish" says oily fish delivers the most, "not more than
        // two a day" sets a limit).
        if let than = terms.lastIndex(of: "than") { negators.removeAll { $0 < than } }
        // A negation in a relative clause says something of the noun the clause describes,
        // not of what the sentence claims ("come from algae, which the fish do not make").
        if let relative = known.firstIndex(where: { $0.facts & Fact.relative != 0 }) {
            negators.removeAll { $0 > relative }
        }
        reading.negated = !negators.isEmpty
        return reading
    }

    /// Drops the negators that make a harm starting at `position` absent rather than deny the
    /// sentence: "no" up to `negationReach` words before it ("no more broken bones"), any
    /// negator right before it, stopwords, auxiliaries and verbs of coming to have it aside
    /// ("bones that don't snap", "never a fracture", "you won't get dementia"). A negator with
    /// another verb between it and the harm still denies ("does not cause abnormal clotting",
    /// "does not prevent fractures").
    private func absorbNegation(
        of position: Int, in terms: [String], _ known: [Word], _ negators: inout [Int]
    ) {
        negators.removeAll { negator in
            guard negator < position else { return false }
            if position - negator <= ConceptMatcher.negationReach,
                ConceptMatcher.absence.contains(terms[negator])
            {
                return true
            }
            return (negator + 1..<position).allSatisfy {
                known[$0].facts & (Fact.stopword | Fact.auxiliary) != 0
                    || ConceptMatcher.comingToHave.contains(terms[$0])
                    || ConceptMatcher.endsIn(at: $0, in: terms)
            }
        }
    }

    /// Whether the word at `position` is a verb of ending or resulting with its preposition
    /// after it ("ends in", "ended with", "result in"): what an event ends in is what it comes
    /// to, so a negator before it and a harm names the harm's absence, as "won't get" does
    /// ("a fall that doesn't end with a broken hip"; grammar). Without the preposition the verb
    /// stops its object ("doesn't end the pain") and keeps the denial.
    static func endsIn(at position: Int, in terms: [String]) -> Bool {
        position + 1 < terms.count && ending.contains(terms[position])
            && endingPrepositions.contains(terms[position + 1])
    }

    /// Verbs of ending or resulting, and the prepositions that name what they come to.
    static let ending = Set(
        ["end", "ends", "ended", "ending", "result", "results", "resulted", "resulting"].map(
            Stemmer.stem))
    static let endingPrepositions = Set(["in", "with", "up"].map(Stemmer.stem))

    /// Whether the two words at `position` are the object and the bare infinitive of a verb of
    /// making, letting or helping ("help your blood clot", "makes the blood clot"), not the harm
    /// they name together (a thrombus): English puts a bare infinitive after the object of
    /// these verbs (grammar). So read when the verb stands right before the two words, one
    /// determiner or possessive between at most, the two words name a harm (a concept of
    /// `negation: harm` or a disease or symptom of the vocabulary) and the second word alone
    /// names a concept that the harm is not a kind of (`clot` is clotting, a function; in
    /// "help your dry eye" the eye is what dry eye is about, and stays one phrase).
    private func isObjectAndVerb(
        at position: Int, phrase: (end: Int, labels: [Int])?, condition: Int?, _ terms: [String],
        _ known: [Word]
    ) -> Bool {
        let end = position + 2
        guard end <= terms.count, position > 0 else { return false }
        let harm: Bool
        if let phrase, phrase.end == end {
            harm = phrase.labels.contains { label in
                expansions[label].contains(where: harms.contains)
            }
        } else {
            harm = condition == end
        }
        guard harm else { return false }
        var verb = position - 1
        if ConceptMatcher.determiners.contains(terms[verb]), verb > 0 { verb -= 1 }
        guard ConceptMatcher.bareInfinitiveVerbs.contains(terms[verb]) else { return false }
        let last = end - 1
        guard known[last].phrases >= 0,
            let alone = PhraseMatcher.longest(
                in: phrasesByFirst[Int(known[last].phrases)], terms, at: last),
            alone.end == end
        else { return false }
        let whole = Set((phrase?.end == end ? phrase?.labels ?? [] : []).flatMap { expansions[$0] })
        return alone.labels.contains { !substances.contains($0) && !whole.contains($0) }
    }

    /// Whether a noun of likelihood is the object of a verb of decreasing that ends at `start`
    /// (stopwords and possessives between: "cuts the odds", "lower your chances"): WordNet
    /// 3.0's risk.n.01 and the nouns of how likely something is (chance, odds, likelihood,
    /// probability).
    private func lowersLikelihood(after start: Int, in terms: [String], _ known: [Word]) -> Bool {
        var next = start
        while next < terms.count, next - start < 3,
            known[next].facts & Fact.stopword != 0
                || ConceptMatcher.determiners.contains(terms[next])
        {
            next += 1
        }
        return next < terms.count && ConceptMatcher.likelihood.contains(terms[next])
    }

    /// Nouns of risk and likelihood (see `lowersLikelihood(after:in:_:)`).
    static let likelihood = Set(
        [
            "risk", "risks", "chance", "chances", "odds", "likelihood", "probability", "hazard",
        ].map(Stemmer.stem))

    /// Whether a verb of returning follows the negator at `position` ("never came back", "has
    /// not returned", "did not recur"): auxiliaries may stand before it.
    static func returns(after position: Int, in terms: [String]) -> Bool {
        var next = position + 1
        while next < terms.count, auxiliaries.contains(terms[next]) { next += 1 }
        guard next < terms.count else { return false }
        if returning.contains(terms[next]) { return true }
        return next + 1 < terms.count && coming.contains(terms[next]) && terms[next + 1] == "back"
    }

    /// Verbs of returning (WordNet 3.0's return.v.01 "go or come back to place, condition, or
    /// activity" with recur and reappear), and the forms of "come" that "back" makes one.
    static let returning = Set(
        [
            "return", "returns", "returned", "recur", "recurs", "recurred", "reappear",
            "reappears", "reappeared",
        ].map(Stemmer.stem))
    static let coming = Set(["come", "comes", "came"].map(Stemmer.stem))

    /// Comparative quantifiers (grammar).
    static let comparatives = ["more", "less", "fewer"].map(Stemmer.stem)

    /// Verbs after whose object English puts a bare infinitive (grammar: "make it clot", "let
    /// it heal", "help it work").
    static let bareInfinitiveVerbs = Set(
        [
            "make", "makes", "made", "making", "let", "lets", "letting", "help", "helps", "helped",
            "helping",
        ].map(Stemmer.stem))

    /// Determiners and possessives that may open the object of such a verb (grammar).
    static let determiners = Set(
        ["the", "your", "my", "his", "her", "their", "our", "its", "a", "an"].map(
            Stemmer.stem))

    /// Whether the breaking verb at `position` names a fracture: a bone or a fracture site
    /// stands within `fractureReach` words of it ("a fall snaps your wrist", "crack fewer
    /// hips", "ribs that shatter"), as "broken hip" names one; a verb of breaking with no body
    /// part beside it breaks something else ("crack an egg", "break the habit"). A site is a
    /// word of `@fracture-site` or a word of the concept `bone` and its narrower concepts
    /// ("skeleton").
    private func isFracture(at position: Int, in terms: [String], _ known: [Word]) -> Bool {
        let reach = ConceptMatcher.fractureReach
        let window = max(0, position - reach)..<min(terms.count, position + reach + 1)
        return window.contains { other in
            guard other != position else { return false }
            if fractureSites.contains(terms[other]) { return true }
            let phrases = known[other].phrases
            guard phrases >= 0,
                let found = PhraseMatcher.longest(
                    in: phrasesByFirst[Int(phrases)], terms, at: other)
            else { return false }
            return found.labels.contains { label in
                !substances.contains(label) && expansions[label].contains { names[$0] == "bone" }
            }
        }
    }

    /// Whether a phrase naming `body` (or a narrower concept of it) stands right before
    /// `start` or right after `end`, only small words between (`isSmall`, at most
    /// `headReach`): a head of a concept's name said apart from its body part.
    private func hasBody(
        _ body: Int, before start: Int, after end: Int, in terms: [String], _ known: [Word]
    ) -> Bool {
        func names(_ labels: [Int]) -> Bool {
            labels.contains { !substances.contains($0) && expansions[$0].contains(body) }
        }
        var after = end
        while after < terms.count, after - end < ConceptMatcher.headReach,
            isSmall(after, terms, known)
        {
            after += 1
        }
        if after < terms.count, known[after].phrases >= 0,
            let found = PhraseMatcher.longest(
                in: phrasesByFirst[Int(known[after].phrases)], terms, at: after),
            names(found.labels)
        {
            return true
        }
        var before = start - 1
        while before >= 0, start - 1 - before < ConceptMatcher.headReach,
            isSmall(before, terms, known)
        {
            before -= 1
        }
        guard before >= 0 else { return false }
        // The phrase ending there (it may start a word or two earlier: "blood vessels").
        for first in max(0, before - 2)...before where known[first].phrases >= 0 {
            if let found = PhraseMatcher.longest(
                in: phrasesByFirst[Int(known[first].phrases)], terms, at: first),
                found.end == before + 1, names(found.labels)
            {
                return true
            }
        }
        return false
    }

    /// Whether the word at `position` is a small word that may stand between a body part and
    /// a head of its concept: a stopword, an auxiliary, a linking verb ("stay", "become") or
    /// an adverb of time or degree ("already", "still").
    private func isSmall(_ position: Int, _ terms: [String], _ known: [Word]) -> Bool {
        known[position].facts & (Fact.stopword | Fact.auxiliary) != 0
            || ConceptMatcher.linking.contains(terms[position])
    }

    /// Linking verbs and adverbs of time or degree (grammar): "bones stay strong", "livers are
    /// already scarred".
    static let linking = Set(
        [
            "become", "becomes", "became", "becoming", "stay", "stays", "stayed", "remain",
            "remains", "remained", "grow", "grows", "grew", "getting", "feel", "feels", "felt",
            "look", "looks", "seem", "seems", "already", "still", "now", "ever", "too", "quite",
            "rather", "really",
        ].map(Stemmer.stem))

    /// How many small words may stand between a head and its body part.
    static let headReach = 3

    /// Whether a stem names the product's form, a time span or a number ("six months on our
    /// softgels"): what the copy says of the product and its use, not of what a claim is
    /// about. A claim that uses the word still shares it ("any fish oil capsule"); a word no
    /// claim uses says nothing against a claim when it is one of these (`ClaimIndex`).
    func isVehicle(_ term: String) -> Bool {
        (words[term]?.facts ?? 0) & Fact.vehicle != 0
    }

    /// The words for a medicine's dose form, as stems, each with the others ("pill":
    /// "tablet", "capsule", in both numbers).
    static let doseForms: [String: [String]] = {
        var stems: [String] = []
        for word in ["pill", "pills", "tablet", "tablets", "capsule", "capsules"] {
            let stem = Stemmer.stem(word)
            if !stems.contains(stem) { stems.append(stem) }
        }
        return Dictionary(uniqueKeysWithValues: stems.map { ($0, stems) })
    }()

    /// "Nothing", a negator as the object of a form of "do" (`doing`).
    static let nothing = Stemmer.stem("nothing")
    static let doing = Set(["do", "does", "did", "doing", "done"].map(Stemmer.stem))

    /// Spelled-out numbers (grammar; "one" and "two" are stopwords): a number, as a digit is.
    static let numberWords = Set(
        [
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands",
            "dozen", "dozens",
        ].map(Stemmer.stem))

    /// The forms of "keep", which with "from" after its object says prevention.
    static let keeping = Set(["keep", "keeps", "kept", "keeping"].map(Stemmer.stem))

    /// How many words after "keep" its "from" may stand (the object between: "keep the
    /// damage from").
    static let keepReach = 4

    /// How many words from a breaking verb a bone may stand and still be what breaks.
    static let fractureReach = 4

    /// Words that coordinate two words sharing a head ("heart and vessel disease").
    static let coordinators: Set<String> = ["and", "or"]

    /// Whether the number at `position` is a year (1800 to 2099, no unit of a dose after it:
    /// "2000 IU" is a dose): a year dates an event ("approved … in 2006") and is kept as a word,
    /// where other numbers are dropped. A word, not a concept, so it links nothing on its own.
    private func isYear(at position: Int, in terms: [String], _ known: [Word]) -> Bool {
        let term = terms[position]
        guard term.utf8.count == 4, let year = Int(term), (1800...2099).contains(year) else {
            return false
        }
        let next = position + 1
        guard next < terms.count, known[next].phrases >= 0, dose >= 0,
            let unit = PhraseMatcher.longest(
                in: phrasesByFirst[Int(known[next].phrases)], terms, at: next)
        else { return true }
        return !unit.labels.contains { expansions[$0].contains(dose) }
    }

    /// Whether the negator at `position` denies its clause. "Not" does only after an
    /// auxiliary (English negates a clause through one: "does not", "is not", "won't"), one word
    /// between at most ("is also not", "does it not"); a bare "not" negates the phrase after it
    /// ("works on clotting, not on bone", "gives you ALA, not EPA"), which contrasts with what
    /// the sentence says and denies none of it. Every other negator ("never", "cannot", "no",
    /// "neither", "nor") stands where the clause's own words are.
    static func deniesClause(at position: Int, in terms: [String]) -> Bool {
        guard terms[position] == "not" else { return true }
        return (max(0, position - 2)..<position).contains { auxiliaries.contains(terms[$0]) }
    }

    /// The auxiliaries that carry a clause's negation, and the stems `n't` leaves of them
    /// ("won't" is "wo" + "not", "doesn't" "doesn" + "not"). Grammar, not vocabulary; none is a
    /// concept (the fragments are no words).
    static let auxiliaries: Set<String> = Set(
        [
            "do", "does", "did", "is", "are", "was", "were", "be", "been", "am", "will", "would",
            "can", "could", "shall", "should", "may", "might", "must", "has", "have", "had",
            "need",
        ].map(Stemmer.stem)
            + [
                "doesn", "don", "didn", "isn", "aren", "wasn", "weren", "wo", "wouldn", "ca",
                "couldn", "sha", "shouldn", "mightn", "mustn", "hasn", "haven", "hadn", "needn",
                "ain",
            ])

    /// Verbs whose object is what the subject comes to have (grammar): a negator before one
    /// of them and a harm names the harm's absence, as a negator right before it does ("you
    /// won't get dementia", "never develop osteoporosis", "will not suffer a fracture"); other
    /// verbs keep the denial ("does not cause abnormal clotting").
    static let comingToHave: Set<String> = Set(
        [
            "get", "gets", "getting", "got", "develop", "develops", "developing", "catch",
            "catches", "contract", "contracts", "suffer", "suffers", "experience", "experiences",
        ].map(Stemmer.stem))

    /// Verbs of causing (grammar): a negator before one of them and a concept that names an
    /// absence names the absence ("hasn't caused any side effects" is "no side effects").
    static let causing: Set<String> = Set(
        [
            "cause", "causes", "caused", "causing", "give", "gives", "gave", "given", "giving",
            "produce", "produces", "produced", "producing", "trigger", "triggers", "triggered",
            "triggering",
        ].map(Stemmer.stem))

    /// How many words before an absorbing concept a word of absence may stand and still be part
    /// of it ("no worrying side effects").
    static let negationReach = 3

    /// Negators that name an absence ("no side effects") rather than deny what is said ("is not
    /// safe"): grammar, not product vocabulary.
    static let absence: Set<String> = ["no"]

    /// Whether a stem has more than one character (`term.count > 1`, without counting the
    /// characters of an ASCII stem, where each byte is one).
    static func hasTwoCharacters(_ term: String) -> Bool {
        let bytes = term.utf8
        guard bytes.count > 1 else { return false }
        return bytes.allSatisfy { $0 < 128 && $0 != 13 } || term.count > 1
    }

    /// Relative pronouns that open a clause describing a noun (grammar; "that" also opens what
    /// is said or shown, and is left out).
    static let relatives = Set(["which", "who", "whom", "whose"].map(Stemmer.stem))

    /// Words that negate what a sentence says (grammar, not product vocabulary). "Without" is
    /// not one: a preposition, it says its object is absent ("without side effects", "without
    /// dementia", "proteins that sit idle without it") and denies nothing the sentence's verb
    /// says.
    /// "Lack" is one: a verb, it says its subject does not have its object ("K1 lacks the
    /// activity of moving calcium" denies what "cannot move calcium" denies).
    static let negators: Set<String> = Set(
        ["not", "never", "no", "neither", "nor", "cannot"]
            + ["lack", "lacks", "lacked", "lacking"].map(Stemmer.stem))

    /// The phrases of a run of stems that name concepts, by where they start, each with what
    /// it names itself: the longest reviewed concept or substance phrase starting at a word
    /// (its concepts, not their broader ones) and the longest disease or symptom phrase (its
    /// vocabulary ids). Phrases may overlap ("increases bone mineral density" the HPO phrase,
    /// "bone mineral density" the reviewed one). For showing in a claim's own words what copy
    /// and claim share; not on the path of a check.
    func phrases(in terms: [String]) -> [(range: Range<Int>, concepts: Set<String>)] {
        let known = terms.map { words[$0] ?? .none }
        let ids = known.map(\.condition)
        var found: [(range: Range<Int>, concepts: Set<String>)] = []
        for position in terms.indices {
            if known[position].phrases >= 0,
                let phrase = PhraseMatcher.longest(
                    in: phrasesByFirst[Int(known[position].phrases)], terms, at: position)
            {
                found.append((position..<phrase.end, Set(phrase.labels.map { names[$0] })))
            }
            if let conditions, known[position].facts & Fact.startsCondition != 0,
                let longest = conditions.longestPhrase(ids: ids, at: position)
            {
                found.append(
                    (
                        position..<longest.end,
                        Set(longest.values.flatMap { conditions.concept(at: Int($0)).conceptIDs })
                    ))
            }
        }
        return found
    }

    /// Whether concept `broader` is a broader concept of concept `narrower` (both by id; a
    /// concept is not broader than itself).
    func isBroader(_ broader: String, than narrower: String) -> Bool {
        guard broader != narrower, let label = labels[narrower], let other = labels[broader]
        else { return false }
        return expansions[label].contains(other)
    }

    /// A concept's first name in `concepts.yaml` or `substances.yaml` ("bone" for `bone`,
    /// "vitamin K2" for `vitamin-k2`).
    func firstName(of concept: String) -> String? {
        labels[concept].flatMap { firstNames[$0] }
    }

    /// `terms(_:substances:)` without the substances.
    func terms(_ terms: [String], words: [Word]? = nil) -> [String] {
        var ignored: Set<String> = []
        return self.terms(terms, substances: &ignored, words: words)
    }
}
