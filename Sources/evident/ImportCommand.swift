import ArgumentParser
import EvidentKit
import EvidentPubMed
import EvidentStore
import Foundation

/// `evident import`: import PubMed XML files into the SQLite index.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import PubMed XML files into the SQLite index.",
        discussion: """
            Files are applied in the order given, each in one transaction (a file that cannot \
            be read to its end leaves the index as it was; the other files are still \
            imported). The index keeps the highest Version of each PMID: a record replaces \
            the stored one when its version is higher, or equal with different content; an \
            identical record changes nothing; DeleteCitation removes the PMID at the Version it \
            names.
            """)

    /// When to draw the progress line on standard error.
    enum ProgressMode: String, ExpressibleByArgument, CaseIterable {
        /// Only when standard error is a terminal, and only for imports longer than a moment.
        case auto
        /// Always (one line per update; for logs).
        case always
        /// Never.
        case never
    }

    @OptionGroup var index: IndexOptions

    @Option(help: "Progress on standard error: auto (terminal only), always, never.")
    var progress: ProgressMode = .auto

    @Argument(help: ArgumentHelp("PubMed XML files (.xml or .xml.gz).", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one PubMed XML file to import") }
    }

    func run() async throws {
        let path = index.resolvedPath
        let database: IndexDatabase
        do {
            database = try IndexDatabase(path: path)
            try database.requireWritable()
        } catch {
            IndexCommandSupport.printError("\(error)")
            throw ExitCode(2)
        }
        let importer = Evident.indexImporter(database)
        let meter = IndexImportProgress(mode: progress, fileCount: files.count)
        let start = Date()
        var total = IndexImportSummary()
        for (number, file) in files.enumerated() {
            meter.begin(file: file, number: number + 1)
            do {
                let summary = try importer.importFile(file) { meter.update(records: $0) }
                meter.end()
                total.add(summary)
            } catch {
                meter.end()
                total.failedFiles += 1
                IndexCommandSupport.printError(Self.message(for: error, file: file))
            }
        }
        total.seconds = Date().timeIntervalSince(start)
        print(total.description)
        if total.failedFiles > 0 { throw ExitCode(2) }
    }

    /// `path:line:col: error: …` for parse errors; `path: error: …` for anything else.
    static func message(for error: any Error, file: String) -> String {
        if let error = error as? PubMedError { return error.description }
        return "\(file): error: \(error)"
    }
}
