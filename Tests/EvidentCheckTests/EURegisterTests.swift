import EvidentCheck
import EvidentModel
import Foundation
import Testing

/// The EU register as its own test: the real checker, under `--market eu`, on the register's own
/// claim texts (`../shared/vocab/eu_claims/`, as `.ci/derive-eu-register` cleans them). Every
/// authorised wording, said with its substance, passes as authorised; the non-authorised claims
/// are caught, and named as the register's non-authorised claims where it has them.
///
/// Measured with the release binary before the substance names were derived by rule (session
/// 7, `--market eu`, one paragraph per claim): of the 269 authorised wordings 258 passed as
/// authorised (7 errors, 2 wording warnings, 2 with no finding); of the 1,832 non-authorised
/// texts whose substance had a name, 1,719 were caught (1,652 named as non-authorised). After:
/// 1,866 with a name, 1,749 caught, 1,683 named; authorised: all but six. After the checker's
/// lab-value and word-sense work landed (same day) fewer sentences read as health claims at all:
/// 1,692 caught, 1,617 named; authorised: all but the five `knownFailures`. Session 8, after a
/// claim naming no known substance became a claim about the product and "Omega" entries got
/// their full name: 1,704 caught, 1,622 named; 1,621 named after the concept links of the same
/// session. Session 9, after parts of "and" wordings, the copy's words naming the substance and
/// intensifiers the wording uses stopped counting against a paraphrase: authorised all but one
/// (266 of 267); 1,704 caught, 1,615 named (six more read as close to an authorised wording than
/// to a refused one, still errors) (pinned below). Session 10, after Roman numerals in a list
/// ("WSTC I and II") stopped reading as a narrator (checker): authorised all 267. After a sentence
/// naming a substance had to name an aspect of health too (`RegisterHealthAspectTests`: "a zinc
/// roof keeps the shed standing" is no claim): 1,693 caught, 1,605 named (eleven vague refused texts
/// name no aspect the register, the lexicon's health targets or `@eu-health-aspect` know: "Dha:
/// Calming", "Wheat germ oil: Increases potency"); after names from "i.e." lists and
/// abbreviations, footnotes after a starred word and one-word verbs of effect: 1,696 caught,
/// 1,607 named. Session 11, after a verb reads as the register's noun of action derived from it
/// (WordNet: "absorb" as "absorption") and the copy's lead-in before the substance stopped
/// counting against a paraphrase: authorised all 267, 1,696 caught, 1,609 named. After the concept
/// reading of negations (7cdd3e7, craft; reverting its sources restores 1,696): 1,695 caught, 1,608 named
/// (pinned below); the one text lost, "Bifidobacterium animalis subsp. lactis Bi-07 contributes to
/// the improvement of lactose digestion in individuals who have difficulty digesting lactose", is
/// now a warning against the authorised live-cultures wording POL-HC-6400 it nearly repeats.
/// Session 12, after the copy's circumstances (words naming no health aspect and nothing else of
/// health) stopped counting against an authorised paraphrase and adjectives read as the nouns of
/// their quality: authorised all 267, 1,694 caught, 1,607 named (pinned below). The one text
/// lost is two claims run together with no full stop ("… can help maintain healthy blood glucose
/// levels Barley beta glucan soluble fiber from BarleyTrim™ helps maintain healthy blood
/// cholesterol levels"): without its product words it is half the authorised barley cholesterol
/// wording, a warning for its glucose half rather than an error. Session 13, after the words
/// that only qualify an aspect ("free", "down", "heavy": `EURegister.qualifiers`) stopped naming
/// a health aspect and the verbs' WordNet synonyms read as the register's nouns: authorised all
/// 267, 1,691 caught, 1,604 named (pinned below). The three texts lost were claims only through
/// such a word: "CLA may protect against free radicals" (no relationship of the register names
/// free radicals) and two copies of an EPA text whose only aspect was the "down" of "calm down".
/// Session 14, after a name had to have two letters in a row, lay names (MeSH entry terms) read
/// as the wordings' terms and an aspect written as a thing's stopped being one: 1,864 texts with
/// a name (two entries were named only by "a/b-61" and by percentages), authorised all 267,
/// 1,687 caught, 1,603 named (pinned below). The two other texts lost: one was caught only
/// because "2." of a numbered list named a substance ("… 2. Improves function of the heart"),
/// and "Fabenol Max reduces the absorption of carbohydrates" is now a wording warning against
/// the authorised carbohydrate-electrolyte wording (the lay names moved the targets' weights).
@Suite struct EURegisterTests {
    /// One claim of the source file.
    struct Claim: Sendable {
        var id: String
        var status: String
        var text: String
    }

