import EvidentModel
import Testing

@testable import EvidentCheck

/// A clinician is a caution only as the one the reader is told to consult (`@consult-verb` and
/// a clinician: `TaggedSentence.tagConsultedClinicians`); one named as who speaks of the product
/// or makes it cautions nobody. Sentences written for this test (none from an evaluation set).
struct ClinicianCautionTests {
    static func errors(_ text: String) -> [Finding] {
        Fixtures.check(text + "\n", market: .us).filter { $0.severity == .error }
    }

    /// A claim keeps its error beside a clinician who speaks or formulates.
    @Test(arguments: [
        "Our elderflower syrup cures sinusitis in a week, says physician Tom Ellis.",
        "Our elderflower syrup cures sinusitis in a week, says pharmacist Ann Roe.",
        "Our pharmacist-formulated elderflower syrup cures sinusitis in a week.",
        "Our physician-formulated elderflower syrup cures sinusitis in a week.",
        "Our elderflower syrup cures sinusitis in a week, says healthcare provider Dee Lang.",
    ])
    func namedClinicianCautionsNobody(_ text: String) {
        #expect(!Self.errors("Our elderflower syrup cures sinusitis in a week.").isEmpty)
        #expect(Self.errors(text).map(\.rule) == ["disease-claim"], "\(text)")
    }

    /// Told to consult one, the reader is cautioned, as before: no error.
    @Test(arguments: [
        "Our elderflower syrup cures sinusitis in a week; ask your pharmacist before use.",
        "Our elderflower syrup cures sinusitis in a week; check with a physician first.",
        "Our elderflower syrup cures sinusitis in a week; talk to your own healthcare provider.",
        "Our elderflower syrup cures sinusitis in a week; consult your physician before use.",
    ])
    func consultedClinicianCautions(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text).map(\.rule))")
    }

    /// A clinician of the story's own people (session 34), or one consulted about the swap
    /// the copy offers, cautions nobody: the claim keeps its error.
    @Test(arguments: [
        "Our beetroot drops replace lisinopril; readers tell their GP within weeks.",
        "Our beetroot drops replace lisinopril, and I ask my doctor why I ever took it.",
        "Ask your GP about switching bisoprolol for our hawthorn berry tincture.",
        "Talk to your doctor about replacing your statin with our red yeast rice capsules.",
    ])
    func toldOrSwapClinicianCautionsNobody(_ text: String) {
        #expect(
            Self.errors(text).map(\.rule).contains("drug-comparison"),
            "\(Self.errors(text).map(\.rule))")
    }

    /// A third person told to consult theirs is cautioned; so is advice on stopping a drug
    /// with no product offered for it.
    @Test(arguments: [
        "Our beetroot drops replace lisinopril; patients should ask their doctor first.",
        "Talk to your doctor before stopping any prescribed medication.",
    ])
    func advisedThirdPersonAndPlainStopCaution(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text).map(\.rule))")
    }
}
