import Foundation

/// Judges a health claim against the EU register: the substances the copy names (from data:
/// `SubstanceCatalog`), their authorised and non-authorised entries, and how much of an
/// entry's relationship the sentence says.
///
/// A sentence and an entry are compared on their targets: the canonical terms of the words
/// (synonyms merged by the lexicon) less stopwords, the substance's names, the words of the
/// claim frame (`@eu-claim-frame`: "contributes to", "normal", "maintenance" …) and the
/// intensifiers (`@eu-exaggeration`). *Coverage* is the share of the entry's targets the
/// sentence has (or of one part of a wording that joins relationships with "and": "normal
/// thyroid function" of "… thyroid hormones and normal thyroid function"), *precision* the
/// share of the sentence's targets the entry has, leaving out the copy's words that name the
/// substance, its form or its source as the register writes them for the substance's entries
/// ("stanols", "from oats"), and the copy's lead-in before the substance (words naming no health
/// aspect: "Lemon-flavour fizzy tablets: vitamin C …"). Whether an entry is the authorised
/// wording also leaves out the circumstances the copy adds anywhere (words that name no health
/// aspect and say nothing else of health: "through a busy week"); against a refused entry the
/// sentence's precision keeps them. A verb or an adjective is read as the register's noun
/// derived from it ("absorb" as "absorption", "elastic" as "elasticity";
/// `EURegister.derivations`), and a lay name as the register's phrase ("blood sugar" as "blood
/// glucose"; `EURegister.synonyms`, MeSH entry terms), in the copy and the wordings alike. A note
/// in square brackets is no part of a wording, and an intensifier the authorised wording itself
/// uses ("enhance") is no exaggeration.
///
/// - authorised: an authorised entry with coverage ≥ 2/3 and precision ≥ 1/2, without an
///   intensifier (but one naming a rise when the wording names one: `riseStems`) and, when the
///   copy moves the aspect up or down (`moves`), only an entry whose
///   wording moves it too (`directionStems`; otherwise unauthorised: "lowers your blood
///   pressure" is no "maintenance of normal blood pressure"), unless a non-authorised entry that names the substance as the copy does has
///   its own wording (without its relationship) said near-exactly (coverage and precision ≥
///   0.9) and strictly more closely (on targets, then on all the words, of which the copy says
///   three quarters): then it is that
///   non-authorised claim ("Omega 3 fatty acids support a healthy heart") (a disease risk reduction claim only against Art 14(1)(a) entries, whose
///   two-sentence wording is compared with the sentence and its neighbours);
/// - authorised, too: a list of objects no one entry says ("supports normal skin, hair and
///   nails"), read over the union of the entries of one substance and article the sentence says
///   (coverage ≥ 2/3 each), when the union has every health aspect the sentence names and
///   precision ≥ 1/2, with no intensifier beyond the entries' own and no move up or down (the
///   verdict names each entry: `RegisterVerdict.listed`);
/// - wording: coverage and precision ≥ 1/2 otherwise (or a general claim with no target);
/// - non-authorised: a non-authorised or revoked entry covering half the sentence's targets;
/// - risk-reduction: risk-reduction wording (`@risk-reduction`) with no authorised match;
/// - unauthorised: anything else.
///
/// A sentence naming a substance is a health claim only when it names a health aspect
/// (`Index.aspects`, or a word of `@health-target` or `@eu-health-aspect` besides the
/// substance) that belongs to no thing (`Checker.heldByAThing`): "the iron gate protects the
/// yard from foxes" and "magnesium alloy wheels cut the weight of the bike" are none.
struct RegisterMatcher: Sendable {
    let register: EURegister
    let catalog: SubstanceCatalog
    let ignored: Set<String>
    /// `ignored` as looked up for every word read (`StringSet`).
    let ignoring: StringSet
    let concepts: ConceptMatcher
    /// The register's nouns of action by the stem of their verb (`EURegister.derivations`):
    /// "accelerate" and "acceleration" are one target (the noun read as its concepts, when it
    /// names one, as the register's own words are).
    let derived: StringTable<[String]>
    /// The lay names of what the register names ("blood sugar" for "blood glucose").
    let layNames: RegisterLayNames
    /// The register's nouns of action by the stem of their verb, as stems ("concentrate":
    /// "concentration"): a verb of a health aspect names the aspect ("help children
    /// concentrate").
    let derivedStems: StringTable<String>
    let exaggerationClass: Int?
    let riskClass: Int?
    /// The lexicon's `health-target` class and the EU pack's `eu-health-aspect`: a word of them
    /// names a health aspect by itself.
    let aspectClasses: [Int]
    /// `@eu-body-function` (eu-body-functions.yaml, derived from MeSH and WordNet by
    /// `.ci/derive-body-functions`): a function, process or state of a body or a mind, an
    /// aspect of health only as a person's ("your grip strength", "gives you calm dreams"),
    /// with a word of `@function-holder` (`holderClass`) just before it; "32 GB of memory", a
    /// "place of dreams" are none. It makes a sentence a health claim; it is not one of
    /// `aspectClasses`, so how closely a claim says an authorised wording is read as before.
    let functionClass: Int?
    /// `@eu-held-body` (eu.yaml: the words whose commonest sense is a part or a product of a
    /// body, `@body-noun`, derived from WordNet): a part of a body, an aspect of health only as
    /// a person's or an animal's, held as a function is (`Checker.holdsBodyPart`): "whittles
    /// your waist", "thickens your ponytail"; "melts in your mouth" names a place.
    let heldBodyClass: Int?
    let holderClass: Int?
    /// `@eu-weight-held` (eu-weight.yaml, derived by `.ci/derive-eu-weight`): a body's weight,
    /// shape, fat or appetite in a word whose commonest sense is another ("figure", "slim",
    /// "cravings"), held as a part of the body is (one of `heldBodyClass`'s) but only by a
    /// person (`weightHolderClass`): "these biscuits keep their shape" is a thing's. So are
    /// `@eu-function-held`'s words (eu-functions.yaml, derived by `.ci/derive-eu-functions`): a
    /// person's growth, strength, speed, calm, mood, worry, bust ("helps your child grow",
    /// "keeps you calm"; "a calm sea", "a marble bust" are no one's).
    let weightHeldClasses: [Int]
    /// `@eu-function-held` alone: held by `weightHolderClass` or by a person's noun just before
    /// it (`functionPersonClass`).
    let functionHeldClass: Int?
    /// `@eu-function-person` (eu-functions.yaml): the nouns whose commonest sense is a person
    /// ("helps kids grow").
    let functionPersonClass: Int?
    /// `@eu-held-body` alone: a word of it is held by any holder (`holderClass`).
    let bodyPartClass: Int?
    /// `@weight-holder` (eu.yaml): the reader, the writer, "his", "her".
    let weightHolderClass: Int?
    /// The lexicon classes of words that say something of health besides an aspect: verbs of an
    /// effect, intensifiers, diseases, symptoms, body functions, germs and drugs. A word of none
    /// of them that names no health aspect either is a circumstance of the claim (`judge`).
    let claimClasses: [Int]
    /// `@eu-change-verb` and `@eu-change-prevented` (eu.yaml): a verb moving a measure of the
    /// body up or down ("lowers your blood pressure"), a rise or a fall prevented ("keeps your
    /// blood pressure from climbing"). Copy that moves an aspect says the register's wording
    /// only when the wording moves it too (`directionStems`, `judge`'s `moves`).
    let changeClasses: [Int]
    /// `@eu-change-verb` alone (its aspect follows it; a prevented change's precedes it).
    let changeVerbClass: Int?
    /// The stems by which a wording of the register moves its aspect: `@eu-direction-word`
    /// (eu.yaml) and the nouns the register derives from them ("reduction", "increase").
    let directionStems: Set<String>
    /// The stems of `@eu-rise-word` (eu.yaml) and the nouns the register derives from them
    /// ("increase", "improvement"): the words by which copy and a wording say an aspect goes up.
    /// An intensifier among them ("boosts") says no more than an authorised wording that names a
    /// rise itself: "boosts your uptake of iron" is "increases iron absorption" (`judge`).
    let riseStems: Set<String>
    /// The entries read as targets, built when a sentence is first judged (a check whose rules
    /// never ask the register, such as `--market us`, does not read its 2,300 entries).
    private let lazyIndex: LazyIndex

