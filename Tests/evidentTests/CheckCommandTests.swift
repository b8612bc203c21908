import EvidentTestSupport
import Foundation
import Testing

/// Runs the real `evident` binary: output formats, inputs and exit codes of `evident check`.
struct CheckCommandTests {
    static let article = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/seed/vitamin-k2-article.txt").path

    /// Runs `evident` outside the repository (so without a knowledge base) unless
    /// `directory` is given; standard input is `input`, or empty.
    static func run(_ arguments: [String], input: String? = nil, in directory: URL? = nil) throws
        -> EvidentBinary.Run
    {
        try EvidentBinary.run(arguments, input: input ?? "", in: try directory ?? temporaryFolder())
    }

    /// A new empty folder, removed when the test process exits.
    static func temporaryFolder() throws -> URL {
        try ScratchFolder.make("evident-check")
    }

    @Test func theArticleFailsWithCompilerStyleFindings() throws {
        let empty = try Self.temporaryFolder()
        let result = try Self.run(["check", Self.article, "--market", "us"], in: empty)
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "\(Self.article):14:186: error: disease claim: the copy presents 'Parkinson’s disease' as a disease the product acts on [disease-claim]\n"
                    + "…, which together with calcium produces bone, increases bone density, "
                    + "prevents fractures, and treats Parkinson’s disease.\n"
                    + String(repeating: " ", count: 101) + "^" + String(repeating: "~", count: 18)
                    + "\n"))
        // Long lines are shown as a window of at most 120 columns (plus the `…` marks).
        let shown = result.stdout.split(separator: "\n").filter {
            !$0.hasPrefix(Self.article)
        }
        #expect(shown.allSatisfy { $0.count <= 122 })
        #expect(result.stdout.contains("\(Self.article):38:69: error: absolute safety claim"))
        let summary = try #require(result.stdout.split(separator: "\n").last)
        #expect(summary.hasSuffix("in 1 file"))
    }

    @Test func standardInputAndTheAuthorisedWordingsPass() throws {
        let result = try Self.run(
            ["check", "-", "--market", "eu"],
            input: "Vitamin K contributes to normal blood clotting.\n"
                + "Vitamin K contributes to the maintenance of normal bones.\n")
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("0 errors, 1 warning, 3 infos in 1 file\n"))
        // The authorised claim is named with its register entry and conditions of use.
        #expect(
            result.stdout.contains(
                "-:2:1: info: authorised health claim (POL-HC-6524, Art 13(1)) for 'Vitamin K': "
                    + "\"Vitamin K contributes to the maintenance of normal bones\"; conditions of "
                    + "use: The claim may be used only for food which is at least a source of "
                    + "vitamin K"))
    }

    @Test func failOnWarning() throws {
        // Warnings only in the US (in the EU an unauthorised health claim is an error).
        let result = try Self.run(
            ["check", "-", "--market", "us", "--fail-on", "warning"],
            input: "Guaranteed to support your bones.")
        #expect(result.status == 1)
        let lenient = try Self.run(
            ["check", "-", "--market", "us"], input: "Guaranteed to support your bones.")
        #expect(lenient.status == 0)
    }

    @Test func jsonAndSarifFormats() throws {
        let json = try Self.run(["check", "-", "--format", "json"], input: "It cures gout.")
        #expect(json.status == 1)
        let object =
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let files = object?["files"] as? [[String: Any]]
        #expect(files?.first?["path"] as? String == "-")
        let sarif = try Self.run(["check", "-", "--format", "sarif"], input: "It cures gout.")
        #expect(sarif.stdout.contains("\"version\" : \"2.1.0\""))
        #expect(sarif.status == 1)
    }

    @Test func sarifPointsIntoTheFileAsWritten() throws {
        let folder = try Self.temporaryFolder()
        let pages = folder.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try "<p>It <b>cures</b>\ngout.</p>\n".write(
            to: pages.appendingPathComponent("a b.html"), atomically: false, encoding: .utf8)
        let result = try Self.run(
            ["check", "./pages/../pages/a b.html", "--format", "sarif"], in: folder)
        #expect(result.status == 1)
        let log = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let base = try #require(
            (run["originalUriBaseIds"] as? [String: [String: String]])?["SRCROOT"]?["uri"])
        #expect(base.hasPrefix("file:///") && base.hasSuffix("/"))
        let results = try #require(run["results"] as? [[String: Any]])
        let disease = try #require(results.first { $0["ruleId"] as? String == "disease-claim" })
        let physical = try #require(
            (disease["locations"] as? [[String: Any]])?.first?["physicalLocation"]
                as? [String: Any])
        let artifact = try #require(physical["artifactLocation"] as? [String: String])
        #expect(artifact == ["uri": "pages/a%20b.html", "uriBaseId": "SRCROOT"])
        let region = try #require(physical["region"] as? [String: Any])
        #expect((region["snippet"] as? [String: String])?["text"] == "gout")
        #expect(disease["partialFingerprints"] is [String: String])
        let rules = try #require(
            ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"]
                as? [[String: Any]])
        for rule in rules {
            let short = (rule["shortDescription"] as? [String: String])?["text"] ?? "{}"
            #expect(!short.contains("{"), "\(short)")
        }
    }

    @Test func foldersAreSearchedByExtension() throws {
        let folder = try Self.temporaryFolder()
        let sub = folder.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try "Our tea cures gout.".write(
            to: folder.appendingPathComponent("a.md"), atomically: false, encoding: .utf8)
        try "<p>It treats asthma.</p>".write(
            to: sub.appendingPathComponent("b.html"), atomically: false, encoding: .utf8)
        try "It cures cancer.".write(
            to: folder.appendingPathComponent("c.png"), atomically: false, encoding: .utf8)
        let result = try Self.run(["check", folder.path, "--format", "json"])
        let object =
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let paths = (object?["files"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
        #expect(paths == [folder.path + "/a.md", folder.path + "/sub/b.html"])
    }

    @Test func unreadableInputExitsTwo() throws {
        let result = try Self.run(["check", "/nonexistent/copy.txt"])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "/nonexistent/copy.txt: error: cannot read input (no such file or folder)\n")
    }

    @Test func badUsageExitsSixtyFour() throws {
        #expect(try Self.run(["check"]).status == 64)
        #expect(try Self.run(["check", "-", "--market", "jp"]).status == 64)
        #expect(try Self.run(["check", "-", "--threshold", "2"]).status == 64)
        #expect(try Self.run(["check", "-", "--format", "xml"]).status == 64)
    }
}

