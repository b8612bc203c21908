import Foundation

/// The word classes, synonyms and stopwords the rules and the claim matcher use.
///
/// Read from `RulePacks/lexicon.yaml`; every phrase is tokenised and stemmed like copy.
public final class Lexicon: Sendable {
    /// Class names in declaration order; a class id is an index here.
    public let classNames: [String]
    let classIDs: [String: Int]
    /// `classIDs` as the table `classID(_:)` reads.
    let classTable: ClassIDTable
    let classMatcher: PhraseMatcher
    let suffixRules: [SuffixRule]
    /// Stems ignored when matching claims.
    public let stopwords: Set<String>
    /// Splits run-together hashtags into known words.
    let hashtags: HashtagSegmenter
    /// Per class id, the stems of each of its phrases.
    let classTerms: LexiconClassPhrases
    /// The condition vocabulary whose phrases fill the `condition-*` classes.
    public let vocabulary: ConditionVocabulary?
    /// Per vocabulary class (`condition-disease`, `condition-symptom`, `condition-function`,
    /// `condition-ambiguous`), the ids of every class that includes it, itself first.
    let vocabularyLabels: [String: [Int]]
    /// The `health-context` class: words that make a sentence speak of health.
    let healthContext: Int?
    /// The `everyday-sense` class: fixed phrases ("bend over backwards", "cold milk") inside
    /// which no condition phrase of the vocabulary counts.
    let everydaySense: Int?
    /// The stems of the `product-form` class ("capsules", "drops"): after a capitalised word,
    /// they make it a product name.
    let productForms: Set<String>
    /// The `name-cure-word` class ("cure", "rx") and the `cure-in-name` class it fills when it
    /// is a piece of a camel-case name ("MaculaCure").
    let nameCureWord: Int?
    let cureInName: Int?
    /// The `coined-name` class, filled by the checker over a camel-case name whose word no
    /// dictionary knows ("FolliRise"): a product told by its brand name.
    let coinedName: Int?
    /// The words of `@disease-stem` and the derived `@disease-combining-form` (as written) and
    /// the stems of `@cure-ending`: a coined name joining one to the other ("Migrastop",
    /// "Arthrease") claims a cure.
    let diseaseStems: Set<String>
    let cureEndings: Set<String>
    /// The reference ranges of lab values (`lab-values.yaml`), and the classes their readings
    /// use: `abnormal-value` (filled by the checker: an analyte with a value outside its range,
    /// or brought back into it), `value-link` (the words between an analyte and its value:
    /// "of", "was", "from", "to") and `value-return` ("back", "down to").
    /// Grammar classes of word senses: `simile-frame` ("tastes like"), `particle` ("in",
    /// "out"), `determiner` ("the", "your") and `clause-adverb` ("again").
    let simileFrame: Int?
    /// The `product-form` class ("drops", "gummies"), and `flavour-word` ("flavour", "taste"):
    /// a substance named before one is a flavour ("cherry flavour"), not what a claim is about.
    let productForm: Int?
    let flavourWord: Int?
    /// Per class id, whether it is a class of verbs (its name ends in `-verb`: `health-verb`,
    /// `lower-verb` …): a `product-form` word ending a product's name loses these.
    let isVerbClass: [Bool]
    let particle: Int?
    let determiner: Int?
    let clauseAdverb: Int?
    let labValues: LabValueTable?
    let abnormalValue: Int?
    let valueLink: Int?
    let valueReturn: Int?
    /// The `opening-verb` class, filled by the checker: the first word of a sentence written as
    /// a verb of the third person ("Quiets the ringing …"): a claim whose subject is the product.
    let openingVerb: Int?
    /// The `opening-gerund` class, filled by the checker: the first word of a sentence written
    /// as a gerund ("Walking …"): a claim whose subject is an activity.
    let openingGerund: Int?
    /// The `opening-past` class, filled by the checker: the first word of a sentence written as
    /// a verb of the past with its object after it ("Brought my BNP down …"): the writer acted.
    let openingPast: Int?
    /// The `hashtag-ending` class ("free", "gone", "warrior") and the stems of `elided-head`
    /// ("disease", "disorder"): in a hashtag, a word the vocabulary names only with one of the
    /// heads ("bipolar" of "bipolar disorder") names the condition before such an ending
    /// ("#BipolarFree").
    let hashtagEnding: Int?
    /// The `plant-part` class ("bark", "root", "tree"): after a condition's name it names a
    /// plant ("cramp bark", "fever tree").
    let plantPart: Int?
    let elidedHeads: [String]
    /// The `natural-state` class ("menopause", "pregnancy", "workout") and `state-link` ("of",
    /// "during", "after"): a symptom tied to a natural state by a link is an ordinary-life
    /// symptom, no disease (21 CFR 101.93(g)(2)(iii); see `TaggedSentence.dropNaturalStates`).
    let naturalState: Int?
    let stateLink: Int?
    /// The `plant-domain` class ("orchard", "foliage", "blight"): words that make a plant the
    /// living thing a sentence speaks of, so its treat verbs are no health context.
    let plantDomain: Int?
    /// The classes the cure readings use (`TaggedSentence.tagCureObjects`), by id.
    let cureObjectClasses: CureObjectClasses

