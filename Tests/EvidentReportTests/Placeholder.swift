import EvidentReport
import Testing

@Test func EvidentReportBuilds() { #expect(Bool(true)) }
