import ArgumentParser
import EvidentKit
import Foundation

/// `evident review`: record a signed review of a claim.
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Record a signed review of a claim's verdict (approve, reject or override).",
        discussion: """
            Appends the review to the claim's `reviews:` with the date and a fingerprint of what \
            was reviewed: the claim (quote, statement, category, stances) and the references it \
            cites (version, retraction, correction, expression of concern — also from PubMed \
            files imported into the index). Reports show the review stale when that changes; \
            `evident report --fail-on stale` exits 1 then. The file is edited in place. A draft \
            (`status: draft`) is refused: `evident edit ID --status checked` first.
            Exit status: 0 written; 2 a file could not be read or edited (nothing written); \
            64 bad usage (unknown claim, a draft).
            """)

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @OptionGroup var index: IndexOptions

    @Option(help: "Who signs the review (a named person).")
    var reviewer: String

    @Option(help: "approve (the computed verdict stands), reject, or override (with --verdict).")
    var decision: ReviewDecision

    @Option(help: "The reviewer's verdict, for an override: supported, weak, unsupported.")
    var verdict: Verdict?

    @Option(help: "Why.")
    var reason: String

    @Option(
        help: "The date of the review, YYYY-MM-DD (default: today, or SOURCE_DATE_EPOCH's day).")
    var date: String?

    @OptionGroup var claim: EditedClaimOptions

    func validate() throws {
        if decision == .override, verdict == nil {
            throw ValidationError(
                "--decision override needs --verdict (expected one of: supported, weak, unsupported)"
            )
        }
        if decision != .override, let verdict {
            throw ValidationError(
                "--verdict '\(verdict.rawValue)' is given only with --decision override")
        }
    }

    func run() async throws {
        let day = try CommandTime.day(date)
        let root = knowledgeBase.root
        do {
            let edit = try Evident.review(
                claim: claim.claimID, reviewer: reviewer, decision: decision, verdict: verdict,
                reason: reason, date: String(day.prefix(10)), root: root, indexPath: index.path,
                expectedVersion: claim.expectVersion)
            let review = edit.claim.reviews.last
            let what = verdict.map { "\(decision.rawValue) to \($0.rawValue)" } ?? decision.rawValue
            print(
                "\(knowledgeBase.display(edit.path)): recorded review of claim '\(claim.claimID)' by \(reviewer) "
                    + "(\(what)), fingerprint \(review?.fingerprint?.prefix(12) ?? "")")
        } catch {
            throw EditCommandSupport.fail(error)
        }
    }
}
