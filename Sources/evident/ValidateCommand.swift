import ArgumentParser
import EvidentKit
import Foundation

/// `evident validate`: check the whole knowledge base and report every problem.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the whole knowledge base and report every problem.",
        discussion: """
            Reads Claims/ and Sources-Refs/ under --kb and reports every problem, not the \
            first. Exit status: 0 clean, 1 findings at or above --fail-on, 2 the knowledge base \
            could not be read, 64 bad usage. Run with --list-checks to see every check.
            """)

    /// The lowest severity that fails the run.
    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error
        case warning

        var severity: Severity { self == .error ? .error : .warning }
    }

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @Option(name: .long, help: "Fail (exit 1) on findings of this severity or worse.")
    var failOn: FailOn = .error

    @Option(name: .long, help: "Output format: \(ValidateFormat.valueList).")
    var format: ValidateFormat = .text

    @Flag(name: .long, help: "List the checks with their ids, severities and summaries, and exit.")
    var listChecks = false

    @Option(name: .long, help: "Show one check with its failing and passing examples, and exit.")
    var explain: String?

    func validate() throws {
        if let explain, KnowledgeBaseCheck.named(explain) == nil {
            let ids = KnowledgeBaseCheck.all.map(\.id).joined(separator: ", ")
            throw ValidationError("unknown check '\(explain)' (expected one of: \(ids))")
        }
    }

    func run() async throws {
        if listChecks {
            for check in KnowledgeBaseCheck.all {
                let id = check.id.padding(toLength: 30, withPad: " ", startingAt: 0)
                let severity = check.severity.rawValue.padding(
                    toLength: 8, withPad: " ", startingAt: 0)
                print("\(id) \(severity) \(check.summary)")
            }
            return
        }
        if let explain, let check = KnowledgeBaseCheck.named(explain) {
            do {
                print(try Self.explanation(of: check), terminator: "")
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                throw ExitCode(2)
            }
            return
        }
        let load: KnowledgeBaseLoad
        var diagnostics: [Diagnostic]
        do {
            (load, diagnostics) = try Evident.validateKnowledgeBase(at: knowledgeBase.root)
        } catch let error as KnowledgeBaseError {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        diagnostics = diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.location.path = knowledgeBase.display(diagnostic.location.path)
            return diagnostic
        }
        let summary = ValidationSummary(load: load, diagnostics: diagnostics)
        switch format {
        case .text:
            for diagnostic in diagnostics { print(diagnostic) }
            print(summary.line)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let data = try encoder.encode(
                ValidationOutput(diagnostics: diagnostics, summary: summary))
            print(String(decoding: data, as: UTF8.self))
        }
        if diagnostics.contains(where: { $0.severity >= failOn.severity }) {
            throw ExitCode(1)
        }
    }
}

extension ValidateCommand {
    /// A check's documentation: summary, then its examples as files and the output they give.
    static func explanation(of check: KnowledgeBaseCheck) throws -> String {
        let (passing, failing) = try check.examples()
        var text = "\(check.id) (\(check.severity.rawValue))\n\(check.summary)\n"
        func files(_ example: CheckExample) -> String {
            guard !example.files.isEmpty else { return "  (the base knowledge base, unchanged)\n" }
            return example.files.keys.sorted().map { path in
                let content = example.files[path, default: ""]
                if content.isEmpty { return "  \(path): (removed)\n" }
                let body = content.split(separator: "\n", omittingEmptySubsequences: false)
                    .dropLast(content.hasSuffix("\n") ? 1 : 0)
                    .map { "    \($0)" }.joined(separator: "\n")
                return "  \(path):\n\(body)\n"
            }.joined()
        }
        text += "\nFailing example, laid over the base knowledge base:\n" + files(failing)
        text += "prints:\n" + failing.diagnostics.map { "  \($0)\n" }.joined()
        text += "\nPassing example (prints nothing):\n" + files(passing)
        return text
    }
}

/// The JSON output of `evident validate --format json`.
struct ValidationOutput: Encodable {
    var diagnostics: [Diagnostic]
    var summary: ValidationSummary
}

/// Counts shown after the diagnostics.
struct ValidationSummary: Encodable {
    var claims: Int
    var documents: Int
    var references: Int
    var errors: Int
    var warnings: Int
    var drafts: Int
    var fingerprint: String

    init(load: KnowledgeBaseLoad, diagnostics: [Diagnostic]) {
        let kb = load.knowledgeBase
        claims = kb.claims.count
        documents = kb.documents.count
        references = Set(kb.references.values.map(\.key)).count
        errors = diagnostics.filter { $0.severity == .error }.count
        warnings = diagnostics.filter { $0.severity == .warning }.count
        drafts = kb.claims.filter { $0.status == .draft }.count
        fingerprint = kb.fingerprint
    }

    var line: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(claims, "claim")), \(plural(documents, "document")), "
            + "\(plural(references, "reference")): \(plural(errors, "error")), "
            + "\(plural(warnings, "warning"))" + (drafts > 0 ? ", \(plural(drafts, "draft"))" : "")
            + " (fingerprint \(fingerprint.prefix(12)))"
    }
}
