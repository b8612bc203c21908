/// A caution to the reader names a clinician as the one to consult ("ask your pharmacist",
/// "check with a physician before use"); a clinician named as the one who speaks of the
/// product or makes it ("…, says physician Tom Ellis", "pharmacist-formulated") cautions
/// nobody, and the claim beside them stays the product's. Neither does a clinician of the
/// story's own people ("customers tell their GP they're off it"), nor one consulted about the
/// swap the copy offers ("ask your GP about swapping ramipril for our blend"): checker,
/// session 34.
extension TaggedSentence {
    /// The possessives of people the copy tells of (the writer's own and a third person's):
    /// "tell their GP", "asks his doctor", not "ask your doctor".
    static let toldPossessives: Set<String> = Set(
        ["my", "our", "his", "her", "their"].map { Stemmer.stem($0) })
    /// The words that make a verb of seeking advice after them an instruction, though its
    /// clinician is a third person's: a modal of obligation, an infinitive's "to", an
    /// imperative's adverb ("women should ask their doctor", "remind them to tell their GP",
    /// "please ask his vet").
    static let adviceMarkers: Set<String> = Set(
        ["should", "must", "to", "please", "always", "first", "shall"].map { Stemmer.stem($0) })
    /// The words after a caution that name what the advice is sought on ("ask your GP about
    /// swapping …", "talk to your doctor before replacing …").
    static let adviceTopics: Set<String> = Set(["about", "before"].map { Stemmer.stem($0) })

    /// Tags `@caution` over a verb of seeking advice (`@consult-verb`: "ask", "talk to",
    /// "check with", "consult") and the clinician it takes (`@clinician`, `@doctor-word`),
    /// right after it or after at most two words with no punctuation between ("ask your
    /// pharmacist", "consult your own physician", "check with a qualified healthcare
    /// provider"). Such a clinician is the reader's to consult; a bare clinician noun is no
    /// caution. A clinician after a possessive of the writer's own or a third person's
    /// (`toldPossessives`: "customers tell their GP they're off it", "I ask my doctor") is one
    /// the story tells of, not one the reader is told to consult, unless the verb is an
    /// instruction all the same (`adviceMarkers` before it: "women should ask their doctor").
    static func tagConsultedClinicians(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let caution = lexicon.classID("caution"),
            let consult = lexicon.classID("consult-verb"), present[consult]
        else { return }
        let clinicians = ["clinician", "doctor-word"].compactMap(lexicon.classID)
        guard clinicians.contains(where: { present[$0] }) else { return }
        for index in tokens.indices {
            guard let verbEnd = tags[index].filter({ $0.classID == consult }).map(\.end).max()
            else { continue }
            for start in verbEnd..<min(tokens.count, verbEnd + 3) {
                if start > index + 1, isPunctuated(before: start, tokens: tokens, text: text) {
                    break
                }
                guard
                    let end = tags[start].filter({ clinicians.contains($0.classID) }).map(\.end)
                        .max()
                else { continue }
                let told = (verbEnd..<start).contains { toldPossessives.contains(tokens[$0].term) }
                let advised = index > 0 && adviceMarkers.contains(tokens[index - 1].term)
                if told && !advised { break }
                tags[index].append((caution, end))
                present[caution] = true
                break
            }
        }
    }

    /// A caution tells the reader to seek advice on the product; when what the advice is
    /// sought on, after "about" or "before" right after the caution, is a drug put in the
    /// product's place (`@replaced-drug`: "ask your GP about swapping ramipril for our garlic
    /// blend", "talk to your doctor about replacing your statin with our red yeast rice"), the
    /// copy still offers the product for the drug, and the caution's tag is removed. Advice
    /// before stopping a drug with no product offered for it ("talk to your doctor before
    /// stopping any medication") keeps its caution (`@replaced-drug` needs the product).
    static func dropSwapCautions(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let caution = lexicon.classID("caution"), present[caution],
            let replaced = lexicon.classID("replaced-drug"), present[replaced]
        else { return }
        var dropped = false
        for index in tags.indices {
            guard let end = tags[index].filter({ $0.classID == caution }).map(\.end).max(),
                end + 1 < tokens.count, adviceTopics.contains(tokens[end].term),
                !isPunctuated(before: end, tokens: tokens, text: text),
                !isPunctuated(before: end + 1, tokens: tokens, text: text),
                tags[end + 1].contains(where: { $0.classID == replaced })
            else { continue }
            tags[index].removeAll { $0.classID == caution }
            dropped = true
        }
        guard dropped else { return }
        present[caution] = tags.contains { list in list.contains { $0.classID == caution } }
    }
}
