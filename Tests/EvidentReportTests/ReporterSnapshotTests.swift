import EvidentModel
import EvidentReport
import Foundation
import Testing

/// A publisher and base URL, so that ClaimReview (and the JSON-LD the HTML embeds) is complete.
private let snapshotOptions = ReportOptions(
    publisher: "Example Health Desk", baseURL: "https://example.org/audit/report.html")

@Test(arguments: ["text", "markdown", "html", "json", "csv", "claimreview"])
func everyReporterMatchesItsSnapshot(format: String) throws {
    guard let reporter = ReportersList.reporter(for: format) else {
        Issue.record("no reporter for '\(format)'")
        return
    }
    let output = try reporter.generate(SampleReport.report, options: snapshotOptions)
    let ext = reporter.fileExtension
    try assertSnapshot(output, named: "sample", extension: ext)
}

@Test func colouredTextMatchesItsSnapshot() throws {
    let output = TextReporter.generate(SampleReport.report, options: ReportOptions(colour: true))
    try assertSnapshot(output, named: "sample-colour", extension: "txt")
}

@Test func outputIsByteIdenticalForTheSameReport() throws {
    for reporter in ReportersList.all {
        let first = try reporter.generate(SampleReport.report, options: snapshotOptions)
        let second = try reporter.generate(SampleReport.report, options: snapshotOptions)
        let name = reporter.identifier
        let same = Data(first.utf8) == Data(second.utf8)
        #expect(same, "\(name)")
    }
}

@Test func theRegistryListsEveryFormatOnce() {
    var identifiers: [String] = []
    for reporter in ReportersList.all { identifiers.append(reporter.identifier) }
    #expect(identifiers == ["text", "markdown", "html", "json", "csv", "claimreview"])
    var found = ""
    if let reporter = ReportersList.reporter(for: "html") { found = reporter.fileExtension }
    #expect(found == "html")
    let missing = ReportersList.reporter(for: "pdf") == nil
    #expect(missing)
}
