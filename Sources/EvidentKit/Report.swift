import EvidentStore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Evident {
    /// Grades every claim of a knowledge base and wraps the result as a report. Each review is
    /// checked against the evidence now (`updates`: imported PubMed states by PMID, see
    /// ``referenceUpdates(for:root:indexPath:)``) and shown stale when it changed.
    public static func report(
        kb: KnowledgeBase, policy: Policy, generatedAt: String,
        updates: [PMID: ReferenceUpdate] = [:]
    ) -> EvidenceReport {
        var claims = Grader(policy: policy).grade(kb)
        for index in claims.indices where !claims[index].claim.reviews.isEmpty {
            let evidence = ReviewedEvidence(
                claim: claims[index].claim, references: kb.references, updates: updates)
            claims[index].reviews = claims[index].claim.reviews.map {
                ReviewState(review: $0, staleReasons: evidence.staleReasons(of: $0))
            }
        }
        return EvidenceReport(
            kbHash: kb.fingerprint, toolVersion: version, generatedAt: generatedAt,
            claims: claims, documents: kb.documents)
    }

    /// True when the review in force of some claim is stale (for `--fail-on stale`).
    public static func hasStaleReviews(_ report: EvidenceReport) -> Bool {
        report.claims.contains(where: \.isReviewStale)
    }

    /// Renders a report in a format; throws ``ReportError`` when it cannot be written.
    public static func render(
        _ report: EvidenceReport, format: ReportFormat, options: ReportOptions = ReportOptions()
    ) throws -> String {
        try format.reporter.generate(report, options: options)
    }

    /// ``render(_:format:options:)`` as UTF-8 bytes, ready to write.
    public static func renderUTF8(
        _ report: EvidenceReport, format: ReportFormat, options: ReportOptions = ReportOptions()
    ) throws -> [UInt8] {
        try format.reporter.generateUTF8(report, options: options)
    }

    /// The bytes of ``renderUTF8(_:format:options:)`` handed to `sink` in consecutive runs
    /// (the JSON report as its parts are ready, without one buffer holding them all; other
    /// formats in one run).
    public static func render(
        _ report: EvidenceReport, format: ReportFormat, options: ReportOptions = ReportOptions(),
        to sink: ([UInt8]) throws -> Void
    ) throws {
        if format == .json {
            try JSONReporter.write(report, options: options, to: sink)
        } else {
            try sink(try renderUTF8(report, format: format, options: options))
        }
    }

    /// Writes a rendered report to `path` whole or not at all: the bytes go to a temporary
    /// file in the same folder that is renamed over the target (see ``FileReplacement``), so a
    /// failed write (a full disk, a size limit) leaves an earlier report exactly as it was. A
    /// path that names a device or pipe (`/dev/stdout`) is written to directly. Throws
    /// ``KnowledgeBaseEditError/io(path:reason:)`` naming `path`.
    public static func writeReport(_ data: Data, to path: String) throws {
        var status = stat()
        let kind = stat(path, &status) == 0 ? status.st_mode & S_IFMT : S_IFREG
        guard kind == S_IFCHR || kind == S_IFIFO || kind == S_IFSOCK else {
            try FileReplacement.write(
                data, to: URL(fileURLWithPath: path), path: path, mode: .replace)
            return
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw KnowledgeBaseEditError.io(path: path, reason: "cannot open the file")
        }
        do {
            try handle.write(contentsOf: data)
            try handle.close()
        } catch {
            throw KnowledgeBaseEditError.io(path: path, reason: "cannot write the file")
        }
    }

    /// True when some claim's verdict in force is `threshold` or worse (for `--fail-on`).
    public static func fails(_ report: EvidenceReport, at threshold: Verdict) -> Bool {
        report.claims.contains { $0.verdict >= threshold }
    }

    /// Whether the text report may use ANSI colour: only on a terminal, and never when
    /// `NO_COLOR` is set to a non-empty value (https://no-color.org).
    public static func useColour(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && (environment["NO_COLOR"] ?? "").isEmpty
    }
}
