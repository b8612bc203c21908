import Yams

/// Edits the text of a YAML file whose top level is a block mapping, in place: positions come
/// from the parsed nodes' marks, and everything outside the edited spans — comments, key
/// order, formatting — stays byte for byte. Yams cannot write comments back, so the file is
/// never re-serialised; callers re-read the result to check it before writing it.
///
/// Edits are recorded against the original text and applied together by ``result()``.
struct YAMLTextEditor {
    /// One top-level `key: value` entry.
    struct Entry {
        /// The key.
        var name: String
        /// The value node.
        var value: Node
        /// Offset of the key's first scalar.
        var start: Int
        /// Offset just after the `:` that follows the key.
        var valueStart: Int
        /// Offset just past the entry's last content line (its line break included); trailing
        /// blank and comment lines belong to what follows.
        var end: Int
    }

    /// The original text.
    let scalars: [Unicode.Scalar]
    /// The top-level entries in file order.
    private(set) var entries: [Entry] = []
    private var lineStarts: [Int] = [0]
    private var edits: [(range: Range<Int>, text: String)] = []

    /// Parses `text`; throws ``KnowledgeBaseEditError/notEditable(path:reason:)`` unless its top
    /// level is a block mapping with text keys.
    init(_ text: String, path: String) throws(KnowledgeBaseEditError) {
        scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            lineStarts.append(index + 1)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw .notEditable(path: path, reason: "it is not valid YAML")
        }
        guard let mapping = root?.mapping, let mark = root?.mark,
            offset(of: mark) < scalars.count, scalars[offset(of: mark)] != "{"
        else { throw .notEditable(path: path, reason: "its top level is not a block mapping") }
        var starts: [(String, Node, Int)] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string, let keyMark = key.mark else {
                throw .notEditable(path: path, reason: "a top-level key is not text")
            }
            starts.append((name, value, offset(of: keyMark)))
        }
        for (index, (name, value, start)) in starts.enumerated() {
            let limit = index + 1 < starts.count ? starts[index + 1].2 : scalars.count
            var colon = start
            while colon < limit, !(scalars[colon] == ":" && isBlankOrEnd(colon + 1)) {
                colon += 1
            }
            guard colon < limit else {
                throw .notEditable(path: path, reason: "key '\(name)' has no ':' after it")
            }
            let end = contentEnd(before: limit, from: colon + 1, indent: 0)
            entries.append(
                Entry(name: name, value: value, start: start, valueStart: colon + 1, end: end))
        }
    }

    /// The entry of a top-level key.
    func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

    /// Whether a top-level key's value is a block sequence (`- item` lines).
    func isBlockSequence(_ name: String) -> Bool {
        guard let entry = entry(name), entry.value.sequence != nil, let mark = entry.value.mark
        else { return false }
        let at = offset(of: mark)
        return at < scalars.count && scalars[at] == "-"
    }

    /// Replaces everything after `name:` up to the end of its entry with `text`, which starts
    /// with a space (an inline value) or a line break (a block value) and ends with a line break.
    mutating func replaceValue(of name: String, with text: String) {
        guard let entry = entry(name) else { return }
        edits.append((entry.valueStart..<entry.end, text))
    }

    /// Replaces a whole top-level entry (key and value) with `text` (ending with a line break).
    mutating func replaceEntry(_ name: String, with text: String) {
        guard let entry = entry(name) else { return }
        edits.append((lineStart(of: entry.start)..<entry.end, text))
    }

    /// Inserts whole entries (`text`, ending with a line break) before a top-level key, or at
    /// the end of the mapping when `name` is `nil` or absent.
    mutating func insert(_ text: String, before name: String?) {
        if let name, let entry = entry(name) {
            edits.append((lineStart(of: entry.start)..<lineStart(of: entry.start), text))
            return
        }
        let end = entries.last?.end ?? scalars.count
        let needsBreak = end > 0 && scalars[end - 1] != "\n"
        edits.append((end..<end, (needsBreak ? "\n" : "") + text))
    }

    /// The items of a top-level block sequence: the range of each (from its line start to the
    /// end of its last content line) and the indentation of its `-`.
    func items(of name: String) -> [(range: Range<Int>, indent: Int)] {
        guard isBlockSequence(name), let entry = entry(name), let sequence = entry.value.sequence
        else { return [] }
        var dashes: [Int] = []
        for item in sequence {
            guard let mark = item.mark else { return [] }
            var dash = offset(of: mark)
            while dash > entry.valueStart, scalars[dash] != "-" { dash -= 1 }
            dashes.append(dash)
        }
        return dashes.enumerated().map { index, dash in
            let indent = dash - lineStart(of: dash)
            let limit = index + 1 < dashes.count ? lineStart(of: dashes[index + 1]) : entry.end
            return (
                lineStart(of: dash)..<contentEnd(before: limit, from: dash, indent: indent), indent
            )
        }
    }

    /// Appends an item to a top-level block sequence; `render` gets the indentation of the
    /// existing items' `-` and returns the item's lines (ending with a line break).
    mutating func appendItem(to name: String, render: (Int) -> String) {
        guard let last = items(of: name).last else { return }
        let end = last.range.upperBound
        let needsBreak = end > 0 && scalars[end - 1] != "\n"
        edits.append((end..<end, (needsBreak ? "\n" : "") + render(last.indent)))
    }

    /// Replaces item `index` of a top-level block sequence.
    mutating func replaceItem(_ index: Int, of name: String, render: (Int) -> String) {
        let all = items(of: name)
        guard index < all.count else { return }
        edits.append((all[index].range, render(all[index].indent)))
    }

    /// The text with every edit applied.
    func result() -> String {
        var out = String.UnicodeScalarView()
        var cursor = 0
        for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            out.append(contentsOf: scalars[cursor..<max(cursor, edit.range.lowerBound)])
            out.append(contentsOf: edit.text.unicodeScalars)
            cursor = max(cursor, edit.range.upperBound)
        }
        out.append(contentsOf: scalars[cursor...])
        return String(out)
    }

    // MARK: Positions

    /// The scalar offset of a mark (1-based line and column, counted in scalars).
    func offset(of mark: Mark) -> Int {
        let line = min(max(mark.line, 1), lineStarts.count)
        return min(lineStarts[line - 1] + mark.column - 1, scalars.count)
    }

    private func lineStart(of offset: Int) -> Int {
        var start = min(offset, scalars.count)
        while start > 0, scalars[start - 1] != "\n" { start -= 1 }
        return start
    }

    private func isBlankOrEnd(_ offset: Int) -> Bool {
        offset >= scalars.count || scalars[offset] == " " || scalars[offset] == "\n"
            || scalars[offset] == "\t" || scalars[offset] == "\r"
    }

    /// The end of the last content line in `from..<limit`: lines before `limit` that are blank,
    /// or comments indented at most `indent`, are left to what follows.
    private func contentEnd(before limit: Int, from: Int, indent: Int) -> Int {
        var end = limit
        while end > from {
            let start = lineStart(of: end - 1)
            guard start > from else { break }
            var first = start
            while first < end, scalars[first] == " " || scalars[first] == "\t" { first += 1 }
            let blank = first >= end || scalars[first] == "\n" || scalars[first] == "\r"
            let comment = !blank && scalars[first] == "#" && first - start <= indent
            guard blank || comment else { break }
            end = start
        }
        return end
    }
}
