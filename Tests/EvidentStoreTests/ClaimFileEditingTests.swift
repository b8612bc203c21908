import EvidentModel
import Foundation
import Testing
import Yams

@testable import EvidentStore

/// The YAML writing and in-place editing behind `evident new`, `cite` and `review`.
struct ClaimFileEditingTests {
    static let awkward = [
        "plain words", "null", "~", "yes", "123", "2026-11-24", "- dash first", "key: value",
        "ends with colon:", "# hash first", "a #comment", "\"quoted\"", "'single'", "tab\there",
        "line\nbreak", " leading space", "trailing space ", "ünïcødé “quotes” — dashes",
        "[brackets]", "{braces}", "&anchor", "*alias", "!tag", "%percent", "@at", "`tick`",
        "a, b", "pmid:123", "doi:10.1000/X", String(repeating: "long words ", count: 30) + "end",
        "two  spaces " + String(repeating: "and more ", count: 20), "\u{7}bell",
    ]

    @Test(arguments: awkward)
    func everyValueReadsBackExactly(_ value: String) throws {
        for indent in [0, 2, 4] {
            let entry = YAMLScalarWriter.entry("k", value, indent: indent)
            let node = try #require(try Yams.compose(yaml: entry))
            #expect(node.mapping?["k"]?.scalar?.string == value, "\(entry)")
            #expect(
                entry.split(separator: "\n").allSatisfy { $0.count <= 100 } || value.contains("  "))
        }
        let list = "k: " + YAMLScalarWriter.flowList([value, "x"])
        let node = try #require(try Yams.compose(yaml: list))
        #expect(node.mapping?["k"]?.sequence?.map { $0.scalar?.string } == [value, "x"])
    }

    @Test(arguments: [
        "one line", "two\nlines", "trailing\n", "two trailing\n\n", "  indented first\nsecond",
        "\n\nleading blank lines", "tabs\tand trailing spaces   \nok",
    ])
    func literalBlocksKeepEveryLineBreak(_ value: String) throws {
        let entry = YAMLScalarWriter.literalEntry("text", value, indent: 0)
        let node = try #require(try Yams.compose(yaml: entry))
        #expect(node.mapping?["text"]?.scalar?.string == value)
    }

    @Test func theEditorChangesOnlyTheSpansItIsAsked() throws {
        let text = """
            # top comment
            schema: evident-claim/1
            id: x   # trailing comment
            citations: [] # none yet
            # about keywords
            keywords: [a, b]

            """
        var editor = try YAMLTextEditor(text, path: "x.yaml")
        editor.replaceValue(of: "citations", with: "\n  - ref: a\n    stance: supports\n")
        editor.insert("reviews: []\n", before: nil)
        #expect(
            editor.result() == """
                # top comment
                schema: evident-claim/1
                id: x   # trailing comment
                citations:
                  - ref: a
                    stance: supports
                # about keywords
                keywords: [a, b]
                reviews: []

                """)
    }

    @Test func aFlowMappingAtTheTopIsNotEditedInPlace() {
        #expect(
            throws: KnowledgeBaseEditError.notEditable(
                path: "x.yaml", reason: "its top level is not a block mapping")
        ) {
            try YAMLTextEditor("{schema: evident-claim/1, id: x}", path: "x.yaml")
        }
    }
}
