import EvidentModel

/// Paths, URIs, snippets and fingerprints for the SARIF reporter.
enum SARIFPath {
    /// An absolute folder: its path with a trailing `/`, and that path as a `file://` URI.
    struct Directory: Equatable {
        var path: String
        var uri: String
    }

    /// The root folder of a report, normalised, with a trailing `/`.
    static func directory(_ root: String) -> Directory {
        var path = normalise(root.hasPrefix("/") ? root : "/" + root)
        if !path.hasSuffix("/") { path += "/" }
        return Directory(path: path, uri: "file://" + escape(path))
    }

    /// Removes `.` segments, empty segments and `x/..` pairs (`./a/../b//c` → `b/c`); a
    /// leading `..` that cannot be resolved stays.
    static func normalise(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            if part == "..", absolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : joined
    }

    /// A path as a URI path: every byte outside RFC 3986's unreserved characters, sub-delims,
    /// `:`, `@` and `/` is percent-encoded (UTF-8).
    static func escape(_ path: String) -> String {
        let allowed = Set(
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/".utf8)
        var out = ""
        for byte in path.utf8 {
            if allowed.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    /// The finding's region exactly as the file has it (lines joined by `\n`), or `nil` when a
    /// line it spans is not in the report.
    static func snippet(_ finding: Finding, lines: [Int: String]) -> String? {
        guard finding.endLine >= finding.line else { return nil }
        var scalarLines: [Int: [Unicode.Scalar]] = [:]
        for number in finding.line...finding.endLine {
            scalarLines[number] = lines[number].map { Array($0.unicodeScalars) }
        }
        return snippet(finding, scalarLines: scalarLines)
    }

    /// ``snippet(_:lines:)`` from lines already split into scalars (a reporter converts each
    /// line once, however many findings it holds).
    static func snippet(_ finding: Finding, scalarLines: [Int: [Unicode.Scalar]]) -> String? {
        guard finding.endLine >= finding.line else { return nil }
        var pieces: [String] = []
        for number in finding.line...finding.endLine {
            guard let scalars = scalarLines[number] else { return nil }
            let from = number == finding.line ? finding.column - 1 : 0
            let to = number == finding.endLine ? finding.endColumn : scalars.count
            guard from >= 0, from <= to, to <= scalars.count else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[from..<to])
            pieces.append(String(view))
        }
        return pieces.joined(separator: "\n")
    }

    /// Lowercased, with runs of whitespace as one space: the part of a finding that survives
    /// reflowing the copy.
    static func collapsed(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A 64-bit FNV-1a hash of the text's UTF-8, as 16 hexadecimal digits.
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Text safe inside Markdown: `\`, `*`, `_`, `` ` ``, `[`, `]`, `<`, `>` and `#` escaped.
    static func markdownEscaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\*_`[]<>#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