    /// Per entry: its targets (ids, ascending), their summed weight, and its names as stems,
    /// computed once, so a sentence costs only the entries of the substances it names; the id
    /// of every target some entry has and, per id, its inverse document frequency over the
    /// register's entries. A class: every register question of every sentence reads it, and a
    /// copy of a struct of sixteen arrays would retain each of them.
    final class Index: Sendable {
        let entryTargets: [[Int32]]
        let entryWeights: [Double]
        /// Per entry: the targets of its wording alone and their summed weight (a non-authorised
        /// entry's targets add its relationship).
        let wordingTargets: [[Int32]]
        let wordingWeights: [Double]
        /// Per entry: every word of its wording (stems, its substance's names left out), the
        /// claim frame included, to tell an exact wording from a paraphrase.
        let wordingTerms: [Set<String>]
        let entryNames: [[[String]]]
        /// Per authorised entry whose wording joins relationships with "and" ("the normal
        /// production of thyroid hormones and normal thyroid function") or two words with a
        /// slash ("normal absorption/utilisation of calcium"): the targets of each part and
        /// their summed weight (a part the copy says is a relationship the entry authorises).
        let partTargets: [[[Int32]]]
        let partWeights: [[Double]]
        /// Per substance of the catalog: the stems of its entries' substances as the register
        /// writes them and of their names (the substance, its form and its source: "plant
        /// stanol esters", "sourced from oats").
        let substanceTerms: [Set<String>]
        /// Each target's term, by id.
        let terms: [String]
        /// Per entry: whether it is authorised, and whether it is an Article 14(1)(a) disease
        /// risk reduction claim (read per sentence without copying the entry).
        let entryAuthorised: [Bool]
        let entryRiskReduction: [Bool]
        /// Each target's id (`StringTable`: looked up for every target of every sentence).
        let targetIDs: StringTable<Int32>
        let weights: [Double]
        /// The weight of a target no entry has (the rarest).
        let unknownWeight: Double
        /// The health aspects the register speaks of: the stems of every entry's health
        /// relationship and of every authorised wording from its claim verb on (its subject
        /// names the food: `relationshipPart`), less the words of an effect (what is
        /// done to an aspect is not the aspect: "protect", "reduce", "increase"), the words that
        /// only qualify one (`EURegister.qualifiers`: "heavy", "after"), the claim frame,
        /// stopwords and numbers (`StringSet`: looked up for every word of a sentence read),
        /// and the same ascending (as the cache file keeps them).
        let aspects: StringSet
        let aspectList: [String]

        init(
            entryTargets: [[Int32]],
            entryWeights: [Double],
            wordingTargets: [[Int32]],
            wordingWeights: [Double],
            wordingTerms: [Set<String>],
            entryNames: [[[String]]],
            partTargets: [[[Int32]]],
            partWeights: [[Double]],
            substanceTerms: [Set<String>],
            terms: [String],
            entryAuthorised: [Bool],
            entryRiskReduction: [Bool],
            targetIDs: [String: Int32],
            weights: [Double],
            unknownWeight: Double,
            aspects: Set<String>
        ) {
            self.entryTargets = entryTargets
            self.entryWeights = entryWeights
            self.wordingTargets = wordingTargets
            self.wordingWeights = wordingWeights
            self.wordingTerms = wordingTerms
            self.entryNames = entryNames
            self.partTargets = partTargets
            self.partWeights = partWeights
            self.substanceTerms = substanceTerms
            self.terms = terms
            self.entryAuthorised = entryAuthorised
            self.entryRiskReduction = entryRiskReduction
            self.targetIDs = StringTable(targetIDs)
            self.weights = weights
            self.unknownWeight = unknownWeight
            self.aspects = StringSet(aspects)
            self.aspectList = aspects.sorted()
        }
    }

