/// Principle G (session 28): guards never silence explicit claims. A domain vote settles the
/// words of a sentence that have more than one sense; it does not silence a verb of treatment
/// (`@therapy-verb`, `@cure-verb`, `@avert-verb`, WordNet's: cure, treat, heal, reverse,
/// prevent; not the wider `@treat-verb`, whose "stop" and "kill" are as often a budget's or a
/// pest's) governing a disease the vocabulary names in every sense (not marked ambiguous,
/// not `@company-shared-condition`, not `@disease-word`: "asthma", "type 2 diabetes"). Such a
/// sentence is the claim whatever else it speaks of ("the okra tonic from the stall has
/// reversed their type 2 diabetes", "a pendant that cures asthma, no more wheezing near wifi
/// routers"); its words of another domain (`@other-domain`) say where the copy is, not what
/// the condition is.
extension TaggedSentence {
    /// The classes of the verbs whose object a claim of treatment names.
    static let therapyVerbClasses = ["therapy-verb", "cure-verb", "avert-verb"]

    /// The sentence-wide votes a sentence with an explicit claim does not cast.
    static let domainVoteClasses = ["other-domain", "company-elsewhere"]

    /// Whether a verb of treatment governs the condition starting at `start`: the verb's
    /// phrase ends right before it or before at most two determiners or possessives and one
    /// modifier ("cures asthma", "has reversed their type 2 diabetes", "heals my son's
    /// chronic eczema"), with only spacing between and no negator before the verb in the
    /// sentence ("does not cure asthma" claims nothing).
    static func isTherapyObject(
        _ start: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Bool {
        let verbs = therapyVerbClasses.compactMap(lexicon.classID)
        guard !verbs.isEmpty else { return false }
        var word = start
        var skipped = 0
        var modifiers = 0
        while word > 0, !isPunctuated(before: word, tokens: tokens, text: text) {
            let previous = word - 1
            if tags[previous].contains(where: { verbs.contains($0.classID) && $0.end == word }) {
                guard let negator = lexicon.classID("negator") else { return true }
                return !(0..<previous).contains { at in
                    tags[at].contains { $0.classID == negator }
                }
            }
            let term = tokens[previous].term
            if complaintDeterminers.contains(term) || complaintPossessives.contains(term)
                || tokens[previous].isPossessive
            {
                skipped += 1
                if skipped > 2 { return false }
            } else if modifiers == 0, skipped == 0, !lexicon.stopwords.contains(term) {
                modifiers += 1
            } else {
                return false
            }
            word = previous
        }
        return false
    }

    /// Whether the sentence holds an explicit claim: a condition of the disease kind, named in
    /// every sense, that a verb of treatment governs (`isTherapyObject`). A symptom is left to
    /// the domain votes ("stop the bleeding in your budget").
    static func holdsExplicitClaim(
        conditions: [(start: Int, end: Int, concept: Int)],
        ambiguous: [(start: Int, end: Int, kind: ConditionKind)], tokens: [Token],
        text: [Unicode.Scalar], tags: [[(classID: Int, end: Int)]], lexicon: Lexicon,
        vocabulary: ConditionVocabulary
    ) -> Bool {
        let shared = ["company-shared-condition", "disease-word"].compactMap(lexicon.classID)
        return conditions.contains { condition in
            let kind = vocabulary.kind(at: condition.concept)
            return kind == .disease
                && !ambiguous.contains { $0.start == condition.start && $0.end == condition.end }
                && !tags[condition.start].contains { tag in
                    shared.contains(tag.classID) && tag.end == condition.end
                }
                // joined by a hyphen to the word after it, the disease describes that word
                // ("beat the flu-ridden rivals"): it is no verb's object
                && !(condition.end < tokens.count
                    && gap(before: condition.end, tokens: tokens, text: text).contains("-"))
                && isTherapyObject(
                    condition.start, tokens: tokens, text: text, tags: tags, lexicon: lexicon)
        }
    }

    /// Removes the domain votes (`domainVoteClasses`) from a sentence that holds an explicit
    /// claim.
    static func dropDomainVotes(
        lexicon: Lexicon, tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        let votes = domainVoteClasses.compactMap(lexicon.classID).filter { present[$0] }
        guard !votes.isEmpty else { return }
        for index in tags.indices {
            tags[index].removeAll { votes.contains($0.classID) }
        }
        for vote in votes { present[vote] = false }
    }

    /// A caution is an instruction to the reader ("stop using if irritation occurs"); after a
    /// modal of ability (`@ability-modal`: "can", "could", "able to") the same words are a
    /// result the copy promises ("so they can stop using their preventer"), not a caution:
    /// their `@caution` tag is removed.
    static func dropPromisedCautions(
        _ tokens: [Token], lexicon: Lexicon, tags: inout [[(classID: Int, end: Int)]],
        present: inout [Bool]
    ) {
        guard let caution = lexicon.classID("caution"), present[caution],
            let modal = lexicon.classID("ability-modal"), present[modal]
        else { return }
        var dropped = false
        for index in tags.indices.dropFirst()
        where tags[index].contains(where: { $0.classID == caution })
            && (0..<index).contains(where: { at in
                tags[at].contains { $0.classID == modal && $0.end == index }
            })
        {
            tags[index].removeAll { $0.classID == caution }
            dropped = true
        }
        guard dropped else { return }
        present[caution] = tags.contains { list in list.contains { $0.classID == caution } }
    }

    /// The classes that make a word a clinician or a thing of medical care.
    static let careClasses = [
        "clinician", "doctor-word", "care-anchor", "care-word", "mesh-care", "specialist-mine",
    ]

    /// An occupation after "for" is the audience a product is for, not a clinician of the
    /// story (rule W, session 28: "mints for dental nurses", "for ambulance dispatchers and
    /// nurses coming off the night shift"): a clinician (`@clinician`, `@doctor-word`) reached
    /// from "for" over at most four words with only spacing between, none a stopword but
    /// "and" or "or", names whom the copy addresses; the words from "for" to it keep no class
    /// of care.
    static func dropAudienceClinicians(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        let people = ["clinician", "doctor-word"].compactMap(lexicon.classID)
        guard people.contains(where: { present[$0] }) else { return }
        let care = careClasses.compactMap(lexicon.classID)
        var dropped = false
        for index in tokens.indices
        where tags[index].contains(where: { people.contains($0.classID) && $0.end == index + 1 }) {
            var word = index
            var words = 0
            var audience: Int? = nil
            while word > 0, !isPunctuated(before: word, tokens: tokens, text: text) {
                let term = tokens[word - 1].term
                if term == "for" {
                    audience = word
                    break
                }
                if term != "and", term != "or" {
                    guard !lexicon.stopwords.contains(term), words < 4 else { break }
                    words += 1
                }
                word -= 1
            }
            guard let audience else { continue }
            for at in audience...index {
                tags[at].removeAll { care.contains($0.classID) }
            }
            dropped = true
        }
        guard dropped else { return }
        for id in care {
            present[id] = tags.contains { list in list.contains { $0.classID == id } }
        }
    }
}
