import EvidentCheck
import Testing

@Test func EvidentCheckBuilds() { #expect(Bool(true)) }
