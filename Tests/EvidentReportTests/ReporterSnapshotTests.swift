import EvidentModel
import EvidentReport
import Foundation
import Testing

@Test(arguments: ["text", "markdown", "html", "json", "csv", "claimreview"])
func everyReporterMatchesItsSnapshot(format: String) throws {
    guard let reporter = ReportersList.reporter(for: format) else {
        Issue.record("no reporter for '\(format)'")
        return
    }
    let output = reporter.generate(SampleReport.report, options: ReportOptions())
    let ext = reporter.fileExtension
    try assertSnapshot(output, named: "sample", extension: ext)
}

@Test func colouredTextMatchesItsSnapshot() throws {
    let output = TextReporter.generate(SampleReport.report, options: ReportOptions(colour: true))
    try assertSnapshot(output, named: "sample-colour", extension: "txt")
}

@Test func outputIsByteIdenticalForTheSameReport() {
    for reporter in ReportersList.all {
        let first = reporter.generate(SampleReport.report, options: ReportOptions())
        let second = reporter.generate(SampleReport.report, options: ReportOptions())
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
