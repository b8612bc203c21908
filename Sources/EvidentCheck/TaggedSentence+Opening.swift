/// The implied subject of label copy: a sentence that opens with a verb ("Quiets the ringing
/// in your ears", "Guards the filters in your kidneys") speaks of the product.
extension TaggedSentence {
    /// The words that open a sentence's first clause: the first word, and the first word after
    /// a label of one to four words and a colon ("Forum post: Clears the crust on …",
    /// "Label: Drops your systolic pressure …"), the register or the place of the copy, which
    /// says nothing of what follows it. A number on either side of the colon is a time or a
    /// ratio ("at 7:30"), no label; a hashtag before it is a hashtag line. A product's line of
    /// five to eight words is a label too ("Pelvic herbal tonic for men: sit through …",
    /// "Ginkgo and B12 tablets for the over-seventies: get out of …"; `isProductLine`).
    static func clauseOpenings(_ tokens: [Token], text: [Unicode.Scalar]) -> [Int] {
        guard !tokens.isEmpty else { return [] }
        for index in 1..<min(tokens.count, maxLabelWords + 1) {
            if tokens[index - 1].isHashtag { break }
            guard gap(before: index, tokens: tokens, text: text).contains(":") else { continue }
            if tokens[index - 1].term.first?.isNumber == true
                || tokens[index].term.first?.isNumber == true
            {
                break
            }
            guard index <= 4 || isProductLine(before: index, tokens: tokens, text: text) else {
                break
            }
            return [0, index]
        }
        return [0]
    }

    /// The most words a label before a colon has (a product's line, `isProductLine`).
    static let maxLabelWords = 8

    /// The marks that end a sentence or a clause inside a line.
    static let stops: Set<Unicode.Scalar> = [".", "!", "?", ";", ":"]

    /// The words of a clause, not of a product's name: pronouns and possessives, the verbs
    /// "be", "have" and "do", the modals, negation, "to", and the prepositions and
    /// conjunctions of a clause's place, time and logic. A product's line names a thing, its
    /// form and its audience with nouns and "and", "for", "of", "with", "in" ("Saw palmetto and
    /// pumpkin seed softgels", "Soy isoflavone chews for spayed bitches").
    static let clauseWords: Set<String> = [
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
        "they", "them", "their", "it", "its", "this", "that", "these", "those", "is", "are",
        "was", "were", "be", "been", "am", "has", "have", "had", "do", "does", "did", "will",
        "would", "can", "could", "shall", "should", "may", "might", "must", "not", "no", "to",
        "on", "at", "from", "into", "than", "if", "when", "after", "before", "since", "so",
        "but", "or", "as", "all", "every", "more", "never", "again",
    ]

    /// Whether the five to eight words before the colon at `index` are a product's line: none
    /// is a clause's word (`clauseWords`) or a possessive, a hashtag or a number's neighbour,
    /// and no sentence's stop falls between them.
    static func isProductLine(before index: Int, tokens: [Token], text: [Unicode.Scalar]) -> Bool {
        guard index <= maxLabelWords else { return false }
        for word in 0..<index {
            let token = tokens[word]
            guard !token.isPossessive, !token.isHashtag, token.end <= text.count else {
                return false
            }
            let spelled = String(String.UnicodeScalarView(text[token.start..<token.end]))
            if clauseWords.contains(spelled.lowercased()) { return false }
            if word > 0,
                gap(before: word, tokens: tokens, text: text).contains(where: stops.contains)
            {
                return false
            }
        }
        return true
    }

