
import Testing

@Test func evidentBuilds() { #expect(Bool(true)) }
