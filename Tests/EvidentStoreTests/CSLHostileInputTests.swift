import EvidentModel
import EvidentTestSupport
import Foundation
import Testing

@testable import EvidentStore

/// CSL-JSON that would lose data or carry impossible values is reported at its position.
@Suite("CSL-JSON hostile input")
struct CSLHostileInputTests {
    static func diagnostics(_ json: String) throws -> [String] {
        try validate(files: ["Sources-Refs/a.json": json]).1.map(\.description)
    }

    @Test func aDuplicateIDInOneFileIsReportedWithBothPositionsAndTheFirstItemKept() throws {
        let json = KnowledgeBaseExample.references(
            replacing: "  {\"id\": \"natto2000\"",
            with: "  {\"id\": \"ods\", \"title\": \"Another item under the same id\"},\n"
                + "  {\"id\": \"natto2000\"")
        let (load, diagnostics) = try validate(files: ["Sources-Refs/refs.json": json])
        #expect(
            diagnostics.map(\.description) == [
                "Sources-Refs/refs.json:4:10: error: reference key 'ods' is defined twice (also "
                    + "in Sources-Refs/refs.json:2:10) [duplicate-reference-key]"
            ])
        let ods = try #require(ReferenceKey("ods"))
        #expect(load.knowledgeBase.references[ods]?.title == "Vitamin K fact sheet")
    }

    @Test(arguments: [
        (
            "[[2001, 13, 45]]",
            "1:47: error: invalid month '13' in 'issued' (expected a whole number from 1 to 12)"
                + " [malformed-value]"
        ),
        (
            "[[2001, 2, 29]]",
            "1:50: error: invalid day '29' in 'issued' (expected a whole number from 1 to 28, the"
                + " days of 2001-02) [malformed-value]"
        ),
        (
            "[[2001, 4, 31]]",
            "1:50: error: invalid day '31' in 'issued' (expected a whole number from 1 to 30, the"
                + " days of 2001-04) [malformed-value]"
        ),
        (
            "[[99999999999999999999]]",
            "1:41: error: invalid year '99999999999999999999' in 'issued' (expected a whole number"
                + " from -9999 to 9999) [malformed-value]"
        ),
        (
            "[[10000]]",
            "1:41: error: invalid year '10000' in 'issued' (expected a whole number from -9999 to"
                + " 9999) [malformed-value]"
        ),
        (
            "[[2001.5]]",
            "1:41: error: invalid year '2001.5' in 'issued' (expected a whole number from -9999 to"
                + " 9999) [malformed-value]"
        ),
        (
            "[[2001, [1]]]",
            "1:47: error: expected a whole number for the month in 'issued', found a list"
                + " [wrong-type]"
        ),
        (
            "[[2000, 1, 1], [2001, 1, 2, 3]]",
            "1:54: error: invalid 'issued' date-parts [2001, 1, 2, 3] (expected a list of [year,"
                + " month, day] lists) [malformed-value]"
        ),
        ("[[NaN]]", "1:41: error: invalid JSON: invalid value [reference-file-unreadable]"),
        (
            "[[1e400]]",
            "1:41: error: invalid JSON: number 1e400 is not representable in Swift"
                + " [reference-file-unreadable]"
        ),
    ])
    func impossibleDatesAreReportedAtThePart(parts: String, expected: String) throws {
        let json = "[{\"id\": \"a\", \"issued\": {\"date-parts\": \(parts)}}]"
        #expect(try Self.diagnostics(json) == ["Sources-Refs/a.json:\(expected)"])
    }

    @Test(arguments: ["[[2000, 2, 29]]", "[[1996, 12, 31]]", "[[\"2001\", \"5\"]]", "[[-400]]"])
    func realDatesAreRead(parts: String) throws {
        let json = "[{\"id\": \"a\", \"issued\": {\"date-parts\": \(parts)}}]"
        #expect(try Self.diagnostics(json).isEmpty)
    }

    @Test func aLoneSurrogateIsReportedAtItsEscape() throws {
        let json = "[{\"id\": \"a\",\n  \"title\": \"Vitamin \\ud800 K\"}]"
        #expect(
            try Self.diagnostics(json) == [
                "Sources-Refs/a.json:2:21: error: invalid JSON: unexpected end of file during "
                    + "string parse (expected low-surrogate code point but did not find one) "
                    + "[reference-file-unreadable]"
            ])
    }

    @Test func anInvalidPMIDIsReported() throws {
        let json = "[{\"id\": \"a\", \"PMID\": \"12x\"}]"
        #expect(
            try Self.diagnostics(json) == [
                "Sources-Refs/a.json:1:22: error: invalid PMID '12x' (expected a positive whole "
                    + "number of at most 19 digits) [malformed-value]"
            ])
    }

    @Test(arguments: [
        ("[\"\\ud800\"]", 2), ("[\"ok\", \"\\udc00\"]", 8), ("[\"\\ud800\\u0041\"]", 2),
        ("[\"\\ud83d\\ude00\", \"\\ud800\"]", 18), ("[\"\\\\ud800\"]", nil),
        ("[\"\\ud83d\\ude00\"]", nil),
        ("[\"\\\"\\ud800\"]", 4),
    ])
    func theLocatorFindsLoneSurrogatesOnly(json: String, offset: Int?) {
        #expect(JSONErrorLocator.offset(in: Array(json.utf8)) == offset)
    }

    @Test func theLocatorFindsANumberOutsideStrings() {
        let json = "[\"1e400\", 12, 1e400]"
        #expect(JSONErrorLocator.offset(in: Array(json.utf8), number: "1e400") == 14)
        #expect(JSONErrorLocator.offset(in: Array(json.utf8), number: "2e400") == nil)
    }
}
