import EvidentKit
import Testing

@Test func EvidentKitBuilds() { #expect(Bool(true)) }
