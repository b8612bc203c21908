import Foundation
import Testing

@testable import EvidentReport

/// A value the JSON encoder refuses is an error with a message, never an empty `{}` printed
/// as if it were the report.
struct ReportEncodingTests {
    struct Unencodable: Encodable {
        func encode(to encoder: any Encoder) throws {
            throw EncodingError.invalidValue(
                Double.nan,
                EncodingError.Context(codingPath: [], debugDescription: "not a finite number"))
        }
    }

    @Test func encodingFailureIsAnError() {
        #expect {
            try JSONReporter.encode(Unencodable())
        } throws: { error in
            guard let error = error as? ReportError else { return false }
            return error.description.hasPrefix("error: cannot write the output as JSON: ")
        }
    }

    @Test func encodedValueEndsWithANewline() throws {
        #expect(try JSONReporter.encode(["b": 1, "a": 2]) == "{\n  \"a\" : 2,\n  \"b\" : 1\n}\n")
    }
}
