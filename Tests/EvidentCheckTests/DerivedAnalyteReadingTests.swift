import Foundation
import Testing

@testable import EvidentCheck

/// The derived analytes (`Vocabulary/analytes.tsv`) are read as bytes when the text is ASCII
/// without carriage returns, as characters otherwise: both give the same names and errors.
struct DerivedAnalyteReadingTests {
    @Test func bytesAndCharactersGiveTheSameNames() throws {
        let url = try #require(
            ConditionVocabulary.bundledDirectory?.appendingPathComponent(
                LabValueTable.derivedFile))
        let text = try String(contentsOf: url, encoding: .utf8)
        let names = try LabValueTable.derivedNames(text, path: "analytes.tsv")
        #expect(names.count > 100)
        // A non-ASCII comment sends the same lines down the character path.
        #expect(try LabValueTable.derivedNames("# caf\u{E9}\n" + text, path: "a.tsv") == names)
        #expect(
            try LabValueTable.derivedNames("d\u{E9}j\u{E0}\tHP:1\nzinc\tHP:2\n", path: "a.tsv")
                == ["d\u{E9}j\u{E0}", "zinc"])
        for malformed in ["zinc\tHP:2\n\tHP:3\n", "zinc\tHP:2\nzinc\n", "zinc\tHP:2\na\tb\tc\n"] {
            for prefix in ["", "# \u{E9}\n"] {
                #expect(throws: CheckError.self) {
                    try LabValueTable.derivedNames(prefix + malformed, path: "a.tsv")
                }
            }
        }
        #expect(
            throws: CheckError.invalidRulePack(
                path: "a.tsv", line: 3, column: 1,
                message: "expected 'analyte<TAB>ids', got 'a\tb\tc'")
        ) {
            try LabValueTable.derivedNames("# \u{E9}\nzinc\tHP:2\na\tb\tc\n", path: "a.tsv")
        }
        #expect(
            throws: CheckError.invalidRulePack(
                path: "a.tsv", line: 2, column: 1,
                message: "expected 'analyte<TAB>ids', got 'a\tb\tc'")
        ) {
            try LabValueTable.derivedNames("zinc\tHP:2\na\tb\tc\n", path: "a.tsv")
        }
    }
}
