import EvidentGrading
import EvidentModel
import Testing

@Test func theBundledPolicyLoadsAndIsConsistent() throws {
    let policy = try Policy.bundled()
    #expect(policy.version == 2)
    #expect(policy.problems().isEmpty)
    #expect(Set(policy.kinds.keys) == Set(ClaimCategory.allCases.map(\.rawValue)))
    #expect(policy.forms.isEmpty)
    #expect(policy.verdict.supportedMinimum == .moderate)
    #expect(policy.kind(of: .disease).outcomes == [.clinical])
    #expect(!policy.kind(of: .efficacy).populations.contains(.animals))
    #expect(policy.kind(of: .mechanism).populations.contains(.animals))
    #expect(!policy.kind(of: .regulatory).partialSupportPreventsContradiction)
}

@Test func theBundledPolicyNamesNoProduct() throws {
    let text = try Policy.bundledText().lowercased()
    for word in ["vitamin", "menaquinone", "phylloquinone", "mk-7", "omega", "warfarin"] {
        #expect(!text.contains(word), "\(word)")
    }
}

@Test func anOverlayMergesMappingsAndReplacesValuesAndLists() throws {
    let policy = try Policy.overlaid(
        """
        verdict:
          supported-minimum: high
        kinds:
          efficacy:
            counted: [rct]
        forms:
          - {name: X, family: X, generic: true, aliases: [ex]}
        """, path: "Claims/policy.yaml")
    let bundled = try Policy.bundled()
    #expect(policy.verdict.supportedMinimum == .high)
    #expect(policy.verdict.contradictedMinimum == bundled.verdict.contradictedMinimum)
    #expect(policy.kind(of: .efficacy).counted == [.rct])
    #expect(policy.kind(of: .efficacy).describe == bundled.kind(of: .efficacy).describe)
    #expect(policy.kind(of: .safety) == bundled.kind(of: .safety))
    #expect(policy.forms == [Policy.Form(name: "X", family: "X", generic: true, aliases: ["ex"])])
    #expect(policy.classification == bundled.classification)
    #expect(try Policy.overlaid("", path: "p.yaml") == bundled)
}

@Test func overlayMistakesAreErrorsNamingTheFile() throws {
    func message(_ yaml: String) -> String? {
        do {
            _ = try Policy.overlaid(yaml, path: "Claims/policy.yaml")
            return nil
        } catch let error as GradingPolicyError {
            return error.description
        } catch {
            return "\(error)"
        }
    }
    #expect(
        message("verdcit:\n  supported-minimum: high\n")
            == "Claims/policy.yaml: error: unknown key 'verdcit' in the policy (expected one of: "
            + "classification, forms, imprecision, inconsistency, indirectness, kinds, levels, "
            + "mechanistic-level, publication-bias, risk-of-bias, starts, upgrade, verdict, "
            + "version)")
    #expect(
        message("kinds:\n  efficacy:\n    countd: [rct]\n")
            == "Claims/policy.yaml: error: unknown key 'countd' in 'kinds.*' (expected one of: "
            + "counted, describe, domains, grading, indirect-populations, outcomes, "
            + "partial-support-prevents-contradiction, populations, starts)")
    #expect(
        message("forms:\n  - {name: X, family: X, terms: [x]}\n")
            == "Claims/policy.yaml: error: unknown key 'terms' in 'forms' (expected one of: "
            + "aliases, family, generic, name)")
    #expect(
        message("levels:\n  trial: 2\n")
            == "Claims/policy.yaml: error: unknown key 'trial' in 'levels' (expected one of: "
            + "meta-analysis, rct, non-randomised-trial, observational, case-report, review, "
            + "experimental, guideline, regulatory, composition, reference, opinion, notice, "
            + "unknown)")
    #expect(
        message("starts:\n  rct: 7\n")
            == "Claims/policy.yaml: error: start 7 of 'rct' is out of range (expected 1 to 4)")
    #expect(
        message("verdict:\n  supported-minimum: certain\n")?.hasPrefix(
            "Claims/policy.yaml: error: invalid value at 'verdict.supported-minimum'") == true)
    #expect(
        message("- a list\n")
            == "Claims/policy.yaml: error: expected a mapping at the top level")
    #expect(message("verdict: [\n")?.hasPrefix("Claims/policy.yaml: error: invalid YAML:") == true)
    #expect(
        message("forms:\n  - {name: X, family: X}\n  - {name: Y, family: X, aliases: [x]}\n")
            == "Claims/policy.yaml: error: form name 'x' is used twice (by 'X' and 'Y')")
}
