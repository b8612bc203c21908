/// Extracts the prose of a Markdown document by blanking its syntax, so offsets are unchanged.
///
/// Heading and quote markers, emphasis, inline and fenced code, link targets, images' URLs,
/// table pipes and inline HTML tags become spaces; code is never checked (as in Vale).
enum MarkdownExtractor {
    /// The document with syntax replaced by spaces (line breaks kept).
    static func extract(_ source: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = source
        var index = 0
        var lineStart = true
        var inFence = false
        let count = source.count
        func blank(_ range: Range<Int>) {
            for k in range where out[k] != "\n" { out[k] = " " }
        }
        while index < count {
            if lineStart {
                lineStart = false
                var k = index
                while k < count, source[k] == " " { k += 1 }
                if HTMLExtractor.hasPrefix(source, at: k, "```")
                    || HTMLExtractor.hasPrefix(source, at: k, "~~~")
                {
                    let end = lineEnd(source, from: k)
                    blank(index..<end)
                    inFence.toggle()
                    index = end
                    continue
                }
                if inFence {
                    let end = lineEnd(source, from: k)
                    blank(index..<end)
                    index = end
                    continue
                }
                while k < count, source[k] == "#" || source[k] == ">" {
                    out[k] = " "
                    k += 1
                }
                index = k
                continue
            }
            let scalar = source[index]
            switch scalar {
            case "\n":
                lineStart = true
                index += 1
            case "`":
                let close = HTMLExtractor.find(source, "`", from: index + 1).map { $0 + 1 }
                let end = min(close ?? index + 1, lineEnd(source, from: index))
                blank(index..<max(end, index + 1))
                index = max(end, index + 1)
            case "*", "_", "|", "[", "]":
                out[index] = " "
                index += 1
            case "!" where index + 1 < count && source[index + 1] == "[":
                out[index] = " "
                index += 1
            case "(" where index > 0 && source[index - 1] == "]":
                let close = HTMLExtractor.find(source, ")", from: index) ?? index
                blank(index..<(close + 1))
                index = close + 1
            case "<"
            where index + 1 < count
                && (source[index + 1].properties.isAlphabetic || source[index + 1] == "/"):
                let close = HTMLExtractor.find(source, ">", from: index) ?? index
                blank(index..<(close + 1))
                index = close + 1
            default:
                index += 1
            }
        }
        return out
    }

    private static func lineEnd(_ source: [Unicode.Scalar], from start: Int) -> Int {
        var k = start
        while k < source.count, source[k] != "\n" { k += 1 }
        return k
    }
}