    struct SuffixRule: Sendable {
        var classID: Int
        /// Prefixes as scalars, grouped by their first scalar (most terms start with a letter
        /// no prefix starts with, and are rejected with one lookup).
        let prefixesByHead: [UInt32: [[Unicode.Scalar]]]
        var minLength: Int
        var exceptions: Set<String>
        /// Suffixes as scalars, grouped by their last two scalars (every term is checked, so a
        /// term is compared only with the suffixes that end like it).
        let byTail: [UInt64: [[Unicode.Scalar]]]
        /// Suffixes of one scalar (checked for every term).
        let short: [Unicode.Scalar]

        init(
            classID: Int, suffixes: [String], prefixes: [String], minLength: Int,
            exceptions: Set<String>
        ) {
            self.classID = classID
            var prefixesByHead: [UInt32: [[Unicode.Scalar]]] = [:]
            for prefix in prefixes {
                let scalars = Array(prefix.unicodeScalars)
                if let head = scalars.first {
                    prefixesByHead[head.value, default: []].append(scalars)
                }
            }
            self.prefixesByHead = prefixesByHead
            self.minLength = minLength
            self.exceptions = exceptions
            var byTail: [UInt64: [[Unicode.Scalar]]] = [:]
            var short: [Unicode.Scalar] = []
            for suffix in suffixes {
                let scalars = Array(suffix.unicodeScalars)
                if scalars.count >= 2 {
                    byTail[Self.tail(scalars[...]), default: []].append(scalars)
                } else if let only = scalars.first {
                    short.append(only)
                }
            }
            self.byTail = byTail
            self.short = short
        }

        static func tail(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
            let last = scalars[scalars.endIndex - 1].value
            let before = scalars[scalars.endIndex - 2].value
            return UInt64(before) << 32 | UInt64(last)
        }

        /// Whether a stem has one of the rule's suffixes or prefixes and is not an exception.
        func matches(_ term: String) -> Bool {
            matches(term, scalars: Array(term.unicodeScalars))
        }

        /// `matches(_:)` with the term's scalars already at hand.
        func matches(_ term: String, scalars: [Unicode.Scalar]) -> Bool {
            guard scalars.count >= max(2, minLength) else { return false }
            // The exceptions are looked up only for a term that has a suffix or prefix (most
            // have none).
            return hasAffix(scalars) && !exceptions.contains(term)
        }

        /// Whether the scalars end with one of the suffixes or start with one of the prefixes
        /// (at least four scalars longer than the prefix).
        private func hasAffix(_ scalars: [Unicode.Scalar]) -> Bool {
            if let last = scalars.last, short.contains(last) { return true }
            if let candidates = byTail[Self.tail(scalars[...])] {
                for suffix in candidates
                where suffix.count <= scalars.count
                    && scalars[(scalars.count - suffix.count)...].elementsEqual(suffix)
                {
                    return true
                }
            }
            guard let head = scalars.first, let candidates = prefixesByHead[head.value] else {
                return false
            }
            return candidates.contains {
                scalars.count >= $0.count + 4 && scalars[..<$0.count].elementsEqual($0)
            }
        }
    }

    /// A lexicon file as written (see `decode(yaml:path:)`).
    struct File: Codable, Equatable {
        var stopwords: [String]
        var synonyms: [String: [String]]?
        var suffixClasses: [String: SuffixFile]?
        var classes: [String: [String]]
        var hashtagWords: [String]?

        enum CodingKeys: String, CodingKey {
            case stopwords, synonyms, classes
            case suffixClasses = "suffix-classes"
            case hashtagWords = "hashtag-words"
        }
    }