    /// The openers of a clause's start (`clauseOpenings`): what copy sets off by a comma before
    /// its clause that adds no health meaning: a sentence adverb or a discourse word
    /// ("Honestly, …", "So, …"), an interjection ("Phew, …"), a vocative ("Mums, …", "Dog
    /// owners, …") or a time adverbial ("This winter, …", "From tonight, …"). An opener is one
    /// to four words from the clause's start to the first comma, with no other punctuation,
    /// no hashtag, no possessive and no condition of the vocabulary among them (`isCondition`:
    /// "For arthritis, …" is the claim's own); a single word is any such word, and two words or
    /// more end in a head of rule O1 (`.ci/derive-senses`): a WordNet adverb or noun of a time
    /// (`@opener-head`) or a noun of a person or a group of people (`@vocative-head`). The
    /// clause opens after the comma as it opens after a label (`clauseOpenings`); a vocative
    /// (its head `@vocative-head`) calls its reader by a name and holds nothing the clause
    /// speaks of.
    static func commaOpeners(
        _ tokens: [Token], from openings: [Int], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: [[(classID: Int, end: Int)]], isCondition: (Int) -> Bool
    ) -> [(start: Int, end: Int, vocative: Bool)] {
        let heads = ["opener-head", "vocative-head"].compactMap(lexicon.classID)
        let vocative = lexicon.classID("vocative-head")
        var found: [(start: Int, end: Int, vocative: Bool)] = []
        // An opener may follow an opener ("Seriously, grandads, …"): the clause opens after
        // the last; three at most.
        var starts = openings
        while let start = starts.popLast() {
            guard start < tokens.count, found.count < openings.count + 2 else { continue }
            var comma: Int?
            for index in (start + 1)..<min(tokens.count, start + 5) {
                let between = gap(before: index, tokens: tokens, text: text)
                guard between.contains(where: { !$0.properties.isWhitespace }) else { continue }
                if between.allSatisfy({ $0 == "," || $0.properties.isWhitespace }) {
                    comma = index
                }
                break
            }
            guard let end = comma, end < tokens.count,
                (start..<end).allSatisfy({ word in
                    let token = tokens[word]
                    return !token.isHashtag && !token.isPossessive && !token.isNamePiece
                        && !token.isCoinedName && token.end <= text.count && !isCondition(word)
                })
            else { continue }
            func written(_ word: Int) -> String {
                text[tokens[word].start..<tokens[word].end].map { Character($0).lowercased() }
                    .joined()
            }
            let head = tags[end - 1].filter { $0.end == end }.map(\.classID)
            let called = vocative.map(head.contains) ?? false
            if end - start == 1 {
                guard isLetters(written(start)) else { continue }
            } else {
                // a phrase: ends in a head of rule O1, no verb of the third person before it
                // ("Shrinks a fatty, …" is a clause), and a vocative takes no determiner ("a
                // fatty" is spoken of, not to)
                let determined = (start..<(end - 1)).contains { word in
                    lexicon.determiner.map { id in tags[word].contains { $0.classID == id } }
                        ?? false
                }
                // nor does it open with an imperative ("Remember names, appointments and …":
                // an ability or an instruction in its bare form is the clause's verb)
                let commands = (abilityClasses + ["instruction-verb"]).compactMap(lexicon.classID)
                guard head.contains(where: heads.contains),
                    imperativeAbility(
                        written: written(start), tags: tags[start], lexicon: lexicon,
                        classes: commands) == nil,
                    !(start..<(end - 1)).contains(where: { word in
                        isThirdPerson(written(word), term: tokens[word].term, lexicon: lexicon)
                    }),
                    !(called && determined)
                else { continue }
            }
            // A vocative calls the readers as a plural ("Mums, …", "Dog owners, …"); a person
            // named in the singular before a comma may be who the copy speaks of ("Mum, stage
            // 4 in 2022.").
            let plural = isPlural(written(end - 1), term: tokens[end - 1].term)
            found.append((start, end, called && plural))
            starts.append(end)
        }
        return found
    }

    /// Whether a word is written as a verb of the third person singular as `tagOpening` reads
    /// one: a word of four letters or more ending in a single `s` that the stemmer drops, no
    /// stopword ("shrinks", "quiets"; not "this", "always").
    static func isThirdPerson(_ written: String, term: String, lexicon: Lexicon) -> Bool {
        written.count >= 4 && written.hasSuffix("s") && !written.hasSuffix("ss")
            && !written.hasSuffix("us") && !written.hasSuffix("is") && isLetters(written)
            && term != written && !lexicon.stopwords.contains(term)
    }

    /// Whether a noun is written in the plural: an "-s" the stemmer drops ("mums", "owners"),
    /// or an old plural in "-men" or "-ren" ("gentlemen", "children").
    static func isPlural(_ written: String, term: String) -> Bool {
        (written.hasSuffix("s") && !written.hasSuffix("ss") && term != written)
            || written.hasSuffix("men") || written.hasSuffix("ren")
    }

