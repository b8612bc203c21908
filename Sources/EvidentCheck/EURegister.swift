import EvidentModel
import Foundation

/// The EU Register of nutrition and health claims (health-claim part) that ships with Evident:
/// every authorised claim with its wording, article and conditions of use, and every
/// non-authorised one, with the source's attribution.
public struct EURegister: Sendable {
    /// Where the data comes from.
    public let source: DataSource
    /// Every entry, in register-id order.
    public let entries: [RegisterEntry]
    /// Verbs copy uses for the register's nouns of action, and adjectives for its nouns of a
    /// quality, word → noun ("accelerate" → "acceleration", "elastic" → "elasticity"; from
    /// WordNet by `.ci/derive-eu-register`).
    public let derivations: [String: String]
    /// Words of the register's relationships and authorised wordings that name no health aspect
    /// by themselves: mostly adverbs or descriptive adjectives in WordNet's tagged senses
    /// ("after", "heavy" of "heavy metals", "low"; from `.ci/derive-eu-register`).
    public let qualifiers: [String]
    /// Lay names of what the register's wordings name, phrase → the register's phrase ("blood
    /// sugar" → "blood glucose"): the MeSH entry terms of the descriptors the authorised wordings
    /// and relationships name (from `.ci/derive-eu-register`).
    public let synonyms: [String: String]

    private struct File: Decodable {
        var source: DataSource
        var derivations: [String: String]?
        var qualifiers: [String]?
        var synonyms: [String: String]?
        var entries: [RegisterEntry]
    }

    /// A register with no entries (checking without one).
    public static let empty = EURegister(
        source: DataSource(name: "", publisher: "", version: "", licence: "", attribution: ""),
        entries: [])

    init(
        source: DataSource, entries: [RegisterEntry], derivations: [String: String] = [:],
        qualifiers: [String] = [], synonyms: [String: String] = [:]
    ) {
        self.source = source
        self.entries = entries
        self.derivations = derivations
        self.qualifiers = qualifiers
        self.synonyms = synonyms
    }

    /// Reads `eu-register.json`; `path` is used in error messages.
    public init(data: Data, path: String) throws {
        do {
            let file = try JSONDecoder().decode(File.self, from: data)
            self.init(
                source: file.source, entries: file.entries,
                derivations: file.derivations ?? [:], qualifiers: file.qualifiers ?? [],
                synonyms: file.synonyms ?? [:])
        } catch {
            throw CheckError.invalidRulePack(
                path: path, message: "the EU register cannot be read (\(error))")
        }
    }
}
