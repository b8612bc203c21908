import EvidentModel
import Foundation

/// The lexicon and every rule pack, compiled: what a checker runs.
public struct RuleBook: Sendable {
    /// The word classes.
    public let lexicon: Lexicon
    /// Every rule of every pack, in pack order (common, us, eu, then others by name).
    public let rules: [Rule]
    let compiled: [CompiledRule]
    let healthStatement: [Pattern]
    /// A health claim about a product that names no substance: an effect on a body function or
    /// structure (`@function-target`; a disease is the disease rules' to read) of a body: the
    /// verb's own object, the reader's ("your joints"), or one said healthy or normal; or on a
    /// function or state of a person's body or mind (`@eu-body-function`) with its holder,
    /// said helped or raised ("boosts your testosterone", "raises his free testosterone").
    let productHealthClaim: [Pattern]
    /// What makes a sentence that names no substance speak of the product (the reading of
    /// `disease-in-product-copy`): a product form, a word pointing at the product or a coined
    /// name (`@product-topic`), or a first word written as a verb of the third person before
    /// what a verb takes ("Keeps your joints …", "Supports healthy digestion"). Without it a
    /// sentence is about something else ("Walking … is good for your mood").
    let productTopic: [Pattern]
    /// The `@health-verb` class id.
    let healthVerbClass: Int?
    /// The EU register and the substances copy can name.
    let register: RegisterMatcher
    /// The `@substance` class id.
    let substanceClass: Int?
    /// Words to concepts, for matching copy to claims and to the register.
    let concepts: ConceptMatcher
    /// Known ingredient-medicine interactions.
    public let interactions: [Interaction]
    /// The graded example claims of each pack (`example-claims:`), by the pack's path: what
    /// that pack's evidence rules' examples run against.
    let packExampleClaims: [String: [ClaimAssessment]]
    /// The path of the pack each rule comes from, by rule id.
    let packOfRule: [String: String]
    /// Every pack read, with its text (built-in, knowledge base's, `--rules`).
    let packSources: [RulePackSource]
    /// The folders of data files the book was built from (the packs' folder and the condition
    /// vocabulary's), for `contentHash()`; empty for a book built from a lexicon given in code,
    /// whose inputs are not all files.
    private(set) var dataFolders: [URL] = []

    /// Where the data files that ship with the packs come from (the EU register …).
    public var sources: [DataSource] {
        register.register.entries.isEmpty ? [] : [register.register.source]
    }

    /// Pack files load in this order; others follow alphabetically.
    static let packOrder = ["common.yaml", "us.yaml", "eu.yaml"]
    /// Files of the folder that are not rule packs.
    static let nonPacks: Set<String> = [
        "lexicon.yaml", "substances.yaml", "interactions.yaml", "concepts.yaml",
        "lab-values.yaml",
    ]
    /// Reference ranges of lab values.
    static let labValuesFile = "lab-values.yaml"
    /// Concepts for matching copy to claims.
    static let conceptsFile = "concepts.yaml"
    /// Known ingredient-medicine interactions.
    static let interactionsFile = "interactions.yaml"
    /// The EU register, derived by `.ci/derive-eu-register`.
    static let registerFile = "eu-register.json"
    /// Lexicon classes whose words are not substances even when the register names them.
    static let notSubstanceClasses = [
        "health-target", "biomarker", "condition", "disease", "organ", "drug",
    ]
    /// The reviewed substance synonyms.
    static let substancesFile = "substances.yaml"

    /// The rule packs bundled with Evident, and `extra` packs (a knowledge base's
    /// `Claims/rules/`, `--rules DIR`) in the same format; `cache` as in
    /// `init(directory:extra:cache:)`.
    public static func bundled(extra: [RulePackSource] = [], cache: URL? = nil) throws
        -> RuleBook
    {
        guard let url = Bundle.module.url(forResource: "RulePacks", withExtension: nil) else {
            throw CheckError.invalidRulePack(
                path: "RulePacks", message: "the bundled rule packs are missing")
        }
        return try RuleBook(directory: url, extra: extra, cache: cache)
    }

    /// The folder of bundled rule packs.
    public static var bundledDirectory: URL? {
        Bundle.module.url(forResource: "RulePacks", withExtension: nil)
    }