    /// Tags `@opening-verb` on the word opening the sentence's first clause (`clauseOpenings`)
    /// when it is written as a verb of the third person
    /// singular: a word of four letters or more ending in a single `s` that the stemmer drops
    /// ("quiets", "guards"; not "less", "thus", "this", "always"), no stopword, not a hashtag,
    /// a piece of a name or a possessive, and no condition phrase of the vocabulary
    /// ("Diabetes …", "Shingles …"). A plural noun opening a sentence ("Dogs with …",
    /// "Studies show …") is tagged too; the rules read the tag only before what a verb takes
    /// (a determiner, "your", a particle, a condition), so the noun's sentences stay as they are.
    /// After a label the word after the colon opens the clause as the first word does; an
    /// imperative there is `tagClauseImperatives`'.
    static func tagOpening(
        _ tokens: [Token], at opening: Int = 0, text: [Unicode.Scalar], conditionAtStart: Bool,
        lexicon: Lexicon, tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let id = lexicon.openingVerb, opening < tokens.count, !conditionAtStart
        else { return }
        let first = tokens[opening]
        guard !first.isHashtag, !first.isNamePiece, !first.isPossessive, !first.isCoinedName,
            first.end - first.start >= 3, first.end <= text.count
        else { return }
        if let verb = namedSubjectVerb(tokens, at: opening, text: text, lexicon: lexicon) {
            tags[verb].append((id, verb + 1))
            present[id] = true
            return
        }
        let written = writtenForm(first, text: text)
        if let past = lexicon.openingPast,
            isPastOpening(tokens, at: opening, written: written, tags: tags, lexicon: lexicon)
        {
            tags[opening].append((past, opening + 1))
            present[past] = true
            return
        }
        if let imperative = lexicon.classID("opening-imperative"),
            let end = imperativeAbility(written: written, tags: tags[opening], lexicon: lexicon)
        {
            if opening == 0 {
                tags[0].append((imperative, end))
                present[imperative] = true
            }
            return
        }
        guard first.end - first.start >= 4, !lexicon.stopwords.contains(first.term) else { return }
        // A gerund ("Walking", "Jogging"): a word of six letters or more ending in "ing" after
        // a vowel ("morning" too, a time; not "spring", "string").
        if let gerund = lexicon.openingGerund, written.count >= 6, written.hasSuffix("ing"),
            written.allSatisfy(\.isLetter), written.dropLast(3).contains(where: "aeiouy".contains)
        {
            tags[opening].append((gerund, opening + 1))
            present[gerund] = true
            return
        }
        guard written.hasSuffix("s"), !written.hasSuffix("ss"), !written.hasSuffix("us"),
            !written.hasSuffix("is"), !written.hasSuffix("ys"), written.allSatisfy(\.isLetter),
            first.term != written
        else { return }
        tags[opening].append((id, opening + 1))
        present[id] = true
    }

    /// The classes of an ability told as a fragment's gerund (`tagAbilityFragments`): those of
    /// an imperative (`abilityClasses`), the body's own functions and the movements of the
    /// body, eating and touching (`@arc-ability`: "holding a full kettle", "pouring").
    static let fragmentClasses = abilityClasses + ["body-function", "arc-ability"]

    /// Tags `@fragment-ability` (rule G1, session 31) over an ability told as a fragment
    /// without its subject: a clause that opens with a gerund of an ability
    /// (`fragmentClasses`: "Walking the dog …", "Threading my own needles …", "Holding a full
    /// kettle …"), after at most one lead of the fragment's own (`@fragment-lead`,
    /// implied.yaml: "Finally hearing …", or "able to" and the bare form: "Able to read …"),
    /// or a gerund of an ability after "back to" anywhere (`@fragment-back`: "Back to chewing
    /// toffee …", "Mum's back to reading the paper …"). A clause opens where the sentence
    /// does, after a label and its colon or an opener and its comma (`opensClause`), after a
    /// comma, a semicolon, a colon or a dash, or after "and" ("A month on the drops and
    /// hearing the birds again"). A verb of the writer's past opening the clause is read as the
    /// gerund is ("Walked the dog round the reservoir again", `isPastOpening`). A first-person
    /// story told without "I" ("Walking
    /// the dog again, three months on the jelly") is the writer's; the rules read it with a
    /// sign that the ability had been lost (again, an aid left behind) and the product told as
    /// something taken (`implied-ability-fragment`).
    static func tagAbilityFragments(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon, openers: [Int] = [],
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let fragment = lexicon.classID("fragment-ability") else { return }
        let abilities = fragmentClasses.compactMap(lexicon.classID)
        guard abilities.contains(where: { present[$0] }) else { return }
        let lead = lexicon.classID("fragment-lead")
        let back = lexicon.classID("fragment-back")
        let joiner = Stemmer.stem("and")
        // The end of the longest phrase of class `id` at word `index` (no array is built:
        // this runs on every word of a sentence with an ability).
        func end(of id: Int?, at index: Int) -> Int? {
            guard let id else { return nil }
            var longest: Int?
            for tag in tags[index] where tag.classID == id {
                longest = max(longest ?? tag.end, tag.end)
            }
            return longest
        }
        func abilityEnd(at index: Int) -> Int? {
            var longest: Int?
            for tag in tags[index] where abilities.contains(tag.classID) {
                longest = max(longest ?? tag.end, tag.end)
            }
            return longest
        }
        for index in tokens.indices {
            // "back to" opens a fragment wherever it stands ("Mum's back to chewing steak");
            // any other lead and a bare gerund only where a clause opens. Most words start
            // neither a lead nor an ability: the cheap tests first.
            let backEnd = end(of: back, at: index)
            let leadEnd = backEnd == nil ? end(of: lead, at: index) : nil
            guard backEnd != nil || leadEnd != nil || abilityEnd(at: index) != nil else {
                continue
            }
            let opens =
                backEnd != nil || index == 0 || tokens[index - 1].term == joiner
                || gap(before: index, tokens: tokens, text: text).contains(
                    where: fragmentStops.contains)
                || opensClause(at: index, tokens: tokens, text: text, openers: openers)
            guard opens, !tokens[index].isHashtag else { continue }
            var verb = index
            var bare = false
            if let end = backEnd {
                verb = end
            } else if let end = leadEnd {
                verb = end
                // "able to" takes the bare form ("Able to read the hymn numbers again")
                bare = tokens[end - 1].term == infinitiveMark
            }
            guard verb < tokens.count else { continue }
            let token = tokens[verb]
            guard !token.isHashtag, !token.isNamePiece, !token.isPossessive,
                token.end <= text.count, let end = abilityEnd(at: verb)
            else { continue }
            let written = writtenForm(token, text: text)
            guard isLetters(written) else { continue }
            if bare {
                guard !written.hasSuffix("s"), !written.hasSuffix("ed"), !written.hasSuffix("ing")
                else { continue }
            } else if verb == index, backEnd == nil,
                isPastOpening(tokens, at: verb, written: written, tags: tags, lexicon: lexicon)
            {
                // the writer's past with its "I" dropped, as a diary tells it ("Walked the dog
                // round the reservoir again", `@opening-past`)
            } else {
                guard written.count >= 5, written.hasSuffix("ing"),
                    written.dropLast(3).contains(where: "aeiouy".contains)
                else { continue }
            }
            tags[verb].append((fragment, end))
            present[fragment] = true
        }
    }

