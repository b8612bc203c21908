/// A compiled rule pattern: lexicon classes (`@disease`), literal words and `#number`,
/// adjacent or separated by `...` (a gap of at most the rule's `within` words).
///
/// `"@treat-verb ... @disease"` matches "may help prevent colon cancer";
/// `"lose #number @weight-unit"` matches "lose 10 pounds".
public final class Pattern: Sendable {
    enum Element: Sendable, Equatable {
        case word(Int)
        case literal([String])
        case number
    }

    /// The pattern as written.
    public let source: String
    let elements: [Element]
    /// For each element, whether a gap may precede it.
    let gapBefore: [Bool]
    /// Class ids that must all be present for a match.
    let requiredClasses: [Int]
    /// Per element, its class id when it is a class (`@name`), else `-1`: what matching reads
    /// at every token, without copying the element.
    let wordClasses: [Int]
    /// `requiredClasses` as a set, when every one fits (`nil` otherwise).
    let requiredSet: ClassSet?

    /// Compiles a pattern; `context` names the rule in error messages.
    init(_ source: String, lexicon: Lexicon, path: String, context: String) throws {
        var elements: [Element] = []
        var gaps: [Bool] = []
        var pendingGap = false
        for piece in Pattern.pieces(source) {
            if piece == "..." {
                pendingGap = true
                continue
            }
            if piece.utf8.first == UInt8(ascii: "@"), piece.hasPrefix("@") {
                let name = String(piece.dropFirst())
                guard let id = lexicon.classID(name) else {
                    throw CheckError.invalidRulePack(
                        path: path,
                        message: "rule '\(context)': unknown class '@\(name)' in pattern "
                            + "'\(source)' (expected a class of lexicon.yaml or of a pack's 'classes')"
                    )
                }
                elements.append(.word(id))
                gaps.append(pendingGap)
            } else if piece == "#number" {
                elements.append(.number)
                gaps.append(pendingGap)
            } else {
                let terms = Tokenizer.terms(String(piece))
                guard !terms.isEmpty else { continue }
                if !pendingGap, case .literal(let previous)? = elements.last {
                    elements[elements.count - 1] = .literal(previous + terms)
                } else {
                    elements.append(.literal(terms))
                    gaps.append(pendingGap)
                }
            }
            pendingGap = false
        }
        guard !elements.isEmpty else {
            throw CheckError.invalidRulePack(
                path: path, message: "rule '\(context)': empty pattern '\(source)'")
        }
        self.source = source
        self.elements = elements
        self.gapBefore = gaps
        self.requiredClasses = elements.compactMap {
            if case .word(let id) = $0 { return id }
            return nil
        }
        self.wordClasses = elements.map {
            if case .word(let id) = $0 { return id }
            return -1
        }
        self.requiredSet = ClassSet(requiredClasses)
    }

    /// The pieces of a pattern's source between spaces, as
    /// `source.split(whereSeparator: { $0 == " " })` gives them. An ASCII source (every pattern
    /// the packs hold) is split by its bytes, each byte one character: the split by characters
    /// cost 45 M instructions of every check's start-up (4,900 patterns).
    static func pieces(_ source: String) -> [Substring] {
        guard source.utf8.allSatisfy({ $0 < 0x80 }) else {
            return source.split(whereSeparator: { $0 == " " })
        }
        return source.utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
    }
}

/// Where a pattern matched, in token indices of a sentence.
struct PatternMatch: Sendable, Equatable {
    /// First token.
    var start: Int
    /// Just past the last token.
    var end: Int
    /// First token of the last element (what a qualifier before it qualifies).
    var anchor: Int
}
