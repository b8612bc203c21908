import ArgumentParser
import EvidentKit
import Foundation

/// What an appraised study measured (an outcome kind other than `none`).
enum AppraisedOutcome: String, ExpressibleByArgument, CaseIterable {
    case clinical, surrogate, mechanistic

    var kind: OutcomeKind {
        switch self {
        case .clinical: return .clinical
        case .surrogate: return .surrogate
        case .mechanistic: return .mechanistic
        }
    }
}

extension RiskOfBias: ExpressibleByArgument {}
extension Funding: ExpressibleByArgument {}
extension Fit: ExpressibleByArgument {}
extension Pooled: ExpressibleByArgument {}

/// `evident cite`: add a citation to a claim file.
struct CiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cite",
        abstract: "Add a citation to a claim (or change the claim's citation of that reference).",
        discussion: """
            REF is a reference key: pmid:<PMID> (a PubMed record in Sources-Refs/), \
            doi:<DOI>, or the id of a CSL-JSON item; it must resolve. The claim file is edited \
            in place: only its citations change, comments and the order of everything else \
            stay as they are. `evident suggest CLAIM` prints ready-made cite lines.
            Exit status: 0 written; 2 a file could not be read or edited (nothing written); \
            64 bad usage (unknown claim, unresolved reference).
            """)

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Option(
        help: "The reference's stance on the claim: supports, contradicts, null, mixed, background."
    )
    var stance: Stance

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
        help: "Appraisal: a substance form the study used (repeat for several: --forms MK-7).")
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

    @Option(
        name: .customLong("expect-version"),
        help: "Refuse the edit unless the claim file still has this version (SHA-256 of its bytes)."
    )
    var expectVersion: String?

    @Argument(help: ArgumentHelp("The claim's id.", valueName: "claim-id"))
    var claimID: String

    @Argument(help: ArgumentHelp("The reference key.", valueName: "ref"))
    var reference: String

    func run() async throws {
        let root = knowledgeBase.root
        do {
            let edit = try Evident.cite(
                claim: claimID, reference: reference, stance: stance, note: note,
                appraisal: appraisal, root: root, expectedVersion: expectVersion)
            let cited = edit.claim.citations.first { $0.reference.description == reference }
            let key = cited?.reference.description ?? reference
            print(
                "\(knowledgeBase.display(edit.path)): \(edit.replaced ? "changed" : "added") citation "
                    + "'\(key)' (\(stance.rawValue)) of claim '\(claimID)'")
        } catch {
            throw EditCommandSupport.fail(error)
        }
    }

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
}
