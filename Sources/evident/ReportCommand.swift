import ArgumentParser
import EvidentKit
import Foundation

/// What makes `evident report --fail-on` exit 1: a verdict at or beyond a threshold, or a
/// stale review.
enum ReportFailThreshold: String, ExpressibleByArgument, CaseIterable {
    /// Fail on weak or unsupported claims.
    case weak
    /// Fail on unsupported claims only.
    case unsupported
    /// Fail when a claim's review in force is stale (the evidence changed since the sign-off).
    case stale

    /// Whether `report` fails this threshold.
    func fails(_ report: EvidenceReport) -> Bool {
        switch self {
        case .weak: return Evident.fails(report, at: .weak)
        case .unsupported: return Evident.fails(report, at: .unsupported)
        case .stale: return Evident.hasStaleReviews(report)
        }
    }
}

/// `evident report`: Grade every claim and report which are supported, weak or unsupported.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Grade every claim and report which are supported, weak or unsupported.",
        discussion: """
            Formats: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).
            The generation time comes from --generated-at, else SOURCE_DATE_EPOCH, else now.
            Colour only on a terminal and never when NO_COLOR is set.
            Each review shows whether it is stale: a citation added or removed, a cited \
            reference replaced by a newer version, retracted, corrected or put under an \
            expression of concern (also when that arrived in a PubMed file imported into the \
            index) since the sign-off.
            Exit status: 0 clean; 1 a claim at or worse than --fail-on (or a stale review with \
            --fail-on stale); 2 the knowledge base or its policy could not be read; 64 bad usage.
            """)

    @Option(help: "Output format: \(ReportFormat.valueList).")
    var format: ReportFormat = .text

    @Option(
        name: [.short, .long], help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(
        name: .customLong("fail-on"),
        help:
            "Exit 1 when a claim's verdict is this or worse (weak, unsupported), or (stale) when a review is stale."
    )
    var failOn: ReportFailThreshold?

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @OptionGroup var index: IndexOptions

    @Option(
        name: .customLong("generated-at"),
        help: "Generation time written into the report, ISO 8601 (2026-11-24T12:00:00Z).")
    var generatedAt: String?

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp(
            "The absolute URL where the HTML report is published (ClaimReview urls are "
                + "<url>#<claim id>).", valueName: "url"))
    var baseURL: String?

    @Option(
        help: ArgumentHelp(
            "The reviewing organisation, the author of each ClaimReview (claimreview; html "
                + "embeds the ClaimReview JSON-LD when given).", valueName: "name"))
    var publisher: String?

    @Flag(name: .customLong("list-formats"), help: "List the report formats and exit.")
    var listFormats = false

    func validate() throws {
        if let baseURL, !ReportOptions.isAbsoluteURL(baseURL) {
            throw ValidationError(
                "invalid --base-url '\(baseURL)' (expected an absolute http or https URL)")
        }
        if let publisher, publisher.allSatisfy(\.isWhitespace) {
            throw ValidationError("--publisher is empty (expected the reviewing organisation)")
        }
        if format == .claimreview, !listFormats, baseURL == nil || publisher == nil {
            throw ValidationError(
                "the claimreview format needs --base-url URL (where the HTML report is "
                    + "published) and --publisher NAME (the reviewing organisation)")
        }
        if let generatedAt, ReportTimestamp.parse(generatedAt) == nil {
            throw ValidationError(
                "invalid --generated-at '\(generatedAt)' (expected ISO 8601, "
                    + "e.g. 2026-11-24T12:00:00Z)")
        }
    }

    func run() async throws {
        if listFormats {
            var rows: [(String, String)] = []
            for reporter in ReportersList.all {
                rows.append((reporter.identifier, reporter.summary))
            }
            let width = rows.map { $0.0.count }.max() ?? 0
            let lines = rows.map { row in
                row.0 + String(repeating: " ", count: width - row.0.count + 2) + row.1
            }
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            return
        }
        let environment = ProcessInfo.processInfo.environment
        let time = try CommandTime.resolve(generatedAt)
        let root = knowledgeBase.root
        let kb: KnowledgeBase
        let policy: Policy
        do {
            // The policy first (its error still comes after the knowledge base's): it says
            // which abstracts grading reads.
            let policyRead = Result { try Evident.loadPolicy(knowledgeBase: root) }
            // Through the SQLite index when one exists (same answers, faster on large bases).
            let (loaded, diagnostics) = try Evident.loadKnowledgeBase(
                at: root, indexPath: index.path, citedReferencesOnly: true,
                abstracts: (try? policyRead.get()).map(Evident.abstractsGradingReads),
                indexFallback: printError)
            kb = loaded
            knowledgeBase.printDiagnostics(diagnostics)
            policy = try policyRead.get()
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        for problem in Grader(policy: policy).reviewProblems(in: kb) {
            printError(problem.description)
        }
        let updates: [PMID: ReferenceUpdate]
        do {
            // Retractions and new versions imported into the index make reviews stale.
            updates = try Evident.referenceUpdates(for: kb, root: root, indexPath: index.path)
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
        let report = Evident.report(kb: kb, policy: policy, generatedAt: time, updates: updates)
        let colour =
            output == nil && format == .text
            && Evident.useColour(isTerminal: isatty(STDOUT_FILENO) != 0, environment: environment)
        let options = ReportOptions(colour: colour, publisher: publisher, baseURL: baseURL)
        // The process exits next: its large graphs (claims, references, the report) are left
        // to the exit rather than freed object by object (a sixth of a 10,000-claim report's
        // time). Nothing reads them after this point.
        defer { KeptUntilExit.keep((kb, report)) }
        if let output {
            let bytes: [UInt8]
            do {
                bytes = try Evident.renderUTF8(report, format: format, options: options)
            } catch {
                printError("\(error)")
                throw ExitCode(2)
            }
            do {
                // Whole or not at all: a failed write leaves an earlier report as it was.
                try Self.withData(bytes) { try Evident.writeReport($0, to: output) }
            } catch {
                printError("\(error)")
                throw ExitCode(2)
            }
        } else {
            do {
                // Standard output takes the report run by run, as each is ready.
                try Evident.render(report, format: format, options: options) { run in
                    Self.withData(run) { FileHandle.standardOutput.write($0) }
                }
            } catch {
                printError("\(error)")
                throw ExitCode(2)
            }
        }
        if let failOn, failOn.fails(report) {
            throw ExitCode(1)
        }
    }

    /// Calls `body` with `bytes` as `Data`, without copying them (a 35 MB report is written
    /// as it is).
    private static func withData<R>(_ bytes: [UInt8], _ body: (Data) throws -> R) rethrows -> R {
        try bytes.withUnsafeBytes { raw in
            let data =
                raw.baseAddress.map {
                    Data(
                        bytesNoCopy: UnsafeMutableRawPointer(mutating: $0), count: raw.count,
                        deallocator: .none)
                } ?? Data()
            return try body(data)
        }
    }

    private func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