    /// Every claim of the register, as the Commission's file has it.
    static let claims: [Claim] = {
        let url = Fixtures.shared.appendingPathComponent("vocab/eu_claims/eu_health_claims.jsonl")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("\(url.path): cannot read the EU register")
        }
        return text.split(separator: "\n").compactMap { line -> Claim? in
            guard
                let object = try? JSONSerialization.jsonObject(with: Data(line.utf8))
                    as? [String: Any],
                let id = object["document_id"] as? String,
                let status = object["status"] as? String
            else { return nil }
            let text = (object["claim_text"] as? String ?? "").split(
                whereSeparator: \.isWhitespace
            ).joined(separator: " ")
            return Claim(id: id, status: status, text: text)
        }
    }()

    /// The register that ships with Evident, by id.
    static let bundled: [String: RegisterEntry] = {
        guard let folder = RuleBook.bundledDirectory,
            let data = try? Data(contentsOf: folder.appendingPathComponent("eu-register.json")),
            let register = try? EURegister(data: data, path: "eu-register.json")
        else { preconditionFailure("the bundled EU register does not load") }
        return Dictionary(register.entries.map { ($0.id, $0) }) { first, _ in first }
    }()

    /// The copy for a claim: its text, after its substance's first name when the text names
    /// none of them ("Helps maintain …" is said of the substance); `nil` when the register gives
    /// the substance no name copy could use.
    static func copy(_ claim: Claim) -> String? {
        guard let entry = bundled[claim.id], let first = entry.names.first else { return nil }
        let said = Tokenizer.terms(claim.text)
        let named = entry.names.contains { name in
            let terms = Tokenizer.terms(name)
            guard !terms.isEmpty, terms.count <= said.count else { return false }
            return (0...(said.count - terms.count)).contains {
                Array(said[$0..<($0 + terms.count)]) == terms
            }
        }
        return named
            ? claim.text : first.prefix(1).uppercased() + first.dropFirst() + ": " + claim.text
    }

    /// The EU findings of each text, checked as one document of one paragraph per text.
    static func findings(_ texts: [String]) -> [[Finding]] {
        let checker = Checker(book: Fixtures.book, market: .eu)
        let checked = checker.check(
            SourceText(
                path: "register.txt", text: texts.joined(separator: "\n\n") + "\n", format: .plain))
        var per = [[Finding]](repeating: [], count: texts.count)
        for finding in checked.findings where finding.line % 2 == 1 {
            let item = finding.line / 2
            if per.indices.contains(item) { per[item].append(finding) }
        }
        return per
    }

    @Test func theBundledRegisterHoldsEveryClaimOfTheSource() {
        #expect(Self.claims.count == 2_337)
        #expect(Self.bundled.count == Self.claims.count)
        for claim in Self.claims {
            #expect(Self.bundled[claim.id]?.wording == claim.text, "\(claim.id)")
        }
    }

    /// Copy names a substance shorter than the register's ingredient text: the names
    /// `.ci/derive-eu-register` cuts out of it by rule, and those it must not.
    @Test func shortNamesAreDerivedByRule() {
        func names(_ id: String) -> [String] { Self.bundled[id]?.names ?? [] }
        // The genus of a binomial MeSH lists, when no other register name uses the genus.
        #expect(names("POL-HC-8401").contains("rhodiola"))
        // Not a genus several species share ("Prunus cerasus", "Prunus domestica").
        #expect(!Self.bundled.values.contains { $0.names.contains("prunus") })
        // A name has two letters in a row: a position, a share or a code in brackets is none
        // ("(1,3)", "(97 %)", "E451"), so a bare number names no substance.
        #expect(names("POL-HC-8515") == ["symbiosal"])
        #expect(!names("POL-HC-6258").contains("1,3"))
        #expect(!Self.bundled.values.contains { $0.names.contains("3 %") })
        // The part before a parenthesis, or before "from" or ", including".
        #expect(names("POL-HC-6907").contains("cherries"))
        #expect(names("POL-HC-6331").contains("beta-glucans"))
        #expect(names("POL-HC-08721").contains("green kiwifruit"))
        // The longest part of the ingredient text the wording uses.
        #expect(names("POL-HC-8479").contains("chicory inulin"))
        // A MeSH entry term of the binomial ("Silybum marianum").
        #expect(names("POL-HC-6243").contains("milk thistle"))
        // A name the wording uses only as the start of a longer register name ("Omega" of
        // "Omega 3 fatty acids support a healthy heart.").
        #expect(names("POL-HC-7685") == ["omega", "omega 3 fatty acids"])
        // The members of a class listed after "i.e." ("Sugar replacers, i.e. intense sweeteners;
        // xylitol, sorbitol …"), and the long form of an abbreviation in brackets.
        #expect(names("POL-HC-6466").contains("sorbitol"))
        #expect(names("POL-HC-6467").contains("isomalt"))
        #expect(names("POL-HC-7934").contains("orthosilicic acid"))
        // Not the items of a list without "i.e." (a combination of probiotic strains).
        #expect(!names("POL-HC-6555").contains("lactobacillus casei f19"))
        // An ingredient text too long to be a name: the run its wording says, inflected.
        #expect(names("POL-HC-6378") == ["saturated fat"])
        // A kind of product many ingredients share names no substance.
        for generic in ["extract", "food supplement", "products", "tablets", "powder"] {
            #expect(!Self.bundled.values.contains { $0.names.contains(generic) }, "\(generic)")
        }
    }

    /// A wording with a hole for the product to fill ("containing … instead of sugar*") is a
    /// template, not copy.
    static func isTemplate(_ text: String) -> Bool { text.contains("*") }

    /// Authorised wordings the checker still gets wrong, each with its cause (to be fixed by
    /// rule, then removed from here: a wording listed here that passes fails the test).
    static let knownFailures: [String: String] = [:]

    @Test func everyAuthorisedWordingPassesAsAuthorised() {
        let authorised = Self.claims.filter {
            $0.status == "Authorised" && !Self.isTemplate($0.text)
        }
        #expect(authorised.count == 267)
        // A substance the register gives no name copy could use cannot be checked: it fails.
        let texts = authorised.map { Self.copy($0) ?? "" }
        var passed = 0
        for ((claim, text), found) in zip(zip(authorised, texts), Self.findings(texts)) {
            let wrong = found.filter {
                $0.severity == .error || $0.rule == "unauthorised-health-claim"
                    || $0.rule == "eu-health-claim-wording"
            }
            let fails =
                text.isEmpty || !wrong.isEmpty
                || !found.contains { $0.rule == "eu-authorised-health-claim" }
            let failure = "\(claim.id): '\(text)' → \(found.map(\.rule))"
            switch (fails, Self.knownFailures[claim.id]) {
            case (false, nil): passed += 1
            case (true, nil): Issue.record(Comment(rawValue: failure))
            case (true, let cause?):
                withKnownIssue(Comment(rawValue: cause)) {
                    Issue.record(Comment(rawValue: failure))
                }
            case (false, _?):
                Issue.record("\(claim.id) passes now: remove it from knownFailures")
            }
        }
        #expect(passed == authorised.count - Self.knownFailures.count)
    }

    /// A template wording ("containing [the sugar replacer] instead of sugar*", with a footnote
    /// after the asterisk) filled with one of the substances its ingredient text lists after
    /// "i.e." is that authorised claim.
    @Test func aFilledTemplateWordingIsAuthorised() {
        let texts = [
            "Consumption of foods/drinks containing sorbitol instead of sugar contributes to the maintenance of tooth mineralisation.",
            "Consumption of foods/drinks containing maltitol instead of sugar induces a lower blood glucose rise after their consumption compared to sugar-containing foods/drinks.",
        ]
        let found = Self.findings(texts).map { findings in
            findings.filter {
                $0.category == .unauthorisedHealthClaim || $0.rule.hasPrefix("eu-auth")
            }.map(\.message)
        }
        let expected = ["POL-HC-6466", "POL-HC-6467"].map { "authorised health claim (\($0)," }
        #expect(found.count == 2)
        for (messages, prefix) in zip(found, expected) {
            #expect(messages.count == 1 && messages.first?.hasPrefix(prefix) == true, "\(messages)")
        }
    }

    /// A wording the register refuses, said as written, is that refused claim even when an
    /// authorised wording of the substance is as close on its targets; a faithful paraphrase of
    /// the authorised wording, or a refused wording of another form, does not make it refused.
    @Test func anExactRefusedWordingIsTheRefusedClaim() {
        let texts = [
            "Omega 3 fatty acids support a healthy heart.",
            "Omega-3 fatty acids support a healthy heart.",
            "Omega 3 fatty acids contribute to the normal function of the heart.",
            "EPA and DHA help maintain normal blood pressure.",
        ]
        let found = Self.findings(texts).map { findings in
            findings.filter {
                $0.category == .unauthorisedHealthClaim || $0.rule.hasPrefix("eu-auth")
            }
            .map(\.rule)
        }
        #expect(
            found == [
                ["eu-non-authorised-health-claim"], ["eu-non-authorised-health-claim"],
                ["eu-authorised-health-claim"], ["eu-authorised-health-claim"],
            ])
        let message = Self.findings([texts[0]])[0].first {
            $0.rule == "eu-non-authorised-health-claim"
        }?.message
        #expect(
            message
                == "non-authorised health claim: 'Omega 3 fatty acids support a healthy heart.' is close to a claim the EU register lists as non-authorised for 'Omega' (POL-HC-7685, Art 13(1): \"Omega 3 fatty acids support a healthy heart.\")"
        )
    }

    @Test func nonAuthorisedClaimsAreCaughtAndNamed() {
        let refused = Self.claims.filter { $0.status != "Authorised" }
        let named = refused.compactMap { claim in Self.copy(claim).map { (claim, $0) } }
        let found = Self.findings(named.map(\.1))
        var caught = 0
        var asRefused = 0
        var missed: [String] = []
        for ((_, text), findings) in zip(named, found) {
            if findings.contains(where: { $0.rule == "eu-non-authorised-health-claim" }) {
                asRefused += 1
            }
            if findings.contains(where: {
                $0.severity == .error || $0.rule == "unauthorised-health-claim"
            }) {
                caught += 1
            } else {
                missed.append(text)
            }
        }
        #expect(named.count == 1_864)
        #expect(
            caught >= 1_687,
            "caught \(caught) of \(named.count); missed:\n\(missed.joined(separator: "\n"))")
        #expect(asRefused >= 1_603, "named \(asRefused) of \(named.count) as non-authorised")
    }
}