    static let infinitiveMark = Stemmer.stem("to")

    /// The marks after which a fragment's clause opens inside a sentence (a comma, a
    /// semicolon, a colon, a dash: "Three months on the jelly, walking the dog again").
    static let fragmentStops: Set<Unicode.Scalar> = [",", ";", ":", "\u{2014}", "\u{2013}"]

    /// The verb after a product told by its name alone, opening the clause ("Flexavel makes
    /// kneeling easy again", "Ocumax sends the readers back to the drawer"): a capitalised word
    /// of four letters or more that no dictionary knows (`Lexicon.isKnownWord`: a coined brand,
    /// as `@coined-name` is for camel-case ones), then, after a space, a word written as a verb
    /// of the third person (`isThirdPerson`). That verb is the product's, as a sentence's
    /// opening verb is when the name is left out, so it is tagged `@opening-verb`. A word the
    /// dictionary knows ("Walking helps", "Nature knows") opens no such sentence, and a form of
    /// a product after the name ("Aurevia capsules") is the name's (`@product-topic` reads it).
    static func namedSubjectVerb(
        _ tokens: [Token], at opening: Int, text: [Unicode.Scalar], lexicon: Lexicon
    ) -> Int? {
        let name = tokens[opening]
        let next = opening + 1
        guard next < tokens.count, tokens[next].start > name.start, !tokens[next].isHashtag,
            !tokens[next].isPossessive, !lexicon.productForms.contains(tokens[next].term),
            name.end - name.start >= 4, tokens[next].end <= text.count,
            text[name.start].properties.isUppercase,
            text[name.start..<name.end].allSatisfy({ $0.properties.isAlphabetic }),
            gap(before: next, tokens: tokens, text: text).allSatisfy({ $0 == " " }),
            !lexicon.stopwords.contains(name.term)
        else { return nil }
        let word = writtenForm(name, text: text)
        guard !Lexicon.isKnownWord(word),
            isThirdPerson(
                writtenForm(tokens[next], text: text), term: tokens[next].term, lexicon: lexicon)
        else { return nil }
        return next
    }

    /// The classes whose phrase, opening a sentence in its bare form, tells the reader to do
    /// what an ability lets one do (`@opening-imperative`): the activities of daily living, the
    /// senses, and the everyday actions of a body that WordNet files under the body, motion,
    /// eating and drinking, perceiving and remembering (`@promise-verb`, implied-anatomy.yaml).
    static let abilityClasses = ["daily-activity", "sight-activity", "sense-verb", "promise-verb"]