    /// Loads `lexicon.yaml`, the data files (EU register, substances, interactions) and every
    /// other `*.yaml` of a folder as built-in packs, then the `extra` packs. With a `cache`
    /// folder, the condition vocabulary's phrases are kept there between runs
    /// (`ConditionVocabulary.init(directory:cache:)`).
    public init(directory: URL, extra: [RulePackSource] = [], cache: URL? = nil) throws {
        // The condition vocabulary (the largest file, loaded once per process) is read on
        // another core while the register, the substances and the packs are read here; the
        // call below waits for it and reports its error, if any.
        DispatchQueue.global(qos: .userInitiated).async {
            _ = Result { try ConditionVocabulary.bundled(cache: cache) }
        }
        let registerURL = directory.appendingPathComponent(RuleBook.registerFile)
        let registerBytes =
            FileManager.default.fileExists(atPath: registerURL.path)
            ? try RuleBook.data(registerURL) : nil
        let register =
            try registerBytes.map {
                try EURegister.load(
                    data: $0, path: registerURL.path, cache: cache.map(EURegister.cacheFile(in:)))
            } ?? EURegister.empty
        let lexiconURL = directory.appendingPathComponent("lexicon.yaml")
        let lexiconSource = RulePackSource(
            path: lexiconURL.path, yaml: try RuleBook.read(lexiconURL), origin: "built-in")
        let interactionsURL = directory.appendingPathComponent(RuleBook.interactionsFile)
        let interactionsSource =
            FileManager.default.fileExists(atPath: interactionsURL.path)
            ? RulePackSource(
                path: interactionsURL.path, yaml: try RuleBook.read(interactionsURL),
                origin: "built-in")
            : nil
        let packs = try RuleBook.packSources(directory)
        let labValuesURL = directory.appendingPathComponent(RuleBook.labValuesFile)
        let conceptsURL = directory.appendingPathComponent(RuleBook.conceptsFile)
        let labValuesSource = try RuleBook.source(labValuesURL)
        let conceptsSource = try RuleBook.source(conceptsURL)
        // The YAML files as decoded by an earlier check (`RuleBookFiles`), when they are the
        // same files and this binary; otherwise decoded below, in the same order as ever (so
        // the same error comes first), and kept once the book is built.
        let cacheKey = cache.flatMap { _ in
            RuleBookFiles.cacheKey(
                lexicon: lexiconSource, packs: packs + extra, interactions: interactionsSource,
                data: [labValuesSource, conceptsSource].compactMap { $0 })
        }
        let cacheFile = cache.map(RuleBookFiles.cacheFile(in:))
        let cached = cacheFile.flatMap { file in
            cacheKey.flatMap {
                RuleBookFiles.cached(
                    file, key: $0, packs: packs.count + extra.count,
                    interactions: interactionsSource != nil,
                    labValues: labValuesSource != nil, concepts: conceptsSource != nil)
            }
        }
        let lexiconFile =
            try cached?.lexicon
            ?? Lexicon.decode(yaml: lexiconSource.yaml, path: lexiconSource.path)
        // The register's own names that the lexicon knows as something else name no substance.
        let notSubstances = Set(
            try RuleBook.notSubstanceClasses.flatMap {
                try Lexicon.phrases(ofClass: $0, in: lexiconFile, path: lexiconURL.path)
            })
        let substancesURL = directory.appendingPathComponent(RuleBook.substancesFile)
        let catalog =
            FileManager.default.fileExists(atPath: substancesURL.path)
            ? try SubstanceCatalog.load(
                yaml: try RuleBook.read(substancesURL), path: substancesURL.path,
                register: register, registerBytes: registerBytes ?? Data(),
                notSubstances: notSubstances, cache: cache.map(SubstanceCatalog.cacheFile(in:)))
            : SubstanceCatalog.empty
        let interactionList =
            try cached?.interactions
            ?? interactionsSource.map {
                try RuleBook.decodeInteractions(yaml: $0.yaml, path: $0.path)
            }
        let interactions =
            try interactionList.map {
                try RuleBook.interactions($0, path: interactionsURL.path, catalog: catalog)
            } ?? []
        let labValuesFile =
            try cached?.labValues
            ?? labValuesSource.map {
                try DataFile.decode(LabValueTable.File.self, yaml: $0.yaml, path: $0.path)
            }
        let labValues = try labValuesFile.map {
            try LabValueTable(file: $0, path: labValuesURL.path)
        }
        // The analytes of the lab-value table name the values copy moves (`@lab-analyte` …).
        var generated = (labValues?.classes ?? [:]).merging(["substance": catalog.phrases]) {
            $1
        }
        // The analytes the HPO names (`@lab-analyte-named`), less the table's and the substances.
        if let labValues {
            generated.merge(try labValues.derivedClass(excluding: catalog.phrases, cache: cache)) {
                $1
            }
        }
        for interaction in interactions {
            guard let group = catalog.group(interaction.substance) else { continue }
            generated["interacts-\(interaction.kind)", default: []] += catalog.names(
                including: group)
        }
        let parsed =
            try cached?.packs.compactMap(\.pack)
            ?? (packs + extra).map { try RulePackReader.read($0.yaml, path: $0.path) }
        for (pack, source) in zip(parsed, packs + extra) {
            for name in pack.classes.keys.sorted() {
                if lexiconFile.classes[name] != nil || generated[name] != nil {
                    throw CheckError.invalidRulePack(
                        path: source.path,
                        message: "class '@\(name)' is already defined (by lexicon.yaml or the "
                            + "data files); give the pack's class another name")
                }
                generated[name] = pack.classes[name]
            }
        }
        let vocabulary = try ConditionVocabulary.bundled(cache: cache)
        let lexicon = try Lexicon(
            file: lexiconFile, path: lexiconURL.path, generated: generated,
            vocabulary: vocabulary, labValues: labValues,
            cache: cache.map(Lexicon.cacheFile(in:)))
        let conceptsFile =
            try cached?.concepts
            ?? conceptsSource.map {
                try DataFile.decode(ConceptMatcher.File.self, yaml: $0.yaml, path: $0.path)
            }
        let concepts =
            try conceptsFile.map {
                try ConceptMatcher(
                    file: $0, path: conceptsURL.path, catalog: catalog,
                    stopwords: lexicon.stopwords, conditions: vocabulary,
                    everyday: lexicon.phrases(ofClass: "everyday-sense")
                        + lexicon.phrases(ofClass: "idiom-sense"),
                    breaking: lexicon.words(ofClass: "breaking-verb"),
                    fractureSites: lexicon.words(ofClass: "fracture-site"),
                    vehicle: lexicon.words(ofClass: "product-form").union(
                        lexicon.words(ofClass: "time-unit")),
                    kinds: Dictionary(
                        uniqueKeysWithValues: $0.concepts.keys.map {
                            ($0, lexicon.phrases(ofClass: "kind-of-\($0)"))
                        }))
            } ?? ConceptMatcher.plain(stopwords: lexicon.stopwords)
        try self.init(
            lexicon: lexicon, parsed: Array(zip(packs + extra, parsed)),
            register: RegisterMatcher(
                register: register, catalog: catalog, lexicon: lexicon, concepts: concepts),
            concepts: concepts, interactions: interactions)
        dataFolders = [directory] + [ConditionVocabulary.bundledDirectory].compactMap { $0 }
        if cached == nil, let cacheFile, let cacheKey,
            let payload = RuleBookFiles(
                lexicon: lexiconFile, packs: parsed.map(RuleBookFiles.PackFile.init),
                interactions: interactionList, labValues: labValuesFile, concepts: conceptsFile
            ).encoded()
        {
            cacheFile.write(key: cacheKey, payload: payload)
        }
    }

