import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Numeric lab values (21 CFR 101.93(g)(2)(iv): an abnormal lab value stands for the disease):
/// an analyte of `lab-values.yaml` with a value outside its reference range, or one brought
/// back into it, in copy about a product or its users. Sentences written for this test (none
/// from an evaluation set), with lawful and everyday counterparts.
struct LabValueTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    /// A value outside its range, in any unit the table knows, before or after the analyte.
    @Test(arguments: [
        "Customers with an LDL of 210 mg/dL tell us it dropped in six weeks.",
        "I started the berberine with an A1C of 8.7 and a lot of worry.",
        "My triglycerides were 480 before the krill oil.",
        "Came to us with a PSA of 9 and a worried wife; our saw palmetto blend changed that.",
        "Her fasting sugar sat at 7.9 mmol/L every morning until she found our tea.",
        "Our readers with a 155/95 reading swear by the hibiscus tonic.",
        "I had a DEXA T-score of -3.1 when I started the collagen.",
        "My viral load was 48,000 copies/mL before the elderberry protocol.",
        "Your CD4 count of 180 will thank you for this mushroom blend.",
        "Platelets at 60 after chemo? Papaya leaf extract is what our customers use.",
        "Her eye pressure was 26 when she started the saffron capsules.",
        "My urine protein was 900 mg/day before the kidney tea.",
    ])
    func valueOutOfRange(_ text: String) {
        #expect(Self.rules(text).contains("abnormal-lab-value"), "\(text)")
    }

    /// A value said to come back to its range implies it was outside it.
    @Test(arguments: [
        "Our customers see their ferritin come back up to 40.",
        "Gets your eGFR back above 60 without a prescription.",
        "My husband's A1C is back at 5.4 since he started the cinnamon capsules.",
    ])
    func valueBackInRange(_ text: String) {
        #expect(Self.rules(text).contains("abnormal-lab-value"), "\(text)")
    }

    /// Values inside the range kept there, doses, counts, times, education and cautions.
    @Test(arguments: [
        "Helps maintain a fasting glucose of 88 mg/dL that is already in the normal range.",
        "Each serving has 0 mg cholesterol and 3 g sugar.",
        "Supports healthy blood sugar levels for 6 hours after a meal.",
        "If your LDL is above 190 mg/dL, talk to your doctor before use.",
        "Normal blood pressure is below 120/80.",
        "We ship 160/100 packs to the warehouse every Monday.",
        "Runners who finished the 400 meter race got a free sample.",
        "My blood pressure at 65 years old is the same as at 40.",
        "Take 2 capsules with your evening meal; each holds 1,000 IU of vitamin D.",
    ])
    func silent(_ text: String) {
        #expect(!Self.rules(text).contains("abnormal-lab-value"), "\(text)")
    }

    /// The first number of `text` as the table's reader reads it (`spoken`: a second value
    /// after "over" too).
    static func read(_ text: String, spoken: Bool = false) -> LabValueTable.Reading? {
        guard let table = Fixtures.book.lexicon.labValues else { return nil }
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
        guard let index = tokens.firstIndex(where: { Tokenizer.isDigit(scalars[$0.start]) })
        else { return nil }
        return table.reading(at: index, of: tokens, in: scalars, spoken: spoken)?.reading
    }

    /// What the number reader reads of a number lies within `LabValueTable.reach` of its
    /// first digit: the same reading (and end) when every scalar outside it is replaced.
    @Test func readingStaysWithinItsReach() throws {
        let table = try #require(Fixtures.book.lexicon.labValues)
        let texts = [
            "T-score of -2.8 today", "T-score of minus 2.8", "so negative 2.5 now",
            "an A1C of 9.2% in May", "LDL 4.9 mmol/L at last", "read 162/98 in January",
            "a 165 over 100 reading", "was 120 over 80 mmHg", "up 5 per cent on", "5 percent",
            "fasting glucose of 190", "190 mg/dL", "slept for 8 hours", "50,000 IU a week",
            "9.2", "at 7.", "MK-7 lowers", "(approx. 133% NRV), e.g.", "in 2009.",
        ]
        for text in texts {
            for before in ["", "Yes. ", "I was minus ", "x\n\n"] {
                for after in ["", " Next one.", " per cent", " over 90 mg", "\u{00A0}mg/dL."] {
                    let scalars = Array((before + text + after).unicodeScalars)
                    let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
                    for (index, token) in tokens.enumerated()
                    where Tokenizer.isDigit(scalars[token.start]) {
                        let reach = LabValueTable.reach(of: token.start, in: scalars)
                        var masked = scalars
                        for position in masked.indices where !reach.contains(position) {
                            masked[position] = "#"
                        }
                        for spoken in [false, true] {
                            let read = table.reading(
                                at: index, of: tokens, in: scalars, spoken: spoken)
                            let again = table.reading(
                                at: index, of: tokens, in: masked, spoken: spoken)
                            #expect(read?.reading == again?.reading, "\(before + text + after)")
                            #expect(read?.end == again?.end, "\(before + text + after)")
                        }
                    }
                }
            }
        }
    }

    /// The number reader: signs, separators, pairs, units and counts.
    @Test func readings() throws {
        _ = try #require(Fixtures.book.lexicon.labValues)
        func read(_ text: String) -> LabValueTable.Reading? { Self.read(text) }
        #expect(read("T-score of -2.8") == .init(value: -2.8, unit: nil, isCount: false))
        #expect(read("an A1C of 9.2%") == .init(value: 9.2, unit: "%", isCount: false))
        #expect(read("LDL 4.9 mmol/L") == .init(value: 4.9, unit: "mmol/l", isCount: false))
        #expect(
            read("read 162/98 in January")
                == .init(value: 162, second: 98, unit: nil, isCount: false))
        #expect(
            read("a load of 48,000 copies/mL")
                == .init(value: 48000, unit: "copies/ml", isCount: false))
        #expect(read("for 8 hours") == .init(value: 8, unit: nil, isCount: true))
        #expect(
            read("ferritin at 12 \u{03BC}g/L")
                == .init(value: 12, unit: "\u{00B5}g/l", isCount: false))
    }

    /// Blood pressure said in words ("165 over 100") beside a cuff, a reading, a pressure or BP
    /// is read as the pair "165/100"; with no such word, two pairs given as a before and an
    /// after across the normal limit are.
    @Test(arguments: [
        "My cuff used to read 165 over 100 before the hibiscus tea.",
        "My BP sat at 150 over 95 until I found the beet shots.",
        "A 162 over 98 reading was normal for me before the garlic capsules.",
        "Down to 118 over 76 from 165 over 100 since the garlic pearls.",
        "The doctor wanted me on pills at 158 over 96; six weeks of our tea and I'm at 124 over 80.",
    ])
    func pressureSaidInWords(_ text: String) {
        #expect(Self.rules(text).contains("abnormal-lab-value"), "\(text): \(Self.rules(text))")
    }

    /// A normal pair, one pair with no pressure word, a pair that is a count or a score, and
    /// "over" as "more than" are no abnormal pressure.
    @Test(arguments: [
        "My cuff said 120 over 80 at the check-up.",
        "The doctor wanted me on pills at 158 over 96.",
        "Our blood pressure cuff takes 150 over 14 days of readings to calibrate.",
        "The home side won 105 over 98 on Saturday.",
        "Keep your glucose readings over 70 and under 140 with regular meals.",
    ])
    func pressureSaidInWordsSilent(_ text: String) {
        #expect(!Self.rules(text).contains("abnormal-lab-value"), "\(text): \(Self.rules(text))")
    }

    /// The reader takes a second value after "over" only when asked (for an analyte read as a
    /// pair), and only a smaller whole number.
    @Test func spokenPairs() throws {
        _ = try #require(Fixtures.book.lexicon.labValues)
        func read(_ text: String, spoken: Bool) -> LabValueTable.Reading? {
            Self.read(text, spoken: spoken)
        }
        #expect(
            read("read 165 over 100 in May", spoken: true)
                == .init(value: 165, second: 100, unit: nil, isCount: false))
        #expect(
            read("read 165 Over 100", spoken: true)
                == .init(value: 165, second: 100, unit: nil, isCount: false))
        #expect(
            read("read 165 over 100", spoken: false)
                == .init(value: 165, unit: nil, isCount: false))
        #expect(read("3 over 40", spoken: true) == .init(value: 3, unit: nil, isCount: false))
        #expect(read("5.5 over 2", spoken: true) == .init(value: 5.5, unit: nil, isCount: false))
        #expect(
            read("150 over 14 days", spoken: true)
                == .init(value: 150, second: 14, unit: nil, isCount: true))
    }

    /// The file's errors name the file and what is wrong.
    @Test func malformedTable() {
        let yaml = """
            sources: {ada: "ADA"}
            analytes:
              - names: [fasting glucose]
                source: nih
                ranges: [{unit: mg/dl, high: 99, plausible: [20, 700]}]
            counts: []
            """
        #expect(
            throws: CheckError.invalidRulePack(
                path: "lab-values.yaml",
                message: "analyte 'fasting glucose': unknown source 'nih' (expected one of: ada)")
        ) {
            try LabValueTable(yaml: yaml, path: "lab-values.yaml")
        }
    }
}