    /// Tags `@opening-imperative` where an imperative of an ability opens a clause after the
    /// sentence's first word: after a label of one to four words and a colon ("Push
    /// notification: Hear the blackbird …", "Radio ad: walk the dog …"), the register of the
    /// copy naming where it runs, or after "and", "then" or "so" when the sentence opened with
    /// one ("Lift your chin and look at the horizon"). A promise joined to a promise is still
    /// said to the reader. Tags `@opening-command` at the same places and at the first word
    /// for any instruction to the reader (`@instruction-verb`, eaten.yaml: "Get through …",
    /// "Tie your laces …") or ability, in its bare form. After the reader's own person or
    /// animal as the subject (`dependantSubject`: "Your old greyhound hops …", "Your mum
    /// manages …"), the verb in the present is tagged as the imperative would be: an ability
    /// `@opening-imperative` and `@opening-command`, any other verb `@opening-command`.
    static func tagClauseImperatives(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon, openers: [Int] = [],
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let imperative = lexicon.classID("opening-imperative"),
            let command = lexicon.classID("opening-command"), !tokens.isEmpty
        else { return }
        let instruction = lexicon.classID("instruction-verb")
        let abilities = abilityClasses.compactMap(lexicon.classID)
        let instructions = instruction.map { [$0] } ?? []
        var commanded = false
        for index in tokens.indices {
            let token = tokens[index]
            guard !token.isHashtag, !token.isNamePiece, !token.isPossessive, token.end <= text.count
            else { continue }
            if index > 0 {
                let labelled = opensClause(
                    at: index, tokens: tokens, text: text, openers: openers)
                let joined = commanded && clauseJoiners.contains(tokens[index - 1].term)
                guard labelled || joined else {
                    // the reader's own people or animals as the subject ("Your old greyhound
                    // hops …"): the verb in the present, an ability or any other verb (the
                    // subject first: most words have none, and their written form is not read)
                    guard
                        dependantSubject(
                            before: index, tokens: tokens, text: text, lexicon: lexicon,
                            tags: tags, openers: openers),
                        !lexicon.stopwords.contains(token.term)
                    else { continue }
                    let written = writtenForm(token, text: text)
                    guard !written.hasSuffix("ed"), !written.hasSuffix("ing"), isLetters(written)
                    else { continue }
                    let ability = tags[index].filter { abilities.contains($0.classID) }.map(\.end)
                        .max()
                    let instructed = ability ?? index + 1
                    if let end = ability {
                        tags[index].append((imperative, end))
                        present[imperative] = true
                    }
                    tags[index].append((command, instructed))
                    present[command] = true
                    commanded = true
                    continue
                }
            }
            // An ability or an instruction starts here, or nothing is tagged (most words): the
            // written form is read only then.
            guard
                tags[index].contains(where: {
                    abilities.contains($0.classID) || instructions.contains($0.classID)
                })
            else { continue }
            let written = writtenForm(token, text: text)
            let ability = imperativeAbility(
                written: written, tags: tags[index], lexicon: lexicon, classes: abilities)
            if let end = ability, index > 0 {
                tags[index].append((imperative, end))
                present[imperative] = true
            }
            let instructed =
                ability == nil
                ? imperativeAbility(
                    written: written, tags: tags[index], lexicon: lexicon,
                    classes: instructions)
                : ability
            if let end = instructed {
                tags[index].append((command, end))
                present[command] = true
                if index == 0 || openers.contains(index) { commanded = true }
            }
        }
    }

    /// The words after which a second imperative joins the first.
    static let clauseJoiners: Set<String> = ["and", "then", "so"]

    /// Whether word `index` opens a clause after a label of one to four words and a colon
    /// ("Radio ad: walk …") or after an opener and a comma (`openers`: "Ladies, walk …").
    static func opensClause(
        at index: Int, tokens: [Token], text: [Unicode.Scalar], openers: [Int] = []
    ) -> Bool {
        index == 0
            || (index <= 4 && gap(before: index, tokens: tokens, text: text).contains(":")
                && (0..<index).allSatisfy { !tokens[$0].isHashtag })
            || (index > 4 && gap(before: index, tokens: tokens, text: text).contains(":")
                && isProductLine(before: index, tokens: tokens, text: text))
            || openers.contains(index)
    }

    /// Whether the words before `index` are the reader's own person or animal as a subject:
    /// "your" opening the sentence or a clause after a label, at most two describing words,
    /// then a relative or a young person (`@arc-kin`: "your dad", "your toddler"), an animal's
    /// kind (`@animal-kind`: "your old greyhound") or a capitalised name ("your Westie"),
    /// right before the verb. Copy that says what the reader's dependant does again is
    /// addressed to the reader, as an imperative is: the page is the product.
    static func dependantSubject(
        before index: Int, tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: [[(classID: Int, end: Int)]], openers: [Int] = []
    ) -> Bool {
        guard index >= 2 else { return false }
        for owner in max(0, index - 4)...(index - 2)
        where tokens[owner].term == dependantOwner
            && opensClause(at: owner, tokens: tokens, text: text, openers: openers)
        {
            let heads = ["arc-kin", "animal-kind"].compactMap(lexicon.classID)
            let words = (owner + 1)..<index
            guard words.allSatisfy({ !tokens[$0].isPossessive && !tokens[$0].isHashtag }),
                ((owner + 1)...index).allSatisfy({
                    !isPunctuated(before: $0, tokens: tokens, text: text)
                })
            else { continue }
            let named = words.contains { start in
                tags[start].contains { heads.contains($0.classID) && $0.end == index }
            }
            let last = tokens[index - 1]
            let capitalised =
                last.start < text.count && text[last.start].properties.isUppercase
            if named || capitalised { return true }
        }
        return false
    }

    /// The owner word of a dependant subject ("your"), as a term.
    static let dependantOwner = Stemmer.stem("your")