    /// Builds the index once, on first use, whichever thread asks first: read from the cache
    /// file when one is kept (`keepIndex`) and holds it, else built (and the file written).
    private final class LazyIndex: @unchecked Sendable {
        private let lock = NSLock()
        private var built: Index?
        private var cache: (file: CacheFile, key: ContentHash)?
        private let build: @Sendable () -> Index
        private let decode: @Sendable (inout CacheReader) -> Index?

        init(
            _ build: @escaping @Sendable () -> Index,
            decode: @escaping @Sendable (inout CacheReader) -> Index?
        ) {
            self.build = build
            self.decode = decode
        }

        func keep(_ file: CacheFile, key: ContentHash) {
            lock.lock()
            defer { lock.unlock() }
            cache = (file, key)
        }

        var value: Index {
            lock.lock()
            defer { lock.unlock() }
            if let built { return built }
            if let cache, let read = cache.file.read(key: cache.key, decode) {
                built = read
                return read
            }
            let index = build()
            if let cache { cache.file.write(key: cache.key, payload: index.encoded()) }
            built = index
            return index
        }
    }

    /// Keeps the index in a cache file under `key` (see `RegisterMatcher+Cache`).
    func keepIndex(_ file: CacheFile, key: ContentHash) { lazyIndex.keep(file, key: key) }

    /// The register's entries as targets (built on first use).
    var index: Index { lazyIndex.value }

    init(
        register: EURegister, catalog: SubstanceCatalog, lexicon: Lexicon,
        concepts: ConceptMatcher
    ) {
        let ignored = lexicon.words(ofClass: "eu-claim-frame").union(
            lexicon.words(ofClass: "eu-exaggeration"))
        self.register = register
        self.catalog = catalog
        self.ignored = ignored
        let ignoring = StringSet(ignored)
        self.ignoring = ignoring
        self.concepts = concepts
        var derived: [String: [String]] = [:]
        for (verb, noun) in register.derivations {
            guard let from = Tokenizer.terms(verb).first, let to = Tokenizer.terms(noun).first,
                from != to
            else { continue }
            // The noun as the register's words are read: its concepts, when it names one
            // ("lessen" is "reduction", whose concept is "decrease"), else its stem.
            let read = concepts.terms([to])
            derived[from] = read.isEmpty ? [to] : read
        }
        self.derived = StringTable(derived)
        let derivedTerms = self.derived
        let layNames = RegisterLayNames(register.synonyms)
        self.layNames = layNames
        self.exaggerationClass = lexicon.classID("eu-exaggeration")
        self.riskClass = lexicon.classID("risk-reduction")
        self.aspectClasses = ["health-target", "eu-health-aspect"].compactMap(lexicon.classID)
        self.functionClass = lexicon.classID("eu-body-function")
        self.heldBodyClass = lexicon.classID("eu-held-aspect")
        self.holderClass = lexicon.classID("function-holder")
        self.weightHeldClasses = ["eu-weight-held", "eu-function-held"].compactMap(lexicon.classID)
        self.functionHeldClass = lexicon.classID("eu-function-held")
        self.functionPersonClass = lexicon.classID("eu-function-person")
        self.bodyPartClass = lexicon.classID("eu-held-body")
        self.weightHolderClass = lexicon.classID("weight-holder")
        self.claimClasses = (RegisterMatcher.effectClasses + RegisterMatcher.claimWordClasses)
            .compactMap(lexicon.classID)
        self.changeClasses = ["eu-change-verb", "eu-change-prevented"].compactMap(lexicon.classID)
        self.changeVerbClass = lexicon.classID("eu-change-verb")
        var direction = lexicon.words(ofClass: "eu-direction-word")
        for (verb, noun) in register.derivations {
            if let from = Tokenizer.terms(verb).first, direction.contains(from) {
                direction.formUnion(Tokenizer.terms(noun))
            }
        }
        self.directionStems = direction
        var rise = lexicon.words(ofClass: "eu-rise-word")
        for (verb, noun) in register.derivations {
            if let from = Tokenizer.terms(verb).first, rise.contains(from) {
                rise.formUnion(Tokenizer.terms(noun))
            }
        }
        self.riseStems = rise
        // The verbs of an effect (one-word phrases: "children" of "children with" is no verb)
        // and the words linking a cause to its effect ("leading to"), as the register's
        // relationships use them: they are no health aspect.
        var effects = RegisterMatcher.effectClasses.reduce(into: Set<String>()) {
            $0.formUnion(lexicon.words(ofClass: $1))
        }
        for phrase in lexicon.phrases(ofClass: "eu-relationship-link") { effects.formUnion(phrase) }
        // Words that only qualify an aspect ("heavy", "after") are no aspect either.
        for word in register.qualifiers { effects.formUnion(Tokenizer.terms(word)) }
        let excluded = effects
        // A verb of an effect names no aspect ("keeps the pool water clear"), however the
        // register writes its noun ("clearance").
        var derivedStems: [String: String] = [:]
        for (verb, noun) in register.derivations {
            guard let from = Tokenizer.terms(verb).first, let to = Tokenizer.terms(noun).first,
                from != to, !effects.contains(from)
            else { continue }
            derivedStems[from] = to
        }
        self.derivedStems = StringTable(derivedStems)
        // The verbs that open what an authorised wording says of health ("contributes",
        // "helps", "reduce", "increases"): the words before the first are its subject.
        let claimVerbs = RegisterMatcher.claimVerbClasses.reduce(into: Set<String>()) {
            $0.formUnion(lexicon.words(ofClass: $1))
        }
        self.lazyIndex = LazyIndex(
            {
                RegisterMatcher.index(
                    register: register, catalog: catalog, concepts: concepts, ignored: ignored,
                    ignoring: ignoring, derived: derivedTerms, layNames: layNames,
                    effects: excluded, claimVerbs: claimVerbs)
            },
            decode: { Index.decode(&$0, register: register, substances: catalog.groups.count) })
    }

    /// The lexicon classes whose words say what is done to a health aspect, or link a cause to
    /// its effect, not the aspect itself.
    static let effectClasses = [
        "health-verb", "body-effect-verb", "lower-verb", "raise-verb", "treat-verb",
        "risk-reduction", "state-link",
    ]

