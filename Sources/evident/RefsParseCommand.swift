import ArgumentParser
import EvidentKit
import EvidentModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `evident refs parse`: parse PubMed XML files and print what the importer read.
struct RefsParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse PubMed XML files and print what the importer read.",
        discussion: """
            Reads PubmedArticleSet documents (.xml or .xml.gz, as efetch, the annual baseline \
            and the daily update files ship them) and prints one line per record: \
            PubmedArticle, PubmedBookArticle, and each DeleteCitation PMID. Unreadable files \
            are reported as 'path:line:col: error: …' on standard error after the other files \
            are read; the exit code is then 2.
            """
    )

    @Argument(
        help: ArgumentHelp(
            "PubMed XML files (.xml or .xml.gz) or folders of them (in NLM order).",
            valueName: "file-or-folder"))
    var files: [String]

    @Option(help: "Output format: \(RefsParseFormat.valueList).")
    var format: RefsParseFormat = .jsonl

    @Flag(help: "Print records, bytes, seconds, MB/s and peak memory on standard error.")
    var stats = false

    func run() async throws {
        var output = StandardOutput()
        if format == .table { output.write(PubMedRecord.tableHeader + "\n") }
        let reader = PubMedReader()
        let clock = ContinuousClock()
        let start = clock.now
        var total = PubMedReadSummary()
        var failed = 0
        var paths: [String] = []
        for argument in files {
            guard PubMedFolder.isFolder(argument) else {
                paths.append(argument)
                continue
            }
            do {
                paths += try PubMedFolder.files(in: argument)
            } catch let error as PubMedError {
                failed += 1
                StandardError.write("\(error)\n")
            }
        }
        for path in paths {
            var articles = 0
            var books = 0
            var deletes = 0
            do {
                let summary = try reader.read(path: path) { record in
                    switch record {
                    case .article: articles += 1
                    case .book: books += 1
                    case .delete: deletes += 1
                    }
                    switch format {
                    case .jsonl: output.write(record)
                    case .table: output.write(record.tableLine + "\n")
                    case .none: break
                    }
                }
                total.add(summary)
            } catch let error as PubMedError {
                output.flush()
                failed += 1
                var partial = PubMedReadSummary()
                partial.articles = articles
                partial.books = books
                partial.deletes = deletes
                total.add(partial)
                StandardError.write("\(error)\n")
            }
        }
        output.finish()
        if stats {
            let seconds =
                Double((clock.now - start).components.attoseconds) / 1e18
                + Double((clock.now - start).components.seconds)
            StandardError.write(Self.statsLine(total, files: paths.count, seconds: seconds) + "\n")
        }
        if failed > 0 { throw ExitCode(2) }
    }

    /// `evident: 1 file, 30000 records (…), 397724944 bytes, 1.234 s, 322.3 MB/s, peak …`.
    static func statsLine(_ total: PubMedReadSummary, files: Int, seconds: Double) -> String {
        let megabytesPerSecond = seconds > 0 ? Double(total.xmlBytes) / 1e6 / seconds : 0
        var usage = rusage()
        #if canImport(Darwin)
            getrusage(RUSAGE_SELF, &usage)
            let peakBytes = Double(usage.ru_maxrss)
        #else
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            let peakBytes = Double(usage.ru_maxrss) * 1024
        #endif
        let compressed = total.compressed ? " (\(total.fileBytes) stored)" : ""
        return "evident: \(files) file\(files == 1 ? "" : "s"), \(total.records) records"
            + " (\(total.articles) articles, \(total.books) books, \(total.deletes) deletes),"
            + " \(total.xmlBytes) bytes\(compressed), \(String(format: "%.3f", seconds)) s,"
            + " \(String(format: "%.1f", megabytesPerSecond)) MB/s, peak memory"
            + " \(String(format: "%.1f", peakBytes / 1_048_576)) MiB"
    }

}

/// Buffered standard output (one write per 64 KiB) for text lines; JSON lines are rendered
/// and written on a second thread (``JSONLinesPipe``).
private struct StandardOutput {
    private let lines = JSONLinesPipe(descriptor: 1)
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 17) }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes a record as one JSON line.
    func write(_ record: PubMedRecord) {
        lines.append(record)
    }

    /// Writes everything so far (before a message on standard error).
    mutating func flush() {
        if !buffer.isEmpty {
            buffer.withUnsafeBytes { raw in writeAll(1, raw) }
            buffer.removeAll(keepingCapacity: true)
        }
        lines.drain()
    }

    /// Writes everything and stops the JSON thread.
    mutating func finish() {
        flush()
        lines.finish()
    }
}

/// Unbuffered standard error.
private enum StandardError {
    static func write(_ text: String) {
        Array(text.utf8).withUnsafeBytes { raw in writeAll(2, raw) }
    }
}

/// Writes all bytes to a file descriptor (retrying short writes).
func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) {
    guard var base = bytes.baseAddress else { return }
    var remaining = bytes.count
    while remaining > 0 {
        let written = write(descriptor, base, remaining)
        if written < 0 {
            if errno == EINTR { continue }
            return
        }
        base += written
        remaining -= written
    }
}
