import Testing

@testable import EvidentGrading

/// Whole-word phrase matching: the byte path (ASCII) and the character path (other text)
/// must agree with the plain definition — normalise both, then look for the padded phrase.
@Suite struct TextMatcherTests {
    static let terms = [
        "open-label", "open label", "mk-7", "bone", "bone mineral density", "k2", "é", "naïve",
        "self-reported", "x", "", "--", "Dose-Response", "vitamin k2",
    ]

    static let texts = [
        "Open-label trial of MK-7; bone-mineral density (BMD) rose.",
        "Bone mineral density: a dose-response was seen, open label.",
        "bonebone bones  bone", "k2k2 k2", "Vitamin K2\r\nand vitamin k2.", "",
        "Naïve patients, self-reported intake; café é", "x-ray x", "MK-7MK-7 mk-7.",
    ]

    /// The reference definition.
    static func expected(_ text: String, _ terms: [String]) -> [String] {
        let haystack = TextMatcher.normalise(text)
        return terms.filter { term in
            let needle = TextMatcher.normalise(term)
            return needle.count > 2 && haystack.contains(needle)
        }
    }

    @Test(arguments: texts)
    func matchesAsDefined(_ text: String) {
        let matcher = TextMatcher(text)
        #expect(matcher.matches(PhraseList(Self.terms)) == Self.expected(text, Self.terms))
        #expect(matcher.matches(Self.terms) == Self.expected(text, Self.terms))
        let any = !Self.expected(text, Self.terms).isEmpty
        #expect(matcher.containsAny(PhraseList(Self.terms)) == any)
    }

    /// A title and its abstract's sections are matched as the text they make joined by
    /// spaces: a phrase may run from one part into the next, and a part that is not ASCII
    /// sends the whole text down the character path.
    @Test(arguments: [
        ["Bone", "mineral density rose"], ["Open", "", "label trial"], ["", ""], ["mk-7", "mk-7"],
        ["A naïve", "bone mineral", "density"], ["Vitamin k", "2"], ["open-", "-label"],
    ])
    func partsMatchAsTheirJoinedText(_ parts: [String]) {
        let joined = parts.joined(separator: " ")
        let matcher = TextMatcher(parts: parts)
        #expect(matcher.matches(PhraseList(Self.terms)) == Self.expected(joined, Self.terms))
        #expect(
            matcher.firstMatch(PhraseList(Self.terms)) == Self.expected(joined, Self.terms).first)
    }

    @Test func wholeWordsOnly() {
        let matcher = TextMatcher("Bonebone bones; MK-7MK-7 and k2k2")
        let found = matcher.matches(["bone", "bones", "mk-7", "k2", "mk-7mk-7"])
        #expect(found == ["bones", "mk-7mk-7"])
    }
}
