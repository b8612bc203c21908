/// History: a sentence that tells of a past event of a population, a place or a family names an
/// illness as something that happened, not as something a product acts on ("The 1918 flu
/// closed schools across the county", "In 1854, John Snow traced a cholera outbreak to a
/// single water pump").
extension TaggedSentence {
    /// Tags `@past-event` on the date of a sentence that tells of a dated past event: it has
    /// - a date the event is fixed at: a year (1000 to 2099) or a decade written as one
    ///   ("1918", "the 1850s"), not after "since" or "by" (a span that reaches now, or a time
    ///   to come); an ordinal century ("the fourteenth century", "the 19th century"); or the
    ///   name of a period (`@era-word`: "medieval", "the war");
    /// - a verb in the past tense: an irregular past form (`@past-form`: "lost", "was", "took")
    ///   or a word written with "-ed" ("killed", "closed"; not "-eed": "speed"), not after "has", "have" or
    ///   "having" (a perfect reaches now: "has protected people for centuries");
    /// - nothing of the product or of the one who speaks to the reader: no `@product-topic`,
    ///   `@substance` (but one naming a thing's material: "a water pump") or `@opening-verb` (the
    ///   implied subject of label copy), no reader (`@reader-address`), and no "I", "me", "we"
    ///   or "us" (the voice of a testimonial, whose dated past is the "before" of a story about
    ///   the product).
    /// The rules that read a condition in a sentence about a product list `@past-event` among
    /// their exceptions.
    static func tagPastEvent(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        conditions: [(start: Int, end: Int, concept: Int)], clauseStart: Int = 0,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let id = lexicon.classID("past-event"), !tokens.isEmpty else { return }
        func has(_ name: String) -> Bool { lexicon.classID(name).map { present[$0] } ?? false }
        func written(_ index: Int) -> String {
            let token = tokens[index]
            let end = min(token.end, text.count)
            let scalars = text[min(token.start, end)..<end].filter { !Tokenizer.isApostrophe($0) }
            return String(String.UnicodeScalarView(scalars)).lowercased()
        }
        // The date first: most sentences have none, and the rest is not read.
        var date: Int?
        let era = lexicon.classID("era-word")
        for index in tokens.indices {
            let term = tokens[index].term
            if term.first?.isNumber == true, isYear(written(index)) {
                if index > 0, ["since", "by"].contains(written(index - 1)) { continue }
                date = index
                break
            }
            if term.hasPrefix("centur"), index > 0, isOrdinal(written(index - 1)) {
                date = index - 1
                break
            }
            if let era, tags[index].contains(where: { $0.classID == era }) {
                date = index
                break
            }
        }
        // With no date, only an illness opening the sentence may tell of one (`illnessActed`).
        if date == nil, (conditions.first.map { $0.start > 1 } ?? true) { return }
        let words = tokens.indices.map(written)
        let pastForm = lexicon.classID("past-form")
        func isPast(_ index: Int) -> Bool {
            let word = words[index]
            return
                (word.count >= 5 && word.hasSuffix("ed") && !word.hasSuffix("eed")
                && word.allSatisfy(\.isLetter))
                || (pastForm.map { form in
                    tags[index].contains { $0.classID == form && $0.end == index + 1 }
                } ?? false)
        }
        // A verb whose past is its base (`@one-form-past`: "cut", "shut", "spread") is a past
        // where no present can stand: not after "to", a modal or "do" (an infinitive: "to stop
        // the plague spreading"), written without "-s" or "-ing"; `illnessActed` reads it only
        // after its singular subject, and a dated sentence anywhere.
        let oneForm = lexicon.classID("one-form-past")
        let infinitive: Set<String> = [
            "to", "will", "would", "can", "could", "may", "might", "must", "shall", "should",
            "do", "does", "did", "dont", "doesnt", "didnt", "wont", "cant", "let",
        ]
        func isOneFormPast(_ index: Int) -> Bool {
            guard let oneForm, index > 0,
                tags[index].contains(where: { $0.classID == oneForm && $0.end == index + 1 })
            else { return false }
            let word = words[index]
            return !word.hasSuffix("s") && !word.hasSuffix("ing")
                && !infinitive.contains(words[index - 1])
        }
        // Undated: an illness as the subject that opens the sentence, acting in the past on
        // what follows (`illnessActed`: "Scurvy killed more sailors on that voyage").
        guard
            let date = date
                ?? illnessActed(
                    tokens, text: text, words: words, conditions: conditions,
                    clauseStart: clauseStart, tags: tags, lexicon: lexicon,
                    isPast: { isPast($0) || isOneFormPast($0) })
        else { return }
        for name in ["product-topic", "opening-verb", "reader-address"] where has(name) {
            return
        }
        // A substance is what a product is made of, unless it names a thing's material or a
        // place's: joined by a space or a hyphen to a thing's or a place's noun after it
        // (`@material-noun`, `@place-noun`: "traced to a single water pump", "closed the
        // copper mine", "along the salt road"; session 31, hardening).
        if let substance = lexicon.classID("substance"), present[substance] {
            let things = ["material-noun", "place-noun"].compactMap(lexicon.classID)
            for index in tokens.indices {
                for tag in tags[index] where tag.classID == substance {
                    let next = tag.end
                    guard next < tokens.count else { return }
                    let joint = Array(gap(before: next, tokens: tokens, text: text))
                    guard joint == [" "] || joint == ["-"],
                        tags[next].contains(where: {
                            things.contains($0.classID) && $0.end == next + 1
                        })
                    else { return }
                }
            }
        }
        let voice: Set<String> = ["i", "me", "we", "us"]
        if words.contains(where: voice.contains) { return }
        // The narrator's own condition ("my arthritis") is a story's "before".
        if conditions.contains(where: { $0.start > 0 && words[$0.start - 1] == "my" }) { return }
        let perfect: Set<String> = ["has", "have", "having", "ve"]
        let past = tokens.indices.contains { index in
            (isPast(index) || isOneFormPast(index))
                && !(index > 0 && perfect.contains(words[index - 1]))
        }
        guard past else { return }
        tags[date].append((id, date + 1))
        present[id] = true
    }

