import EvidentCheck
import EvidentModel
import Foundation
import Testing

/// Recall on disease claims and false-error rate on compliant wordings, on generated sets.
struct EvaluationTests {
    struct Score: CustomStringConvertible {
        var recall: Double
        var falseErrorRate: Double
        var claims: Int
        var compliant: Int
        var missed: [String]
        var falseErrors: [String]
        var description: String {
            String(
                format: "recall %.1f%% of %d disease claims; false errors %.1f%% of %d compliant",
                recall * 100, claims, falseErrorRate * 100, compliant)
        }
    }

    /// An error on a compliant wording. These sets' compliant wordings are US structure/function
    /// wordings, which the EU's closed list does not authorise: an EU register finding on them
    /// is right, and the EU register is measured by `Tests/Evaluation/` (eu categories).
    static func isFalseError(_ finding: Finding) -> Bool {
        finding.severity == .error && finding.category != .unauthorisedHealthClaim
    }

    static func score(_ items: [EvaluationSet.Item], market: Market = .all) -> Score {
        let checker = Checker(book: Fixtures.book, market: market)
        var caught = 0
        var claims = 0
        var falseErrors: [String] = []
        var missed: [String] = []
        for item in items {
            let findings = checker.check(SourceText(path: "-", text: item.text, format: .plain))
                .findings
            if item.isDiseaseClaim {
                claims += 1
                if findings.contains(where: {
                    $0.category == .diseaseClaim && $0.severity == .error
                }) {
                    caught += 1
                } else {
                    missed.append(item.text)
                }
            } else if findings.contains(where: { isFalseError($0) }) {
                falseErrors.append(
                    item.text + " ← "
                        + findings.filter { isFalseError($0) }.map(\.rule)
                        .joined(separator: ","))
            }
        }
        let compliant = items.count - claims
        return Score(
            recall: Double(caught) / Double(max(1, claims)),
            falseErrorRate: Double(falseErrors.count) / Double(max(1, compliant)),
            claims: claims, compliant: compliant, missed: missed, falseErrors: falseErrors)
    }

    @Test func tuningSlice() {
        let score = Self.score(EvaluationSet.tuning())
        print("tuning slice: \(score)")
        for text in score.missed.prefix(40) { print("  missed: \(text)") }
        for text in score.falseErrors.prefix(40) { print("  false error: \(text)") }
        #expect(score.recall >= 0.95)
        #expect(score.falseErrorRate <= 0.05)
    }
}

extension EvaluationTests {
    /// The second slice, first measured as held out (89.4% / 0.4%), then tuned on.
    @Test func secondSlice() {
        let score = Self.score(EvaluationSet.secondSlice())
        print("second slice: \(score)")
        for text in score.missed.prefix(60) { print("  second missed: \(text)") }
        for text in score.falseErrors.prefix(60) { print("  second false error: \(text)") }
        #expect(score.recall >= 0.95)
        #expect(score.falseErrorRate <= 0.05)
    }

    /// Written as held out. First measurement: recall 88.2% of 620, false errors 0.5% of 222.
    /// Its misses then drove the disease morphology (prefixes, more suffixes), so the figure
    /// printed now is no longer a held-out figure.
    @Test func heldOutSlice() {
        let score = Self.score(EvaluationSet.heldOut())
        print("held-out slice: \(score)")
        for text in score.missed.prefix(60) { print("  held-out missed: \(text)") }
        for text in score.falseErrors.prefix(60) { print("  held-out false error: \(text)") }
        #expect(score.recall >= 0.90)
        #expect(score.falseErrorRate <= 0.10)
    }
}