/// The article against the repository's own knowledge base (`Claims/`, `Sources-Refs/`).
struct CheckKnowledgeBaseTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func findings(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try CheckCommandTests.run(arguments)
        let object =
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let files = object?["files"] as? [[String: Any]]
        return files?.first?["findings"] as? [[String: Any]] ?? []
    }

    @Test func statementsAreLinkedToTheirClaimsWithVerdicts() throws {
        let findings = try Self.findings([
            "check", CheckCommandTests.article, "--kb", Self.root.path, "--format", "json",
        ])
        func claim(line: Int, rule: String) -> (String?, String?)? {
            findings.first { $0["line"] as? Int == line && $0["rule"] as? String == rule }
                .map { ($0["claim_id"] as? String, $0["verdict"] as? String) }
        }
        let cirrhosis = try #require(claim(line: 15, rule: "disease-claim"))
        #expect(cirrhosis.0 == "k2-prevents-cirrhosis-to-liver-cancer")
        #expect(cirrhosis.1 != nil)
        // Each finding links the claim of its own clause.
        let parkinson = findings.first { ($0["text"] as? String) == "Parkinson’s disease" }
        #expect(parkinson?["claim_id"] as? String == "k2-treats-parkinsons")
        #expect(claim(line: 16, rule: "biomarker-claim")?.0 == "k2-lowers-blood-pressure")
        let clotting = try #require(claim(line: 38, rule: "absolute-safety"))
        #expect(clotting.0 == "vitamin-k-no-abnormal-clotting-or-thrombosis")
        let linked = findings.filter { $0["claim_id"] is String }
        #expect(linked.count >= 20)
        #expect(findings.contains { $0["rule"] as? String == "unsupported-by-evidence" })
        // Questions are never linked to claims.
        #expect(!findings.contains { $0["line"] as? Int == 23 && $0["claim_id"] is String })
    }

    /// Copy about the omega-3 article reaches its claims by concepts (no omega-3 word in
    /// Swift): each paragraph's evidence finding names the claim, with the concepts shared;
    /// unrelated copy names none.
    @Test func omega3CopyReachesItsClaimsByConcepts() throws {
        let copy = [
            "Expectant mothers who take omega-3 have fewer premature babies.",
            "Our molecularly distilled fish oil contains no mercury.",
            "Fish oil helps your heart keep a steady rhythm.",
            "Heart attack survivors who take fish oil live longer.",
            "Our warehouse ships orders every day.",
        ]
        let result = try CheckCommandTests.run(
            ["check", "-", "--kb", Self.root.path, "--format", "json"],
            input: copy.joined(separator: "\n\n") + "\n")
        let data = Data(result.stdout.utf8)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let files = try #require(object?["files"] as? [[String: Any]])
        let findings = try #require(files.first?["findings"] as? [[String: Any]])
        // The sentence's own evidence finding (a finding on a clause may link that clause's).
        func first(line: Int) -> [String: Any]? {
            findings.first {
                $0["line"] as? Int == line && $0["claim_id"] is String
                    && ($0["rule"] as? String)?.hasSuffix("-by-evidence") == true
            }
        }
        #expect(first(line: 1)?["claim_id"] as? String == "pregnancy-lowers-preterm-birth")
        #expect(first(line: 3)?["claim_id"] as? String == "purified-fish-oil-little-mercury")
        #expect(first(line: 5)?["claim_id"] as? String == "protects-against-atrial-fibrillation")
        #expect(first(line: 7)?["claim_id"] as? String == "post-mi-dramatic-mortality-reduction")
        #expect(first(line: 9) == nil)
        let message = try #require(first(line: 1)?["message"] as? String)
        #expect(message.contains("matched: "))
        #expect(message.contains("preterm-birth"))
    }

    @Test func aMissingKnowledgeBaseExitsTwo() throws {
        let result = try CheckCommandTests.run(
            ["check", "-", "--kb", "/nonexistent/kb"], input: "x")
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "/nonexistent/kb: error: cannot read the knowledge base: no such folder\n")
    }
}
