import EvidentCheck
import EvidentModel
import Foundation
import Testing

/// Generative: every dev disease and innocent sentence is checked again with text inserted
/// after each word of the condition vocabulary found in it — a contraction written onto the
/// word ("goutn't", "gout's", "gout're") or after it ("gout don't"), a hyphen, a dash, an
/// apostrophe and a double quote. A contraction's `n't` token overlaps the word it is written
/// on, so every reading that looks at the text between two words meets overlapping tokens
/// here; a reversed range there traps, the worst failure on copy. The check must not trap,
/// and its findings must stay a function of each sentence: on its own line, inside its text,
/// and the same when the sentence is checked alone.
struct TokenGapTests {
    /// What is inserted after a vocabulary word.
    static let insertions = ["n't", "'s", "'re", " don't", "-", " — ", "'", "\""]

    /// The texts of a dev category (the last column of `Tests/Evaluation/dev/<name>.tsv`).
    static func devTexts(_ name: String) throws -> [String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Evaluation/dev/\(name).tsv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        return lines.dropFirst().compactMap { $0.split(separator: "\t").last.map(String.init) }
    }

    /// Each sentence with `insertion` written after each vocabulary word in it (one variant
    /// per word, in order).
    static func variants(of texts: [String], inserting insertion: String) -> [String] {
        guard let vocabulary = Fixtures.book.lexicon.vocabulary else { return [] }
        var result: [String] = []
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
            let ends = Set(vocabulary.lookup(text).map { tokens[$0.end - 1].end })
            for end in ends.sorted() {
                var changed = String.UnicodeScalarView(scalars[..<end])
                changed.append(contentsOf: insertion.unicodeScalars)
                changed.append(contentsOf: scalars[end...])
                result.append(String(changed))
            }
        }
        return result
    }

    @Test(arguments: insertions)
    func insertedAfterVocabularyWords(_ insertion: String) throws {
        let texts = try Self.devTexts("disease") + Self.devTexts("innocent")
        #expect(texts.count > 1_900)
        let items = Self.variants(of: texts, inserting: insertion)
        #expect(items.count > 800)
        // One sentence per paragraph, as `.ci/eval` checks them: item i is on line 2i + 1.
        let findings = Fixtures.check(items.joined(separator: "\n\n") + "\n", market: .all)
        var perItem = [[Finding]](repeating: [], count: items.count)
        for finding in findings {
            let index = (finding.line - 1) / 2
            #expect(finding.line % 2 == 1 && index < items.count, "\(finding.line)")
            #expect(finding.endLine == finding.line, "\(finding.rule) bleeds: \(finding.line)")
            guard finding.line % 2 == 1, index < items.count else { continue }
            let length = items[index].unicodeScalars.count
            #expect(
                finding.column >= 1 && finding.column <= finding.endColumn
                    && finding.endColumn <= length,
                "\(finding.rule) \(finding.column)–\(finding.endColumn): \(items[index])")
            // A finding quotes its text with runs of spaces collapsed.
            #expect(
                Self.collapsed(items[index]).contains(Self.collapsed(finding.text)),
                "\(finding.text) ∉ \(items[index])")
            perItem[index].append(finding)
        }
        // Every 25th sentence alone reads as it did among the others (its errors: a
        // document's disclaimer warnings depend on the whole document).
        for index in stride(from: 0, to: items.count, by: 25) {
            let alone = Fixtures.check(items[index] + "\n", market: .all)
            #expect(
                Self.summary(alone) == Self.summary(perItem[index]), "\(items[index])")
        }
    }

    /// Errors as rule and columns, sorted.
    static func summary(_ findings: [Finding]) -> [String] {
        findings.filter { $0.severity == .error }.map {
            "\($0.rule) \($0.column)-\($0.endColumn)"
        }.sorted()
    }

    /// A text with each run of whitespace made one space.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
