/// A food credited with an effect on the body after the effect is told: the subject of a health
/// claim that is no subject of the sentence.
///
/// Reg 1924/2006 Art 2(2)(5): a health claim "states, suggests or implies" a relationship between
/// a food and health; how the grammar carries the food does not matter. Copy often tells the
/// effect first, with a person as the subject, and credits the food after it: "I sleep through
/// the night now, which I put down to the valerian tea", "My energy is back, all thanks to the
/// sea buckthorn", "Since we started her on goat's milk kefir her coat gleams". The credit is a
/// closed grammatical class (`@credit-link`, eu.yaml: "thanks to", "down to", "since I
/// started", "is why", "swear by"), and the food is a word of `@eaten-subject` (a food or a plant
/// by WordNet, a part of a plant, a form a product is swallowed in) within a few words after it,
/// in the same clause. What the food is said to do is the register's reading of the body's
/// aspects (`namesBodyAspect`).
extension Checker {
    /// How many words after a credit link the food it credits may start ("down to my evening
    /// cup of lime blossom": the food's word is the fifth).
    static let creditReach = 6

    /// How many words before a credit link, and after the food it credits, the effect may be
    /// told ("I've had more energy on the school run than in years, thanks to …").
    static let effectReach = 12

    /// The credit link and the food a sentence credits with an effect: the first word of
    /// `@eaten-subject` within `creditReach` words after a word of `@credit-link`, with no
    /// punctuation between (a comma ends the credit: "thanks to you, the roast …"), that names
    /// no living plant (`namesAPlant`: "since we planted the apple trees"). The food's phrase
    /// runs to the end of its words of `@eaten-subject` and of the Annex's nutrients
    /// (`@annex-nutrient`: "linden blossom tea", "pea protein"), and a word just before such a
    /// nutrient opens it as well ("hemp protein", "bamboo salt"); words that modify another head
    /// are no food credited (`modifiesAnotherHead`).
    func creditedFood(_ sentence: TaggedSentence) -> (link: Range<Int>, food: Range<Int>)? {
        let lexicon = book.lexicon
        let nutrient = lexicon.classID("annex-nutrient")
        guard let credit = lexicon.classID("credit-link"), sentence.present[credit],
            let eaten = lexicon.classID("eaten-subject"),
            sentence.present[eaten] || nutrient.map({ sentence.present[$0] }) == true
        else { return nil }
        let tags = sentence.tags
        let tokens = sentence.tokens
        let count = min(tags.count, tokens.count)
        func isEaten(_ position: Int) -> Bool {
            tags[position].contains { $0.classID == eaten }
        }
        // A nutrient the Annex of Reg 1924/2006 names, after a food's word, is that food's
        // ("hemp protein", "bamboo salt", "oat fibre").
        func isNutrient(_ position: Int) -> Bool {
            tags[position].contains { $0.classID == nutrient }
        }
        for start in 0..<count {
            guard let link = tags[start].filter({ $0.classID == credit }).map(\.end).max(),
                link < count
            else { continue }
            var position = link
            while position < min(link + Checker.creditReach, count) {
                if position > link, tokens[position].start - tokens[position - 1].end > 1 {
                    break
                }
                // A word just before a nutrient the Annex names opens the food's phrase too
                // ("sea salt", "hemp protein"), unless it is a stopword ("the protein").
                let modifiesANutrient =
                    position + 1 < count && isNutrient(position + 1)
                    && tokens[position + 1].start - tokens[position].end <= 1
                    && !book.lexicon.stopwords.contains(sentence.terms[position])
                if isEaten(position) || modifiesANutrient {
                    if namesAPlant(sentence, eatenAt: position) { break }
                    var end = position + 1
                    while end < count, isEaten(end) || isNutrient(end) { end += 1 }
                    if modifiesAnotherHead(sentence, end: end) { break }
                    return (start..<link, position..<end)
                }
                position += 1
            }
        }
        return nil
    }

    /// Whether the words of a food that end at `end` modify a noun after them, the head of their
    /// phrase, which is then something else: a word joined to them by a space only that is no
    /// stopword, no determiner, no adverb of a clause (`@clause-adverb`: "daily") and no number ("the shea butter body lotion", "the argan oil
    /// conditioner", "the oat body wash" are put on the body; "the kefir I drink", "the
    /// sauerkraut.", "the nettle tea every night" are eaten).
    func modifiesAnotherHead(_ sentence: TaggedSentence, end: Int) -> Bool {
        let count = min(sentence.tags.count, sentence.tokens.count)
        guard end < count, sentence.tokens[end].start - sentence.tokens[end - 1].end <= 1 else {
            return false
        }
        let term = sentence.terms[end]
        if book.lexicon.stopwords.contains(term) || term.first?.isNumber == true { return false }
        let after = ["determiner", "clause-adverb"].compactMap(book.lexicon.classID)
        return !sentence.tags[end].contains { after.contains($0.classID) }
    }

    /// Whether a sentence credits a food with an effect on the body (`creditedFood`): a part or
    /// function of the body (`namesBodyAspect`) is told within `effectReach` words before the
    /// credit link or after the food ("Since I started on nettle tea my nails have stopped
    /// splitting"), outside the food's own phrase.
    func creditedFoodActsOnTheBody(_ sentence: TaggedSentence) -> Bool {
        guard let credit = creditedFood(sentence) else { return false }
        let count = sentence.tags.count
        let before = max(0, credit.link.lowerBound - Checker.effectReach)..<credit.link.lowerBound
        let after =
            credit.food.upperBound..<min(count, credit.food.upperBound + Checker.effectReach)
        return namesBodyAspect(sentence, in: before) || namesBodyAspect(sentence, in: after)
    }

    /// Whether the word at `position` (a person, the reader or a thing: a blocker of the
    /// opening subject in `eatenActsOnTheBody`) opens the noun phrase of a food instead: the
    /// plant a food is made from, just before it ("Dandelion root gets …", "Nettle leaf tea
    /// …": `@plant-noun`), or a possessive with the food right after it, or one word after it
    /// ("Grandad's chia porridge keeps …", "My gran's porridge …"): the food is the phrase's
    /// head and the sentence's subject.
    func opensAFoodsPhrase(_ sentence: TaggedSentence, at position: Int) -> Bool {
        let lexicon = book.lexicon
        guard let eaten = lexicon.classID("eaten-subject") else { return false }
        let tags = sentence.tags
        let tokens = sentence.tokens
        let count = min(tags.count, tokens.count)
        func eatenAt(_ index: Int) -> Bool {
            index < count && tags[index].contains { $0.classID == eaten }
                && tokens[index].start - tokens[index - 1].end <= 1
        }
        if let plant = lexicon.classID("plant-noun"),
            tags[position].contains(where: { $0.classID == plant }), eatenAt(position + 1)
        {
            return true
        }
        for owner in position..<min(position + 2, count) where tokens[owner].isPossessive {
            return eatenAt(owner + 1)
        }
        return false
    }
}