    /// Tags `@journey-halt` (a class filled here) on a halt (`@halt-verb`: a stop, a rest, a
    /// sit-down, pulling in) told with a purpose or a place that is the journey's, not the
    /// body's: "for" something that is no function, need or complaint of the body ("stopping for
    /// petrol", "for a coffee"), "to" do something none of whose next words is one ("to check
    /// the hitch"), or "at", "in" or "by" one place ("at the pub"). A halt left bare, at every
    /// place ("at every bench"), at a seat (`@seat-noun`, rule R18: "at the bench halfway"), for
    /// breath or the toilet, to rest or to lean on something (`@support-held`) or for a part of
    /// the body ("a rest for your hips") is the body's: the reader-promise reads it as a sign of
    /// impairment.
    static func tagJourneyHalts(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let halt = lexicon.classID("halt-verb"), present[halt],
            let journey = lexicon.classID("journey-halt")
        else { return }
        let seat = lexicon.classID("seat-noun")
        let bodily = [
            "body-function", "toilet-room", "function-stop", "body-event-verb",
            "complaint-noun", "complaint-verb", "halt-verb", "support-held",
        ].compactMap(lexicon.classID)
        // a part of the body the halt is for ("a rest for your hips"); after "to" a part is
        // what the journey's stretch or wash is done to
        let parts = [
            "complaint-location", "complaint-location-possessed", "mesh-anatomy", "animal-part",
        ].compactMap(lexicon.classID)
        func isBodily(_ position: Int, part: Bool = false) -> Bool {
            tags[position].contains {
                bodily.contains($0.classID) || (part && parts.contains($0.classID))
            }
        }
        for index in tokens.indices {
            guard let end = tags[index].filter({ $0.classID == halt }).map(\.end).max(),
                end < tokens.count,
                !isPunctuated(before: end, tokens: tokens, text: text)
            else { continue }
            let next = tokens[end].term
            var purposed = false
            if next == purposeFor {
                var head = end + 1
                while head < tokens.count, purposeDeterminers.contains(tokens[head].term) {
                    head += 1
                }
                purposed = head < tokens.count && !isBodily(head, part: true)
            } else if next == purposeTo {
                let words = (end + 1)..<min(tokens.count, end + 5)
                purposed = !words.isEmpty && !words.contains { isBodily($0) }
            } else if placePrepositions.contains(next) {
                // a seat is where a body rests (`@seat-noun`, rule R18: "at the bench halfway",
                // "at the old wooden bench"): its noun among the place's first three words
                var head = end + 1
                while head < tokens.count, purposeDeterminers.contains(tokens[head].term) {
                    head += 1
                }
                let seated =
                    seat.map { id in
                        (head..<min(tokens.count, head + 3)).contains { word in
                            tags[word].contains { $0.classID == id }
                        }
                    } ?? false
                purposed =
                    end + 1 < tokens.count && !repeatedPlace.contains(tokens[end + 1].term)
                    && !seated
            }
            if purposed {
                tags[index].append((journey, end))
                present[journey] = true
            }
        }
    }

    /// Tags `@faculty-line` (rule F1, session 30) on the last word of a product's line before
    /// its colon (`clauseOpenings`: "Vestibular support drops: …", "Bladder comfort capsules:
    /// …", "Focus and recall gummies: …"), or `@faculty-subject` on the form that ends a
    /// product named as the sentence's subject ("These vestibular support drops let you …"),
    /// when its words name a faculty or an organ of the body
    /// (`@faculty-mark`) and the product (`@faculty-product`: its form, a substance, a word of
    /// what it does for the part, "support", "comfort"). The copy after such a name speaks of
    /// that faculty: an everyday task it promises, done without what makes up for a failing
    /// function (a rest, a hold, a light, a note, another's help), or a sense used, says the
    /// function fails now and the product restores it (`implied-faculty-line`). A name with a
    /// body's covering ("Leave-in conditioner for curly hair: …") is a cosmetic's, and one
    /// with a device ("Head torch: …") is the device's: neither is tagged.
    static func tagFacultyLine(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let line = lexicon.classID("faculty-line"),
            let mark = lexicon.classID("faculty-mark"), present[mark],
            let product = lexicon.classID("faculty-product"), present[product]
        else { return }
        let covering = lexicon.classID("arc-covering")
        let device = lexicon.classID("device-noun")
        // Whether the words `range` name a faculty and a product, and no covering or device.
        func namesFaculty(_ range: Range<Int>) -> Bool {
            var marked = false
            var named = false
            for word in range {
                let classes = tags[word].filter { $0.end <= range.upperBound }.map(\.classID)
                // a covering is a cosmetic's; a device is one unless the word marks a faculty
                // too ("ocular" is an eyepiece as a noun)
                let faculty = classes.contains(mark)
                if classes.contains(where: { $0 == covering || (!faculty && $0 == device) }) {
                    return false
                }
                marked = marked || faculty
                named = named || classes.contains(product)
            }
            return marked && named
        }
        let openings = clauseOpenings(tokens, text: text)
        if openings.count == 2, let opening = openings.last, opening < tokens.count {
            guard namesFaculty(0..<opening) else { return }
            tags[opening - 1].append((line, opening))
            present[line] = true
            return
        }
        // The subject: after at most one determiner, a run of a product's words (no clause
        // word, no stop) that ends in its form (`@faculty-subject`).
        guard let form = lexicon.classID("product-form"),
            let subject = lexicon.classID("faculty-subject")
        else { return }
        var start = 0
        if start < tokens.count, subjectDeterminers.contains(tokens[start].term) { start += 1 }
        for word in start..<min(tokens.count, start + maxSubjectWords) {
            let token = tokens[word]
            guard !token.isHashtag, !token.isPossessive, token.end <= text.count,
                word == start || !isPunctuated(before: word, tokens: tokens, text: text),
                !clauseWords.contains(writtenForm(token, text: text).lowercased())
            else { return }
            guard tags[word].contains(where: { $0.classID == form && $0.end == word + 1 }),
                word > start, namesFaculty(start..<(word + 1))
            else { continue }
            tags[word].append((subject, word + 1))
            present[subject] = true
            return
        }
    }

