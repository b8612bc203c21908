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
        guard let material = book.lexicon.classID("material-noun"), sentence.present[material]
        else { return false }
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
