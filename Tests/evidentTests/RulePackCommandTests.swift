import Foundation
import Testing

/// Rule packs users add: from a knowledge base's `Claims/rules/` and from `--rules DIR`, in the
/// built-in format, listed with their origin, self-tested by `rules --test`, and refused with
/// `path:line:col: error:` and exit 2 when malformed. Runs the real binary on temporary folders.
struct RulePackCommandTests {
    static let housePack = """
        # Our house style.
        classes:
          house-banned: [superfood, detox tea]
        rules:
          - id: house-no-superfood
            market: all
            severity: error
            category: overclaim
            message: "house style: '{match}' is banned in our copy"
            legal-basis: "House style guide, section 3"
            when: ["@house-banned"]
            examples:
              fail: ["A true superfood for your mornings."]
              pass: ["A nourishing breakfast."]
        """

    /// A knowledge base with one pack in `Claims/rules/`.
    static func knowledgeBase(pack: String = housePack) throws -> URL {
        let root = try CheckCommandTests.temporaryFolder()
        let rules = root.appendingPathComponent("Claims/rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try pack.write(
            to: rules.appendingPathComponent("house.yaml"), atomically: false, encoding: .utf8)
        return root
    }

    @Test func theKnowledgeBasePackChecksCopy() throws {
        let root = try Self.knowledgeBase()
        let result = try CheckCommandTests.run(
            ["check", "-"], input: "Our detox tea for busy mornings.", in: root)
        #expect(result.status == 1)
        #expect(
            result.stdout.hasPrefix(
                "-:1:5: error: house style: 'detox tea' is banned in our copy [house-no-superfood]\n"
            ))
        // The same folder as --kb from elsewhere.
        let elsewhere = try CheckCommandTests.run(
            ["check", "-", "--kb", root.path], input: "A superfood.")
        #expect(elsewhere.stdout.contains("[house-no-superfood]"))
        // The pack's folder is not a document: the knowledge base still validates.
        let validate = try CheckCommandTests.run(["validate"], in: root)
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
    }

    @Test func rulesListsTheOriginAndTestsTheExamples() throws {
        let root = try Self.knowledgeBase()
        let list = try CheckCommandTests.run(["rules"], in: root)
        #expect(list.status == 0)
        #expect(
            list.stdout.contains(
                "house-no-superfood (all, error, overclaim)\n"
                    + "  message: house style: '{match}' is banned in our copy\n"
                    + "  legal basis: House style guide, section 3\n"
                    + "  origin: Claims/rules/house.yaml\n"))
        #expect(list.stdout.contains("  origin: built-in\n"))
        let json = try CheckCommandTests.run(["rules", "--format", "json"], in: root)
        let rules =
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(
            rules?.first { $0["id"] as? String == "house-no-superfood" }?["origin"] as? String
                == "Claims/rules/house.yaml")
        let test = try CheckCommandTests.run(["rules", "--test"], in: root)
        #expect(test.status == 0, "\(test.stdout)")
        #expect(test.stdout.hasSuffix("failed\n") && test.stdout.contains("; 0 failed\n"))
    }

    @Test func aFailingExampleFailsTheSelfTest() throws {
        let root = try Self.knowledgeBase(
            pack: Self.housePack.replacingOccurrences(
                of: "pass: [\"A nourishing breakfast.\"]",
                with: "pass: [\"A superfood breakfast.\"]"))
        let test = try CheckCommandTests.run(["rules", "--test"], in: root)
        #expect(test.status == 1)
        #expect(
            test.stdout.hasPrefix(
                "FAILED house-no-superfood (Claims/rules/house.yaml) pass example fired: "
                    + "A superfood breakfast.\n  rules that fired: house-no-superfood\n"))
        #expect(test.stdout.hasSuffix("; 1 failed\n"))
    }

    /// A pack with an evidence rule and the graded claims its examples run against.
    static let evidencePack = """
        example-claims:
          - id: zinc-shortens-colds
            statement: Zinc lozenges shorten the common cold.
            subjects: [zinc]
            outcome: duration of the common cold
            keywords: [cold, colds, common cold]
            verdict: unsupported
            certainty: very-low
        rules:
          - id: house-unsupported
            market: all
            severity: error
            category: unsupported-by-evidence
            kind: evidence
            verdicts: [unsupported]
            message: "house: '{claim}' is graded {verdict}"
            legal-basis: "House style guide, section 4"
            examples:
              fail: ["Zinc lozenges shorten the common cold."]
              pass: ["Zinc is a mineral."]
        """

    /// A pack of `--rules` or `Claims/rules/` carries the graded example claims its evidence
    /// rules' examples run against, so `rules --test` tests them; without them the example
    /// cannot fire (the built-in claims belong to the built-in packs).
    @Test func aPacksOwnExampleClaimsTestItsEvidenceRules() throws {
        let folder = try CheckCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let packs = folder.appendingPathComponent("packs")
        try FileManager.default.createDirectory(at: packs, withIntermediateDirectories: true)
        let file = packs.appendingPathComponent("house.yaml")
        try Self.evidencePack.write(to: file, atomically: false, encoding: .utf8)
        let test = try CheckCommandTests.run(["rules", "--test", "--rules", "packs"], in: folder)
        #expect(test.status == 0, "\(test.stdout)")
        #expect(test.stdout.hasSuffix("; 0 failed\n"))
        let inKnowledgeBase = try Self.knowledgeBase(pack: Self.evidencePack)
        defer { try? FileManager.default.removeItem(at: inKnowledgeBase) }
        let kbTest = try CheckCommandTests.run(["rules", "--test"], in: inKnowledgeBase)
        #expect(kbTest.status == 0, "\(kbTest.stdout)")
        let bare = Self.evidencePack.components(separatedBy: "rules:\n").last ?? ""
        try ("rules:\n" + bare).write(to: file, atomically: false, encoding: .utf8)
        let without = try CheckCommandTests.run(
            ["rules", "--test", "--rules", "packs"], in: folder)
        #expect(without.status == 1)
        #expect(
            without.stdout.hasPrefix(
                "FAILED house-unsupported (packs/house.yaml) fail example did not fire: "
                    + "Zinc lozenges shorten the common cold.\n"))
        #expect(without.stdout.hasSuffix("; 1 failed\n"))
    }

    /// A malformed example claim stops `check` and `rules` at its position.
    @Test(arguments: [
        (
            "    verdict: unsupported", "    verdict: wrong",
            "Claims/rules/house.yaml:7:14: error: example claim 'zinc-shortens-colds': invalid "
                + "value 'wrong' for 'verdict'\n"
        ),
        (
            "    outcome:", "    outcom:",
            "Claims/rules/house.yaml:5:5: error: example claim 'zinc-shortens-colds': unknown key "
                + "'outcom' (expected one of: id, statement, subjects, outcome, keywords, verdict, "
                + "certainty)\n"
        ),
        (
            "  - id: zinc-shortens-colds", "  - id: Zinc_Colds",
            "Claims/rules/house.yaml:2:9: error: invalid example claim id 'Zinc_Colds' (expected "
                + "kebab-case)\n"
        ),
    ])
    func aBadExampleClaimIsPinpointed(_ old: String, _ new: String, _ message: String) throws {
        let root = try Self.knowledgeBase(
            pack: Self.evidencePack.replacingOccurrences(of: old, with: new))
        defer { try? FileManager.default.removeItem(at: root) }
        for arguments in [["check", "-"], ["rules", "--test"]] {
            let result = try CheckCommandTests.run(arguments, input: "Zinc.", in: root)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr == message, "\(arguments)")
        }
    }

    @Test func extraFoldersComeFromTheRulesOption() throws {
        let folder = try CheckCommandTests.temporaryFolder()
        let packs = folder.appendingPathComponent("packs")
        try FileManager.default.createDirectory(at: packs, withIntermediateDirectories: true)
        try Self.housePack.write(
            to: packs.appendingPathComponent("house.yaml"), atomically: false, encoding: .utf8)
        let result = try CheckCommandTests.run(
            ["check", "-", "--rules", "packs"], input: "A superfood.", in: folder)
        #expect(result.stdout.contains("[house-no-superfood]"))
        let list = try CheckCommandTests.run(["rules", "--rules", "packs"], in: folder)
        #expect(list.stdout.contains("  origin: packs/house.yaml\n"))
        let missing = try CheckCommandTests.run(["rules", "--rules", "nowhere"], in: folder)
        #expect(missing.status == 2)
        #expect(
            missing.stderr.hasSuffix(
                "nowhere: error: no such folder (expected a folder of rule packs)\n"))
    }

    @Test(arguments: [
        (
            "when: [\"@house-banned\"]", "when: [\"@house-bannd\"]",
            "Claims/rules/house.yaml:5:5: error: rule 'house-no-superfood': unknown class "
                + "'@house-bannd' in pattern '@house-bannd' (expected a class of lexicon.yaml or "
                + "of a pack's 'classes')\n"
        ),
        (
            "severity: error", "severity: fatal",
            "Claims/rules/house.yaml:7:15: error: rule 'house-no-superfood': invalid value "
                + "'fatal' for 'severity'\n"
        ),
        (
            "    when:", "    whenever:",
            "Claims/rules/house.yaml:11:5: error: rule 'house-no-superfood': unknown key 'whenever'"
        ),
    ])
    func aBadPackIsPinpointed(_ old: String, _ new: String, _ message: String) throws {
        let root = try Self.knowledgeBase(
            pack: Self.housePack.replacingOccurrences(of: old, with: new))
        for arguments in [["check", "-"], ["rules"], ["rules", "--test"]] {
            let result = try CheckCommandTests.run(arguments, input: "A superfood.", in: root)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
        }
    }
}
