import EvidentCheck
import EvidentModel
import Foundation
import Testing

/// The vitamin K2 article itself (`../shared/seed/vitamin-k2-article.txt`).
struct ArticleTests {
    static let path = Fixtures.shared.appendingPathComponent("seed/vitamin-k2-article.txt").path

    static func findings(market: Market = .all, assessments: [ClaimAssessment] = []) throws
        -> [Finding]
    {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return Fixtures.check(text, market: market, assessments: assessments, path: path)
    }

    @Test func flagsTheDiseaseClaims() throws {
        let disease = try Self.findings().filter {
            $0.category == .diseaseClaim && $0.severity == .error
        }
        let texts = disease.map { "\($0.line):\($0.text)" }
        #expect(texts.contains("14:Parkinson’s disease"), "\(texts)")
        #expect(texts.contains("14:osteoporosis"), "\(texts)")
        #expect(texts.contains("15:liver cancer"), "\(texts)")
        #expect(texts.contains("15:cirrhosis"), "\(texts)")
        #expect(texts.contains("16:reduce blood pressure"), "\(texts)")
        #expect(texts.contains("27:osteoporosis"), "\(texts)")
        let parkinson = try #require(disease.first { $0.text == "Parkinson’s disease" })
        #expect(parkinson.rule == "disease-claim")
        #expect(parkinson.column == 186)
        #expect(
            parkinson.message
                == "disease claim: the copy presents 'Parkinson’s disease' as a disease the product acts on"
        )
    }

    @Test func flagsTheClottingSentenceAsAbsoluteSafety() throws {
        let safety = try Self.findings().filter { $0.category == .absoluteSafety && $0.line == 38 }
        let finding = try #require(safety.first)
        #expect(finding.rule == "absolute-safety")
        #expect(finding.text == "will not cause abnormal clotting")
        // Vitamin K copy: anticoagulant interactions make an absolute safety claim an error.
        #expect(finding.severity == .error)
    }

    @Test func asksForTheWarfarinDisclosure() throws {
        let disclosure = try Self.findings().filter {
            $0.rule == "anticoagulant-interaction-disclosure"
        }
        #expect(disclosure.count == 1)
        #expect(disclosure.first?.line == 1)
    }

    @Test func flagsHeartAndArteryClaimsInTheEU() throws {
        let eu = try Self.findings(market: .eu).filter {
            $0.category == .unauthorisedHealthClaim && $0.severity == .error
        }
        #expect(eu.contains { $0.line == 1 })
        #expect(eu.contains { $0.text.contains("cardiovascular health") })
        let us = try Self.findings(market: .us)
        #expect(!us.contains { $0.rule.hasPrefix("eu-") })
    }

    @Test func theTwoAuthorisedWordingsPassInTheEU() {
        for wording in [
            "Vitamin K contributes to normal blood clotting.",
            "Vitamin K contributes to the maintenance of normal bones.",
        ] {
            let findings = Fixtures.check(wording, market: .eu)
            #expect(!findings.contains { $0.severity == .error }, "\(findings.map(\.rule))")
            #expect(!findings.contains { $0.category == .unauthorisedHealthClaim })
        }
    }
}
