import EvidentModel
import EvidentTestSupport
import Foundation
import Testing

@testable import EvidentStore

/// Problems in YAML and values echoed from it: reported where they are, shown safely.
@Suite("YAML positions and echoed values")
struct YAMLPositionTests {
    static let path = "Claims/doc/k2-is-a-vitamin.yaml"

    /// The diagnostics about the claim file (the document's statement it quotes is then
    /// uncovered, which is beside the point here).
    static func diagnostics(_ claim: String) throws -> [String] {
        try validate(files: [path: claim]).1.map(\.description).filter { $0.hasPrefix(path) }
    }

    @Test func aDuplicateKeyIsReportedAtTheDuplicate() throws {
        let claim = KnowledgeBaseExample.claim(
            replacing: "citations:", with: "category: efficacy\ncitations:")
        #expect(
            try Self.diagnostics(claim) == [
                "\(Self.path):12:1: error: invalid YAML: duplicate key 'category' (first at 11:1)"
                    + " [yaml-syntax]"
            ])
    }

    @Test func aDuplicateKeyInANestedMappingIsReportedAtTheDuplicate() throws {
        let claim = KnowledgeBaseExample.claim(
            replacing: "    stance: supports", with: "    stance: supports\n    stance: null")
        #expect(
            try Self.diagnostics(claim) == [
                "\(Self.path):15:5: error: invalid YAML: duplicate key 'stance' (first at 14:5)"
                    + " [yaml-syntax]"
            ])
    }

    @Test func aDuplicateKeyInAFlowMappingIsReportedAtTheDuplicate() throws {
        let claim = KnowledgeBaseExample.claim(
            replacing: "  - ref: ods\n    stance: supports",
            with: "  - {ref: ods, stance: supports,  stance: null}")
        #expect(
            try Self.diagnostics(claim) == [
                "\(Self.path):13:35: error: invalid YAML: duplicate key 'stance' (first at 13:16)"
                    + " [yaml-syntax]"
            ])
    }

    @Test func aKeyRepeatedInsideAValueIsNotTakenForTheDuplicate() throws {
        let claim = KnowledgeBaseExample.claim(
            replacing: "category: definition",
            with: "category: definition\nkeywords:\n  - \"category: x\"\ncategory: efficacy")
        #expect(
            try Self.diagnostics(claim) == [
                "\(Self.path):14:1: error: invalid YAML: duplicate key 'category' (first at 11:1)"
                    + " [yaml-syntax]"
            ])
    }

    @Test func controlCharactersInAnIDAreShownEscaped() throws {
        let claim = KnowledgeBaseExample.claim(
            replacing: "id: k2-is-a-vitamin", with: "id: \"k2\\0is\\ea\\u009Bvitamin\\n\"")
        let diagnostics = try Self.diagnostics(claim)
        #expect(
            diagnostics == [
                "\(Self.path):2:5: error: invalid claim id 'k2\\u{0}is\\u{1B}a\\u{9B}vitamin"
                    + "\\u{A}' (expected kebab-case: a-z, 0-9 and single hyphens) [malformed-value]"
            ])
        #expect(
            diagnostics.allSatisfy {
                !$0.unicodeScalars.contains { $0.properties.generalCategory == .control }
            })
    }

    @Test func controlCharactersInACSLIDAreShownEscaped() throws {
        let json = "[{\"id\": \"a\\u0000\\u001b[2Jb\"}]"
        let diagnostics = try validate(files: ["Sources-Refs/a.json": json]).1.map(\.description)
        #expect(
            diagnostics == [
                "Sources-Refs/a.json:1:9: error: invalid CSL item id 'a\\u{0}\\u{1B}[2Jb' (expected "
                    + "a local id of a-z, 0-9, '-' and '_') [malformed-value]"
            ])
    }
}
