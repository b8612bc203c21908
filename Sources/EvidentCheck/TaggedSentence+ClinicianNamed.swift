/// A clinician's naming after what it names: "trigger finger, said the GP", "cold water tail,
/// the vet called it", "glue ear, according to the audiologist". A story tells what a body did,
/// then gives the condition's name in a clinician's words; the name may be one no vocabulary
/// holds ("housemaid's knee"), but a clinician naming it makes it a condition.
extension TaggedSentence {
    /// How many words the name may run before the clinician's clause.
    static let namedReach = 5

    /// Tags `@clinician-named` over a name that a clinician's clause follows: the words from
    /// the last punctuation mark before the clause (at most `namedReach`, after a clause of the
    /// same sentence: the story tells the body's trouble first) up to a comma or a dash; then
    /// the clause, to the next punctuation mark or the sentence's end: "[the|a|my|our] <clinician>
    /// <naming verb> [it]", "<naming verb> the <clinician>", "as the <clinician> <naming verb
    /// or put> [it]" or "according to the <clinician>" (`@clinician`, `@naming-verb`). The
    /// name's last word must be what a condition's name is built on (`@named-head`: a part of
    /// the body, a complaint, a lesion, a condition's noun), and no word of it may say the body
    /// is well (`@well-verdict`: "normal", "nothing", "healthy").
    static func tagClinicianNamed(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let marker = lexicon.classID("clinician-named"),
            let clinician = lexicon.classID("clinician"), present[clinician],
            let naming = lexicon.classID("naming-verb"),
            let head = lexicon.classID("named-head"), present[head]
        else { return }
        let well = lexicon.classID("well-verdict")
        let according = Stemmer.stem("according")
        let count = tokens.count
        func gapText(_ index: Int) -> ArraySlice<Unicode.Scalar> {
            gap(before: index, tokens: tokens, text: text)
        }
        // A boundary before a word: any mark but a hyphen joining two words.
        func boundary(_ index: Int) -> Bool {
            index <= 0 || index >= count
                || gapText(index).contains { !$0.properties.isWhitespace && $0 != "-" }
                || (gapText(index).contains("-") && gapText(index).count > 1)
        }
        func tagEnd(_ index: Int, _ id: Int) -> Int? {
            guard index < count else { return nil }
            return tags[index].filter { $0.classID == id }.map(\.end).max()
        }
        func determiner(_ index: Int) -> Int {
            index < count
                && ["the", "a", "my", "our", "his", "her", "their"].contains(tokens[index].term)
                ? index + 1 : index
        }
        // Where the clinician's clause starting at `start` ends, if it is one.
        func clause(_ start: Int) -> Int? {
            var index = start
            if tokens[index].term == according, index + 1 < count, tokens[index + 1].term == "to" {
                let person = determiner(index + 2)
                return tagEnd(person, clinician)
            }
            if tokens[index].term == "as" { index += 1 }
            guard index < count else { return nil }
            if let verb = tagEnd(index, naming) {
                // "said the GP"
                let person = determiner(verb)
                return tagEnd(person, clinician)
            }
            let person = determiner(index)
            guard let after = tagEnd(person, clinician), after < count else { return nil }
            guard
                let verbEnd = tagEnd(after, naming)
                    ?? (tokens[after].term == "put" ? after + 1 : nil)
            else { return nil }
            return verbEnd < count && tokens[verbEnd].term == "it" ? verbEnd + 1 : verbEnd
        }
        for start in 1..<max(1, count)
        where boundary(start)
            && gapText(start).contains(where: {
                $0 == "," || $0 == "-" || $0 == "\u{2013}" || $0 == "\u{2014}"
            })
        {
            guard let end = clause(start), end <= count, end == count || boundary(end) else {
                continue
            }
            // The name: back from the comma to the last boundary, after a clause of its own.
            var first = start - 1
            while first > 0, !boundary(first), start - first < namedReach { first -= 1 }
            guard first > 0, boundary(first), start - first <= namedReach,
                (first..<start).contains(where: { word in
                    tags[word].contains { $0.classID == head && $0.end == start }
                }),
                !(first..<start).contains(where: { word in
                    tags[word].contains { $0.classID == well }
                })
            else { continue }
            tags[first].append((marker, start))
            present[marker] = true
        }
    }
}
