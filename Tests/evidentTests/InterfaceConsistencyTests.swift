import EvidentKit
import EvidentTestSupport
import Foundation
import Testing

/// One interface across commands: `--kb` (alias `--root`) wherever a knowledge base is read,
/// `--index` wherever the index is, snake_case JSON keys, and nothing the knowledge base or
/// the index says dropped on the way.
@Suite("Consistent interface, no silent failures")
struct InterfaceConsistencyTests {
    static func temporaryKnowledgeBase(_ files: [String: String] = [:]) throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-interface-\(UUID().uuidString)", isDirectory: true)
        try KnowledgeBaseExample(files: files).write(to: root)
        return root
    }

    @Test(arguments: [
        ["validate"], ["report"], ["check"], ["suggest"], ["refs", "search"], ["rules"], ["new"],
        ["cite"], ["review"], ["serve"], ["edit"],
    ])
    func everyCommandReadingAKnowledgeBaseTakesKB(command: [String]) throws {
        let help = try EvidentBinary.run(command + ["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--kb, --root <dir>"), "\(command)")
    }

    @Test(arguments: [
        ["report"], ["check"], ["suggest"], ["refs", "search"], ["import"], ["serve"],
    ])
    func everyCommandReadingTheIndexTakesIndex(command: [String]) throws {
        let help = try EvidentBinary.run(command + ["--help"])
        #expect(help.stdout.contains("--index <path>"), "\(command)")
    }

    @Test func validateTakesKBAndStillRoot() throws {
        let root = try Self.temporaryKnowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let kb = try EvidentBinary.run(["validate", "--kb", root.path])
        let alias = try EvidentBinary.run(["validate", "--root", root.path])
        #expect(kb.status == 0, "\(kb.stderr)")
        #expect(kb.stdout.hasPrefix("2 claims, 1 document, 2 references: 0 errors"))
        #expect(alias.stdout == kb.stdout)
    }

    /// `report --index PATH` reads and refreshes the index at that path.
    @Test func reportReadsTheIndexItIsGiven() throws {
        let root = try Self.temporaryKnowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let index = root.appendingPathComponent("elsewhere/index.sqlite").path
        // Create the index (report only uses one that exists).
        let suggest = try EvidentBinary.run([
            "suggest", "k2-is-a-vitamin", "--kb", root.path, "--index", index,
        ])
        #expect(suggest.status == 0, "\(suggest.stderr)")
        let report = try EvidentBinary.run([
            "report", "--kb", root.path, "--index", index, "--format", "json",
            "--generated-at", "2026-11-24T12:00:00Z",
        ])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr == "")
        #expect(
            !FileManager.default.fileExists(atPath: root.appendingPathComponent(".evident").path))
    }

    /// When the index cannot be used, `report` and `check` say so before reading the files.
    @Test(arguments: [
        ["report", "--generated-at", "2026-11-24T12:00:00Z"], ["check", "-"],
    ])
    func anUnusableIndexIsSaidBeforeFallingBack(command: [String]) throws {
        let root = try Self.temporaryKnowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let index = root.appendingPathComponent("broken.sqlite")
        try Data(String(repeating: "not a database ", count: 100).utf8).write(to: index)
        let run = try EvidentBinary.run(
            command + ["--kb", root.path, "--index", index.path], input: "Plain words.")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("\(index.path): warning: cannot use the index ("))
        #expect(run.stderr.hasSuffix("); reading the knowledge-base files instead\n"))
    }

    /// `check` shows the knowledge base's errors instead of discarding them.
    @Test func checkShowsKnowledgeBaseErrors() throws {
        let claim = KnowledgeBaseExample.base["Claims/doc/k2-in-natto.yaml", default: ""]
            .replacingOccurrences(of: "doi:10.1000/natto", with: "doi:10.1000/nowhere")
        let root = try Self.temporaryKnowledgeBase(["Claims/doc/k2-in-natto.yaml": claim])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try EvidentBinary.run(["check", "-", "--kb", root.path], input: "Plain words.")
        #expect(run.status == 0)
        #expect(
            run.stderr
                == "\(root.path)/Claims/doc/k2-in-natto.yaml:8:10: error: citation "
                + "'doi:10.1000/nowhere' resolves to no reference in Sources-Refs/ "
                + "[unresolved-citation]\n")
    }

    @Test func refsSearchJSONKeysAreSnakeCase() throws {
        let root = try Self.temporaryKnowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try EvidentBinary.run([
            "refs", "search", "--kb", root.path, "--format", "json", "natto",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"first_author\""))
        let keys = run.stdout.split(separator: "\n").compactMap { line -> String? in
            guard let quote = line.firstIndex(of: "\""),
                let end = line[line.index(after: quote)...].firstIndex(of: "\""),
                line[line.index(after: end)...].hasPrefix(" :")
            else { return nil }
            return String(line[line.index(after: quote)..<end])
        }
        #expect(!keys.isEmpty)
        for key in keys {
            #expect(key == key.lowercased(), "\(key)")
        }
    }

    /// Every JSON Evident writes for itself (not SARIF or schema.org's JSON-LD, whose names are
    /// fixed by their schemas) uses snake_case keys: no key holds an upper-case letter.
    @Test(arguments: [
        ["validate", "--format", "json"], ["report", "--format", "json"],
        ["check", "--format", "json", "-"], ["rules", "--format", "json"],
        ["suggest", "k2-is-a-vitamin", "--format", "json"],
        ["refs", "search", "--format", "json", "natto"],
        ["refs", "parse", "--format", "jsonl", Self.pubMedFile],
    ])
    func everyJSONOutputHasSnakeCaseKeys(command: [String]) throws {
        let root = try Self.temporaryKnowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let kb = command[0] == "refs" && command[1] == "parse" ? [] : ["--kb", root.path]
        let run = try EvidentBinary.run(
            command + kb, environment: ["SOURCE_DATE_EPOCH": "1764000000"],
            input: "It cures gout, and it has no side effects.")
        #expect([0, 1].contains(run.status), "\(run.stderr)")
        let documents =
            command.contains("jsonl")
            ? run.stdout.split(separator: "\n").map(String.init) : [run.stdout]
        var keys: [String] = []
        for document in documents {
            let value = try JSONSerialization.jsonObject(with: Data(document.utf8))
            Self.collectKeys(value, into: &keys)
        }
        #expect(!keys.isEmpty, "\(command)")
        let camel = keys.filter { $0.contains(where: \.isUppercase) }
        #expect(camel.isEmpty, "\(command): \(Set(camel).sorted())")
    }

    /// A bundled PubMed record, for `refs parse`.
    static let pubMedFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources-Refs/pubmed-23525894.xml").path

    static func collectKeys(_ value: Any, into keys: inout [String]) {
        if let object = value as? [String: Any] {
            for (key, inner) in object {
                keys.append(key)
                collectKeys(inner, into: &keys)
            }
        } else if let array = value as? [Any] {
            for inner in array { collectKeys(inner, into: &keys) }
        }
    }
}
