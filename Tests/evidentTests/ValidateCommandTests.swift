import EvidentKit
import EvidentPubMed
import EvidentTestSupport
import Foundation
import Testing

/// `evident validate` run as a real process: output, formats and exit codes.
struct ValidateCommandTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func evident(_ arguments: [String]) throws -> EvidentBinary.Run {
        try EvidentBinary.run(arguments)
    }

    func temporaryKnowledgeBase(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-validate-\(UUID().uuidString)", isDirectory: true)
        try KnowledgeBaseExample(files: files).write(to: root)
        return root
    }

    /// The bundled knowledge base has no errors; its only warnings are the PubMed records
    /// reconstructed from verified facts, which lack parts the DTD requires.
    @Test func bundledKnowledgeBaseIsCleanButForPartialRecords() throws {
        let run = try evident(["validate", "--kb", Self.repositoryRoot.path])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let warnings = lines.dropLast()
        #expect(!warnings.isEmpty)
        #expect(warnings.allSatisfy { $0.hasSuffix("[pubmed-dtd-invalid]") })
        #expect(
            lines.last?.contains(" 0 errors, \(warnings.count) warnings (fingerprint ") == true)
    }

    /// Every `Sources-Refs/*.xml` is either valid against the PubMed DTD or named by `validate`
    /// with a DTD warning that says what it lacks.
    @Test func everyPubMedFileIsValidOrNamed() throws {
        let run = try evident(["validate", "--kb", Self.repositoryRoot.path])
        let folder = Self.repositoryRoot.appendingPathComponent("Sources-Refs")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".xml") || $0.hasSuffix(".xml.gz") }.sorted()
        #expect(!files.isEmpty)
        for file in files {
            let path = folder.appendingPathComponent(file).path
            let valid = try PubMedDTD.validate(path: path) == nil
            let named = run.stdout.split(separator: "\n").contains {
                $0.hasPrefix("\(Self.repositoryRoot.path)/Sources-Refs/\(file):")
                    && $0.contains(
                        ": warning: not valid against the PubMed DTD (pubmed_250101.dtd): missing ")
                    && $0.hasSuffix("[pubmed-dtd-invalid]")
            }
            #expect(valid != named, "\(file): valid \(valid), named \(named)")
        }
    }

    @Test func findingsAtOrAboveFailOnExitOne() throws {
        let claim = KnowledgeBaseExample.base["Claims/doc/k2-is-a-vitamin.yaml", default: ""]
            .replacingOccurrences(of: "stance: supports", with: "stance: proves")
        let root = try temporaryKnowledgeBase(["Claims/doc/k2-is-a-vitamin.yaml": claim])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try evident(["validate", "--root", root.path])
        #expect(run.status == 1)
        #expect(
            run.stdout == """
                \(root.path)/Claims/doc/k2-is-a-vitamin.yaml:14:13: error: unknown stance 'proves' (expected one of: supports, contradicts, null, mixed, background) [unknown-value]
                2 claims, 1 document, 2 references: 1 error, 0 warnings (fingerprint \(try fingerprint(root)))

                """)
    }

    @Test func warningsFailOnlyWithFailOnWarning() throws {
        let root = try temporaryKnowledgeBase(["Claims/doc/k2-in-natto.yaml": ""])
        defer { try? FileManager.default.removeItem(at: root) }
        let lenient = try evident(["validate", "--root", root.path])
        #expect(lenient.status == 0)
        #expect(
            lenient.stdout.split(separator: "\n").first
                == "\(root.path)/Claims/doc/_document.yaml:11:28: warning: statement not covered by any claim: 'It is found in natto.' [uncovered-statement]"
        )
        let strict = try evident(["validate", "--root", root.path, "--fail-on", "warning"])
        #expect(strict.status == 1)
        #expect(strict.stdout == lenient.stdout)
    }

    @Test func jsonFormatIsSortedAndComplete() throws {
        let root = try temporaryKnowledgeBase(["Claims/doc/k2-in-natto.yaml": ""])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try evident(["validate", "--root", root.path, "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json.keys.sorted() == ["diagnostics", "summary"])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["id"] as? String == "uncovered-statement")
        #expect(diagnostics.first?["severity"] as? String == "warning")
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["claims"] as? Int == 1)
        #expect(summary["warnings"] as? Int == 1)
        #expect(summary["errors"] as? Int == 0)
        #expect(
            run.stdout.contains("\"diagnostics\" : [") && run.stdout.contains("\"summary\" : {"))
    }

    @Test func unreadableKnowledgeBaseExitsTwo() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent(
            "no-kb-\(UUID().uuidString)")
        let run = try evident(["validate", "--root", missing.path])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(
            run.stderr == "\(missing.path): error: cannot read the knowledge base: no such folder\n"
        )
    }

    @Test func badUsageExits64() throws {
        let run = try evident(["validate", "--fail-on", "never"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--fail-on"))
    }

    @Test func listChecksShowsEveryCheck() throws {
        let run = try evident(["validate", "--list-checks"])
        #expect(run.status == 0)
        let ids = run.stdout.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
        #expect(ids == KnowledgeBaseCheck.all.map(\.id))
        #expect(run.stdout.contains("unresolved-citation            error    A citation whose key"))
    }

    @Test func explainShowsTheExamplesThatAreTheTests() throws {
        let run = try evident(["validate", "--explain", "unknown-value"])
        #expect(run.status == 0)
        let check = try #require(KnowledgeBaseCheck.named("unknown-value"))
        #expect(
            run.stdout.hasPrefix(
                "unknown-value (error)\n\(check.summary)\n\n"
                    + "Failing example, laid over the base knowledge base:\n"
                    + "  Claims/doc/k2-is-a-vitamin.yaml:\n    schema: evident-claim/1\n"))
        #expect(
            run.stdout.contains(
                "        stance: proves\nprints:\n  \(try check.examples().failing.diagnostics[0])\n"
            ))
        #expect(
            run.stdout.hasSuffix(
                "Passing example (prints nothing):\n  (the base knowledge base, unchanged)\n"))
        let unknown = try evident(["validate", "--explain", "nope"])
        #expect(unknown.status == 64)
        #expect(
            unknown.stderr.hasPrefix("Error: unknown check 'nope' (expected one of: yaml-syntax, "))
    }

    func fingerprint(_ root: URL) throws -> String {
        String(try KnowledgeBaseLoader().load(root: root).knowledgeBase.fingerprint.prefix(12))
    }
}
