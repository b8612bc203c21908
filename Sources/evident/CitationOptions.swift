import ArgumentParser
import EvidentKit

/// A citation's stance, note and appraisal options: given once on the command line of
/// `evident cite` (for every reference it names), or on each line of a `--from` file.
struct CitationOptions: ParsableArguments {
    @Option(
        help: "The reference's stance on the claim: supports, contradicts, null, mixed, background."
    )
    var stance: Stance?

    @Option(help: "The finding in your own words: why the reference has that stance.")
    var note: String?

    @Option(name: .customLong("risk-of-bias"), help: "Appraisal: low, some, high.")
    var riskOfBias: RiskOfBias?

    @Option(help: "Appraisal: what the study measured: clinical, surrogate, mechanistic.")
    var outcome: AppraisedOutcome?

    @Option(help: "Appraisal: who paid: industry, independent, mixed, unknown.")
    var funding: Funding?

    @Option(help: "Appraisal: full (tests the statement as worded) or partial.")
    var fit: Fit?

    @Option(
        parsing: .singleValue,
        help: "Appraisal: a form the study used, as the policy names it (repeat for several).")
    var forms: [String] = []

    @Option(
        name: .customLong("dose-response"),
        help: "Appraisal: a dose-response gradient: true, false.")
    var doseResponse: Bool?

    @Option(name: .customLong("large-effect"), help: "Appraisal: a large effect: true, false.")
    var largeEffect: Bool?

    @Option(help: "Appraisal: how many people (or animals) were studied.")
    var participants: Int?

    @Option(
        help: "Appraisal: what a systematic review or meta-analysis pooled: trials, observational.")
    var pools: Pooled?

    func validate() throws {
        if let participants {
            try OptionRange.check(
                participants, in: 0...Appraisal.maximumParticipants, option: "--participants")
        }
    }

    /// The appraisal the options give (`nil` when none is given).
    var appraisal: Appraisal? {
        let appraisal = Appraisal(
            riskOfBias: riskOfBias, outcome: outcome?.kind, funding: funding, fit: fit,
            forms: forms, doseResponse: doseResponse, largeEffect: largeEffect,
            participants: participants, pools: pools)
        return appraisal.isEmpty ? nil : appraisal
    }

    /// Whether no option is given at all.
    var isEmpty: Bool { stance == nil && note == nil && appraisal == nil }

    /// The request for `reference`; `nil` without a stance.
    func request(_ reference: String) -> Evident.CitationRequest? {
        stance.map {
            Evident.CitationRequest(
                reference: reference, stance: $0, note: note, appraisal: appraisal)
        }
    }

    /// The message when `--stance` is missing.
    static let missingStance =
        "missing --stance (expected one of: \(Stance.allCases.map(\.rawValue).joined(separator: ", ")))"
}
