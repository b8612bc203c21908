import Foundation
import Testing

@testable import EvidentCheck

/// The word-information table (`Vocabulary/word-information.tsv`) read as bytes is the table
/// read as characters, and its numbers are what `Double` reads.
struct WordInformationTests {
    /// Every number the file can hold ("0.79"), and other decimals: the fast reading is
    /// `Double`'s, bit for bit, or gives way to it (`nil`).
    @Test func decimalsAreReadAsDoubleReadsThem() {
        var texts = (0...999).map { String(format: "%d.%02d", $0 / 100, $0 % 100) }
        texts += ["0", "7", "12.5", "0.000000000000001", "123456789012345", "1234567890.12345"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let whole = UInt64.random(in: 0..<1_000_000, using: &generator)
            let places = Int.random(in: 1...9, using: &generator)
            let fraction = UInt64.random(in: 0..<1_000_000_000, using: &generator)
            let digits = String(fraction).padding(toLength: 9, withPad: "0", startingAt: 0)
            texts.append("\(whole).\(digits.prefix(places))")
        }
        for (number, text) in texts.enumerated() {
            let fast = ClaimIndex.decimal(Substring(text).utf8)
            // The file's form ("0.79") and the random ones are all read the fast way.
            if number < 1_000 || number >= 1_006 { #expect(fast != nil, "\(text)") }
            if let fast { #expect(fast.bitPattern == Double(text)?.bitPattern, "\(text)") }
        }
        let others = [
            "", ".", ".5", "5.", "1.2.3", "-1", "1e3", "0x1", " 1", "1 ", "1234567890123456",
            "0.000000000000001",
        ]
        for text in others {
            #expect(ClaimIndex.decimal(Substring(text).utf8) == nil, "\(text)")
        }
    }

    @Test func theBundledTableReadAsBytesIsTheTableReadAsCharacters() throws {
        let folder = try #require(ConditionVocabulary.bundledDirectory)
        let text = try String(
            contentsOf: folder.appendingPathComponent("word-information.tsv"), encoding: .utf8)
        let bytes = ClaimIndex.informationShares(bytes: text)
        #expect(bytes.count > 10_000)
        #expect(bytes == ClaimIndex.informationShares(characters: text))
        #expect(ClaimIndex.wordInformation == bytes)
        // Comments, lines without a tab or a number, and a table outside ASCII.
        let odd = "# a\tcomment\nplain\t0.5\nno tab\nbad\tx\ncafé\t0.25\r\nwide\t1.5\n"
        // ("\r\n" is one character, so the line after it is part of the line before.)
        #expect(ClaimIndex.informationShares(odd) == ["plain": 0.5])
        let ascii = "# a\tcomment\nplain\t0.5\nno tab\nbad\tx\n\nwide\t1.50\n"
        #expect(ClaimIndex.informationShares(bytes: ascii) == ["plain": 0.5, "wide": 1.5])
        #expect(ClaimIndex.informationShares(characters: ascii) == ["plain": 0.5, "wide": 1.5])
    }
}
