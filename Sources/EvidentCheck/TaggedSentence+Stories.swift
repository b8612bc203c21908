/// Rule N12 of `.ci/derive-senses` (session 29): a story's fiction. A sentence that tells a
/// plot names a work of fiction, a part of one or one who solves its crime (`@story-noun`: "In
/// chapter nine the detective realises …", "The thriller follows a nurse who …"); with no
/// product, no substance, no reader and no narrator in it, its illnesses, poisons and cures
/// are the story's, as a game's are (`@game-domain`): no product acts on them.
extension TaggedSentence {
    /// Whether the sentence tells a story's plot: it names a work of fiction, a chapter, a
    /// plot, a fictional character or a detective (`@story-noun`), and nothing of a product or
    /// of the one who speaks to the reader: no `@product-topic`, no `@substance`, no
    /// `@reader-address` and no `@first-person` (a testimonial's "my story").
    static func speaksOfStory(present: [Bool], lexicon: Lexicon) -> Bool {
        guard let story = lexicon.classID("story-noun"), present[story] else { return false }
        return !["product-topic", "substance", "reader-address", "first-person"].contains {
            name in lexicon.classID(name).map { present[$0] } ?? false
        }
    }

    /// Drops every tag of the words that say "a disease" without naming one (`@disease-word`:
    /// "cure four diseases", "the disease spreads") in a sentence whose illnesses are pieces of
    /// a game's or a story's fiction, and counts again which classes are present.
    static func dropDiseaseWords(
        lexicon: Lexicon, tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let word = lexicon.classID("disease-word"), present[word] else { return }
        for start in tags.indices {
            for tag in tags[start] where tag.classID == word {
                for token in start..<tag.end { tags[token].removeAll() }
            }
        }
        present = [Bool](repeating: false, count: present.count)
        for list in tags {
            for tag in list { present[tag.classID] = true }
        }
    }
}
