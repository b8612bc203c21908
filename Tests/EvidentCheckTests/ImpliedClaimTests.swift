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

    /// The analytes the HPO names raised or lowered (`Vocabulary/analytes.tsv`, rule A of
    /// `.ci/vocab/derive.py`) are `@lab-analyte-named`, less the table's analytes and the
    /// substances copy supplies; they count only as brought back to normal or past a number.
    @Test func derivedAnalytes() throws {
        let table = try #require(Fixtures.book.lexicon.labValues)
        let named = Set(
            try #require(try table.derivedClass(excluding: ["potassium"])["lab-analyte-named"]))
        #expect(named.isSuperset(of: ["aldosterone", "renin", "ceruloplasmin"]))
        #expect(!named.contains("potassium"))  // a substance
        // the table's (cortisol and alkaline phosphatase have MedlinePlus ranges there)
        #expect(named.isDisjoint(with: ["bilirubin", "cortisol", "alkaline phosphatase"]))
        let aldosterone = Self.rules("Gets a runaway aldosterone back to normal in a month.")
        #expect(aldosterone == ["implied-lab-value"])
        #expect(Self.rules("Took her renin from 12 back down to 3.") == ["implied-lab-value"])
        // A table analyte's number is read against its range (abnormal-lab-value refines the
        // moved value): 410 IU/L is above the range of alkaline phosphatase.
        #expect(
            Self.rules("Took her alkaline phosphatase from 410 back down to 90.") == [
                "abnormal-lab-value"
            ])
        #expect(Self.rules("Supports a healthy cortisol response to everyday stress.").isEmpty)
        #expect(Self.rules("A high protein snack to get you through the afternoon.").isEmpty)
    }

    /// A lab value needs a body: a reading said of a thing with no body (WordNet's
    /// `@unbodied-noun`: a tank, a pond, a battery) is the thing's, and no disease is read in it;
    /// a person's or an animal's value moved still is.
    @Test func aThingsReadingIsNoLabValue() {
        #expect(
            Self.rules("Our pond's nitrate levels fell to zero after one sachet of the clarifier.")
                .isEmpty)
        #expect(
            Self.rules(
                "The battery's charge levels are back to normal after a night on the charger."
            ).isEmpty)
        #expect(
            Self.rules("The terrarium's ammonia readings dropped overnight with our bedding.")
                .isEmpty)
        #expect(
            Self.rules(
                "Her ammonia levels dropped back to normal after a month of our herbal syrup."
            )
            .contains("implied-lab-value"))
        #expect(
            !Self.rules("Our old collie's ALT levels came back down to normal on the milk thistle.")
                .isEmpty)
    }

    /// A derived file's line without its ids is an error with its place.
    @Test func malformedDerivedAnalytes() {
        #expect(
            throws: CheckError.invalidRulePack(
                path: "analytes.tsv", line: 2, column: 1,
                message: "expected 'analyte<TAB>ids', got 'cortisol'")
        ) {
            try LabValueTable.derivedNames("# comment\ncortisol\n", path: "analytes.tsv")
        }
        #expect(
            CheckError.invalidRulePack(
                path: "analytes.tsv", line: 2, column: 1,
                message: "expected 'analyte<TAB>ids', got 'cortisol'"
            ).description
                == "analytes.tsv:2:1: error: expected 'analyte<TAB>ids', got 'cortisol'")
        #expect(
            (try? LabValueTable.derivedNames("cortisol\tHP:0003118\n", path: "a.tsv")) == [
                "cortisol"
            ])
    }

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
        // bounded on both sides: lowering it is a claim, raising it is not read
        #expect(high.contains("blood sugar") && !low.contains("blood sugar"))
        #expect(all.contains("blood sugar") && all.contains("resting heart rate"))
        // read only as a pair ("160/100 readings")
        #expect(!all.contains("readings") && !all.contains("numbers"))
        #expect(high.isDisjoint(with: low) && high.isSubset(of: all) && low.isSubset(of: all))
        for name in ["lab-analyte", "lab-analyte-high", "lab-analyte-low"] {
            #expect(Fixtures.book.lexicon.classID(name) != nil, "\(name)")
        }
    }

    /// Each reading, on copy that makes the claim: (sentence, rule).
    @Test(arguments: [
        ("Our milk thistle tonic drives elevated bilirubin down in six weeks.", "lab-value"),
        ("Gets a stubborn prolactin level back under control.", "lab-value"),
        ("Men tell us their PSA numbers stopped rising after a season on the blend.", "lab-value"),
        ("The hibiscus tea that knocks high ApoB down.", "lab-value"),
        ("Takes your prolactin back down to where it should be.", "lab-value"),
        ("Raises your T-score year after year.", "lab-value"),
        ("Watch your Lp(a) fall month after month.", "lab-value"),
        ("Lifts your T-score out of the danger zone.", "lab-value"),
        (
            "Garlic oil dissolves the protective coat of the bacteria behind your cough.",
            "mechanism"
        ),
        ("Jams the fuel supply that every germ in your gut depends on.", "mechanism"),
        ("Quiets the misfiring neurons behind your child's spells.", "mechanism"),
        ("Our enzyme digests stray fibrin in your bloodstream overnight.", "mechanism"),
        ("Breaks down the viral coating before it can spread to your cells.", "mechanism"),
        ("Keeps your veins from hardening the way your father's did.", "organ-protection"),
        ("Keeps your spine's bones from going brittle.", "organ-protection"),
        ("Protects the nerves in your feet from dying off.", "organ-protection"),
        ("Shields the lining of your joints from your own immune system.", "organ-protection"),
        ("Strengthens a floppy valve so heartburn stays away.", "function-repair"),
        ("Patches the holes in your gut lining in a month.", "function-repair"),
        ("Puts your heart back into its normal rhythm when it flutters.", "function-repair"),
    ])
    func fires(_ text: String, _ reading: String) {
        #expect(Self.rules(text).contains("implied-" + reading), "\(text): \(Self.rules(text))")
    }

    /// Lawful structure/function, cautions and everyday copy near each reading's words.
    @Test(arguments: [
        (
            "Helps maintain healthy triglyceride levels already within the normal range.",
            "lab-value"
        ),
        ("Supports healthy homocysteine metabolism with B vitamins.", "lab-value"),
        ("If your bilirubin is high, see your doctor before use.", "lab-value"),
        ("Won't raise blood sugar: sweetened with allulose.", "lab-value"),
        ("Your lab results are back in three working days.", "lab-value"),
        ("The snowboard park's high range of jumps is back this winter.", "lab-value"),
        ("Enzymes that digest the proteins in your dinner.", "mechanism"),
        ("Bacterial biofilm in your garden hose? Flush it with vinegar.", "mechanism"),
        ("A warm bath calms the nerves after a long day.", "mechanism"),
        ("Calms busy thoughts at bedtime.", "mechanism"),
        ("Helps protect cells from oxidative stress.", "organ-protection"),
        ("Keeps the crust from going hard in the fridge.", "organ-protection"),
        ("Supports strong bones and normal muscle function.", "organ-protection"),
        ("Supports the integrity of a healthy gut lining.", "function-repair"),
        ("The plumber tightened the loose valve on the boiler.", "function-repair"),
        ("Dancing keeps your heart and your rhythm young.", "function-repair"),
    ])
    func silent(_ text: String, _ reading: String) {
        #expect(!Self.rules(text).contains("implied-" + reading), "\(text)")
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
                == "disease claim: 'Guards your arteries so they never harden' claims to keep an "
                + "organ from failing the way a disease makes it fail")
        #expect(
            message("Tightens the weak valve in your stomach.", "implied-function-repair")
                == "disease claim: 'Tightens the weak valve' claims to make a failing part of an "
                + "organ work again (implying a disease made it fail)")
    }
}
