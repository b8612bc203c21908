import EvidentModel
import Foundation
import Testing

@testable import EvidentReport

/// A check report of a long file, dense with findings, is written in pieces of bounded size,
/// never held whole; the pieces make up exactly the rendered output.
struct CheckStreamingTests {
    /// What a reporter hands over, piece by piece.
    struct Pieces: TextOutputStream {
        var pieces: [String] = []

        mutating func write(_ string: String) { pieces.append(string) }
    }

    /// 5,000 findings on one line of 400,000 characters.
    static let report: CheckReport = {
        let unit = "It cures gout. "
        let line = String(repeating: unit, count: 400_000 / unit.count)
        let findings = (0..<5_000).map { index in
            Finding(
                path: "line.txt", line: 1, column: index * unit.count + 4, endLine: 1,
                endColumn: index * unit.count + 13, severity: index % 7 == 0 ? .warning : .error,
                rule: "disease-claim", category: .diseaseClaim,
                message: "disease claim: 'cures gout'", text: "cures gout")
        }
        return CheckReport(
            files: [CheckedFile(path: "line.txt", findings: findings, lines: [1: line])],
            rules: [CheckReporterTests.rule], root: "/work")
    }()

    @Test(arguments: CheckFormat.allCases)
    func piecesMakeUpTheOutput(format: CheckFormat) throws {
        var output = Pieces()
        try format.reporter.write(Self.report, toolVersion: "1.0.0", to: &output)
        let whole = try format.reporter.render(Self.report, toolVersion: "1.0.0")
        #expect(output.pieces.joined() == whole)
        #expect(output.pieces.count > 10)
        #expect(output.pieces.allSatisfy { $0.utf8.count < CheckReporterOutput.pieceBytes + 8_192 })
    }

    /// A stream that takes bytes (standard output) gets them as they are; a reporter's output
    /// through it is the same text as through strings.
    final class Bytes: UTF8OutputStream {
        var bytes: [UInt8] = []
        var strings = 0

        func write(_ string: String) {
            bytes += string.utf8
            strings += 1
        }

        func write(utf8: UnsafeBufferPointer<UInt8>) { bytes += utf8 }
    }

    @Test(arguments: CheckFormat.allCases)
    func bytesMakeUpTheOutput(format: CheckFormat) throws {
        var output = Bytes()
        try format.reporter.write(Self.report, toolVersion: "1.0.0", to: &output)
        let whole = try format.reporter.render(Self.report, toolVersion: "1.0.0")
        #expect(String(decoding: output.bytes, as: UTF8.self) == whole)
        if format == .json { #expect(output.strings == 0) }
    }

    @Test func streamedJSONAndSARIFHoldEveryFinding() throws {
        var json = Pieces()
        CheckJSONReporter.write(Self.report, toolVersion: "1.0.0", to: &json)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.pieces.joined().utf8))
                as? [String: Any])
        let files = try #require(document["files"] as? [[String: Any]])
        #expect((files.first?["findings"] as? [Any])?.count == 5_000)
        var sarif = Pieces()
        try CheckSARIFReporter.write(Self.report, toolVersion: "1.0.0", to: &sarif)
        let log = try #require(
            try JSONSerialization.jsonObject(with: Data(sarif.pieces.joined().utf8))
                as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 5_000)
        let columns = results.compactMap {
            (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"]
                as? [String: Any]).flatMap { $0["region"] as? [String: Any] }?["startColumn"]
                as? Int
        }
        #expect(columns == Self.report.files[0].findings.map(\.column))
        #expect((run["tool"] as? [String: Any]) != nil)
    }

    /// A report without findings is the log encoded whole, with an empty list of results.
    @Test func sarifWithoutFindings() throws {
        let empty = CheckReport(
            files: [CheckedFile(path: "a.txt", findings: [])], rules: [CheckReporterTests.rule])
        var output = Pieces()
        try CheckSARIFReporter.write(empty, toolVersion: "1.0.0", to: &output)
        let text = output.pieces.joined()
        #expect(text.contains("\"results\" : [\n\n      ]"))
        #expect(!text.contains(CheckSARIFReporter.ResultList.markerText))
    }
}
