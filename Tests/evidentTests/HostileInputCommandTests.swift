import EvidentStore
import Foundation
import Testing

/// Hostile PubMed files through the real binary: every command that reads them refuses them
/// alike, with `path:line:col: error:`.
@Suite("Hostile PubMed input through the CLI")
struct HostileInputCommandTests {
    typealias T = ImportTestSupport

    static let nestingMessage =
        "elements nested deeper than 256 levels (PubMed XML nests about a dozen; refusing "
        + "unbounded input)"

    /// A knowledge base whose only reference file nests 300 elements, one per line.
    static func deepKnowledgeBase() throws -> URL {
        let root = try T.temporaryDirectory()
        let refs = root.appendingPathComponent("Sources-Refs")
        try FileManager.default.createDirectory(at: refs, withIntermediateDirectories: true)
        let xml =
            "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n"
            + String(repeating: "<a>\n", count: 300)
        try Data(xml.utf8).write(to: refs.appendingPathComponent("deep.xml"))
        return root
    }

    @Test func nestingIsRefusedAlikeByParseImportAndValidate() throws {
        let root = try Self.deepKnowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("Sources-Refs/deep.xml").path
        let expected = "\(file):258:3: error: \(Self.nestingMessage)\n"

        let parse = try T.run(["refs", "parse", file])
        #expect(parse.status == 2)
        #expect(parse.stdout.isEmpty)
        #expect(parse.stderr == expected)

        let index = root.appendingPathComponent("index.sqlite").path
        let imported = try T.run(["import", "--index", index, file])
        #expect(imported.status == 2)
        #expect(imported.stderr == expected)

        let validate = try T.run(["validate", "--root", root.path])
        #expect(validate.status == 1)
        #expect(
            validate.stdout.hasPrefix(
                "\(root.path)/Sources-Refs/deep.xml:258:3: error: unreadable PubMed XML: "
                    + "\(Self.nestingMessage) [reference-file-unreadable]\n"))
    }

    @Test func trailingBytesAfterGzipFailTheImportAndLeaveTheIndexAsItWas() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = dir.appendingPathComponent("index.sqlite").path
        let baseline = T.fixture("baseline.xml")
        #expect(try T.run(["import", "--index", index, baseline]).status == 0)
        let dump = try IndexDatabase(path: index).logicalDump()

        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-c", T.fixture("update.xml")]
        let pipe = Pipe()
        gzip.standardOutput = pipe
        try gzip.run()
        let member = pipe.fileHandleForReading.readDataToEndOfFile()
        gzip.waitUntilExit()
        let file = dir.appendingPathComponent("update.xml.gz")
        try (member + Data("<!-- appended -->\n".utf8)).write(to: file)

        let parse = try T.run(["refs", "parse", "--format", "none", file.path])
        #expect(parse.status == 2)
        #expect(
            parse.stderr.hasSuffix(
                ": error: trailing data after the last gzip member at byte \(member.count) "
                    + "(expected the end of the file or another gzip member)\n"))
        #expect(parse.stderr.hasPrefix("\(file.path):"))

        let imported = try T.run(["import", "--index", index, file.path])
        #expect(imported.status == 2)
        #expect(imported.stderr == parse.stderr)
        #expect(try IndexDatabase(path: index).logicalDump() == dump)
    }
}