    /// Tags `@faculty-named` (rule G2, session 32) over a product named anywhere in the
    /// sentence for a faculty, a capacity or an organ of the body: a run of at most
    /// `maxNamedWords` words ending in a word of `@named-product-head` (its form, or what it does
    /// for the part: "hand and wrist formula", "bladder-support capsules", "lung tonic",
    /// "balance support", "men's vitality sachets"), with a word of `@faculty-mark` before that
    /// word and no covering or device among them (`tagFacultyLine`'s test). The run is read
    /// back from the head to a stop (a comma, a colon, a dash), a determiner or a preposition
    /// (`namedLeads`: "thanks to the …", "a month into the …", "our …"), a possessive
    /// ("men's …") or a clause's word; a verb of keeping a function in it (`@sf-verb`) makes the
    /// words after it its object ("supports joint comfort"): a function kept, not a product's
    /// name. What such a product promises beside an everyday act done with ease, again or
    /// without the aid or the sign it needed says the act was lost (`implied-faculty-product`).
    static func tagFacultyProducts(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let named = lexicon.classID("faculty-named"),
            let mark = lexicon.classID("faculty-mark"), present[mark],
            let product = lexicon.classID("named-product-head"), present[product]
        else { return }
        let covering = lexicon.classID("arc-covering")
        let device = lexicon.classID("device-noun")
        let keeping = lexicon.classID("sf-verb")
        var taggedEnd = -1
        for head in tokens.indices.dropFirst() {
            guard let end = tags[head].filter({ $0.classID == product }).map(\.end).max(),
                end > taggedEnd
            else { continue }
            // the name's words before the head: no stop but a hyphen, no clause word or
            // determiner, no number, no hashtag, no possessive ("men's" may stand before it)
            var start = head
            var object = false
            while start > 0, head - start < maxNamedWords - 1 {
                let word = tokens[start - 1]
                guard !word.isHashtag, !word.isPossessive, word.end <= text.count,
                    !hasStop(before: start, tokens: tokens, text: text),
                    word.term.first?.isNumber != true,
                    !namedLeads.contains(word.term),
                    !clauseWords.contains(writtenForm(word, text: text))
                else { break }
                // a verb of keeping a function makes the words after it its object
                // ("supports joint comfort"): no product's name
                if let keeping, tags[start - 1].contains(where: { $0.classID == keeping }) {
                    object = true
                    break
                }
                start -= 1
            }
            guard !object, start < head else { continue }
            // a mark before the head's word, and no covering or device in the name
            var marked = false
            var excluded = false
            for word in start..<head {
                let classes = tags[word].filter { $0.end <= end }.map(\.classID)
                let faculty = classes.contains(mark)
                if classes.contains(where: { $0 == covering || (!faculty && $0 == device) }) {
                    excluded = true
                }
                marked = marked || faculty
            }
            guard marked, !excluded else { continue }
            tags[start].append((named, end))
            present[named] = true
            taggedEnd = end
        }
    }

    /// Whether a stop, a comma or a dash (not a hyphen inside a word) stands before the word.
    static func hasStop(before word: Int, tokens: [Token], text: [Unicode.Scalar]) -> Bool {
        let between = gap(before: word, tokens: tokens, text: text)
        return between.contains { !$0.properties.isWhitespace && $0 != "-" }
            || between.contains("-") && between.contains { $0.properties.isWhitespace }
    }

    /// The most words of a product named for a faculty, its head included.
    static let maxNamedWords = 5
    /// The words that end a product's name read backwards from its head: determiners and
    /// prepositions ("the", "our", "thanks to the", "a month on the", "with", "of").
    static let namedLeads: Set<String> = Set(
        [
            "the", "our", "my", "your", "these", "this", "a", "an", "his", "her", "their", "of",
            "on", "into", "with", "since", "from", "for", "to", "by",
        ]
        .map { Stemmer.stem($0) })

