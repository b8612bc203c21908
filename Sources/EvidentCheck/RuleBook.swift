import EvidentModel
import Foundation
import Yams

/// The lexicon and every rule pack, compiled: what a checker runs.
public struct RuleBook: Sendable {
    /// The word classes.
    public let lexicon: Lexicon
    /// Every rule of every pack, in pack order (common, us, eu, then others by name).
    public let rules: [Rule]
    let compiled: [CompiledRule]
    let healthStatement: [Pattern]
    /// The EU register and the substances copy can name.
    let register: RegisterMatcher
    /// The `@substance` class id.
    let substanceClass: Int?

    /// Where the data files that ship with the packs come from (the EU register …).
    public var sources: [DataSource] {
        register.register.entries.isEmpty ? [] : [register.register.source]
    }

    private struct PackFile: Decodable {
        var rules: [Rule]
    }

    /// Pack files load in this order; others follow alphabetically.
    static let packOrder = ["common.yaml", "us.yaml", "eu.yaml"]
    /// Files of the folder that are not rule packs.
    static let nonPacks: Set<String> = ["lexicon.yaml", "example-claims.yaml", "substances.yaml"]
    /// The EU register, derived by `.ci/derive-eu-register`.
    static let registerFile = "eu-register.json"
    /// Lexicon classes whose words are not substances even when the register names them.
    static let notSubstanceClasses = [
        "health-target", "biomarker", "condition", "disease", "organ", "drug",
    ]
    /// The reviewed substance synonyms.
    static let substancesFile = "substances.yaml"

    /// The rule packs bundled with Evident.
    public static func bundled() throws -> RuleBook {
        guard let url = Bundle.module.url(forResource: "RulePacks", withExtension: nil) else {
            throw CheckError.invalidRulePack(
                path: "RulePacks", message: "the bundled rule packs are missing")
        }
        return try RuleBook(directory: url)
    }

    /// The folder of bundled rule packs.
    public static var bundledDirectory: URL? {
        Bundle.module.url(forResource: "RulePacks", withExtension: nil)
    }

    /// Loads `lexicon.yaml` and every other `*.yaml` of a folder.
    public init(directory: URL) throws {
        let registerURL = directory.appendingPathComponent(RuleBook.registerFile)
        let register =
            FileManager.default.fileExists(atPath: registerURL.path)
            ? try EURegister(data: try RuleBook.data(registerURL), path: registerURL.path)
            : EURegister.empty
        let lexiconURL = directory.appendingPathComponent("lexicon.yaml")
        let lexiconText = try RuleBook.read(lexiconURL)
        // The register's own names that the lexicon knows as something else name no substance.
        let plain = try Lexicon(yaml: lexiconText, path: lexiconURL.path)
        let notSubstances = Set(
            RuleBook.notSubstanceClasses.flatMap { plain.phrases(ofClass: $0) })
        let substancesURL = directory.appendingPathComponent(RuleBook.substancesFile)
        let catalog =
            FileManager.default.fileExists(atPath: substancesURL.path)
            ? try SubstanceCatalog(
                yaml: try RuleBook.read(substancesURL), path: substancesURL.path,
                register: register, notSubstances: notSubstances)
            : SubstanceCatalog.empty
        let lexicon = try Lexicon(
            yaml: lexiconText, path: lexiconURL.path, generated: ["substance": catalog.phrases],
            vocabulary: try ConditionVocabulary.bundled())
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
        var packs: [(path: String, yaml: String)] = []
        for name in ordered {
            let url = directory.appendingPathComponent(name)
            packs.append((url.path, try RuleBook.read(url)))
        }
        try self.init(
            lexicon: lexicon, packs: packs,
            register: RegisterMatcher(register: register, catalog: catalog, lexicon: lexicon))
    }

    /// Compiles packs given as (path, YAML text).
    public init(lexicon: Lexicon, packs: [(path: String, yaml: String)]) throws {
        try self.init(
            lexicon: lexicon, packs: packs,
            register: RegisterMatcher(register: .empty, catalog: .empty, lexicon: lexicon))
    }

    init(
        lexicon: Lexicon, packs: [(path: String, yaml: String)], register: RegisterMatcher
    ) throws {
        var rules: [Rule] = []
        var compiled: [CompiledRule] = []
        var seen: [String: String] = [:]
        for pack in packs {
            let file: PackFile
            do {
                file = try YAMLDecoder().decode(PackFile.self, from: pack.yaml)
            } catch {
                throw CheckError.invalidRulePack(path: pack.path, message: "\(error)")
            }
            for rule in file.rules {
                guard RuleBook.isKebabCase(rule.id) else {
                    throw CheckError.invalidRulePack(
                        path: pack.path,
                        message: "rule id '\(rule.id)' is not kebab-case (expected a-z, 0-9, '-')")
                }
                if let other = seen[rule.id] {
                    throw CheckError.invalidRulePack(
                        path: pack.path,
                        message: "duplicate rule id '\(rule.id)' (also in \(other))")
                }
                seen[rule.id] = pack.path
                compiled.append(
                    try CompiledRule(rule, order: rules.count, lexicon: lexicon, path: pack.path))
                rules.append(rule)
            }
        }
        self.lexicon = lexicon
        self.register = register
        self.substanceClass = lexicon.classID("substance")
        self.rules = rules
        self.compiled = compiled
        self.healthStatement = try [
            "@health-verb ... @health-target", "@health-target ... @health-verb",
        ].map { try Pattern($0, lexicon: lexicon, path: "lexicon.yaml", context: "health") }
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
