/// Finds the second occurrence of a duplicate mapping key in YAML text: Yams reports a
/// duplicate at its first occurrence only, and the one to fix is usually the one added later.
///
/// A block mapping's keys share one column: the duplicate is the next line at the first key's
/// column that starts with the key and a colon, before any line at a smaller column ends the
/// mapping (deeper lines are values). In a flow mapping (`{a: 1, a: 2}`) it is the next
/// `, key:` after the first.
enum YAMLDuplicateKey {
    /// The 1-based line and column of the second `key`, given the first's; `nil` when it
    /// cannot be told (the caller then reports the first).
    static func second(of key: String, first: (line: Int, column: Int), in text: String)
        -> (line: Int, column: Int)?
    {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { Array($0.unicodeScalars) }
        let keyScalars = Array(key.unicodeScalars)
        let row = first.line - 1
        let column = first.column - 1
        guard row >= 0, row < lines.count, column >= 0, column <= lines[row].count else {
            return nil
        }
        let before = lines[row][..<column].last { $0 != " " && $0 != "\t" }
        if before == "{" || before == "," {
            return flowSecond(keyScalars, after: (row, column + keyScalars.count), in: lines)
        }
        for number in (row + 1)..<lines.count {
            let line = lines[number]
            let indent = line.prefix { $0 == " " }.count
            guard indent < line.count, line[indent] != "#" else { continue }
            if indent < column { return nil }
            if indent == column, startsWithKey(line, at: indent, keyScalars) {
                return (number + 1, column + 1)
            }
        }
        return nil
    }

    /// Whether `line` holds `key` (plain or quoted) and then a colon at `start`.
    private static func startsWithKey(
        _ line: [Unicode.Scalar], at start: Int, _ key: [Unicode.Scalar]
    ) -> Bool {
        var index = start
        let quote = line[index] == "'" || line[index] == "\"" ? line[index] : nil
        if quote != nil { index += 1 }
        guard index + key.count <= line.count, Array(line[index..<(index + key.count)]) == key
        else { return false }
        index += key.count
        if let quote {
            guard index < line.count, line[index] == quote else { return false }
            index += 1
        }
        while index < line.count, line[index] == " " || line[index] == "\t" { index += 1 }
        return index < line.count && line[index] == ":"
    }

    private static func flowSecond(
        _ key: [Unicode.Scalar], after start: (row: Int, column: Int), in lines: [[Unicode.Scalar]]
    ) -> (line: Int, column: Int)? {
        var separated = false
        for row in start.row..<lines.count {
            let line = lines[row]
            var index = row == start.row ? start.column : 0
            while index < line.count {
                let scalar = line[index]
                if scalar == "," || scalar == "{" {
                    separated = true
                } else if scalar != " " && scalar != "\t" {
                    if separated, startsWithKey(line, at: index, key) {
                        return (row + 1, index + 1)
                    }
                    separated = false
                }
                index += 1
            }
        }
        return nil
    }
}
