import EvidentStore
import Testing

@Test func EvidentStoreBuilds() { #expect(Bool(true)) }
