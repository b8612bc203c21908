import Foundation

/// The progress line of `evident import` on standard error: drawn in place on a terminal, only
/// once an import has run for half a second; one line per update with `--progress always`.
///
/// `importing pubmed25n0003.xml.gz (3/1274): 12345 records, 9870 records/s; 1271 files left,
/// ETA 2 h 13 min` — the estimate divides the bytes still to import (files not recorded with
/// the same name and size) by the bytes imported per second so far.
final class IndexImportProgress {
    private let mode: ImportCommand.ProgressMode
    private let fileCount: Int
    private let terminal: Bool
    private var file = ""
    private var number = 0
    private var start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false
    private var begun = false
    /// Bytes expected to be imported in this run, and those imported or read so far.
    private var bytesToImport: Int
    private var bytesDone = 0
    private var bytesInFile = 0
    /// Seconds spent importing completed files.
    private var secondsDone = 0.0

    init(mode: ImportCommand.ProgressMode, fileCount: Int, bytesToImport: Int) {
        self.mode = mode
        self.fileCount = fileCount
        self.bytesToImport = bytesToImport
        self.terminal = isatty(STDERR_FILENO) == 1
    }

    private var enabled: Bool {
        switch mode {
        case .auto: return terminal
        case .always: return true
        case .never: return false
        }
    }

    func begin(file: String, number: Int) {
        self.file = (file as NSString).lastPathComponent
        self.number = number
        start = Date()
        lastDraw = .distantPast
        bytesInFile = 0
        begun = true
    }

    func update(records: Int, bytesRead: Int) {
        bytesInFile = bytesRead
        guard enabled else { return }
        let now = Date()
        let elapsed = now.timeIntervalSince(start)
        if mode == .auto && elapsed < 0.5 { return }
        if now.timeIntervalSince(lastDraw) < 0.1 { return }
        lastDraw = now
        var text = "importing \(file) (\(number)/\(fileCount)): \(records) records"
        if elapsed > 0 {
            text += ", \(Int((Double(records) / elapsed).rounded())) records/s"
        }
        text += "; \(fileCount - number) \(fileCount - number == 1 ? "file" : "files") left"
        let done = bytesDone + bytesInFile
        let seconds = secondsDone + elapsed
        if done > 0, seconds > 0, bytesToImport > done {
            text += ", ETA " + Self.duration(Double(bytesToImport - done) * seconds / Double(done))
        }
        if terminal {
            FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
            drawn = true
        } else {
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }

    /// The file begun last has finished, imported or failed (`bytes`: its size).
    func end(bytes: Int) {
        guard begun else { return }
        begun = false
        bytesDone += bytes
        secondsDone += Date().timeIntervalSince(start)
        bytesInFile = 0
        if drawn {
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
            drawn = false
        }
    }

    /// `42 s`, `12 min`, `2 h 13 min`.
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole < 60 { return "\(whole) s" }
        if whole < 3600 { return "\(whole / 60) min" }
        return "\(whole / 3600) h \(whole % 3600 / 60) min"
    }
}
