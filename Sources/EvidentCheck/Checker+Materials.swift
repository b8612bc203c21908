/// A substance as a material: the same word names a nutrient a body takes in ("zinc supports
/// your immune system") and what a thing is made of ("a zinc coating", "the magnesium anode", "a
/// cast-iron pan", "lithium-ion cells", "a strip of magnesium"). A health claim of the register
/// (Reg 1924/2006) is about a food or a food's constituent: a substance written as a thing's
/// material is neither, so it is no substance the claim is about.
extension Checker {
    /// Whether the substance the register's catalog finds at `start..<end` of a sentence is
    /// written as a thing's material: a thing's noun (`@material-noun`, from WordNet by
    /// `.ci/derive-holders`: an artifact or a natural object, no container, body part, food,
    /// measure or thing applied to a body) right after it, past the other substances of the
    /// same compound ("lithium iron phosphate cells"), or right before it with "of" ("a strip of
    /// magnesium"). The words are joined by a space or a hyphen only ("zinc, coatings" is a
    /// list). A product form after the substance ("zinc lozenges", "magnesium spray") is none of
    /// these: the claim stays the substance's.
    func namesAMaterial(
        _ sentence: TaggedSentence, start: Int, end: Int,
        substances: [(group: Int, start: Int, end: Int)]
    ) -> Bool {
        SenseClasses(material: book.lexicon.classID("material-noun")).namesAMaterial(
            sentence, start: start, end: end, substances: substances)
    }
}

/// The class ids the readings of a substance's word as a material, a plant or a verb look up
/// (`@material-noun`, `@plant-noun`, the determiner), held apart from the checker: a local
/// function that read them through the checker's methods captured the checker, and a copy of
/// it was made and released at every sentence the EU register judged.
struct SenseClasses: Sendable {
    let material: Int?
    let plant: Int?
    let determiner: Int?
    /// `@eaten-subject`: a food, a part of a plant or a form a product is swallowed in, which,
    /// right after a whole plant's noun, makes the plant what the product is made from.
    let eaten: Int?

    init(material: Int? = nil, plant: Int? = nil, determiner: Int? = nil, eaten: Int? = nil) {
        self.material = material
        self.plant = plant
        self.determiner = determiner
        self.eaten = eaten
    }

    init(_ lexicon: Lexicon) {
        self.init(
            material: lexicon.classID("material-noun"), plant: lexicon.classID("plant-noun"),
            determiner: lexicon.determiner, eaten: lexicon.classID("eaten-subject"))
    }

    /// `Checker.namesAMaterial(_:start:end:substances:)`.
    func namesAMaterial(
        _ sentence: TaggedSentence, start: Int, end: Int,
        substances: [(group: Int, start: Int, end: Int)]
    ) -> Bool {
        guard let material, sentence.present[material] else { return false }
        let tokens = sentence.tokens
        func isMaterial(_ index: Int) -> Bool {
            sentence.tags[index].contains { $0.classID == material && $0.end == index + 1 }
        }
        // Written right after the word before: a space or a hyphen between, nothing else.
        func joined(_ index: Int) -> Bool {
            index > 0 && index < tokens.count && tokens[index].start - tokens[index - 1].end <= 1
        }
        var next = end
        while let other = substances.first(where: { $0.start == next && $0.end > next }),
            joined(next)
        {
            next = other.end
        }
        if next < tokens.count, joined(next), isMaterial(next) { return true }
        return start >= 2 && sentence.terms[start - 1] == "of" && joined(start)
            && joined(start - 1) && isMaterial(start - 2)
    }
}

/// A food's word as a plant's name: "apple" names a fruit, and "apple trees" the living plant
/// it grows on; a plant's health is no claim about something eaten.
extension Checker {
    /// Whether the food's word at `start` (a phrase of `@eaten-subject`) stands right before a
    /// whole plant's noun (`namesAPlant(_:before:)`).
    func namesAPlant(_ sentence: TaggedSentence, eatenAt start: Int) -> Bool {
        guard let eaten = book.lexicon.classID("eaten-subject") else { return false }
        return sentence.tags[start].contains {
            $0.classID == eaten && namesAPlant(sentence, before: $0.end)
        }
    }

    /// Whether the word at `end` (right after a food's or a substance's word) is a whole
    /// plant's noun (`@plant-noun`, from WordNet by `.ci/derive-holders`: "tree", "vine",
    /// "seedling"; no part of a plant, which is harvested and eaten: "olive leaf", "willow
    /// bark").
    func namesAPlant(_ sentence: TaggedSentence, before end: Int) -> Bool {
        SenseClasses(
            plant: book.lexicon.classID("plant-noun"), eaten: book.lexicon.classID("eaten-subject")
        ).namesAPlant(sentence, before: end)
    }
}

/// A food's word as a verb: a sentence opening with a word in its bare form right before a
/// determiner tells the reader to do something ("Prune the roses back to healthy wood", "Juice
/// the lemons"): a noun opening a sentence as its subject is followed by its verb, not by the
/// start of an object.
extension Checker {
    /// Whether the phrase `0..<end` opening a sentence is an imperative verb: a determiner right
    /// after it, joined by a space only ("Calcium: the mineral …" is a heading; a number is a
    /// dose: "Iron 14 mg gives you …").
    func opensAsAVerb(_ sentence: TaggedSentence, end: Int) -> Bool {
        opensAClause(sentence, start: end - 1, end: end)
    }

    /// Whether the one word at `start` opens a sentence, its clause past an opener ("Honestly,
    /// prune …": `TaggedSentence.clauseStart`), or a clause after a conjunction ("so prune the
    /// blackened shoots", "then juice the lemons"), as an imperative verb: a
    /// determiner right after it, joined by a space only.
    func opensAClause(_ sentence: TaggedSentence, start: Int, end: Int) -> Bool {
        SenseClasses(determiner: book.lexicon.determiner).opensAClause(
            sentence, start: start, end: end)
    }

    /// The conjunctions after which an imperative opens a clause.
    static let clauseOpeners: Set<String> = ["so", "then", "and", "but"]
}

extension SenseClasses {
    /// `Checker.namesAPlant(_:before:)`.
    func namesAPlant(_ sentence: TaggedSentence, before end: Int) -> Bool {
        guard let plant, sentence.present[plant], end < sentence.tags.count else { return false }
        guard sentence.tags[end].contains(where: { $0.classID == plant && $0.end == end + 1 })
        else { return false }
        // A plant's noun right before a part of a plant or a form a product is swallowed in
        // names what the product is made from, not the living plant ("Polypodium fern
        // capsules", "apple tree bark extract").
        if let eaten, end + 1 < sentence.tags.count,
            sentence.tags[end + 1].contains(where: { $0.classID == eaten })
        {
            return false
        }
        return true
    }

    /// `Checker.opensAClause(_:start:end:)`.
    func opensAClause(_ sentence: TaggedSentence, start: Int, end: Int) -> Bool {
        guard end == start + 1, end < sentence.terms.count,
            start == 0 || start == sentence.clauseStart
                || Checker.clauseOpeners.contains(sentence.terms[start - 1]),
            let determiner
        else { return false }
        let tokens = sentence.tokens
        guard tokens[end].start - tokens[end - 1].end <= 1 else { return false }
        return sentence.tags[end].contains { $0.classID == determiner }
    }
}