    /// A suffix class as written.
    struct SuffixFile: Codable, Equatable {
        var suffixes: [String]
        var prefixes: [String]?
        var minLength: Int?
        var exceptions: [String]?

        enum CodingKeys: String, CodingKey {
            case suffixes, exceptions, prefixes
            case minLength = "min-length"
        }
    }

    /// The classes the condition vocabulary fills: one per kind, one for phrases with an
    /// everyday sense outside a health context, and one each for a disease or symptom that is
    /// part of a camel-case name or of a hashtag.
    public static let vocabularyClasses = [
        "condition-disease", "condition-symptom", "condition-function", "condition-germ",
        "condition-ambiguous", "condition-in-name", "condition-in-hashtag",
    ]

    /// The classes the checker fills while it reads a sentence (a lab value outside its range,
    /// the opening verb, a value moved twofold …): declared empty, and tagged on the words by
    /// code, so a class that includes one gets none of its phrases and would silently match
    /// nothing of it; the lexicon rejects such a class (name the filled class in the rule's
    /// pattern instead). The vocabulary's classes (`vocabularyClasses`) are filled into every
    /// class that includes them.
    public static let filledClasses: Set<String> = [
        "abnormal-value", "cure-in-name", "opening-verb", "opening-gerund", "opening-past",
        "opening-imperative", "opening-command", "journey-halt", "faculty-line",
        "faculty-subject", "faculty-named", "fragment-ability", "score-named",
        "past-event", "fold-change", "measure-acronym", "state-promise",
        "clinician-named", "coined-name", "replaced-drug", "molecule-name",
    ]

    /// Parses a lexicon file's text; `path` is used in error messages. `generated` adds
    /// classes built from data files (`@substance`: every substance name), which take no part
    /// in splitting hashtags. The vocabulary, if given, fills the `condition-*` classes the
    /// file declares.
    public convenience init(
        yaml: String, path: String, generated: [String: [String]] = [:],
        vocabulary: ConditionVocabulary? = nil
    ) throws {
        try self.init(
            file: try Lexicon.decode(yaml: yaml, path: path), path: path, generated: generated,
            vocabulary: vocabulary)
    }

    /// `init(yaml:path:generated:vocabulary:)` with the reference ranges of lab values.
    convenience init(
        yaml: String, path: String, generated: [String: [String]] = [:],
        vocabulary: ConditionVocabulary? = nil, labValues: LabValueTable?
    ) throws {
        try self.init(
            file: try Lexicon.decode(yaml: yaml, path: path), path: path, generated: generated,
            vocabulary: vocabulary, labValues: labValues)
    }

    /// Reads a lexicon file's text once, for several lexicons built from it.
    static func decode(yaml: String, path: String) throws -> File {
        try DataFile.decode(File.self, yaml: yaml, path: path)
    }