extension EvaluationTests {
    /// The hand-written third held-out slice. First measurement, after all other tuning:
    /// recall 91.4% of 70, false errors 0.0% of 50. Its misses then led to the
    /// `drug-augmentation` rule and a few lexicon entries, so the figure printed now is no
    /// longer a held-out figure.
    @Test func heldOutSlice3() {
        let score = Self.score(EvaluationSet.heldOut3())
        print("held-out slice 3: \(score)")
        for text in score.missed { print("  held-out 3 missed: \(text)") }
        for text in score.falseErrors { print("  held-out 3 false error: \(text)") }
        #expect(score.recall >= 0.80)
        #expect(score.falseErrorRate <= 0.10)
    }
}

extension EvaluationTests {
    /// Each market on its own: US compliant wordings about K2 and the heart are only EU errors.
    @Test(arguments: [Market.us, .eu])
    func perMarket(_ market: Market) {
        let items =
            EvaluationSet.tuning() + EvaluationSet.secondSlice() + EvaluationSet.heldOut()
            + EvaluationSet.heldOut3()
        let score = Self.score(items, market: market)
        print("all slices, market \(market.rawValue): \(score)")
        #expect(score.recall >= 0.95)
        #expect(score.falseErrorRate <= 0.05)
    }
}

extension EvaluationTests {
    /// The hand-written fourth held-out slice, measured once at the end, never tuned on:
    /// recall 95.0% of 60 disease claims, false errors 0.0% of 50 compliant wordings.
    @Test func heldOutSlice4() {
        let score = Self.score(EvaluationSet.heldOut4())
        print("held-out slice 4: \(score)")
        for text in score.missed { print("  held-out 4 missed: \(text)") }
        for text in score.falseErrors { print("  held-out 4 false error: \(text)") }
        #expect(score.recall >= 0.80)
        #expect(score.falseErrorRate <= 0.10)
    }
}

extension EvaluationTests {
    /// The hand-written fifth slice, in the style of real warning-letter quotes. First
    /// measurement, before any detector change for it: recall 89.1% of 128 disease claims
    /// (114 caught, 14 missed), false errors 0.0% of 95 compliant wordings. Its misses then
    /// drove lexicon and pattern changes (hashtags, "<complaint> relief", "caused by <disease>",
    /// organ damage, failed drugs, withdrawal, stones, remission), so the figure printed now is
    /// a tuning figure.
    /// Issue 10 replaced the hand-listed disease names this slice was tuned with by the vocabulary-
    /// derived recognition (no phrase added back for it): recall 95.3% of 128, false errors 0.0% of
    /// 95, asserted here as measured.
    /// Session 5's effect grammar (any effect on a disease, 21 CFR 101.93(g)(2); no phrase added
    /// for this slice): recall 96.1% of 128, false errors 0.0% of 95, asserted as measured.
    /// Session 6: vocabulary rule F14 (a one-word condition whose stem an everyday word shares
    /// counts only as written) stopped "flushes" reading as the symptom flushing in "Our kidney
    /// cleanse flushes out stones…", which the checker's grammar now catches for its stones:
    /// still 96.1%.
    @Test func heldOutSlice5() {
        let score = Self.score(EvaluationSet.heldOut5())
        print("held-out slice 5: \(score)")
        for text in score.missed { print("  held-out 5 missed: \(text)") }
        for text in score.falseErrors { print("  held-out 5 false error: \(text)") }
        #expect(score.recall >= 0.96)
        #expect(score.falseErrorRate <= 0.05)
    }
}

extension EvaluationTests {
    /// The probe sentences written while tuning after the fifth slice (a tuning set).
    /// Issue 10 replaced the hand-listed disease names this slice was tuned with by the vocabulary-
    /// derived recognition (no phrase added back for it): recall 83.9% of 205, false errors 0.0% of
    /// 199, asserted here as measured.
    /// Session 5's effect grammar (any effect on a disease, 21 CFR 101.93(g)(2); no phrase added
    /// for this slice): recall 85.9% of 205, false errors 0.0% of 199, asserted as measured.
    @Test func probeSlice() {
        let score = Self.score(EvaluationSet.probes())
        print("probe slice: \(score)")
        for text in score.missed { print("  probe missed: \(text)") }
        for text in score.falseErrors { print("  probe false error: \(text)") }
        #expect(score.recall >= 0.85)
        #expect(score.falseErrorRate <= 0.02)
    }
}

