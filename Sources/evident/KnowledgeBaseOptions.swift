import ArgumentParser
import EvidentKit
import Foundation

/// The option every command that reads a knowledge base shares: where it is (`--kb`, also
/// `--root`). A command adopts it with `@OptionGroup var knowledgeBase: KnowledgeBaseOptions`,
/// and, when it reads the SQLite index too, `@OptionGroup var index: IndexOptions`.
struct KnowledgeBaseOptions: ParsableArguments {
    @Option(
        name: [.customLong("kb"), .customLong("root")],
        help: ArgumentHelp(
            "The knowledge-base folder, holding Claims/ and Sources-Refs/ (default: the "
                + "current folder).", valueName: "dir"))
    var kb: String?

    /// The folder given, else the current folder (`.`).
    var path: String { kb ?? "." }

    /// The folder as a URL.
    var root: URL { URL(fileURLWithPath: path, isDirectory: true) }

    /// The index file of this knowledge base: `--index`, else `$EVIDENT_INDEX`, else
    /// `<kb>/.evident/index.sqlite`.
    func indexPath(_ index: IndexOptions) -> String {
        IndexLocation.path(option: index.path, root: path)
    }

    /// A path relative to the knowledge base as the user can open it: prefixed with the
    /// folder given with `--kb` (unchanged for the current folder).
    func display(_ relative: String) -> String {
        guard let kb, kb != ".", kb != "./" else { return relative }
        return (kb.hasSuffix("/") ? kb : kb + "/") + relative
    }

    /// Prints the knowledge base's errors on standard error, and the number of warnings with
    /// where to see them (`evident validate`): problems are said, never dropped.
    func printDiagnostics(_ diagnostics: [Diagnostic]) {
        var warnings = 0
        for diagnostic in diagnostics {
            guard diagnostic.severity == .error else {
                warnings += diagnostic.severity == .warning ? 1 : 0
                continue
            }
            var shown = diagnostic
            shown.location.path = display(diagnostic.location.path)
            Self.printError(shown.description)
        }
        if warnings > 0 {
            Self.printError(
                "note: the knowledge base has \(warnings) warning\(warnings == 1 ? "" : "s") "
                    + "(run 'evident validate' to see them)")
        }
    }

    /// Writes a line to standard error.
    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
