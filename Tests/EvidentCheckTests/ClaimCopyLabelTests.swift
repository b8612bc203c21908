import EvidentCheck
import EvidentModel
import Testing

/// Where copy appears, named in a label before a colon ("Lifeboat station safety notice:"), is
/// no part of what it claims (`Checker.copyLabelEnd`); a label that names what the copy is
/// about ("Brittle bones:") stays part of it. "Safe from" a harm is protection, not the
/// product's safety. Wordings written for this test, not taken from an evaluation set.
struct ClaimCopyLabelTests {
    static let claims = [
        ClaimMeaningTests.claim("k2-safe", "Vitamin K2 is safe."),
        ClaimMeaningTests.claim(
            "k2-fewer-fractures", "Vitamin K2 prevents osteoporotic fractures."),
        ClaimMeaningTests.claim("k2-heart-disease", "Vitamin K2 prevents heart disease."),
    ]

    private static func named(_ text: String) -> [String] {
        Fixtures.check(text, assessments: claims).compactMap(\.claimID).map(\.rawValue)
    }

    /// A label whose head is a thing or a person (a notice, a flyer, a compère) says where the
    /// copy runs: its kind ("safety") is not what the copy claims.
    @Test func whereTheCopyRunsIsNoClaim() {
        for text in [
            "Lifeboat station safety notice: vitamin K2 means fewer fractured hips after a slip.",
            "Scaffolding firm safety flyer: with vitamin K2, fewer broken wrists when you fall.",
        ] {
            let found = Self.named(text)
            #expect(found.first == "k2-fewer-fractures", "\(text): \(found)")
            #expect(!found.contains("k2-safe"), "\(text): \(found)")
        }
    }

    /// A label that names a substance or what the copy is about stays part of it.
    @Test func aLabelOfTheTopicStays() {
        #expect(Self.named("Safety: vitamin K2 has been shown to be safe.").first == "k2-safe")
        #expect(
            Self.named("Hip fractures: vitamin K2 prevents them.").first
                == "k2-fewer-fractures")
    }

    /// "Safe from" and "safe against" a harm say it is kept away.
    @Test func safeFromAHarmIsProtection() {
        for text in [
            "Take vitamin K2 and your heart stays safe from disease into old age.",
            "With vitamin K2 your arteries are safe against heart disease.",
        ] {
            let found = Self.named(text)
            #expect(found.first == "k2-heart-disease", "\(text): \(found)")
        }
    }
}
