import EvidentPubMed
import Testing

@Test func EvidentPubMedBuilds() { #expect(Bool(true)) }