    /// `init(yaml:path:generated:vocabulary:)` from the file as read by `decode(yaml:path:)`.
    /// With a `cache` file, the phrase tables (`Tables`) are read from it when it holds them for
    /// these inputs and this binary, and written to it otherwise (`Lexicon+Cache.swift`).
    init(
        file: File, path: String, generated: [String: [String]] = [:],
        vocabulary: ConditionVocabulary? = nil, labValues: LabValueTable? = nil,
        cache: CacheFile? = nil
    ) throws {
        var file = file
        for name in generated.keys where file.classes[name] != nil {
            throw CheckError.invalidRulePack(
                path: path,
                message: "class '@\(name)' is built from data files (remove it from the lexicon)")
        }
        for (name, entries) in file.classes.merging(generated, uniquingKeysWith: { own, _ in own })
        {
            for entry in entries where entry.namesClass {
                let nested = String(entry.dropFirst())
                guard Lexicon.filledClasses.contains(nested) else { continue }
                throw CheckError.invalidRulePack(
                    path: path,
                    message: "class '@\(name)' includes '@\(nested)', which the checker fills "
                        + "while it reads a sentence: a class that includes it matches none of "
                        + "it (name '@\(nested)' in the rule's pattern instead)")
            }
        }
        let key = cache.flatMap { _ in
            Lexicon.cacheKey(file: file, generated: generated, vocabulary: vocabulary)
        }
        let cached = cache.flatMap { cache in key.flatMap { Lexicon.cached(cache, key: $0) } }
        let tables: Tables
        if let cached {
            file.classes.merge(generated) { own, _ in own }
            tables = cached
        } else {
            // The generated classes take no part in splitting hashtags.
            let hashtagPhrases =
                file.classes.values.flatMap { $0 } + (file.synonyms ?? [:]).values.flatMap { $0 }
                + file.stopwords + (file.hashtagWords ?? [])
            file.classes.merge(generated) { own, _ in own }
            tables = try Lexicon.tables(
                file: file, path: path, hashtagPhrases: hashtagPhrases, vocabulary: vocabulary)
        }
        let names = tables.names
        var ids: [String: Int] = [:]
        for (index, name) in names.enumerated() { ids[name] = index }
        let classTerms = tables.classTerms
        var suffixRules: [SuffixRule] = []
        for (name, rule) in (file.suffixClasses ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let id = ids[name] else {
                throw CheckError.invalidRulePack(
                    path: path, message: "suffix class '\(name)' is not a declared class")
            }
            suffixRules.append(
                SuffixRule(
                    classID: id, suffixes: rule.suffixes.map { $0.lowercased() },
                    prefixes: (rule.prefixes ?? []).map { $0.lowercased() },
                    minLength: rule.minLength ?? 7,
                    exceptions: Set((rule.exceptions ?? []).map(Stemmer.stem))))
        }
        self.classNames = names
        self.classIDs = ids
        self.classTable = ClassIDTable(ids)
        self.classMatcher = tables.matcher
        self.suffixRules = suffixRules
        self.stopwords = tables.stopwords
        self.hashtags = HashtagSegmenter(phrases: [], words: tables.hashtagWords)
        self.classTerms = classTerms
        self.vocabulary = vocabulary
        self.vocabularyLabels = tables.vocabularyLabels
        self.healthContext = ids["health-context"]
        self.everydaySense = ids["everyday-sense"]
        self.diseaseStems = Set(
            (file.classes["disease-stem"] ?? []) + (file.classes["disease-combining-form"] ?? []))
        self.cureEndings = ids["cure-ending"].map { classTerms.words(ofClass: $0) } ?? []
        self.nameCureWord = ids["name-cure-word"]
        self.cureInName = ids["cure-in-name"]
        self.coinedName = ids["coined-name"]
        self.labValues = labValues
        self.simileFrame = ids["simile-frame"]
        self.productForm = ids["product-form"]
        self.isVerbClass = names.map { $0.hasSuffix("-verb") }
        self.flavourWord = ids["flavour-word"]
        self.particle = ids["particle"]
        self.determiner = ids["determiner"]
        self.clauseAdverb = ids["clause-adverb"]
        self.abnormalValue = ids["abnormal-value"]
        self.valueLink = ids["value-link"]
        self.valueReturn = ids["value-return"]
        self.openingVerb = ids["opening-verb"]
        self.openingGerund = ids["opening-gerund"]
        self.openingPast = ids["opening-past"]
        self.hashtagEnding = ids["hashtag-ending"]
        self.plantPart = ids["plant-part"]
        self.naturalState = ids["natural-state"]
        self.stateLink = ids["state-link"]
        self.plantDomain = ids["plant-domain"]
        self.cureObjectClasses = CureObjectClasses(
            { ids[$0] }, unions: Lexicon.unions(file.classes), ids: ids)
        self.elidedHeads = (ids["elided-head"].map { classTerms[$0] } ?? []).filter {
            $0.count == 1
        }.map { $0[0] }
        self.productForms = ids["product-form"].map { classTerms.words(ofClass: $0) } ?? []
        // Kept only for a lexicon built whole (an invalid one throws before).
        if cached == nil, let cache, let key {
            cache.write(key: key, payload: tables.encoded())
        }
    }

    /// What building a lexicon derives by tokenising and stemming its phrases: the tables a
    /// cache file keeps (`Lexicon+Cache.swift`).
    struct Tables {
        /// Class names, sorted; a class id is an index here.
        var names: [String]
        var matcher: PhraseMatcher
        /// Per class id, the stems of each of its phrases.
        var classTerms: LexiconClassPhrases
        var stopwords: Set<String>
        /// The known words of hashtags (`HashtagSegmenter.words`).
        var hashtagWords: Set<String>
        var vocabularyLabels: [String: [Int]]
    }