    /// The determiners before a product named as the subject ("Our …", "These …").
    static let subjectDeterminers: Set<String> = Set(
        ["our", "these", "this", "the", "my"].map { Stemmer.stem($0) })
    /// The most words of a product named as the subject, its determiner left out.
    static let maxSubjectWords = 6

    static let purposeFor = Stemmer.stem("for")
    static let purposeTo = Stemmer.stem("to")
    static let purposeDeterminers: Set<String> = Set(
        [
            "a", "an", "the", "some", "any", "your", "our", "their", "his", "her", "my", "its",
            "more",
        ]
        .map { Stemmer.stem($0) })
    static let placePrepositions: Set<String> = Set(
        ["at", "in", "by", "outside"].map { Stemmer.stem($0) })
    static let repeatedPlace: Set<String> = Set(["every", "each", "all"].map { Stemmer.stem($0) })

    /// Where an ability opening the sentence as an imperative ends ("Hear the birds …", "Smell
    /// smoke …", "Walk to the mailbox …"): a phrase of `abilityClasses` at the word, written in
    /// its bare form (not "-s", "-ed" or "-ing": "Hears", "Walked", "Walking" are a third
    /// person, the writer's past, an activity named).
    /// Label copy that tells its reader to hear or walk promises the ability: the product is
    /// what gives it, as the subject of an opening verb of the third person is the product.
    static func imperativeAbility(
        written: String, tags: [(classID: Int, end: Int)], lexicon: Lexicon,
        classes: [Int]? = nil
    ) -> Int? {
        let ids = classes ?? abilityClasses.compactMap(lexicon.classID)
        // the phrases first: most words start none, and the written form is then not read
        guard let end = tags.filter({ ids.contains($0.classID) }).map(\.end).max(),
            isLetters(written), !written.hasSuffix("s"), !written.hasSuffix("ed"),
            !written.hasSuffix("ing")
        else { return nil }
        return end
    }

    /// A word as written, lowercased character by character ("Hears" -> "hears"); a word of
    /// ASCII letters is lowercased byte by byte (the same text, without a string per character).
    static func writtenForm(_ token: Token, text: [Unicode.Scalar]) -> String {
        let scalars = text[token.start..<token.end]
        guard scalars.allSatisfy(\.isASCII) else {
            return scalars.map { Character($0).lowercased() }.joined()
        }
        return String(
            unsafeUninitializedCapacity: scalars.count,
            initializingUTF8With: { buffer in
                for (offset, scalar) in scalars.enumerated() {
                    let byte = UInt8(scalar.value)
                    buffer[offset] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                }
                return scalars.count
            })
    }

    /// Whether every character of a word is a letter (`Character.isLetter`); a word of ASCII
    /// bytes is read byte by byte (each is a character, a letter when it is A-Z or a-z).
    static func isLetters(_ word: String) -> Bool {
        var ascii = true
        var letters = true
        for byte in word.utf8 {
            if byte >= 0x80 {
                ascii = false
                break
            }
            if !(0x41...0x5A).contains(byte) && !(0x61...0x7A).contains(byte) { letters = false }
        }
        return ascii ? letters : word.allSatisfy(\.isLetter)
    }

    /// The words after which an opening participle is label copy, not the writer's verb:
    /// "Made with …", "Tested by …", "Based on …", "Designed to …".
    static let participleLinks: Set<String> = Set(
        [
            "with", "by", "from", "for", "in", "on", "to", "using", "as", "into", "through",
            "under", "within", "without", "and", "or", "at", "of",
        ].map { Stemmer.stem($0) })

    /// Whether the first word of a sentence is a verb of the past whose elided subject is the
    /// writer ("Brought my BNP down from 900 to 150", "Got my A1C under 6"): a word written
    /// with "-ed" (five letters or more, not "-eed": "speed", "need") or an irregular past
    /// form (`@past-form`: "brought", "took", "got"), followed by what a verb takes (a word
    /// other than a preposition or a conjunction, and no punctuation between). Label copy
    /// speaks of the product in the third person ("Quiets …"); a diary's past with no subject
    /// is the one who writes. An opening participle followed by its preposition ("Made with",
    /// "Backed by", "Designed to") describes the product.
    static func isPastOpening(
        _ tokens: [Token], at opening: Int = 0, written: String,
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Bool {
        let next = opening + 1
        guard tokens.count > next, tokens[next].start > tokens[opening].end,
            !participleLinks.contains(tokens[next].term), !tokens[next].isHashtag
        else { return false }
        if written.count >= 5, written.hasSuffix("ed"), !written.hasSuffix("eed"),
            written.allSatisfy(\.isLetter)
        {
            return true
        }
        guard let form = lexicon.classID("past-form") else { return false }
        return tags[opening].contains { $0.classID == form && $0.end == next }
    }
}
