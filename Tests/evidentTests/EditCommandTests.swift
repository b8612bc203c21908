import EvidentKit
import Foundation
import Testing

/// `evident edit` run as a real process: it clears or sets `status: draft`, replaces a
/// statement or category, and turns a draft that asserts nothing into a non-claim of its
/// document — changing only those bytes, keeping comments and order, writing nothing when it
/// refuses.
@Suite("evident edit")
struct EditCommandTests {
    static let draftPath = "Claims/magnesium/heavy-drinking-lowers-magnesium-levels.yaml"
    static let documentPath = "Claims/magnesium/_document.yaml"

    /// A knowledge base drafted from `Articles/magnesium.txt` by `evident new`.
    func drafted() throws -> URL {
        let root = try NewCommandTests().temporaryFolder()
        let article = NewCommandTests.articles.appendingPathComponent("magnesium.txt").path
        let run = try evident(["new", "--id", "magnesium", article], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        return root
    }

    func evident(_ arguments: [String], in root: URL) throws -> EvidentBinary.Run {
        try EvidentBinary.run(
            arguments, environment: ["SOURCE_DATE_EPOCH": "1795000000"], in: root)
    }

    func read(_ root: URL, _ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func write(_ root: URL, _ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(path))
    }

    /// The number of drafts `evident validate` lists, after checking it is clean (no error,
    /// no warning: every statement covered).
    func drafts(_ root: URL) throws -> Int {
        let validate = try evident(["validate", "--fail-on", "warning"], in: root)
        #expect(validate.status == 0, "\(validate.stdout)")
        let summary = validate.stdout.split(separator: "\n").last.map(String.init) ?? ""
        let count = try #require(summary.firstMatch(of: /, (\d+) drafts?/)?.1)
        return try #require(Int(count))
    }

    @Test func statusCheckedRemovesTheDraftKeyAndNothingElse() throws {
        let root = try drafted()
        defer { try? FileManager.default.removeItem(at: root) }
        // A hand comment and a hand-edited line must survive.
        let drafted = try read(root, Self.draftPath)
        #expect(drafted.contains("status: draft\n"))
        let edited = "# Checked against the NIH fact sheet.\n" + drafted + "# end\n"
        try write(root, Self.draftPath, edited)
        let drafts = try drafts(root)

        let checked = try evident(
            ["edit", "heavy-drinking-lowers-magnesium-levels", "--status", "checked"], in: root)
        #expect(checked.stderr == "")
        #expect(checked.status == 0)
        #expect(
            checked.stdout
                == "\(Self.draftPath): claim 'heavy-drinking-lowers-magnesium-levels' checked "
                + "(no longer a draft)\n")
        let done = edited.replacingOccurrences(of: "status: draft\n", with: "")
        #expect(try read(root, Self.draftPath) == done)
        #expect(try self.drafts(root) == drafts - 1)

        // Back to a draft: the key returns where the schema puts it, the file as it was.
        let back = try evident(
            ["edit", "heavy-drinking-lowers-magnesium-levels", "--status", "draft"], in: root)
        #expect(back.status == 0)
        #expect(try read(root, Self.draftPath) == edited)
    }