    /// A data file's text, when the file is there.
    static func source(_ url: URL) throws -> RulePackSource? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return RulePackSource(path: url.path, yaml: try RuleBook.read(url), origin: "built-in")
    }

    /// The built-in packs of a folder: every `*.yaml` file but the data files, `packOrder`
    /// first, then the others by name.
    static func packSources(_ directory: URL) throws -> [RulePackSource] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".yaml") && !RuleBook.nonPacks.contains($0) }
        } catch {
            throw CheckError.invalidRulePack(
                path: directory.path, message: "cannot list rule packs")
        }
        let ordered =
            RuleBook.packOrder.filter(names.contains)
            + names.filter { !RuleBook.packOrder.contains($0) }.sorted()
        return try ordered.map { name in
            let url = directory.appendingPathComponent(name)
            return RulePackSource(path: url.path, yaml: try RuleBook.read(url), origin: "built-in")
        }
    }

    /// Compiles packs given as (path, YAML text) against a lexicon (no EU register).
    public init(lexicon: Lexicon, packs: [(path: String, yaml: String)]) throws {
        let sources = packs.map { RulePackSource(path: $0.path, yaml: $0.yaml, origin: "built-in") }
        try self.init(
            lexicon: lexicon,
            parsed: try sources.map { ($0, try RulePackReader.read($0.yaml, path: $0.path)) },
            register: RegisterMatcher(
                register: .empty, catalog: .empty, lexicon: lexicon,
                concepts: .plain(stopwords: lexicon.stopwords)),
            concepts: .plain(stopwords: lexicon.stopwords))
    }

    init(
        lexicon: Lexicon, parsed: [(RulePackSource, RulePackReader.Pack)],
        register: RegisterMatcher, concepts: ConceptMatcher, interactions: [Interaction] = []
    ) throws {
        var rules: [Rule] = []
        // Where each rule is written: its errors are reported there.
        var places: [(path: String, line: Int?, column: Int?)] = []
        var seen: [String: String] = [:]
        var exampleClaims: [String: [ClaimAssessment]] = [:]
        for (source, pack) in parsed {
            exampleClaims[source.path, default: []] += pack.exampleClaims
            for (rule, line, column) in pack.rules {
                var rule = rule
                rule.origin = source.origin == "built-in" ? "built-in" : source.path
                let place = (source.path, line, column)
                guard RuleBook.isKebabCase(rule.id) else {
                    throw RuleBook.fail(
                        place, "rule id '\(rule.id)' is not kebab-case (expected a-z, 0-9, '-')")
                }
                if let other = seen[rule.id] {
                    throw RuleBook.fail(place, "duplicate rule id '\(rule.id)' (also in \(other))")
                }
                seen[rule.id] = source.path
                rules.append(rule)
                places.append(place)
            }
        }
        let refinements = try RuleBook.refinements(rules, places: places)
        var compiled: [CompiledRule] = []
        for (order, rule) in rules.enumerated() {
            do {
                compiled.append(
                    try CompiledRule(
                        rule, order: order, refines: refinements[order], lexicon: lexicon,
                        path: places[order].path))
            } catch CheckError.invalidRulePack(_, _, _, let message) {
                throw RuleBook.fail(places[order], message)
            }
        }
        self.lexicon = lexicon
        self.register = register
        self.substanceClass = lexicon.classID("substance")
        self.interactions = interactions
        self.concepts = concepts
        self.rules = rules
        self.compiled = compiled
        self.packExampleClaims = exampleClaims
        self.packOfRule = seen
        self.packSources = parsed.map(\.0)
        self.healthStatement = try [
            "@health-verb ... @health-target", "@health-target ... @health-verb",
        ].map { try Pattern($0, lexicon: lexicon, path: "lexicon.yaml", context: "health") }
        // A function or state of a person's body or mind with its holder, raised, kept or
        // helped (eu.yaml's `@function-verb`: "boosts your testosterone", "raises his free
        // testosterone", "helps you learn"), as `unauthorised-health-claim` reads it after a
        // substance; a verb of treating is none ("cure your boredom" is a figure). Read when
        // the packs define the classes (eu.yaml, eu-body-functions.yaml).
        let holderPatterns =
            ["function-verb", "function-holder", "eu-body-function"].allSatisfy {
                lexicon.classID($0) != nil
            } ? ["@function-verb ... @function-holder ... @eu-body-function"] : []
        self.productHealthClaim = try
            ([
                "@health-verb @function-target",
                "@health-verb ... @reader-address ... @function-target",
                "@health-verb ... healthy @function-target",
                "@health-verb ... normal @function-target",
            ] + holderPatterns).map {
                try Pattern($0, lexicon: lexicon, path: "lexicon.yaml", context: "health")
            }
        self.healthVerbClass = lexicon.classID("health-verb")
        self.productTopic = try [
            "@product-topic", "@opening-verb @determiner", "@opening-verb @reader-address",
            "@opening-verb healthy", "@opening-verb normal", "@opening-verb @function-target",
            "@opening-verb @organ", "@opening-verb @internal-organ", "@opening-verb @body-part",
            "@opening-verb down", "@opening-verb up", "@opening-verb back",
        ].map { try Pattern($0, lexicon: lexicon, path: "lexicon.yaml", context: "product") }
    }

    /// An error of a pack at a rule's place.
    static func fail(_ place: (path: String, line: Int?, column: Int?), _ message: String)
        -> CheckError
    {
        CheckError.invalidRulePack(
            path: place.path, line: place.line, column: place.column, message: message)
    }

    /// Per rule, the orders of the rules it refines, directly or down a chain of `refines`
    /// (where a finding of a refining rule overlaps one of a refined rule, the refined one is
    /// dropped: ``Checker/withoutRefined(_:)``). A refined id must name another rule of the
    /// same category, and refinements may not form a cycle (each finding would drop the other).
    static func refinements(
        _ rules: [Rule], places: [(path: String, line: Int?, column: Int?)]
    ) throws -> [Set<Int>] {
        var index: [String: Int] = [:]
        for (order, rule) in rules.enumerated() { index[rule.id] = order }
        var direct = [[Int]](repeating: [], count: rules.count)
        for (order, rule) in rules.enumerated() {
            for id in rule.refines {
                guard let refined = index[id], refined != order else {
                    throw fail(
                        places[order],
                        "rule '\(rule.id)' refines '\(id)', which is "
                            + (id == rule.id ? "itself" : "no rule of the packs read"))
                }
                guard rules[refined].category == rule.category else {
                    throw fail(
                        places[order],
                        "rule '\(rule.id)' refines '\(id)' of category "
                            + "'\(rules[refined].category.rawValue)' (expected its own category, "
                            + "'\(rule.category.rawValue)': only findings of one category replace "
                            + "each other)")
                }
                direct[order].append(refined)
            }
        }
        var closure = [Set<Int>?](repeating: nil, count: rules.count)
        // The rules `order` refines down its chains; `path` holds the rules being followed, so
        // meeting one of them again is a cycle.
        func refined(_ order: Int, path: [Int]) throws -> Set<Int> {
            if let known = closure[order] { return known }
            if path.contains(order) {
                let cycle = (path.drop(while: { $0 != order }) + [order]).map { rules[$0].id }
                throw fail(
                    places[order],
                    "rules refine each other in a cycle: " + cycle.joined(separator: " -> "))
            }
            var all = Set<Int>()
            for next in direct[order] {
                all.insert(next)
                all.formUnion(try refined(next, path: path + [order]))
            }
            closure[order] = all
            return all
        }
        return try rules.indices.map { try refined($0, path: []) }
    }

    private struct InteractionFile: Decodable {
        var interactions: [Interaction]
    }

    /// The interactions of `interactions.yaml`'s text, as written.
    static func decodeInteractions(yaml: String, path: String) throws -> [Interaction] {
        try DataFile.decode(InteractionFile.self, yaml: yaml, path: path).interactions
    }

    /// The interactions read from `path`, when every substance is one of `substances.yaml`.
    static func interactions(_ list: [Interaction], path: String, catalog: SubstanceCatalog)
        throws -> [Interaction]
    {
        for interaction in list where catalog.group(interaction.substance) == nil {
            throw CheckError.invalidRulePack(
                path: path,
                message: "unknown substance '\(interaction.substance)' (expected a substance of "
                    + "substances.yaml)")
        }
        return list
    }

    /// A hash of everything the book was built from: every file of its data folders (name and
    /// bytes) and every pack (path, origin and text); `nil` when the book was built from a
    /// lexicon given in code or a file cannot be read (then nothing derived from the book is
    /// cached).
    func contentHash() -> ContentHash? {
        guard !dataFolders.isEmpty else { return nil }
        var hash = ContentHash()
        for folder in dataFolders {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            } catch {
                return nil
            }
            hash.combine(folder.path)
            for name in names {
                let url = folder.appendingPathComponent(name)
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
                    !isFolder.boolValue
                else { continue }
                guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
                hash.combine(name)
                hash.combine(data)
            }
        }
        hash.combine(packSources)
        return hash
    }

    /// The rules that apply to a market.
    public func rules(for market: Market) -> [Rule] {
        rules.filter { $0.market.applies(to: market) }
    }

    static func read(_ url: URL) throws -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw CheckError.invalidRulePack(path: url.path, message: "cannot read the file")
        }
    }

    static func data(_ url: URL) throws -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw CheckError.invalidRulePack(path: url.path, message: "cannot read the file")
        }
    }

    static func isKebabCase(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
            && id.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
            }
    }
}
