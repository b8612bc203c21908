import ArgumentParser
import EvidentKit

/// The citations of an `evident cite --from` file: one per line, each the reference key and
/// its options as on the command line, words split as a shell splits them (`'…'` and `"…"`
/// quote, `\` escapes); blank lines and everything from a `#` that starts a word are skipped
/// (`evident suggest CLAIM --format cite` writes such a file).
struct CitationFile {
    /// A citation and where its key was read.
    struct Entry {
        /// The citation.
        var request: Evident.CitationRequest
        /// 1-based line and column of the key.
        var line: Int
        var column: Int
    }

    /// The citations read.
    var entries: [Entry] = []
    /// `path:line:col: error: …` for every line that cannot be read.
    var errors: [String] = []

    /// Reads `text`, naming it `path` in messages.
    init(_ text: String, path: String) {
        var first: [String: Int] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            let number = index + 1
            let words: [(text: String, column: Int)]
            switch Self.words(String(line)) {
            case .success(let found): words = found
            case .failure(let problem):
                errors.append("\(path):\(number):\(problem.column): error: \(problem.message)")
                continue
            }
            guard let key = words.first else { continue }
            let parsed: CitationLine
            do {
                parsed = try CitationLine.parse(words.map(\.text))
            } catch {
                let message = CitationLine.message(for: error)
                errors.append("\(path):\(number):\(key.column): error: \(Self.lowercased(message))")
                continue
            }
            guard ReferenceKey(parsed.reference) != nil else {
                errors.append(
                    "\(path):\(number):\(key.column): error: invalid reference key "
                        + "'\(parsed.reference)' (expected pmid:<digits>, doi:10.<prefix>/<suffix> "
                        + "or a local id of a-z, 0-9, '-' and '_')")
                continue
            }
            if let earlier = first[parsed.reference] {
                errors.append(
                    "\(path):\(number):\(key.column): error: reference '\(parsed.reference)' is "
                        + "given twice (first on line \(earlier); cite each reference once)")
                continue
            }
            first[parsed.reference] = number
            guard let request = parsed.options.request(parsed.reference) else { continue }
            entries.append(Entry(request: request, line: number, column: key.column))
        }
    }

    /// A problem splitting a line into words.
    struct Problem: Error {
        var column: Int
        var message: String
    }

    /// The line's words with the 1-based column each starts at.
    static func words(_ line: String) -> Result<[(text: String, column: Int)], Problem> {
        var words: [(text: String, column: Int)] = []
        var current: String?
        var start = 0
        var quote: Character?
        var quoteColumn = 0
        var escaped = false
        for (offset, character) in line.enumerated() {
            let column = offset + 1
            if escaped {
                current = (current ?? "") + String(character)
                escaped = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else {
                    current = (current ?? "") + String(character)
                }
                continue
            }
            switch character {
            case " ", "\t", "\r":
                if let word = current { words.append((word, start)) }
                current = nil
            case "#" where current == nil:
                return .success(words)
            case "'", "\"":
                if current == nil { start = column }
                current = current ?? ""
                quote = character
                quoteColumn = column
            case "\\":
                if current == nil { start = column }
                escaped = true
            default:
                if current == nil { start = column }
                current = (current ?? "") + String(character)
            }
        }
        if let open = quote {
            return .failure(
                Problem(
                    column: quoteColumn,
                    message: "unterminated quote (expected a closing \(open) on the same line)"))
        }
        if escaped {
            return .failure(
                Problem(
                    column: line.count,
                    message: "a '\\' ends the line (expected a character after it)"))
        }
        if let word = current { words.append((word, start)) }
        return .success(words)
    }

    private static func lowercased(_ message: String) -> String {
        let line = message.split(separator: "\n").first.map(String.init) ?? message
        guard let first = line.first else { return line }
        return first.lowercased() + line.dropFirst()
    }
}
