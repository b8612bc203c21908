import Testing

@testable import EvidentCheck

/// `ShortText.equal` answers as `==` for every pair of words, and a `StringTable` finds a short
/// key's value from the two words of a text however the text was made: the short path
/// (`ShortText.holdsBytes`) is what the hot comparisons and lookups take on this platform.
struct ShortTextTests {
    /// The strings of this platform hold a short text in their value: without this the short
    /// paths are never taken (the answers are the same, the speed is not).
    @Test func shortTextsAreHeldInTheirValue() {
        #expect(ShortText.holdsBytes)
        #expect(ShortText.isSmall(ShortText.words("cure-verb")))
        #expect(!ShortText.isSmall(ShortText.words("disease-sense-noun")))
    }

    /// Texts written in several ways (a literal, decoded from bytes, lowercased, appended to,
    /// cut from a longer text), short and long, ASCII and not, canonically equivalent and not
    /// (the Kelvin sign is "K" to `==`): `equal` is `==` for every pair.
    @Test func equalIsEquality() {
        var appended = ""
        for character in "heal" { appended.append(character) }
        let texts: [String] = [
            "", "a", "heal", "Heal".lowercased(), appended,
            String(decoding: Array("heal".utf8), as: UTF8.self),
            String("xheal".dropFirst()), "heals", "hea", "healing-is-fast", "healing-is-faster",
            "healing-is-faster".uppercased().lowercased(), "café", "cafe\u{301}", "caf\u{E9}",
            "naïve", "日本", "abcdefghijklmno", "abcdefghijklmnop", "K", "\u{212A}",
        ]
        for a in texts {
            for b in texts {
                #expect(ShortText.equal(a, b) == (a == b), "\(a) / \(b)")
            }
        }
    }

    /// A table's short keys are found by texts made at run time, its long keys as before; a
    /// short text that is no key, and a canonically equal text with other bytes, find nothing
    /// (the table is of bytes, as it was).
    @Test func shortKeysFoundHoweverTheTextWasMade() {
        let table = StringTable([
            "heal": 1, "cure-verb": 2, "": 3, "café": 4, "disease-sense-noun": 5,
            "abcdefghijklmno": 6, "abcdefghijklmnop": 7,
        ])
        var appended = ""
        for character in "cure-verb" { appended.append(character) }
        #expect(table["HEAL".lowercased()] == 1)
        #expect(table[appended] == 2)
        #expect(table[String("xcure-verb".dropFirst())] == 2)
        #expect(table[String(decoding: [] as [UInt8], as: UTF8.self)] == 3)
        #expect(table["caf\u{E9}"] == 4)
        #expect(table["cafe\u{301}"] == nil)
        #expect(table["disease-" + "sense-noun"] == 5)
        #expect(table[String("xabcdefghijklmno".dropFirst())] == 6)
        #expect(table["abcdefghijklmno" + "p"] == 7)
        for text in ["hea", "heals", "cure", "Heal", "abcdefghijklmnopq", "disease-sense"] {
            #expect(table[text] == nil, "\(text)")
        }
        let long = StringTable(["disease-sense-noun": 1])
        #expect(long["heal"] == nil && long["disease-sense-noun"] == 1)
    }
}
