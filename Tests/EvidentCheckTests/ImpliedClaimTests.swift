import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Implied disease claims (`RulePacks/implied.yaml`): a lab value of `lab-values.yaml` moved
/// toward its normal range, a mechanism acting on a germ's parts, a clot's fibrin or cells said
/// to misbehave, an organ kept from failing the way a disease makes it fail, and a failing part
/// of an organ made to work again. Sentences written for this test (none from an evaluation
/// set), with lawful structure/function and everyday counterparts.
struct ImpliedClaimTests {
    static func findings(_ text: String) -> [Finding] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }
    }

    static func rules(_ text: String) -> [String] { findings(text).map(\.rule) }

    /// The analyte classes come from the table: every name of an analyte that is not read only
    /// as a pair; the side its range is bounded on decides which way moving it is a claim.
    @Test func analyteClassesFromTheTable() throws {
        let table = try #require(Fixtures.book.lexicon.labValues)
        let classes = table.classes
        let high = Set(try #require(classes["lab-analyte-high"]))
        let low = Set(try #require(classes["lab-analyte-low"]))
        let all = Set(try #require(classes["lab-analyte"]))
        #expect(high.isSuperset(of: ["ldl", "triglycerides", "psa", "bilirubin", "lp a"]))
        #expect(low.isSuperset(of: ["hdl", "egfr", "t score"]))
        // bounded on both sides: only brought back to the range is a claim
        #expect(!high.contains("blood sugar") && !low.contains("blood sugar"))
        #expect(all.contains("blood sugar") && all.contains("resting heart rate"))
        // read only as a pair ("160/100 readings")
        #expect(!all.contains("readings") && !all.contains("numbers"))
        #expect(high.isDisjoint(with: low) && high.isSubset(of: all) && low.isSubset(of: all))
        for name in ["lab-analyte", "lab-analyte-high", "lab-analyte-low"] {
            #expect(Fixtures.book.lexicon.classID(name) != nil, "\(name)")
        }
    }

    @Test(arguments: [
        "Our milk thistle tonic pulls elevated liver enzymes down in six weeks.",
        "Gets a stubborn homocysteine level back under control.",
        "Men tell us their PSA numbers stopped rising after a season on the blend.",
        "The hibiscus tea that knocks high ApoB down.",
        "Takes your prolactin back down to where it should be.",
        "Raises your HDL without a prescription.",
        "Watch your triglycerides fall month after month.",
        "Lifts your T-score out of the danger zone.",
    ])
    func labValueMoved(_ text: String) {
        #expect(Self.rules(text).contains("implied-lab-value"), "\(text): \(Self.rules(text))")
    }

    @Test(arguments: [
        "Helps maintain healthy triglyceride levels already within the normal range.",
        "Supports healthy homocysteine metabolism with B vitamins.",
        "If your bilirubin is high, see your doctor before use.",
        "Won't raise blood sugar: sweetened with allulose.",
        "Your lab results are back in three working days.",
        "The snowboard park's high range of jumps is back this winter.",
    ])
    func labValueSilent(_ text: String) {
        #expect(!Self.rules(text).contains("implied-lab-value"), "\(text)")
    }

    @Test(arguments: [
        "Garlic oil dissolves the protective coat of the bacteria behind your cough.",
        "The mushroom blend cuts off the blood supply of growing tumours.",
        "Quiets the misfiring neurons behind your child's spells.",
        "Serrapeptase eats through the fibrin that builds up in your veins.",
        "Breaks down the viral coating before it can spread to your cells.",
    ])
    func mechanism(_ text: String) {
        #expect(Self.rules(text).contains("implied-mechanism"), "\(text): \(Self.rules(text))")
    }

    @Test(arguments: [
        "Enzymes that digest the proteins in your dinner.",
        "Bacterial biofilm in your garden hose? Flush it with vinegar.",
        "A warm bath calms the nerves after a long day.",
        "Calms busy thoughts at bedtime.",
    ])
    func mechanismSilent(_ text: String) {
        #expect(!Self.rules(text).contains("implied-mechanism"), "\(text)")
    }

    @Test(arguments: [
        "Keeps your veins from hardening the way your father's did.",
        "So your hips never go brittle.",
        "Protects the nerves in your feet from dying off.",
        "Shields the lining of your joints from your own immune system.",
    ])
    func organProtection(_ text: String) {
        #expect(
            Self.rules(text).contains("implied-organ-protection"), "\(text): \(Self.rules(text))")
    }

    @Test(arguments: [
        "Helps protect cells from oxidative stress.",
        "Keeps the crust from going hard in the fridge.",
        "Supports strong bones and normal muscle function.",
    ])
    func organProtectionSilent(_ text: String) {
        #expect(!Self.rules(text).contains("implied-organ-protection"), "\(text)")
    }

    @Test(arguments: [
        "Strengthens a floppy valve so heartburn stays away.",
        "Patches the holes in your gut lining in a month.",
        "Puts your heart back into its normal rhythm when it flutters.",
    ])
    func functionRepair(_ text: String) {
        #expect(
            Self.rules(text).contains("implied-function-repair"), "\(text): \(Self.rules(text))")
    }

    @Test(arguments: [
        "Supports the integrity of a healthy gut lining.",
        "The plumber tightened the loose valve on the boiler.",
        "Dancing keeps your heart and your rhythm young.",
    ])
    func functionRepairSilent(_ text: String) {
        #expect(!Self.rules(text).contains("implied-function-repair"), "\(text)")
    }

    /// The messages name the reading.
    @Test func messages() throws {
        func message(_ text: String, _ rule: String) -> String? {
            Self.findings(text).first { $0.rule == rule }?.message
        }
        #expect(
            message("Gets your bilirubin back to normal in a month.", "implied-lab-value")
                == "disease claim: 'bilirubin back to normal' moves a lab value toward its normal "
                + "range (a value that needs moving is abnormal, and stands for the disease it "
                + "is a sign of)")
        #expect(
            message("Calms the overreacting mast cells in your airways.", "implied-mechanism")
                == "disease claim: 'Calms the overreacting mast cells' says what the product does "
                + "to a germ, a clot or a disease's misbehaving cells (a mechanism standing for a "
                + "cure)")
        #expect(
            message("Guards your arteries so they never harden.", "implied-organ-protection")
                == "disease claim: 'arteries so they never harden' claims to keep an organ from "
                + "failing the way a disease makes it fail")
        #expect(
            message("Tightens the weak valve in your stomach.", "implied-function-repair")
                == "disease claim: 'Tightens the weak valve' claims to make a failing part of an "
                + "organ work again (implying a disease made it fail)")
    }
}