    /// Beside `effectClasses`, the lexicon classes whose words say something of health that is
    /// not a health aspect the register speaks of: an intensifier, a disease, a symptom, a body
    /// function, a germ, a drug.
    static let claimWordClasses = [
        "eu-exaggeration", "disease", "condition", "condition-function", "condition-germ",
        "microbe", "drug",
    ]

    /// Of `claimClasses`, the classes whose words a label line (what a product is, for whom, how
    /// much) writes without saying an effect (`Checker.saysNothingOfHealth`): the prepositions
    /// of a state (`@state-link`: "tablets with calcium", "for women after menopause", "powder
    /// with glucose and sodium"), a body function or a germ named as the product's name or its
    /// audience ("for women after menopause", "live yoghurt with Lactobacillus bulgaricus").
    static let labelLineClasses = [
        "state-link", "condition-function", "condition-germ", "microbe",
    ]

    /// The lexicon classes whose words open the relationship of an authorised wording (its
    /// claim verb: "contributes to", "helps", "reduce", "increases").
    static let claimVerbClasses = ["health-verb", "raise-verb"]

    /// The stems of an authorised wording from its first claim verb on (`claimVerbs`), or all
    /// of them when it has none ("Phosphorus is needed for …"). The words before it are the
    /// wording's subject: the food, its form and how it is eaten ("Replacing sugar-containing,
    /// acidic drinks, such as soft drinks (typically 8-12 g sugars/100 ml), with reformulated
    /// drinks", "Sugar-free chewing gum", "Consumption of … as part of a meal"). They say which
    /// food the claim is about, not an aspect of health: "20 ml", "drinks" or "meal" in copy
    /// names none.
    static func relationshipPart(_ stems: [String], claimVerbs: Set<String>) -> [String] {
        guard let verb = stems.firstIndex(where: claimVerbs.contains) else { return stems }
        return Array(stems[verb...])
    }

    private static func index(
        register: EURegister, catalog: SubstanceCatalog, concepts: ConceptMatcher,
        ignored: Set<String>, ignoring: StringSet, derived: StringTable<[String]>,
        layNames: RegisterLayNames, effects: Set<String>, claimVerbs: Set<String>
    ) -> Index {
        // The stems of the words that name no health aspect by themselves (persons, how old).
        let qualifying = Set(register.qualifiers.flatMap { Tokenizer.terms($0) })
        // Each entry's names and targets, read on every core (each entry on its own).
        let read = Checker.perChunk(Checker.chunks(register.entries.count)) { chunk in
            chunk.map {
                number -> (
                    names: [[String]], targets: [String], wording: [String], terms: Set<String>,
                    parts: [[String]], substance: Set<String>, aspects: [String],
                    population: Set<String>
                )
                in
                let entry = register.entries[number]
                let names = entry.names.map { Tokenizer.terms($0) }
                let nameTerms = Set(names.joined())
                // The substances the text names are found before its own names' words are left
                // out, as in copy ("saturated fats" of "Replacing saturated fats with
                // unsaturated fats", whose names hold "fats").
                func read(_ text: String) -> [String] {
                    let all = Tokenizer.terms(text)
                    let terms = RegisterMatcher.unnamed(all, mentions: catalog.mentions(in: all))
                        .filter { !nameTerms.contains($0) }
                    return RegisterMatcher.targets(
                        terms, mentions: [], concepts: concepts, ignored: ignoring,
                        derived: derived, layNames: layNames)
                }
                // A note in square brackets ("[MUFA and PUFA are unsaturated fats]") explains
                // the wording; it is not part of what the claim says.
                let said = RegisterMatcher.withoutNotes(entry.wording)
                let wording = read(said)
                let terms = Set(Tokenizer.terms(said)).subtracting(nameTerms)
                let substance = nameTerms.union(Tokenizer.terms(entry.substance))
                // Aspects are read as the words are written (stems), not as concepts: a concept
                // may join a function's noun to a verb of effect ("transport", "remove").
                func stems(_ text: String) -> [String] {
                    let all = Tokenizer.terms(text)
                    return RegisterMatcher.unnamed(all, mentions: catalog.mentions(in: all))
                        .filter { !nameTerms.contains($0) }
                }
                // For whom an Article 14(1)(a) wording is (its population: "men and women 60
                // years of age and older", "post-menopausal women"): the words of the wording
                // that name no health aspect by themselves (`EURegister.qualifiers`: persons, how
                // old) and that its conditions of use say too ("targeting men and women 60 years
                // and older"), with the other such words between them ("age" of "60 years of
                // age and older"). They say whom the claim may be made to, not the risk it
                // reduces, so copy that tells the population loosely ("aged 60+", "the
                // over-60s", "grandparents") or not at all says the claim all the same.
                var population: Set<String> = []
                if entry.status == .authorised, entry.isRiskReduction,
                    let conditions = entry.conditions
                {
                    let told = Set(Tokenizer.terms(conditions))
                    let all = stems(said)
                    let named = all.indices.filter {
                        qualifying.contains(all[$0]) && told.contains(all[$0])
                    }
                    if let first = named.first, let last = named.last {
                        // The targets the wording has only by those words (read in their
                        // place, as the concepts read them).
                        func targets(_ stems: [String]) -> Set<String> {
                            Set(
                                RegisterMatcher.targets(
                                    stems, mentions: [], concepts: concepts, ignored: ignoring,
                                    derived: derived, layNames: layNames))
                        }
                        let without = all.indices.filter {
                            !((first...last).contains($0) && qualifying.contains(all[$0]))
                        }.map { all[$0] }
                        population = targets(all).subtracting(targets(without))
                    }
                }
                let aspects =
                    (entry.relationship.map(stems) ?? [])
                    + (entry.status == .authorised
                        ? RegisterMatcher.relationshipPart(stems(said), claimVerbs: claimVerbs)
                        : [])
                guard entry.status != .authorised, let relationship = entry.relationship else {
                    // A part is also each of two words the register joins with a slash: it
                    // writes "or" so ("normal absorption/utilisation of calcium").
                    let pieces = said.components(separatedBy: " and ").flatMap(
                        RegisterMatcher.alternatives)
                    let parts =
                        entry.status == .authorised && !entry.isRiskReduction && pieces.count > 1
                        ? pieces.map(read).filter { !$0.isEmpty } : []
                    return (
                        names, wording, wording, terms, parts.count > 1 ? parts : [], substance,
                        aspects, population
                    )
                }
                return (
                    names, read(said + " " + relationship), wording, terms, [], substance, aspects,
                    population
                )
            }
        }.joined()
        let own = read.map(\.targets)
        let names = read.map(\.names)
        var frequency: [String: Int] = [:]
        for targets in own {
            for term in targets { frequency[term, default: 0] += 1 }
        }
        let total = Double(max(1, own.count))
        var ids: [String: Int32] = [:]
        var weights: [Double] = []
        for (term, count) in frequency.sorted(by: { $0.key < $1.key }) {
            ids[term] = Int32(weights.count)
            weights.append(log(1 + total / Double(count)))
        }
        let entryTargets = own.map { targets in targets.compactMap { ids[$0] }.sorted() }
        let wordingTargets = read.map { $0.wording.compactMap { ids[$0] }.sorted() }
        let partTargets = read.map { entry in
            entry.parts.map { part in part.compactMap { ids[$0] }.sorted() }
        }
        let substances = read.map(\.substance)
        var terms = [String](repeating: "", count: weights.count)
        for (term, id) in ids { terms[Int(id)] = term }
        // An Article 14(1)(a) entry is said when the copy says its relationship and risk
        // factor: the weight its coverage is measured against leaves out its population (the
        // population the copy says still counts as shared, so it never lowers the precision).
        let population = read.map { entry in Set(entry.population.compactMap { ids[$0] }) }
        return Index(
            entryTargets: entryTargets,
            entryWeights: zip(entryTargets, population).map { targets, population in
                targets.reduce(0) { population.contains($1) ? $0 : $0 + weights[Int($1)] }
            },
            wordingTargets: wordingTargets,
            wordingWeights: wordingTargets.map { $0.reduce(0) { $0 + weights[Int($1)] } },
            wordingTerms: read.map(\.terms),
            entryNames: names,
            partTargets: partTargets,
            partWeights: partTargets.map { parts in
                parts.map { $0.reduce(0) { $0 + weights[Int($1)] } }
            },
            substanceTerms: catalog.groups.map { group in
                group.entries.reduce(into: Set<String>()) { $0.formUnion(substances[$1]) }
            },
            terms: terms,
            entryAuthorised: register.entries.map { $0.status == .authorised },
            entryRiskReduction: register.entries.map(\.isRiskReduction), targetIDs: ids,
            weights: weights, unknownWeight: log(1 + total),
            aspects: RegisterMatcher.aspects(
                read.flatMap(\.aspects),
                less: effects.union(ignored).union(concepts.stopwords).union(
                    RegisterMatcher.prefixes(
                        register.entries.flatMap { [$0.wording, $0.relationship ?? ""] }))))
    }