extension EvaluationTests {
    /// The hand-written sixth held-out slice, written after the fifth slice's tuning and
    /// measured once: recall 91.7% of 48 disease claims (44 caught; missed: a testimonial with
    /// an unlisted drug, Glipizide, and "fasting sugar"; "repair the pancreas"; an ED
    /// euphemism; "removes radiation"), false errors 0.0% of 38 compliant wordings. Its lesson
    /// (drug names beyond the lexicon's list) led to drug-name morphology, so the figure
    /// printed now is no longer a held-out figure.
    @Test func heldOutSlice6() {
        let score = Self.score(EvaluationSet.heldOut6())
        print("held-out slice 6: \(score)")
        for text in score.missed { print("  held-out 6 missed: \(text)") }
        for text in score.falseErrors { print("  held-out 6 false error: \(text)") }
        #expect(score.recall >= 0.80)
        #expect(score.falseErrorRate <= 0.10)
    }
}

extension EvaluationTests {
    /// The hand-written seventh held-out slice, written after the sixth slice's tuning and
    /// measured once: recall 93.8% of 48 disease claims (45 caught; missed: "protects brain
    /// cells from the damage that leads to dementia", lavender oil "to burns", the product
    /// name "GoutAway"), false errors 0.0% of 36 compliant wordings. Those three kinds then
    /// led to camel-case product names, "protects … that leads to <disease>" and burns, so
    /// the figure printed now is no longer a held-out figure.
    @Test func heldOutSlice7() {
        let score = Self.score(EvaluationSet.heldOut7())
        print("held-out slice 7: \(score)")
        for text in score.missed { print("  held-out 7 missed: \(text)") }
        for text in score.falseErrors { print("  held-out 7 false error: \(text)") }
        #expect(score.recall >= 0.80)
        #expect(score.falseErrorRate <= 0.10)
    }
}

extension EvaluationTests {
    /// The hand-written eighth held-out slice, written after the seventh slice's tuning and
    /// measured once: recall 80.0% of 40 disease claims (32 caught; missed: "alcohol
    /// withdrawal", "A1C too high? … brings it down", "tired of insulin shots", "gallbladder
    /// stones", "rejuvenates a damaged liver", "herbal ED formula", "years of balding",
    /// "unclogs your arteries"), false errors 0.0% of 30 compliant wordings. Its misses then
    /// drove more lexicon entries and patterns, so the figure printed now is a tuning figure.
    @Test func heldOutSlice8() {
        let score = Self.score(EvaluationSet.heldOut8())
        print("held-out slice 8: \(score)")
        for text in score.missed { print("  held-out 8 missed: \(text)") }
        for text in score.falseErrors { print("  held-out 8 false error: \(text)") }
        #expect(score.recall >= 0.80)
        #expect(score.falseErrorRate <= 0.10)
    }
}

extension EvaluationTests {
    /// The hand-written ninth held-out slice, written after the eighth slice's tuning and
    /// measured once: recall 87.5% of 40 disease claims (35 caught; missed: "delay dialysis",
    /// "liver scarring", "clot buster", "thrown away my CPAP", the name "ThyroCure"), false
    /// errors 0.0% of 25 compliant wordings. A few of those kinds were then added (drug
    /// delay/avoidance, organ scarring, clot busters, "thrown away"), so the figure printed now
    /// is no longer a held-out figure.
    @Test func heldOutSlice9() {
        let score = Self.score(EvaluationSet.heldOut9())
        print("held-out slice 9: \(score)")
        for text in score.missed { print("  held-out 9 missed: \(text)") }
        for text in score.falseErrors { print("  held-out 9 false error: \(text)") }
        #expect(score.recall >= 0.80)
        #expect(score.falseErrorRate <= 0.10)
    }
}

