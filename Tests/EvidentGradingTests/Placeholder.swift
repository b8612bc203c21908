import EvidentGrading
import Testing

@Test func EvidentGradingBuilds() { #expect(Bool(true)) }