    /// The stems of the words the register writes mostly as the first piece of a hyphenated
    /// compound ("post" of "post-menopausal" and "post-prandial", "photo" of "photo-oxidative",
    /// "gastro" of "gastro-intestinal"): more often so than as a word of their own or a later
    /// piece. There they are a prefix of the compound, which names the aspect by its other
    /// pieces; written alone in copy they name none ("a forum post", "the photo below").
    static func prefixes(_ texts: [String]) -> Set<String> {
        var first: [String: Int] = [:]
        var alone: [String: Int] = [:]
        for text in texts {
            let words = text.split { !($0.isLetter || $0.isNumber || $0 == "-") }
            for word in words {
                let pieces = word.split(separator: "-").map(String.init)
                guard let head = pieces.first else { continue }
                if pieces.count > 1 {
                    for term in Tokenizer.terms(head) { first[term, default: 0] += 1 }
                }
                for piece in pieces.count > 1 ? Array(pieces.dropFirst()) : [head] {
                    for term in Tokenizer.terms(piece) { alone[term, default: 0] += 1 }
                }
            }
        }
        return Set(first.filter { $0.value > alone[$0.key, default: 0] }.keys)
    }

    /// A run of stems (or of what is known of them) without the substances named in it.
    static func unnamed<Element>(
        _ terms: [Element], mentions: [(group: Int, start: Int, end: Int)]
    ) -> [Element] {
        var kept: [Element] = []
        var position = 0
        for mention in mentions where mention.start >= position {
            kept += terms[position..<mention.start]
            position = mention.end
        }
        kept += terms[min(position, terms.count)...]
        return kept
    }

    /// The share of a refused wording's words (Dice) the copy must say for the refused claim to
    /// win a tie of targets with an authorised one.
    static let saidWording = 0.75

    /// A part of a wording read once per alternative of its first pair of words joined by a
    /// slash ("absorption/utilisation of calcium": "absorption of calcium", "utilisation of
    /// calcium"); the part itself when it has none ("and/or" is the register's "and", not a
    /// choice of words).
    static func alternatives(_ part: String) -> [String] {
        let words = part.split(separator: " ", omittingEmptySubsequences: false)
        guard
            let at = words.firstIndex(where: { word in
                let sides = word.split(separator: "/", omittingEmptySubsequences: false)
                return sides.count == 2 && word.lowercased() != "and/or"
                    && sides.allSatisfy { side in side.count > 1 && side.allSatisfy(\.isLetter) }
            })
        else { return [part] }
        return words[at].split(separator: "/").map { side in
            var chosen = words
            chosen[at] = side
            return chosen.joined(separator: " ")
        }
    }

