import Foundation

/// The progress line of `evident import` on standard error: drawn in place on a terminal, only
/// once an import has run for half a second; one line per update with `--progress always`.
final class IndexImportProgress {
    private let mode: ImportCommand.ProgressMode
    private let fileCount: Int
    private let terminal: Bool
    private var file = ""
    private var number = 0
    private var start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(mode: ImportCommand.ProgressMode, fileCount: Int) {
        self.mode = mode
        self.fileCount = fileCount
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
    }

    func update(records: Int) {
        guard enabled else { return }
        let now = Date()
        let elapsed = now.timeIntervalSince(start)
        if mode == .auto && elapsed < 0.5 { return }
        if now.timeIntervalSince(lastDraw) < 0.1 { return }
        lastDraw = now
        let seconds = String(format: "%.1f", elapsed)
        let text = "importing \(file) (\(number)/\(fileCount)): \(records) records, \(seconds) s"
        if terminal {
            FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
            drawn = true
        } else {
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }

    func end() {
        if drawn {
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
            drawn = false
        }
    }
}