    /// The start of an illness that tells an undated past event as its subject: a condition
    /// opening the sentence or its clause past an opener (after "the" at most), a verb in the past right after it (a
    /// particle may follow: "wiped out"), and then its object, a group of people or things
    /// counted or named, maybe after a preposition of place or way: a determiner, a number, a
    /// word of quantity ("more", "most", "half", "thousands") or a capitalised name ("Scurvy
    /// killed more sailors on that voyage than the storms did", "Dutch elm disease wiped out
    /// most of the street trees", "Typhus followed Napoleon's army", "Cholera spread along
    /// the canal villages"). A story's complaint is a person's ("her eczema cleared"): it has a
    /// possessive before it and no object after its verb. The rest of the reading (no product,
    /// reader or narrator) is `tagPastEvent`'s.
    private static func illnessActed(
        _ tokens: [Token], text: [Unicode.Scalar], words: [String],
        conditions: [(start: Int, end: Int, concept: Int)], clauseStart: Int,
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon, isPast: (Int) -> Bool
    ) -> Int? {
        // the sentence's clause opens it, past an opener ("Folks, cholera spread …")
        let start = clauseStart
        guard start < words.count,
            let illness = conditions.first(where: {
                $0.start == start || ($0.start == start + 1 && words[start] == "the")
            }),
            illness.end < tokens.count - 1, isPast(illness.end)
        else { return nil }
        func has(_ id: Int?, at index: Int) -> Bool {
            guard let id else { return false }
            return tags[index].contains { $0.classID == id }
        }
        var object = illness.end + 1
        if has(lexicon.particle, at: object), object + 1 < tokens.count { object += 1 }
        // What it went through is named after a preposition of place or way ("spread along the
        // towpath villages", "swept through the workhouse"); a person's body is no such place
        // ("spread across her arms": a possessive opens it).
        if places.contains(words[object]), object + 1 < tokens.count,
            !possessives.contains(words[object + 1])
        {
            object += 1
        }
        let quantities: Set<String> = [
            "more", "most", "many", "much", "half", "all", "whole", "hundreds", "thousands",
            "millions", "entire",
        ]
        let word = words[object]
        let counted =
            has(lexicon.determiner, at: object) || has(lexicon.classID("number-word"), at: object)
            || word.first?.isNumber == true || quantities.contains(word)
        let named =
            tokens[object].start < text.count && text[tokens[object].start].properties.isUppercase
        guard counted || named else { return nil }
        return illness.start
    }

    /// The prepositions of place or way an illness went through before what it acted on.
    private static let places: Set<String> = [
        "through", "across", "along", "among", "amongst", "into", "over", "throughout", "around",
    ]

    /// Possessive determiners: what follows is someone's own.
    private static let possessives: Set<String> = [
        "my", "your", "his", "her", "its", "our", "their",
    ]

    /// A year from 1000 to 2099, or its decade ("1918", "1850s").
    private static func isYear(_ word: String) -> Bool {
        let digits = word.hasSuffix("s") ? String(word.dropLast()) : word
        guard digits.count == 4, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
            let value = Int(digits)
        else { return false }
        return (1000...2099).contains(value)
    }

    /// An ordinal that numbers a century ("fourteenth", "19th", "21st").
    private static func isOrdinal(_ word: String) -> Bool {
        if let first = word.first, first.isNumber {
            return ["st", "nd", "rd", "th"].contains { word.hasSuffix($0) }
                && word.dropLast(2).allSatisfy(\.isNumber)
        }
        let ordinals: Set<String> = [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth",
        ]
        return ordinals.contains(word)
    }
}
