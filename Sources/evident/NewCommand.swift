import ArgumentParser
import EvidentKit
import Foundation

/// `evident new`: register an article and draft its claims.
struct NewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Register an article (plain text or Markdown) and draft a claim per statement.",
        discussion: """
            Writes Claims/DOC-ID/_document.yaml (the text exactly as read, line breaks \
            normalised) and one draft claim file per checkable statement: the exact quote and \
            its position, a proposed statement, category, subjects and outcome, and \
            `status: draft`. Titles, headings and questions are recorded as non-claims. \
            Running it again adds only what is new (statements no claim quotes and no \
            non-claim declares) and never rewrites a claim file; when the article's text \
            changed, the document's text is replaced and existing claims' positions follow. \
            To drop a draft for good, declare its text a non-claim and delete the file.
            Exit status: 0 written (or nothing new); 2 a file could not be read or written; \
            64 bad usage.
            """)

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Option(help: "The document id (kebab-case; the folder under Claims/).")
    var id: String

    @Option(help: "The document's title (default: the article's first line when it is a title).")
    var title: String?

    @Option(help: "Where the article came from, a URL or a description (default: its path).")
    var origin: String?

    @Option(
        help:
            "When the article was retrieved, YYYY-MM-DD (default: today, or SOURCE_DATE_EPOCH's day)."
    )
    var retrieved: String?

    @Argument(
        help: ArgumentHelp("The article: a plain-text or Markdown file.", valueName: "article"))
    var article: String

    func validate() throws {
        if ClaimID(id) == nil {
            throw ValidationError(
                "invalid --id '\(id)' (expected kebab-case: a-z, 0-9 and single hyphens)")
        }
        if let retrieved, ReportTimestamp.parse(retrieved) == nil || retrieved.count != 10 {
            throw ValidationError("invalid --retrieved '\(retrieved)' (expected YYYY-MM-DD)")
        }
    }

    func run() async throws {
        let day = try CommandTime.day(retrieved)
        let root = knowledgeBase.root
        let report: DraftReport
        do {
            report = try Evident.draft(
                article: URL(fileURLWithPath: article), displayPath: article, id: id, title: title,
                origin: origin, retrieved: String(day.prefix(10)), root: root)
        } catch {
            throw EditCommandSupport.fail(error)
        }
        for line in Self.lines(report, display: knowledgeBase.display) { print(line) }
    }

    /// What `new` prints: each file it wrote, then a summary.
    static func lines(_ report: DraftReport, display: (String) -> String) -> [String] {
        var lines: [String] = []
        switch report.document {
        case .created:
            lines.append("\(display(report.documentPath)): registered the document")
        case .updated:
            var what: [String] = []
            if report.textChanged { what.append("replaced its text") }
            if !report.nonClaims.isEmpty {
                what.append("added \(plural(report.nonClaims.count, "non-claim"))")
            }
            lines.append("\(display(report.documentPath)): \(what.joined(separator: ", "))")
        case .unchanged:
            break
        }
        for nonClaim in report.nonClaims {
            lines.append("  non-claim (\(nonClaim.reason)): \(nonClaim.text)")
        }
        for path in report.moved {
            lines.append("\(display(path)): position updated (its quote moved)")
        }
        for draft in report.drafts {
            lines.append(
                "\(display(draft.path)): draft \(draft.claim.category.rawValue) claim: "
                    + shortened(draft.claim.quote))
        }
        for id in report.lost {
            lines.append(
                "warning: claim '\(id)' quotes text that is no longer in the article "
                    + "(edit its quote or delete it)")
        }
        if report.drafts.isEmpty, report.nonClaims.isEmpty, !report.textChanged,
            report.document == .unchanged
        {
            lines.append(
                "nothing new: every statement is quoted by a claim or declared a non-claim "
                    + "(\(plural(report.kept, "statement")))")
        } else {
            lines.append(
                "\(plural(report.drafts.count, "draft claim")), "
                    + "\(plural(report.nonClaims.count, "non-claim")) written; "
                    + "\(plural(report.kept, "statement")) already covered")
        }
        return lines
    }

    private static func plural(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 ? "" : "s")"
    }

    private static func shortened(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 70 ? String(flat.prefix(69)) + "…" : flat
    }
}
