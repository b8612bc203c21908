import EvidentModel
import Testing

@testable import EvidentCheck

/// Session 22's reading of a condition from birth (`testimonial-arc-from-birth`): a person or an
/// animal born or hatched with a defect of a part of the body or with ill health (WordNet's
/// adjectives of a body part and of ill health, the vocabulary's conditions), or such a defect
/// said to date from birth, beside the product. Sentences written for this test (none from an
/// evaluation set), with births that name no defect beside the reading.
struct FromBirthArcReadingTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        // born with a part's defect (`@arc-body-adjective`: spinal)
        "Our lop rabbit was born with a spinal kink; a year on the calcium drops and she binkies round the garden.",
        // hatched with ill health (`@arc-birth-state`: sickly)
        "Our parrot hatched sickly; a month of the seed tonic and he chatters all morning.",
        // a part's defect since birth
        "Our lurcher has had a dental misalignment since birth; a month on the kelp powder and he crunches his biscuits.",
    ])
    func readsConditionFromBirth(copy: String) {
        #expect(Self.rules(copy).contains("testimonial-arc-from-birth"), "\(copy)")
    }

    /// A gift or a silver spoon, a product given from birth, a love since birth: no defect.
    @Test(arguments: [
        "Born with a silver spoon, he never needed our vitamin gummies.",
        "Our foals get the mare's milk pellets from birth to weaning.",
        "Our puppies have had the salmon oil since birth and run all day.",
        "Our twins were born with a gift for music; the omega-3 gummies are just for breakfast.",
    ])
    func leavesBirthsWithoutDefect(copy: String) {
        #expect(!Self.rules(copy).contains("testimonial-arc-from-birth"), "\(copy)")
    }

    /// The message names the before-state read.
    @Test func messageNamesTheBirth() {
        let message = Fixtures.message(
            "Our parrot hatched sickly; a month of the seed tonic and he chatters all morning.",
            "testimonial-arc-from-birth")
        #expect(
            message
                == "disease claim: the testimonial 'hatched sickly' tells of a condition from birth, beside the product (a disease treated)"
        )
    }
}
