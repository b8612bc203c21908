import EvidentTestSupport
import Foundation
import Testing

/// Commands that write files write only their targets: drafting a knowledge base, editing a
/// claim and writing a report with `--output` leave the temporary directory (`TMPDIR`) exactly
/// as it was and no temporary file beside their targets.
@Suite("writing leaves nothing behind")
struct TemporaryDirectoryTests {
    static let claim = "heavy-drinking-lowers-magnesium-levels"

    /// Every path under `folder`, relative to it, sorted.
    static func contents(of folder: URL) throws -> [String] {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        return paths.sorted()
    }

    @Test func newEditAndReportOutputLeaveTheTemporaryDirectoryEmpty() throws {
        let temporary = try ScratchFolder.make("evident-tmpdir")
        let root = try ScratchFolder.make("evident-tmpdir-kb")
        defer {
            try? FileManager.default.removeItem(at: temporary)
            try? FileManager.default.removeItem(at: root)
        }
        let environment = ["TMPDIR": temporary.path, "SOURCE_DATE_EPOCH": "1795000000"]
        func evident(_ arguments: [String]) throws -> EvidentBinary.Run {
            try EvidentBinary.run(arguments, environment: environment, in: root)
        }
        let article = NewCommandTests.articles.appendingPathComponent("magnesium.txt").path
        let new = try evident(["new", "--id", "magnesium", article])
        #expect(new.status == 0, "\(new.stderr)")

        let path = "Claims/magnesium/\(Self.claim).yaml"
        let drafted = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        #expect(drafted.contains("status: draft\n"))
        let edit = try evident(["edit", Self.claim, "--status", "checked"])
        #expect(edit.status == 0, "\(edit.stderr)")
        let checked = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        #expect(checked == drafted.replacingOccurrences(of: "status: draft\n", with: ""))

        for format in ["html", "csv"] {
            let report = try evident(
                ["report", "--kb", root.path, "--format", format, "--output", "report.\(format)"])
            #expect(report.status == 0, "\(report.stderr)")
            #expect(report.stdout == "")
        }
        // Written a second time, a report replaces the first.
        let again = try evident(
            ["report", "--kb", root.path, "--format", "csv", "--output", "report.csv"])
        #expect(again.status == 0, "\(again.stderr)")

        #expect(try Self.contents(of: temporary) == [])
        let written = try Self.contents(of: root)
        #expect(written.contains("report.html"))
        #expect(written.contains("report.csv"))
        #expect(written.contains(path))
        // No `.NAME.XXXXXX` temporary file (nor any other hidden file) is left anywhere.
        #expect(written.filter { $0.split(separator: "/").contains { $0.hasPrefix(".") } } == [])
    }
}