    /// A class that names other classes: whether it names classes only, and every class it
    /// names, directly or through another (`unions(_:)`).
    typealias Union = (pure: Bool, members: Set<String>)

    /// The classes that name other classes (`@name` entries), each with every class it names,
    /// directly or through another such class, and whether it names classes only (a pure union:
    /// `@arc-sign-body-any` is `@arc-sign-body` and `@body-noun`). A union tags a word of its
    /// members with its own id as well as theirs, so the word is "known" to every reading that
    /// asks whether any class holds it: a union of classes that leave a word unclassed
    /// (`CureObjectClasses.placeOnly`) would hide their words from the unknown-noun readings
    /// (U3, U4, U12, S1). A union only lends its members' classes (`CureObjectClasses`). A class
    /// that includes one the checker never tags (`untaggedClasses`) tags words its members do
    /// not, and is no pure union.
    static func unions(_ classes: [String: [String]]) -> [String: Union] {
        var unions: [String: Union] = [:]
        for (name, entries) in classes where entries.contains(where: { $0.namesClass }) {
            var members: Set<String> = []
            var frontier = [name]
            while let next = frontier.popLast() {
                for entry in classes[next] ?? [] where entry.namesClass {
                    let member = String(entry.dropFirst())
                    if member != name, members.insert(member).inserted { frontier.append(member) }
                }
            }
            let ownWords = entries.contains { !$0.namesClass }
            unions[name] = (
                pure: !ownWords && members.isDisjoint(with: untaggedClasses), members: members
            )
        }
        return unions
    }

    /// The tables of a lexicon file whose classes include the generated ones; `hashtagPhrases`:
    /// the phrases whose words split hashtags.
    /// Classes the checker reads as word lists and never tags in copy: the combining forms of
    /// diseases (`@disease-combining-form`, rule N) are pieces of coined names, and a word of
    /// copy spelled like one ("Dermo", an oyster disease) must keep the readings of a word no
    /// class holds.
    static let untaggedClasses: Set<String> = ["disease-combining-form"]

    static func tables(
        file: File, path: String, hashtagPhrases: [String], vocabulary: ConditionVocabulary?
    ) throws -> Tables {
        let names = file.classes.keys.sorted()
        var ids: [String: Int] = [:]
        for (index, name) in names.enumerated() { ids[name] = index }
        var matcher = PhraseMatcher()
        var classTerms: [[[String]]] = []
        for name in names {
            var seen: Set<String> = []
            var phrases: [[String]] = []
            let tagged = !untaggedClasses.contains(name)
            for phrase in try Lexicon.expand(name, file.classes, &seen, path: path) {
                let terms = Tokenizer.terms(phrase)
                if !terms.isEmpty, let id = ids[name] {
                    if tagged { matcher.add(terms, label: id) }
                    phrases.append(terms)
                }
            }
            classTerms.append(phrases)
        }
        var labels: [String: [Int]] = [:]
        for name in Lexicon.vocabularyClasses {
            guard let id = ids[name] else { continue }
            // Every class that includes this one, directly or through other classes.
            var including = [id]
            var frontier = ["@" + name]
            var seen: Set<String> = [name]
            while let entry = frontier.popLast() {
                for other in names where !seen.contains(other) {
                    if file.classes[other]?.contains(entry) == true, let otherID = ids[other] {
                        seen.insert(other)
                        including.append(otherID)
                        frontier.append("@" + other)
                    }
                }
            }
            labels[name] = including
        }
        return Tables(
            names: names, matcher: matcher, classTerms: LexiconClassPhrases(classTerms),
            stopwords: Set(file.stopwords.flatMap { Tokenizer.terms($0) }),
            hashtagWords: HashtagSegmenter(
                phrases: hashtagPhrases, words: vocabulary?.words ?? []
            ).words,
            vocabularyLabels: labels)
    }

    /// The phrases of a class of a lexicon file, as stems (`phrases(ofClass:)` of the lexicon
    /// built from it, without building it; empty for a class the file does not declare).
    static func phrases(ofClass name: String, in file: File, path: String) throws -> [[String]] {
        guard file.classes[name] != nil else { return [] }
        var seen: Set<String> = []
        return try expand(name, file.classes, &seen, path: path).map(Tokenizer.terms).filter {
            !$0.isEmpty
        }
    }