    /// A wording without its notes: those in square brackets, and a footnote after an asterisk
    /// that stands alone, when a word carries its mark ("… instead of sugar* contributes to …
    /// mineralisation * In the case of D-tagatose … this should read 'other sugars'"); the marks
    /// go too. Asterisks that only start lines of a list ("* balances … * promotes …") stay.
    static func withoutNotes(_ wording: String) -> String {
        var wording = wording
        // A footnote mark ends a word ("sugar*"); an asterisk after a space only is a bullet.
        if let mark = wording.range(of: #"\w\*"#, options: .regularExpression) {
            if let note = wording.range(of: " * ", range: mark.upperBound..<wording.endIndex) {
                wording = String(wording[..<note.lowerBound])
            }
            wording = wording.replacingOccurrences(of: "*", with: "")
                .trimmingCharacters(in: .whitespaces)
        }
        guard wording.contains("[") else { return wording }
        var kept = ""
        var depth = 0
        for character in wording {
            if character == "[" {
                depth += 1
            } else if character == "]" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                kept.append(character)
            }
        }
        return kept.trimmingCharacters(in: .whitespaces)
    }

    /// The targets of a run of stems: canonical terms less every substance the catalog knows,
    /// the claim frame and the intensifiers. `mentions`: the catalog's substances in `terms`,
    /// when the caller has found them already; `words`: what the concept reader knows of each
    /// stem (`ConceptMatcher.Word`, as the sentence's tagging looked it up), when the caller
    /// has it.
    func targets(
        _ terms: [String], mentions: [(group: Int, start: Int, end: Int)]? = nil,
        words: [ConceptMatcher.Word]? = nil
    ) -> RegisterTargets {
        let targetIDs = index.targetIDs
        var found = RegisterTargets()
        let read = RegisterMatcher.targets(
            terms, mentions: mentions ?? catalog.mentions(in: terms), concepts: concepts,
            ignored: ignoring, derived: derived, layNames: layNames, words: words)
        found.known.reserveCapacity(read.count)
        for term in read {
            if let id = targetIDs[term] {
                found.known.append(id)
            } else {
                found.unknown.append(term)
            }
        }
        found.known.sort()
        return found
    }

    /// `targets(_:)` as distinct terms, ascending; a lay name is read as the register's phrase
    /// (`layNames`), a verb of one of the register's nouns of action as the noun (`derived`).
    private static func targets(
        _ terms: [String], mentions: [(group: Int, start: Int, end: Int)],
        concepts: ConceptMatcher, ignored: StringSet, derived: StringTable<[String]>,
        layNames: RegisterLayNames, words: [ConceptMatcher.Word]? = nil
    ) -> [String] {
        let unnamedTerms = unnamed(terms, mentions: mentions)
        let named = layNames.read(unnamedTerms)
        var kept: [String] = []
        kept.reserveCapacity(named.count)
        // The facts of the words kept, beside them (none when a lay name was read as the
        // register's: the words are no longer those looked up).
        let unnamedWords =
            named == unnamedTerms ? words.map { unnamed($0, mentions: mentions) } : nil
        var keptWords: [ConceptMatcher.Word] = []
        if unnamedWords != nil { keptWords.reserveCapacity(named.count) }
        for (position, term) in named.enumerated() where !ignored.contains(term) {
            kept.append(term)
            if let unnamedWords { keptWords.append(unnamedWords[position]) }
        }
        // a term's nouns of action in its place, without a list made for every other term
        let said = concepts.terms(kept, words: unnamedWords == nil ? nil : keptWords)
        var read: [String] = []
        read.reserveCapacity(said.count + 4)
        for term in said {
            if let nouns = derived[term] { read += nouns } else { read.append(term) }
        }
        var distinct: [String] = []
        distinct.reserveCapacity(read.count)
        for term in read.sorted() where !ignored.contains(term) && distinct.last != term {
            distinct.append(term)
        }
        return distinct
    }

    /// The health aspects of `Index.aspects`: the stems of the register's relationships and
    /// authorised wordings less the words of an effect, the claim frame, stopwords and numbers.
    static func aspects(_ stems: [String], less excluded: Set<String>) -> Set<String> {
        Set(stems.filter { !excluded.contains($0) && !$0.contains(where: \.isNumber) })
    }

    /// The summed weight of targets (rare terms of the register weigh most).
    func weight(_ targets: RegisterTargets) -> Double {
        weight(targets, index)
    }

    private func weight(_ targets: RegisterTargets, _ index: Index) -> Double {
        targets.known.reduce(0) { $0 + index.weights[Int($1)] }
            + Double(targets.unknown.count) * index.unknownWeight
    }

    /// The outcome for a sentence about `groups` (`said`: the stems naming the first one), with
    /// its targets (alone, and with the sentences around it: read only for an Article 14(1)(a)
    /// entry, the one kind of entry whose wording spans two sentences), whether it uses risk-reduction
    /// wording, and the stems of its intensifiers (one the authorised wording itself uses,
    /// "enhance", is its wording, not an exaggeration).
    ///
    /// `leads`, per substance group the sentence itself names: the targets its words say only
    /// before the substance's first mention and that name no health aspect (the copy's lead-in:
    /// "Lemon-flavour fizzy tablets:", "Try our oat crackers, whose …"). They say what the
    /// product is, not what the substance does, so an authorised wording is not less precise
    /// for lacking them.
    func judge(
        groups: [Int], said: [String], terms: [String], sentence: RegisterTargets,
        context: () -> RegisterTargets, risk: Bool, intensifiers: [String],
        leads: [Int: RegisterTargets] = [:], circumstance: RegisterTargets = RegisterTargets(),
        moves: Bool = false
    ) -> (outcome: RegisterOutcome, entry: RegisterEntry?, listed: [RegisterEntry]) {
        let built = index
        let entryTargets = built.entryTargets
        let entryWeights = built.entryWeights
        // How many targets an entry (`own`) and a sentence (`said`, both ascending) share, and
        // their summed weight.
        func shared(_ own: [Int32], _ said: [Int32]) -> (count: Int, weight: Double) {
            ClaimIndex.overlap(own, said, weights: built.weights)
        }
        func named(_ entry: Int) -> Int { built.entryNames[entry].contains(said) ? 1 : 0 }
        // A group's entries are ascending already.
        let ordered =
            groups.count == 1
            ? catalog.groups[groups[0]].entries
            : Set(groups.flatMap { catalog.groups[$0].entries }).sorted()
        let sentenceWeight = weight(sentence, built)
        // The copy's words that name the substance, its form or its source as the register
        // writes them for its entries ("stanols", "from oats"): they say which substance, not
        // what it does, so an entry that lacks them is not less precise for them.
        func namesSubstance(_ term: String) -> Bool {
            groups.contains { built.substanceTerms[$0].contains(term) }
        }
        func naming(_ targets: RegisterTargets) -> (known: [Int32], unknown: Double) {
            (
                targets.known.filter { namesSubstance(built.terms[Int($0)]) },
                Double(targets.unknown.filter(namesSubstance).count) * built.unknownWeight
            )
        }
        let sentenceNaming = naming(sentence)
        // The sentence with its neighbours (`context`): its targets, their weight and the words
        // naming the substance, read when an Article 14(1)(a) entry first asks.
        typealias Read = (
            targets: RegisterTargets, weight: Double, naming: (known: [Int32], unknown: Double)
        )
        var neighbours: Read? = nil
        func withNeighbours() -> Read {
            if let neighbours { return neighbours }
            let targets = context()
            let read = (targets, weight(targets, built), naming(targets))
            neighbours = read
            return read
        }
        // The weight of a sentence's targets less the words naming the substance an entry
        // (`own`, ascending) does not have.
        func remaining(
            _ total: Double, less named: (known: [Int32], unknown: Double), _ own: [Int32]
        ) -> Double {
            var excused = named.unknown
            for id in named.known where !own.contains(id) {
                excused += built.weights[Int(id)]
            }
            return total - excused
        }
        // The group (of those named) each entry belongs to, for its lead-in.
        var groupOf: [Int: Int] = [:]
        if !leads.isEmpty {
            for group in groups {
                for entry in catalog.groups[group].entries where groupOf[entry] == nil {
                    groupOf[entry] = group
                }
            }
        }
        // The weight of the lead-in of an entry's substance that the entry (`own`) lacks, less
        // the words naming the substance (excused already).
        func leadIn(_ entry: Int, _ own: [Int32]) -> Double {
            guard let group = groupOf[entry], let lead = leads[group] else { return 0 }
            return lead.known.reduce(0) {
                own.contains($1) || namesSubstance(built.terms[Int($1)])
                    ? $0 : $0 + built.weights[Int($1)]
            } + Double(lead.unknown.filter { !namesSubstance($0) }.count) * built.unknownWeight
        }
        // The sentence's circumstances less the words naming the substance (excused already)
        // and those of the lead-in of an entry's group (`-1`: none): the known ones, in order,
        // and the weight of the unknown ones. They are the same for every entry of a group, so
        // they are read once per group, not once per entry.
        var circumstancesOf: [Int: (known: [Int32], unknown: Double)] = [:]
        func circumstancesOfGroup(_ group: Int) -> (known: [Int32], unknown: Double) {
            if let read = circumstancesOf[group] { return read }
            let lead = group >= 0 ? leads[group] : nil
            let read = (
                known: circumstance.known.filter {
                    !namesSubstance(built.terms[Int($0)]) && lead?.known.contains($0) != true
                },
                unknown: Double(
                    circumstance.unknown.filter {
                        !namesSubstance($0) && lead?.unknown.contains($0) != true
                    }.count) * built.unknownWeight
            )
            circumstancesOf[group] = read
            return read
        }
        // The weight of the sentence's circumstances an entry (`own`) lacks, less the words
        // naming the substance (excused already) and those of its lead-in.
        func circumstances(_ entry: Int, _ own: [Int32]) -> Double {
            guard !circumstance.isEmpty else { return 0 }
            let read = circumstancesOfGroup(groupOf[entry] ?? -1)
            return read.known.reduce(0) {
                own.contains($1) ? $0 : $0 + built.weights[Int($1)]
            } + read.unknown
        }
        // `precision`: the share of the sentence's targets the entry has, its circumstances
        // left out (whether it is the authorised wording); `strict`: with them (against a
        // refused entry, whose own wording may be those very words).
        var authorised: (entry: Int, coverage: Double, precision: Double, strict: Double)? = nil
        var refused: (entry: Int, score: Double, coverage: Double)? = nil
        // The non-authorised entry whose own wording the sentence says most closely.
        var closest: (entry: Int, coverage: Double, precision: Double)? = nil
        // The authorised entries (no Article 14(1)(a) one) the sentence says (coverage ≥ 2/3):
        // a list of objects is read over their union (`listed`).
        var saidEntries: [Int] = []
        let isAuthorised = built.entryAuthorised
        let isRiskReduction = built.entryRiskReduction
        for index in ordered {
            let own = entryTargets[index]
            guard !own.isEmpty else { continue }
            if isAuthorised[index] {
                let riskReduction = isRiskReduction[index]
                // Risk-reduction wording is said by an Article 14(1)(a) entry or by none: an
                // Article 13 entry of the substance that shares a word of it ("muscle" of
                // "muscle weakness") is no rival for it.
                if risk, !riskReduction { continue }
                let said = riskReduction ? withNeighbours().targets : sentence
                let shared = shared(own, said.known).weight
                var coverage = shared / max(entryWeights[index], 1e-9)
                // A part of a wording joined by "and" is a relationship it authorises.
                for (part, partWeight) in zip(
                    built.partTargets[index], built.partWeights[index])
                {
                    let common = ClaimIndex.overlap(part, said.known, weights: built.weights)
                    coverage = max(coverage, common.1 / max(partWeight, 1e-9))
                }
                let total =
                    riskReduction
                    ? remaining(withNeighbours().weight, less: withNeighbours().naming, own)
                    : remaining(sentenceWeight, less: sentenceNaming, own) - leadIn(index, own)
                let strict = said.isEmpty ? 0 : shared / max(total, 1e-9)
                let precision =
                    said.isEmpty || riskReduction
                    ? strict : shared / max(total - circumstances(index, own), 1e-9)
                if !riskReduction, coverage >= 2.0 / 3.0 { saidEntries.append(index) }
                // Ties go to the entry that names the substance as the copy does.
                if let best = authorised,
                    (best.coverage, best.precision, named(best.entry))
                        >= (coverage, precision, named(index))
                {
                    continue
                }
                authorised = (index, coverage, precision, strict)
            } else {
                let common = shared(own, sentence.known)
                guard common.count > 0 else { continue }
                let score = common.weight / max(sentenceWeight, 1e-9)
                let coverage = common.weight / max(entryWeights[index], 1e-9)
                let wording = shared(built.wordingTargets[index], sentence.known).weight
                let said = (
                    coverage: wording / max(built.wordingWeights[index], 1e-9),
                    precision: wording / max(sentenceWeight, 1e-9)
                )
                if closest.map({ ($0.coverage, $0.precision) < (said.coverage, said.precision) })
                    ?? true
                {
                    closest = (index, said.coverage, said.precision)
                }
                if let best = refused, (best.score, best.coverage) >= (score, coverage) {
                    continue
                }
                refused = (index, score, coverage)
            }
        }
        let best = authorised.map { register.entries[$0.entry] }
        // Copy that moves the aspect up or down (`moves`: "lowers your blood pressure", "keeps
        // it from climbing") claims more than a wording that keeps it normal: it is the wording
        // only when the wording moves its aspect too ("the reduction of tiredness").
        let beyond =
            moves
            && authorised.map({ built.wordingTerms[$0.entry].isDisjoint(with: directionStems) })
                == true
        // An intensifier is the wording's own when the wording uses it, or when it names a rise
        // and the wording names one too ("boosts your uptake of iron": "increases iron
        // absorption"); any other says more than the wording.
        func ownIntensifier(_ stem: String, of entry: Int) -> Bool {
            let wording = built.wordingTerms[entry]
            return wording.contains(stem)
                || (riseStems.contains(stem) && !wording.isDisjoint(with: riseStems))
        }
        if let found = authorised, let entry = best, found.coverage >= 2.0 / 3.0,
            found.precision >= 0.5,
            intensifiers.allSatisfy({ ownIntensifier($0, of: found.entry) }),
            !risk || entry.isRiskReduction, !beyond
        {
            // A wording the register refuses for the substance as the copy names it, said
            // (near-)exactly and more closely than the nearest authorised one (on targets, then
            // on all its words), is that refused claim.
            if let refusal = closest, named(refusal.entry) == 1, refusal.coverage >= 0.9,
                refusal.precision >= 0.9, refusal.coverage >= found.coverage,
                refusal.precision >= found.strict
            {
                let words = Set(terms).subtracting(said)
                func likeness(_ entry: Int) -> Double {
                    let own = built.wordingTerms[entry]
                    let common = own.intersection(words).count
                    return 2 * Double(common) / Double(max(1, own.count + words.count))
                }
                // On a tie of targets the refused wording wins only when the copy says its words
                // (three quarters of them): "DHA helps maintain normal vision" shares only its
                // target with the refused "Help to support vision".
                let refusedLikeness = likeness(refusal.entry)
                let closer =
                    refusal.coverage > found.coverage || refusal.precision > found.strict
                    || (refusedLikeness > likeness(found.entry)
                        && refusedLikeness >= RegisterMatcher.saidWording)
                if closer { return (.nonAuthorised, register.entries[refusal.entry], []) }
            }
            return (.authorised, entry, [])
        }
        if risk { return (.riskReduction, best?.isRiskReduction == true ? best : nil, []) }
        if sentence.isEmpty, let entry = best { return (.wording, entry, []) }
        if let found = refused, found.score >= 0.5 {
            let related = authorised.map { $0.coverage >= 0.5 && $0.strict >= found.score }
            if related != true { return (.nonAuthorised, register.entries[found.entry], []) }
        }
        // A list of objects ("supports normal skin, hair and nails"): each object is said by one
        // of the substance's authorised entries, none says them all. The sentence says those
        // wordings together when their union (the entries of one substance and article taken in
        // turn, most shared first, each adding an object) has every health aspect it names
        // (`Index.aspects`: an object no entry of the list has, "joints", leaves it
        // unauthorised) and each entry is said as precisely as one entry must be (precision ≥
        // 1/2, the other entries' objects left out: each object read as if alone), with no
        // intensifier beyond theirs and no move up or down; a refused wording the sentence
        // says closely is judged first. The verdict names the first entry in the register's
        // order; `listed` the others.
        func listed() -> [Int]? {
            let ranked = saidEntries.map { ($0, shared(entryTargets[$0], sentence.known)) }
                .sorted { ($0.1.weight, $1.0) > ($1.1.weight, $0.0) }
            guard let top = ranked.first.map({ register.entries[$0.0] }) else { return nil }
            var union: [Int32] = []
            var taken: [Int] = []
            for (entry, _) in ranked
            where register.entries[entry].substance == top.substance
                && register.entries[entry].article == top.article
            {
                let merged = RegisterTargets.merge(union, entryTargets[entry])
                guard shared(merged, sentence.known).count > shared(union, sentence.known).count
                else { continue }
                union = merged
                taken.append(entry)
            }
            guard taken.count > 1 else { return nil }
            let aspectLeft = sentence.known.contains { id in
                let term = built.terms[Int(id)]
                return !union.contains(id) && built.aspects.contains(term) && !namesSubstance(term)
            }
            guard !aspectLeft else { return nil }
            // Each object is read as if the list held it alone: the sentence less the other
            // entries' objects must say the entry as precisely as one entry must be said.
            for entry in taken {
                let own = entryTargets[entry]
                var others: [Int32] = []
                for other in taken where other != entry {
                    others = RegisterTargets.merge(others, entryTargets[other])
                }
                others = others.filter { !own.contains($0) }
                let theirs = shared(others, sentence.known).weight
                let total =
                    remaining(sentenceWeight - theirs, less: sentenceNaming, own)
                    - leadIn(entry, own)
                let precision =
                    shared(own, sentence.known).weight
                    / max(total - circumstances(entry, RegisterTargets.merge(own, others)), 1e-9)
                guard precision >= 0.5 else { return nil }
            }
            return taken.sorted()
        }
        if saidEntries.count > 1, !moves, let taken = listed(),
            intensifiers.allSatisfy({ stem in taken.contains { ownIntensifier(stem, of: $0) } })
        {
            return (
                .authorised, register.entries[taken[0]],
                taken.dropFirst().map { register.entries[$0] }
            )
        }
        if let found = authorised, found.coverage >= 0.5, found.strict >= 0.5, !beyond {
            return (.wording, best, [])
        }
        return (.unauthorised, nil, [])
    }
}
