import EvidentKit
import Foundation
import Testing

private let kb = repositoryRoot.path
private let time = "2026-11-24T12:00:00Z"

@Test func reportPrintsATableGroupedByVerdict() throws {
    let result = try EvidentBinary.run(["report", "--kb", kb, "--generated-at", time])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Evidence report — "))
    #expect(result.stdout.contains("\nSUPPORTED ("))
    #expect(result.stdout.contains("\nWEAK ("))
    #expect(result.stdout.contains("\nUNSUPPORTED ("))
    #expect(!result.stdout.contains("\u{1B}["))
}

@Test(arguments: ReportFormat.allCases)
func everyFormatIsByteIdenticalForTheSameKnowledgeBaseAndTime(format: ReportFormat) throws {
    let arguments = [
        "report", "--kb", kb, "--format", format.rawValue, "--generated-at", time,
        "--base-url", "https://example.org/report.html", "--publisher", "Example Desk",
    ]
    let first = try EvidentBinary.run(arguments)
    let second = try EvidentBinary.run(arguments)
    #expect(first.status == 0)
    #expect(!first.stdout.isEmpty)
    #expect(Data(first.stdout.utf8) == Data(second.stdout.utf8))
}

@Test func sourceDateEpochSetsTheGenerationTime() throws {
    let result = try EvidentBinary.run(
        ["report", "--kb", kb, "--format", "json"], environment: ["SOURCE_DATE_EPOCH": "1764000000"]
    )
    let json = try #require(
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(json["generated_at"] as? String == "2025-11-24T16:00:00Z")
    let hash = try #require(json["kb_hash"] as? String)
    #expect(hash.count == 64)
}

@Test func failOnGatesOnTheVerdict() throws {
    let unsupported = try EvidentBinary.run([
        "report", "--kb", kb, "--fail-on", "unsupported", "--generated-at", time,
    ])
    #expect(unsupported.status == 1)
    let weak = try EvidentBinary.run([
        "report", "--kb", kb, "--fail-on", "weak", "--generated-at", time,
    ])
    #expect(weak.status == 1)
}

@Test func failOnPassesWhenEveryClaimIsSupported() throws {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("evident-report-\(UUID().uuidString)")
    let claims = folder.appendingPathComponent("Claims/doc")
    try FileManager.default.createDirectory(at: claims, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
        at: folder.appendingPathComponent("Sources-Refs"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(
        """
        schema: evident-document/1
        id: doc
        title: Doc
        origin: https://example.com/doc
        retrieved: 2026-11-24
        text: |
          Nothing here.
        """.utf8
    ).write(to: claims.appendingPathComponent("_document.yaml"))
    let result = try EvidentBinary.run(
        ["report", "--kb", folder.path, "--fail-on", "weak", "--generated-at", time])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
        result.stdout.hasPrefix("Evidence report — 0 claims: 0 supported, 0 weak, 0 unsupported"))
}

@Test func anUnreadableKnowledgeBaseExits2() throws {
    let result = try EvidentBinary.run([
        "report", "--kb", "/nonexistent/evident-kb", "--generated-at", time,
    ])
    #expect(result.status == 2)
    #expect(!result.stderr.isEmpty)
    #expect(result.stdout.isEmpty)
}

@Test func badUsageExits64() throws {
    let format = try EvidentBinary.run(["report", "--kb", kb, "--format", "pdf"])
    #expect(format.status == 64)
    let time = try EvidentBinary.run(["report", "--kb", kb, "--generated-at", "yesterday"])
    #expect(time.status == 64)
    #expect(
        time.stderr.contains(
            "invalid --generated-at 'yesterday' (expected ISO 8601, e.g. 2026-11-24T12:00:00Z)"))
}

@Test func outputGoesToTheNamedFile() throws {
    let file = FileManager.default.temporaryDirectory
        .appendingPathComponent("evident-report-\(UUID().uuidString).html")
    defer { try? FileManager.default.removeItem(at: file) }
    let result = try EvidentBinary.run(
        ["report", "--kb", kb, "--format", "html", "--output", file.path, "--generated-at", time])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    let html = try String(contentsOf: file, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<dd>2026-11-24T12:00:00Z</dd>"))
}

/// `--output` writes whole or not at all: when the write fails (here a file-size limit, as on a
/// full disk) the earlier report is left exactly as it was, no temporary file stays behind, and
/// the message names the file and the system's reason.
@Test func aFailedOutputWriteLeavesTheEarlierReport() throws {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("evident-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("report.html")
    let earlier = Data("<!DOCTYPE html><p>the earlier report</p>\n".utf8)
    try earlier.write(to: file)
    let result = try EvidentBinary.run(
        ["report", "--kb", kb, "--format", "html", "--output", file.path, "--generated-at", time],
        fileSizeLimit: 1)
    #expect(result.status == 2)
    #expect(
        result.stderr.hasSuffix("\n\(file.path): error: cannot write the file (file too large)\n"))
    #expect(try Data(contentsOf: file) == earlier)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"])
    // Without the limit the same command replaces it.
    let written = try EvidentBinary.run(
        ["report", "--kb", kb, "--format", "html", "--output", file.path, "--generated-at", time])
    #expect(written.status == 0)
    #expect(try String(contentsOf: file, encoding: .utf8).contains("<dd>\(time)</dd>"))
}

/// A device is written to directly (there is no folder to put a temporary file in).
@Test func outputToADeviceWritesThrough() throws {
    let result = try EvidentBinary.run(
        [
            "report", "--kb", kb, "--format", "csv", "--output", "/dev/stdout", "--generated-at",
            time,
        ])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("id,verdict,computed_verdict,"))
}

/// Every command that stamps a time (`report`, `new`, `review`) refuses a malformed
/// `SOURCE_DATE_EPOCH` as bad usage with one message, before it reads or writes anything.
@Test(arguments: [
    ["report"], ["new", "--id", "zinc", "zinc.md"],
    ["review", "--reviewer", "A. Reviewer", "--decision", "approve", "--reason", "ok", "a-claim"],
])
func aMalformedSourceDateEpochIsBadUsage(_ arguments: [String]) throws {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("evident-epoch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("# Zinc\n\nZinc supports the immune system.\n".utf8)
        .write(to: folder.appendingPathComponent("zinc.md"))
    let result = try EvidentBinary.run(
        arguments, environment: ["SOURCE_DATE_EPOCH": "tomorrow"], in: folder)
    #expect(result.status == 64)
    #expect(
        result.stderr
            == "error: invalid SOURCE_DATE_EPOCH 'tomorrow' (expected seconds since 1970)\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["zinc.md"])
}

@Test func colourOnlyOnATerminalAndNeverWithNoColor() {
    #expect(Evident.useColour(isTerminal: true, environment: [:]))
    #expect(!Evident.useColour(isTerminal: false, environment: [:]))
    #expect(!Evident.useColour(isTerminal: true, environment: ["NO_COLOR": "1"]))
    #expect(Evident.useColour(isTerminal: true, environment: ["NO_COLOR": ""]))
}

@Test func listFormatsNamesEveryReporter() throws {
    let result = try EvidentBinary.run(["report", "--list-formats"])
    #expect(result.status == 0)
    #expect(
        result.stdout == """
            text         a table grouped by verdict (the default)
            markdown     audit report in Markdown (tables, steps, evidence)
            html         self-contained audit report (inline CSS and SVG, prints to PDF)
            json         machine-readable report (kb_hash, summary, claims, steps, citations)
            csv          one row per claim (RFC 4180), for spreadsheets
            claimreview  schema.org ClaimReview JSON-LD, one per claim

            """)
}
