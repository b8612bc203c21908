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

    private struct PackFile: Decodable {
        var rules: [Rule]
    }

    /// Pack files load in this order; others follow alphabetically.
    static let packOrder = ["common.yaml", "us.yaml", "eu.yaml"]
    /// Files of the folder that are not rule packs.
    static let nonPacks: Set<String> = ["lexicon.yaml", "example-claims.yaml"]

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
        let lexiconURL = directory.appendingPathComponent("lexicon.yaml")
        let lexicon = try Lexicon(
            yaml: try RuleBook.read(lexiconURL), path: lexiconURL.path)
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
        try self.init(lexicon: lexicon, packs: packs)
    }

    /// Compiles packs given as (path, YAML text).
    public init(lexicon: Lexicon, packs: [(path: String, yaml: String)]) throws {
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

    static func isKebabCase(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
            && id.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
            }
    }
}