    private static func expand(
        _ name: String, _ classes: [String: [String]], _ seen: inout Set<String>, path: String
    ) throws -> [String] {
        guard !seen.contains(name) else { return [] }
        seen.insert(name)
        guard let entries = classes[name] else {
            throw CheckError.invalidRulePack(
                path: path, message: "unknown class '@\(name)' (expected a class under 'classes')")
        }
        var phrases: [String] = []
        for entry in entries {
            if entry.namesClass {
                phrases += try expand(String(entry.dropFirst()), classes, &seen, path: path)
            } else {
                phrases.append(entry)
            }
        }
        return phrases
    }

    /// The words of copy: its tokens, with run-together hashtags split into known words and
    /// coined product names built on a condition's name marked.
    public func tokens(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
        var tokens = hashtags.expand(Tokenizer.tokens(scalars, in: range), in: scalars)
        if vocabulary != nil { markCoinedNames(&tokens, in: scalars) }
        return tokens
    }

    /// The id of a class name (without `@`).
    public func classID(_ name: String) -> Int? { classTable[name] }

    /// Every phrase of a class, as stems (empty for an unknown class).
    func phrases(ofClass name: String) -> [[String]] {
        classIDs[name].map { classTerms[$0] } ?? []
    }

    /// The one-word phrases of a class, as stems (empty for an unknown class).
    func words(ofClass name: String) -> Set<String> {
        classIDs[name].map { classTerms.words(ofClass: $0) } ?? []
    }
}

/// The classes `TaggedSentence.tagCureObjects` reads (rules U4-U12), by id, resolved once per
/// lexicon (`Lexicon.cureObjectClasses`) instead of by name at every sentence: the lookups and
/// the lists and sets made of them cost some 10,000 instructions a sentence, about 2% of a
/// check of distinct sentences. An id is `nil` where the lexicon has no such class, and the
/// lists hold the ids of the classes the lexicon has, in the order named, as the lookups by
/// name gave them.
struct CureObjectClasses: Sendable {
    let cure: Int?
    let eradicate: Int?
    /// `@therapy-verb` and `@avert-verb`.
    let therapy: [Int]
    let protect: Int?
    let stop: Int?
    let treat: Int?
    let microbeKill: Int?
    let vanish: Int?
    let repair: Int?
    let removal: Int?
    let diseaseSense: Int?
    let ofThings: Int?
    let germHead: Int?
    let pest: Int?
    let covering: Int?
    let absent: Int?
    let abnormality: Int?
    /// `@animal-kind`, `@complaint-location`, `@living-body`, `@body-part-sense` (rule U4's
    /// bodies).
    let bodies: [Int]
    /// `@animal-kind`, `@living-body` (rule U12's animals).
    let animals: [Int]
    /// The classes that leave a word unclassed for rules U3, U4, U12 and the slot reading S1
    /// (`placeOnly`), and every pure union of classes (`Lexicon.unions`): a union only lends
    /// its members' classes, so a word it tags is judged by its members' tags alone.
    let placeOnly: Set<Int>
    /// Per class that names other classes besides words of its own (a mixed union), the ids of
    /// the classes it names (`Lexicon.unions`): its tag on a word one of them tags over the same
    /// words is lent, and leaves the word to that member's tag (`isUnclassed(_:besides:)`).
    let lenders: [Int: Set<Int>]
    /// What a cure verb's object placed in a living body cannot be (rule U10's `notCured`).
    let notCured: Set<Int>
    /// The parts of an animal's body (`animalParts`).
    let animalParts: Set<Int>
    /// The parts of a body an abnormality is said of (rule U11's `parts`).
    let abnormalParts: Set<Int>
    /// `@product-cure-verb` (rule U14).
    let productCure: Int?
    /// What says a sentence speaks of a product (rule U14): `@product-topic`, `@substance`,
    /// `@drug`.
    let productSubjects: Set<Int>
    /// What a product's object cannot be (rule U14): `notCured` but the words with any body-part
    /// sense ("gill curl": a curl is also a lock of hair), and what a sense perceives
    /// (`@percept-noun`: "banishes pet odours").
    let productNotCured: Set<Int>
    /// The lexicon's parts of the body (rule U14): `@complaint-location`, `@body-noun`.
    let bodyLocations: Set<Int>
    /// `@drug-action-verb`, `@body-molecule`, `@molecule-name` (filled by the checker) and
    /// `@measure-acronym` (rule M).
    let drugAction: Int?
    let bodyMolecule: Int?
    let moleculeName: Int?
    let measureAcronym: Int?

