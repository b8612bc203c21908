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