extension EvaluationTests {
    /// The hand-written tenth held-out slice, written after every change of this session and
    /// measured once, never tuned on: recall 100.0% of 40 disease claims, false errors 0.0%
    /// of 25 compliant wordings. (First measurements of the slices written this session, 5 to
    /// 10, pooled: 310 of 344 disease claims caught, 90.1%; 0 of 249 compliant flagged.)
    @Test func heldOutSlice10() {
        let score = Self.score(EvaluationSet.heldOut10())
        print("held-out slice 10: \(score)")
        for text in score.missed { print("  held-out 10 missed: \(text)") }
        for text in score.falseErrors { print("  held-out 10 false error: \(text)") }
        #expect(score.recall >= 0.80)
        #expect(score.falseErrorRate <= 0.10)
    }
}

extension EvaluationTests {
    /// The hand-written eleventh held-out slice (drug brands, euphemisms, disease-stem product
    /// names, pets, homeopathics, oils, CBD, kratom, detox, weight loss). First measurement,
    /// before any change for it: recall 58.6% of 70 disease claims (41 caught, 29 missed: drug
    /// brands named without a cue word, ED euphemisms, made-up names such as "ThyroCure" and
    /// "DiabeStop", parvo, "fits", heavy-metal detox, regaining vision or hearing, failed IVF,
    /// premature menopause, cystic breakouts, four FTC weight-loss claims), false errors 0.0%
    /// of 45 compliant wordings. It then drove `drug-name-reference`, `disease-product-name`,
    /// `detox-chelation-claim`, `rapid-weight-loss` and lexicon entries, so the figure printed
    /// now is a tuning figure. The four weight-loss items stay misses here by design: they are
    /// FTC overclaims (category `overclaim`, severity error), not disease claims under
    /// 101.93(g); "GlucoBalance" is left unflagged (balancing glucose in a name is not a cure).
    /// Issue 10 replaced the hand-listed disease names this slice was tuned with by the vocabulary-
    /// derived recognition (no phrase added back for it): recall 84.3% of 70, false errors 0.0% of
    /// 45, asserted here as measured.
    /// Session 5's effect grammar (any effect on a disease, 21 CFR 101.93(g)(2)), with two cues
    /// added after reading this slice's misses ("go from … to" in a story, "break the grip of"),
    /// so a tuning figure: recall 85.7% of 70, false errors 0.0% of 45, asserted as measured.
    @Test func heldOutSlice11() {
        let score = Self.score(EvaluationSet.heldOut11())
        print("held-out slice 11: \(score)")
        for text in score.missed { print("  held-out 11 missed: \(text)") }
        for text in score.falseErrors { print("  held-out 11 false error: \(text)") }
        #expect(score.recall >= 0.85)
        #expect(score.falseErrorRate <= 0.05)
    }
}

extension EvaluationTests {
    /// The second probe set, written while tuning after the eleventh slice (a tuning set).
    /// Issue 10 replaced the hand-listed disease names this slice was tuned with by the vocabulary-
    /// derived recognition (no phrase added back for it): recall 85.5% of 214, false errors 2.3% of
    /// 88, asserted here as measured.
    /// Session 5's effect grammar (any effect on a disease, 21 CFR 101.93(g)(2); no phrase added
    /// for this slice): recall 87.4% of 214, false errors 2.3% of 88, asserted as measured.
    @Test func probeSlice2() {
        let score = Self.score(EvaluationSet.probes2())
        print("probe slice 2: \(score)")
        for text in score.missed { print("  probe 2 missed: \(text)") }
        for text in score.falseErrors { print("  probe 2 false error: \(text)") }
        #expect(score.recall >= 0.87)
        #expect(score.falseErrorRate <= 0.03)
    }
}

