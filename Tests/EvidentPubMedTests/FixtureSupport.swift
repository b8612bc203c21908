import EvidentModel
import EvidentPubMed
import Foundation

/// Reading the hand-written fixtures in `Fixtures/`.
enum Fixture {
    /// The path of a fixture file.
    static func path(_ name: String) -> String {
        TestSupport.fixtures.appendingPathComponent(name).path
    }

    /// All records of a fixture.
    static func records(_ name: String) throws -> [PubMedRecord] {
        try TestSupport.records(path(name))
    }

    /// The article or book references of a fixture, in order.
    static func references(_ name: String) throws -> [Reference] {
        try records(name).compactMap { record in
            switch record {
            case .article(let reference), .book(let reference): return reference
            case .delete: return nil
            }
        }
    }

    /// The reference with `pmid` in a fixture.
    static func reference(_ name: String, pmid: UInt64) throws -> Reference? {
        try references(name).first { $0.pmid?.value == pmid }
    }
}
