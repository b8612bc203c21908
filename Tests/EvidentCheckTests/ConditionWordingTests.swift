import EvidentCheck
import EvidentModel
import Testing

/// How the checker reads condition phrases in copy: a phrase that counts only as written
/// (an everyday word shares its stem) and determiners inside a phrase.
struct ConditionWordingTests {
    /// "bend over backwards" is an idiom, not decompression sickness ("the bends").
    @Test func everydayWordOnAPhraseStemIsNoCondition() throws {
        let findings = Fixtures.check("She will bend over backwards to cure your arthritis.")
        #expect(!findings.contains { $0.text == "bend" })
        #expect(findings.contains { $0.category == .diseaseClaim && $0.text == "arthritis" })
        let bends = Fixtures.check("Our capsules cure the bends after diving.")
        #expect(bends.contains { $0.category == .diseaseClaim && $0.text == "bends" })
        #expect(
            !Fixtures.check("Our office is a hive of activity.").contains { $0.severity == .error })
    }

    /// A piece of a run-together hashtag has no spelling of its own: it counts by its stem.
    @Test func hashtagPieceCountsByStem() {
        let findings = Fixtures.check("Shop now #nomoreflu")
        #expect(findings.contains { $0.category == .diseaseClaim && $0.text == "nomoreflu" })
    }

    /// "ringing in the ears" is also "ringing in your ears" and "ringing in my ears".
    @Test(arguments: ["your", "my"])
    func determinerInsideAPhraseIsOneSlot(_ word: String) throws {
        let findings = Fixtures.check("These drops stop ringing in \(word) ears for good.")
        let finding = try #require(findings.first { $0.severity == .error })
        #expect(finding.text == "stop ringing in \(word) ears")
        #expect(finding.category == .diseaseClaim)
    }
}