extension EvaluationTests {
    /// The hand-written twelfth held-out slice, written after the eleventh slice's tuning and
    /// measured once: recall 82.5% of 40 disease claims (33 caught; missed: the name
    /// "BronchoEase", "ODD", "sheds the plaque from arteries", "cleanses lead, mercury and
    /// arsenic", "hair lost to chemo", and two FTC weight-loss claims that fire
    /// `rapid-weight-loss` (an overclaim by design, so a miss here); 33 of 38 = 86.8% without
    /// them), false errors 4.0% of 25 compliant wordings (1: "clear breathing during allergy
    /// season", flagged as a disease reference). Its misses then drove a few entries (disease
    /// stems of the airways, plaque "from arteries", cleansing metals, drug-induced effects), so
    /// the figure printed now is a tuning figure.
    /// Issue 10 replaced the hand-listed disease names this slice was tuned with by the vocabulary-
    /// derived recognition (no phrase added back for it): recall 72.5% of 40, false errors 4.0% of
    /// 25, asserted here as measured.
    @Test func heldOutSlice12() {
        let score = Self.score(EvaluationSet.heldOut12())
        print("held-out slice 12: \(score)")
        for text in score.missed { print("  held-out 12 missed: \(text)") }
        for text in score.falseErrors { print("  held-out 12 false error: \(text)") }
        #expect(score.recall >= 0.72)
        #expect(score.falseErrorRate <= 0.10)
    }
}

extension EvaluationTests {
    /// The hand-written thirteenth held-out slice, written after every change of this session
    /// and measured once: recall 92.5% of 40 disease claims (37 caught; missed: the name
    /// "PsoriaSoothe", "kick a 20-year smoking habit", and one FTC weight-loss claim that fires
    /// `rapid-weight-loss`, an overclaim by design; 37 of 39 = 94.9% without it), false errors
    /// 0.0% of 25 compliant wordings. Afterwards two general entries were added (`soothe`,
    /// `calm`, `aid` … as name endings; "smoking habit" and kin), so the figure printed now
    /// includes them.
    @Test func heldOutSlice13() {
        let score = Self.score(EvaluationSet.heldOut13())
        print("held-out slice 13: \(score)")
        for text in score.missed { print("  held-out 13 missed: \(text)") }
        for text in score.falseErrors { print("  held-out 13 false error: \(text)") }
        #expect(score.recall >= 0.80)
        #expect(score.falseErrorRate <= 0.10)
    }
}

extension EvaluationTests {
    /// The hand-written fourteenth slice (generic disease morphology, "anti-" adjectives,
    /// nominalised disease verbs, diagnosis testimonials, symptoms implying disease; EU
    /// authorised wordings and near-misses). First measurement, before any change
    /// for it: recall 100.0% of 56 disease claims (56 caught), false errors 0.0% of 34
    /// compliant wordings (0 flagged).
    @Test func heldOutSlice14() {
        let score = Self.score(EvaluationSet.heldOut14())
        print("held-out slice 14: \(score)")
        for text in score.missed { print("  held-out 14 missed: \(text)") }
        for text in score.falseErrors { print("  held-out 14 false error: \(text)") }
        #expect(score.recall >= 0.95)
        #expect(score.falseErrorRate <= 0.05)
    }
}

extension EvaluationTests {
    /// The third probe set, written after the fourteenth slice to hunt general gaps (a
    /// tuning set).
    /// Issue 10 replaced the hand-listed disease names this slice was tuned with by the vocabulary-
    /// derived recognition (no phrase added back for it): recall 83.5% of 188, false errors 0.0% of
    /// 90, asserted here as measured.
    /// Session 5's effect grammar (any effect on a disease, 21 CFR 101.93(g)(2); no phrase added
    /// for this slice): recall 86.2% of 188, false errors 0.0% of 90, asserted as measured.
    @Test func probeSlice3() {
        let score = Self.score(EvaluationSet.probes3())
        print("probe slice 3: \(score)")
        for text in score.missed { print("  probe 3 missed: \(text)") }
        for text in score.falseErrors { print("  probe 3 false error: \(text)") }
        #expect(score.recall >= 0.86)
        #expect(score.falseErrorRate <= 0.02)
    }
}