    @Test func statementAndCategoryChangeOnlyTheirLines() throws {
        let root = try drafted()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try read(root, Self.draftPath)
        let category = try #require(
            before.split(separator: "\n").first { $0.hasPrefix("category: ") })
        let run = try evident(
            [
                "edit", "heavy-drinking-lowers-magnesium-levels", "--statement",
                "Heavy alcohol use lowers serum magnesium: a \"review\" says so.",
                "--category", "mechanism", "--status", "checked",
            ], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout
                == "\(Self.draftPath): claim 'heavy-drinking-lowers-magnesium-levels' checked "
                + "(no longer a draft), statement changed, category 'mechanism'\n")
        let expected =
            before
            .replacingOccurrences(of: "status: draft\n", with: "")
            .replacingOccurrences(
                of: "statement: Heavy drinking lowers magnesium levels.\n",
                with:
                    "statement: \"Heavy alcohol use lowers serum magnesium: a \\\"review\\\" says so.\"\n"
            )
            .replacingOccurrences(of: category + "\n", with: "category: mechanism\n")
        #expect(try read(root, Self.draftPath) == expected)
        let claim = try #require(
            try NewCommandTests().claims(root, "magnesium").first {
                $0.id.rawValue == "heavy-drinking-lowers-magnesium-levels"
            })
        #expect(
            claim.statement == "Heavy alcohol use lowers serum magnesium: a \"review\" says so.")
        #expect(claim.category == .mechanism)
        #expect(claim.status == nil)
        _ = try drafts(root)
    }

    @Test func aDraftThatAssertsNothingBecomesANonClaim() throws {
        let root = try drafted()
        defer { try? FileManager.default.removeItem(at: root) }
        let document = try read(root, Self.documentPath)
        let drafts = try drafts(root)
        let folder = root.appendingPathComponent("Claims/magnesium")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.contains("60-stored-bones.yaml"))

        let run = try evident(["edit", "60-stored-bones", "--non-claim", "background"], in: root)
        #expect(run.stderr == "")
        #expect(run.status == 0)
        #expect(
            run.stdout == """
                \(Self.documentPath): added non-claim (background): About 60% of it is stored in the bones.
                Claims/magnesium/60-stored-bones.yaml: deleted (claim '60-stored-bones')

                """)
        // The document gains one non-claims item after the others; nothing else changes.
        let item = "  - text: \"About 60% of it is stored in the bones.\"\n    reason: background\n"
        let after = try read(root, Self.documentPath)
        #expect(after.components(separatedBy: item).count == 2)
        #expect(after.replacingOccurrences(of: item, with: "") == document)
        let lastItem = try #require(after.range(of: item))
        #expect(after[lastItem.upperBound...].hasPrefix("# The full text"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                == files.filter { $0 != "60-stored-bones.yaml" })
        // Every statement still covered; `new` drafts it again never.
        #expect(try self.drafts(root) == drafts - 1)
        let again = try evident(
            [
                "new", "--id", "magnesium",
                NewCommandTests.articles.appendingPathComponent("magnesium.txt").path,
            ], in: root)
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("nothing new: every statement is quoted"))
    }

    @Test func refusedEditsWriteNothing() throws {
        let root = try drafted()
        defer { try? FileManager.default.removeItem(at: root) }
        // A claim with a citation keeps it: it is not turned into a non-claim.
        let cited = try read(root, Self.draftPath).replacingOccurrences(
            of: "citations: []\n",
            with: "citations:\n  - ref: \"ods\"\n    stance: supports\n")
        try write(root, Self.draftPath, cited)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("Sources-Refs"), withIntermediateDirectories: true)
        try write(
            root, "Sources-Refs/facts.json",
            #"[{"id": "ods", "type": "webpage", "title": "Magnesium fact sheet"}]"#)
        let folder = root.appendingPathComponent("Claims/magnesium")
        let snapshot = try NewCommandTests().snapshot(folder)
        let cases: [([String], Int32, String)] = [
            (
                ["edit", "heavy-drinking-lowers-magnesium-levels", "--non-claim", "aside"], 64,
                "error: claim 'heavy-drinking-lowers-magnesium-levels' has 1 citation and 0 "
                    + "reviews; a non-claim keeps neither (remove them from the claim file first)\n"
            ),
            (
                ["edit", "no-such-claim", "--status", "checked"], 64,
                "error: unknown claim 'no-such-claim' (no claim file declares this id)\n"
            ),
            (
                ["edit", "60-stored-bones", "--non-claim", "  "], 64,
                "error: the non-claim's reason is empty or not one line (expected a word such as "
                    + "heading, question, aside)\n"
            ),
            (
                ["edit", "60-stored-bones", "--statement", " "], 64,
                "error: the statement is empty\n"
            ),
            (
                ["edit", "60-stored-bones", "--status", "checked", "--expect-version", "0"], 2,
                "Claims/magnesium/60-stored-bones.yaml: error: the file changed since it was read "
                    + "(expected version '0', found '"
            ),
        ]
        for (arguments, status, message) in cases {
            let run = try evident(arguments, in: root)
            #expect(run.status == status, "\(arguments)")
            #expect(run.stderr.hasPrefix(message), "\(arguments)")
            #expect(try NewCommandTests().snapshot(folder) == snapshot, "\(arguments)")
        }
        let usage: [([String], String)] = [
            (["edit", "60-stored-bones"], "nothing to change (expected --status, --statement"),
            (
                ["edit", "60-stored-bones", "--non-claim", "aside", "--status", "checked"],
                "--non-claim is given alone"
            ),
            (["edit", "60-stored-bones", "--status", "done"], "'done'"),
        ]
        for (arguments, message) in usage {
            let run = try evident(arguments, in: root)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
        }
        #expect(try NewCommandTests().snapshot(folder) == snapshot)
    }

    @Test func aFailedWriteLeavesEveryFileAsItWas() throws {
        let root = try drafted()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("Claims/magnesium")
        let snapshot = try NewCommandTests().snapshot(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        for arguments in [
            ["edit", "60-stored-bones", "--non-claim", "background"],
            ["edit", "60-stored-bones", "--statement", String(repeating: "Long. ", count: 150)],
        ] {
            let run = try EvidentBinary.run(
                arguments, environment: ["SOURCE_DATE_EPOCH": "1795000000"], in: root,
                fileSizeLimit: 1)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.contains("error: cannot write the file (file too large)"))
            #expect(try NewCommandTests().snapshot(folder) == snapshot)
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == names)
        }
    }
}

extension EditCommandTests {
    /// A review signs off a checked claim: a draft is refused, naming the claim and its status,
    /// and nothing is written; once checked, it can be reviewed.
    @Test func reviewOfADraftIsRefused() throws {
        let root = try drafted()
        defer { try? FileManager.default.removeItem(at: root) }
        let id = "heavy-drinking-lowers-magnesium-levels"
        let before = try read(root, Self.draftPath)
        let review = [
            "review", id, "--reviewer", "Ann Lee", "--decision", "approve", "--reason", "ok",
        ]
        let refused = try evident(review, in: root)
        #expect(refused.status == 64)
        #expect(
            refused.stderr
                == "error: claim '\(id)' is a draft ('status: draft' in \(Self.draftPath)) and "
                + "cannot be reviewed: check its statement, category and subjects, then run "
                + "'evident edit \(id) --status checked'\n")
        #expect(try read(root, Self.draftPath) == before)
        #expect(try evident(["edit", id, "--status", "checked"], in: root).status == 0)
        let reviewed = try evident(review, in: root)
        #expect(reviewed.status == 0, "\(reviewed.stderr)")
        #expect(try read(root, Self.draftPath).contains("reviews:\n  - reviewer: Ann Lee\n"))
    }
}
