import ArgumentParser
import EvidentKit
import Foundation

/// `evident check`: fact-check copy against the knowledge base and the regulatory rule packs.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Fact-check copy against the knowledge base and regulatory rules.",
        discussion: """
            Checks plain text, Markdown and HTML files, folders (recursively) or standard input \
            ('-'). Exit status: 0 clean, 1 findings at or above --fail-on, 2 unreadable input \
            or knowledge base, 64 bad usage.
            """)

    /// The lowest severity that fails the run.
    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info

        var severity: Severity { Severity(rawValue: rawValue) ?? .error }
    }

    @Argument(help: "Files, folders, or '-' for standard input.")
    var paths: [String] = []

    @Option(help: "Which rule packs apply: us, eu or all.")
    var market: Market = .all

    @Option(help: "Output format: \(CheckFormat.valueList).")
    var format: CheckFormat = .text

    @Option(
        name: .customLong("fail-on"), help: "Exit 1 on findings at or above: error, warning, info.")
    var failOn: FailOn = .error

    @Option(help: "Smallest score (0-1) that links a sentence to a knowledge-base claim.")
    var threshold: Double = Checker.defaultThreshold

    /// The knowledge base: `--kb`, else the current folder when it holds `Claims/`.
    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @OptionGroup var index: IndexOptions

    @OptionGroup var rulePacks: RulePackOptions

    /// Prints the lay-language reader's features instead of checking (`.ci/train-lay-model`).
    @Flag(
        name: .customLong("lay-features"),
        help: ArgumentHelp(
            "Print each sentence's lay-language features (path, line, words, features) instead of "
                + "checking: what .ci/train-lay-model learns from.", visibility: .hidden))
    var layFeatures = false

    func validate() throws {
        guard !paths.isEmpty else {
            throw ValidationError("expected at least one file, folder or '-'")
        }
        guard threshold > 0, threshold <= 1 else {
            throw ValidationError("threshold '\(threshold)' is out of range (expected 0 < x <= 1)")
        }
    }

    func run() async throws {
        if layFeatures {
            try printLayFeatures()
            return
        }
        // The claims are read on another core while the rule book and the copy are read here
        // (both are read whole before any sentence is checked; reading the claims stats every
        // claim file and reads the index). What their reading says on the way is said after
        // the rule book and the copy are read, and an error in those comes first, as when the
        // claims were read after them; the task is awaited on every path out.
        async let loading = Self.loadClaims(kb: knowledgeBase.kb, indexPath: index.path)
        let book: RuleBook
        let sources: [SourceText]
        let claims: GradedClaims
        do {
            book = try Evident.ruleBook(kb: knowledgeBase.kb, rules: rulePacks.folders)
            sources = try Evident.checkSources(paths)
            let read = await loading
            for line in read.fallback { KnowledgeBaseOptions.printError(line) }
            let loaded = try read.result.get()
            claims = loaded.claims
            knowledgeBase.printDiagnostics(loaded.diagnostics)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        let report = Evident.check(
            sources, market: market, claims: claims, threshold: threshold, book: book,
            cache: Evident.claimIndexCache(kb: knowledgeBase.kb))
        // The rule book, the claims and the report (tens of thousands of findings for long
        // copy) live until the process exits: they are not freed piece by piece on the way out.
        defer { KeptUntilExit.keep((book, claims, report)) }
        do {
            var output = CheckOutput()
            try Evident.write(report, format: format, to: &output)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        if report.hasFindings(atOrAbove: failOn.severity) { throw ExitCode(1) }
    }
}

extension CheckCommand {
    /// `--lay-features`: per sentence of each source, a line `path<TAB>line<TAB>words<TAB>features`
    /// (features separated by spaces, sorted; ``LayFeatures``). No knowledge base is read.
    func printLayFeatures() throws {
        let book: RuleBook
        let sources: [SourceText]
        do {
            book = try Evident.ruleBook(kb: knowledgeBase.kb, rules: rulePacks.folders)
            sources = try Evident.checkSources(paths)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(2)
        }
        let checker = Checker(book: book, market: market)
        var output = ""
        for source in sources {
            for (line, words, features) in checker.layFeatures(source) {
                output += "\(source.path)\t\(line)\t\(words)\t"
                output += features.joined(separator: " ") + "\n"
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    /// The claims `Evident.checkClaims` read, or its error, and the lines its `indexFallback`
    /// said, in order.
    struct LoadedClaims: Sendable {
        var result: Result<(claims: GradedClaims, diagnostics: [Diagnostic]), any Error>
        var fallback: [String]
    }

    /// Reads the claims of the knowledge base at `kb` (`Evident.checkClaims`), keeping what it
    /// says on the way for the caller to print.
    static func loadClaims(kb: String?, indexPath: String?) async -> LoadedClaims {
        var fallback: [String] = []
        let result = Result {
            try Evident.checkClaims(kb: kb, indexPath: indexPath) { fallback.append($0) }
        }
        return LoadedClaims(result: result, fallback: fallback)
    }
}

extension Market: ExpressibleByArgument {}
