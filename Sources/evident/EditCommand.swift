import ArgumentParser
import EvidentKit
import Foundation

/// What `evident edit --status` sets.
enum EditStatus: String, ExpressibleByArgument, CaseIterable {
    /// The editor checked the draft: the `status` key goes.
    case checked
    /// Back to a draft: `status: draft`.
    case draft
}

extension ClaimCategory: ExpressibleByArgument {}

/// `evident edit`: change a claim's status, statement or category, or turn a draft into a
/// non-claim of its document.
struct EditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change a claim's status, statement or category, or make it a non-claim.",
        discussion: """
            --status checked removes `status: draft` once an editor has checked a draft \
            (--status draft puts it back); --statement and --category replace those values. \
            --non-claim REASON (heading, question, aside, framing …) turns a claim that asserts \
            nothing into a `non-claims` entry of its document's _document.yaml (its quote, with \
            the reason) and deletes the claim file; refused when the claim has citations or \
            reviews. Files are edited in place: comments and the order of everything else stay \
            as they are; a refused or failed edit writes nothing.
            Exit status: 0 written; 2 a file could not be read or edited (nothing written); \
            64 bad usage (unknown claim, nothing to change).
            """)

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Option(help: "checked (remove `status: draft`) or draft.")
    var status: EditStatus?

    @Option(help: "The claim in normalised, neutral wording.")
    var statement: String?

    @Option(
        help: "The claim kind: \(ClaimCategory.allCases.map(\.rawValue).joined(separator: ", ")).")
    var category: ClaimCategory?

    @Option(
        name: .customLong("non-claim"),
        help: ArgumentHelp(
            "Make the claim a non-claim of its document, for this reason (heading, question, "
                + "aside, framing …), and delete its file.", valueName: "reason"))
    var nonClaim: String?

    @OptionGroup var claim: EditedClaimOptions

    var change: ClaimFileEditor.Change {
        ClaimFileEditor.Change(
            draft: status.map { $0 == .draft }, statement: statement, category: category)
    }

    func validate() throws {
        if nonClaim != nil, !change.isEmpty {
            throw ValidationError(
                "--non-claim is given alone (the claim file is deleted; nothing else to change)")
        }
        if nonClaim == nil, change.isEmpty {
            throw ValidationError(
                "nothing to change (expected --status, --statement, --category or --non-claim)")
        }
    }

    func run() async throws {
        let root = knowledgeBase.root
        do {
            if let nonClaim {
                let edit = try Evident.declareNonClaim(
                    claim: claim.claimID, reason: nonClaim, root: root,
                    expectedVersion: claim.expectVersion)
                let document = knowledgeBase.display(edit.documentPath)
                if edit.added {
                    print("\(document): added non-claim (\(edit.reason)): \(edit.text)")
                } else {
                    print("\(document): already declares the non-claim: \(edit.text)")
                }
                print("\(knowledgeBase.display(edit.path)): deleted (claim '\(claim.claimID)')")
                return
            }
            let edit = try Evident.edit(
                claim: claim.claimID, change: change, root: root,
                expectedVersion: claim.expectVersion)
            var what: [String] = []
            if let status {
                what.append(status == .checked ? "checked (no longer a draft)" : "marked draft")
            }
            if statement != nil { what.append("statement changed") }
            if let category { what.append("category '\(category.rawValue)'") }
            print(
                "\(knowledgeBase.display(edit.path)): claim '\(claim.claimID)' "
                    + what.joined(separator: ", "))
        } catch {
            throw EditCommandSupport.fail(error)
        }
    }
}