    init(
        _ classID: (String) -> Int?,
        unions: [String: Lexicon.Union] = [:], ids: [String: Int] = [:]
    ) {
        cure = classID("cure-verb")
        eradicate = classID("eradicate-verb")
        therapy = [classID("therapy-verb"), classID("avert-verb")].compactMap { $0 }
        protect = classID("protect-verb")
        stop = classID("stop-verb")
        treat = classID("treat-verb")
        microbeKill = classID("microbe-kill-verb")
        vanish = classID("vanish-verb")
        repair = classID("repair-verb")
        removal = classID("removal-verb")
        diseaseSense = classID("disease-sense-noun")
        ofThings = classID("cure-verb-of-things")
        germHead = classID("germ-head")
        pest = classID("animal-pest")
        covering = classID("arc-covering")
        absent = classID("absent-adjective")
        abnormality = classID("abnormality-noun")
        bodies = [
            classID("animal-kind"), classID("complaint-location"), classID("living-body"),
            classID("body-part-sense"),
        ].compactMap { $0 }
        animals = [classID("animal-kind"), classID("living-body")].compactMap { $0 }
        placeOnly = Set(
            [
                "body-noun", "body-part-sense", "herd-place", "abnormality-noun",
                "company-elsewhere-noun", "company-body-noun", "company-animal-noun",
                "company-medicine-noun", "company-shared-condition", "company-health",
                // session 31's classes of rules G, D and K7: a verb a germ does, a verb of
                // causing, a disease's sign, a drug's clipped name say nothing of what a cure
                // verb's object names ("cures egg binding in hens")
                "germ-hold-verb", "drive-verb", "disease-sign", "clipped-drug",
            ].compactMap(classID)
        ).union(unions.compactMap { $0.value.pure ? ids[$0.key] : nil })
        var lenders: [Int: Set<Int>] = [:]
        for (name, union) in unions where !union.pure {
            guard let id = ids[name] else { continue }
            lenders[id] = Set(union.members.compactMap { ids[$0] })
        }
        self.lenders = lenders
        notCured = Set(
            [
                "complaint-location", "body-part-sense", "body-noun", "animal-kind",
                "living-body", "eaten-noun", "material-noun", "plant-noun", "substance", "drug",
                "holder-noun", "thing-holder", "sense-verb",
            ].compactMap(classID))
        animalParts = Set(
            [
                "animal-part", "animal-part-shared", "complaint-location", "body-part-sense",
            ].compactMap(classID))
        abnormalParts = Set(
            ["complaint-location", "body-part-sense", "body-noun"].compactMap(classID))
        productCure = classID("product-cure-verb")
        productSubjects = Set(["product-topic", "substance", "drug"].compactMap(classID))
        productNotCured = Set(
            [
                "animal-kind", "living-body", "eaten-noun", "material-noun", "plant-noun",
                "substance", "drug", "holder-noun", "thing-holder", "sense-verb", "percept-noun",
            ].compactMap(classID))
        bodyLocations = Set(["complaint-location", "body-noun"].compactMap(classID))
        drugAction = classID("drug-action-verb")
        bodyMolecule = classID("body-molecule")
        moleculeName = classID("molecule-name")
        measureAcronym = classID("measure-acronym")
    }

    /// Whether a word's tags leave it unclassed for the unknown-noun readings (U3, U4, U12, S1):
    /// every tag is of a class of `placeOnly` (or of `besides`), or a mixed union's lent over
    /// the same words by one of its members (`lenders`), which is then judged by itself.
    func isUnclassed(_ tags: [(classID: Int, end: Int)], besides: Set<Int>? = nil) -> Bool {
        tags.allSatisfy { tag in
            if placeOnly.contains(tag.classID) || besides?.contains(tag.classID) == true {
                return true
            }
            guard let members = lenders[tag.classID] else { return false }
            return tags.contains { $0.end == tag.end && members.contains($0.classID) }
        }
    }
}

extension String {
    /// Whether a class entry names another class (`@name`): `hasPrefix("@")`, asked only of an
    /// entry whose first byte is `@` (a class's words are most of its entries: the lexicon's
    /// start-up asked `hasPrefix` of 660,000 of them, 60 M instructions).
    fileprivate var namesClass: Bool {
        utf8.first == UInt8(ascii: "@") && hasPrefix("@")
    }
}
