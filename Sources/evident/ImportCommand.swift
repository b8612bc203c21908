import ArgumentParser
import EvidentKit
import EvidentPubMed
import EvidentStore
import Foundation

/// `evident import`: import PubMed XML files and folders into the SQLite index.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import PubMed XML files and folders into the SQLite index.",
        discussion: """
            Files are applied in the order given; a folder gives its .xml and .xml.gz files \
            (searched recursively) in NLM's order: baseline files by number, then update \
            files (under 'updatefiles') by number. Each file is one transaction (a file that \
            cannot be read to its end leaves the index as it was; the other files are still \
            imported) and is recorded in the index by name, size and SHA-256 checksum: a file \
            imported before is skipped, so an interrupted import resumes where it stopped, and \
            a changed file with the same name is imported again. The index keeps the highest \
            Version of each PMID: a record replaces the stored one when its version is \
            higher, or equal with different content; an identical record changes nothing; \
            DeleteCitation removes the PMID at the Version it names.
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

    @Flag(help: "List what would be imported and skipped, without writing anything.")
    var dryRun = false

    @Argument(
        help: ArgumentHelp(
            "PubMed XML files (.xml or .xml.gz) or folders of them.", valueName: "file-or-folder"))
    var files: [String]

    func validate() throws {
        if files.isEmpty {
            throw ValidationError("give at least one PubMed XML file or folder to import")
        }
    }

    func run() async throws {
        var failed = 0
        var paths: [String] = []
        for argument in files {
            if PubMedFolder.isFolder(argument) {
                do {
                    paths += try PubMedFolder.files(in: argument)
                } catch {
                    failed += 1
                    IndexCommandSupport.printError(Self.message(for: error, file: argument))
                }
            } else {
                paths.append(argument)
            }
        }
        if dryRun {
            try plan(paths, failed: failed)
        } else {
            try importFiles(paths, failed: failed)
        }
    }

    private func importFiles(_ paths: [String], failed: Int) throws {
        let path = index.resolvedPath
        let database: IndexDatabase
        let recorded: [String: IndexImportedFile]
        do {
            database = try IndexDatabase(path: path)
            try database.requireWritable()
            recorded = try database.importedFiles()
        } catch {
            IndexCommandSupport.printError("\(error)")
            throw ExitCode(2)
        }
        let importer = try Evident.indexImporter(database)
        let meter = IndexImportProgress(
            mode: progress, fileCount: paths.count,
            bytesToImport: Self.bytesToImport(paths, recorded: recorded))
        let start = Date()
        var total = IndexImportSummary()
        total.failedFiles = failed
        for (number, file) in paths.enumerated() {
            var size = 0
            do {
                let identity = try IndexFileIdentity(path: file)
                size = identity.size
                switch try importer.status(of: identity) {
                case .imported(let record):
                    total.skippedFiles += 1
                    print("skipped \(file): \(Self.already(record))")
                    continue
                case .changed(let record):
                    print("importing \(file) again: \(Self.changed(identity, since: record))")
                case .new:
                    break
                }
                meter.begin(file: file, number: number + 1)
                let summary = try importer.importFile(file, recording: identity) {
                    meter.update(records: $0, bytesRead: $1)
                }
                meter.end(bytes: identity.size)
                total.add(summary)
            } catch {
                meter.end(bytes: size)
                total.failedFiles += 1
                IndexCommandSupport.printError(Self.message(for: error, file: file))
            }
        }
        total.seconds = Date().timeIntervalSince(start)
        print(total.description)
        if total.failedFiles > 0 { throw ExitCode(2) }
    }

    /// `--dry-run`: one line per file, then a count; reads the index without writing it.
    private func plan(_ paths: [String], failed: Int) throws {
        var ledger: IndexImportLedger
        do {
            ledger = try IndexImportLedger(indexPath: index.resolvedPath)
        } catch {
            IndexCommandSupport.printError("\(error)")
            throw ExitCode(2)
        }
        var failed = failed
        var toImport = 0
        var toSkip = 0
        for file in paths {
            do {
                let identity = try IndexFileIdentity(path: file)
                switch ledger.status(of: identity) {
                case .new:
                    toImport += 1
                    print("would import \(file)")
                case .changed(let record):
                    toImport += 1
                    print("would import \(file) again: \(Self.changed(identity, since: record))")
                case .imported(let record):
                    toSkip += 1
                    print("would skip \(file): \(Self.already(record))")
                }
                ledger.note(identity)
            } catch {
                failed += 1
                IndexCommandSupport.printError(Self.message(for: error, file: file))
            }
        }
        let fileWord = toImport == 1 ? "file" : "files"
        let failures = failed > 0 ? ", \(failed) unreadable" : ""
        print(
            "dry run: \(toImport) \(fileWord) to import, \(toSkip) to skip\(failures);"
                + " nothing was written")
        if failed > 0 { throw ExitCode(2) }
    }

    /// `already imported on 2026-12-03T07:00:00Z (same name, size and checksum)`.
    static func already(_ record: IndexImportedFile) -> String {
        "already imported \(Self.when(record)) (same name, size and checksum)"
    }

    /// `changed since it was imported on … (12345 bytes, now 12399)` or `(same size, another
    /// checksum)`.
    static func changed(_ identity: IndexFileIdentity, since record: IndexImportedFile) -> String {
        let difference =
            record.size == identity.size
            ? "same size, another checksum" : "\(record.size) bytes, now \(identity.size)"
        return "changed since it was imported \(Self.when(record)) (\(difference))"
    }

    /// `on 2026-12-03T07:00:00Z`, or `earlier in this list` for a file a dry run has noted.
    static func when(_ record: IndexImportedFile) -> String {
        record.importedAt.isEmpty ? "earlier in this list" : "on \(record.importedAt)"
    }

    /// The bytes of the files that will probably be imported (not recorded with the same name
    /// and size), for the progress line's estimate of the time left.
    static func bytesToImport(_ paths: [String], recorded: [String: IndexImportedFile]) -> Int {
        var total = 0
        for path in paths {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                let size = (attributes[.size] as? NSNumber)?.intValue
            else { continue }
            let name = (path as NSString).lastPathComponent
            if recorded[name]?.size != size { total += size }
        }
        return total
    }

    /// `path:line:col: error: …` for parse errors; `path: error: …` for anything else.
    static func message(for error: any Error, file: String) -> String {
        if let error = error as? PubMedError { return error.description }
        return "\(file): error: \(error)"
    }
}
