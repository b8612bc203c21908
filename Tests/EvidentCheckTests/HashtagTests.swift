import EvidentCheck
import EvidentModel
import Testing

/// Run-together hashtags are split into known words, and only into known words.
struct HashtagTests {
    @Test func splitsDiseaseHashtags() throws {
        let findings = Fixtures.check("Shop now #cbdforanxiety")
        let finding = try #require(findings.first { $0.severity == .error })
        #expect(finding.rule == "symptom-claim")
        #expect(finding.text == "cbdforanxiety")
        #expect(finding.column == 11)
    }

    @Test func splitsWordsAndNumbers() {
        let findings = Fixtures.check("Stay safe #covid19 #immunity")
        #expect(findings.contains { $0.category == .diseaseClaim && $0.text == "covid19" })
    }

    @Test(arguments: [
        "#goals #fluffy #painting #coldbrew #mondaymotivation",
        "#selfcare #healthyliving #fluoridefree #pals #dials",
    ])
    func leavesOrdinaryHashtags(_ text: String) {
        #expect(Fixtures.check(text).isEmpty)
    }
}

extension HashtagTests {
    /// Camel-case product names split the same way; ordinary brand names stay whole.
    @Test func splitsCamelCaseProductNames() throws {
        let finding = try #require(
            Fixtures.check("GoutAway Tart Cherry Capsules").first { $0.severity == .error })
        #expect(finding.text == "GoutAway")
        #expect(finding.category == .diseaseClaim)
        #expect(Fixtures.check("Our CoQ10 softgels with BioPerine, on iPhone.").isEmpty)
    }
}
