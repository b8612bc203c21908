import EvidentKit
import Foundation
import Testing

/// `evident cite` with several references — on the command line, or one per line of a
/// `--from` file such as `evident suggest --format cite` writes — run as a real process:
/// one write with every citation, or nothing when any line is wrong.
@Suite("evident cite: several citations")
struct CiteManyCommandTests {
    typealias Base = CiteReviewCommandTests

    func evident(_ arguments: [String], in root: URL, input: String? = nil) throws
        -> EvidentBinary.Run
    {
        try EvidentBinary.run(
            arguments, environment: ["SOURCE_DATE_EPOCH": "1795000000"], input: input, in: root)
    }

    @Test func severalReferencesOnTheCommandLineAreOneWrite() throws {
        let root = try Base().knowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try evident(
            ["cite", "k2-is-a-vitamin", "pmid:100", "ods", "--stance", "background"], in: root)
        #expect(run.stderr == "")
        #expect(run.status == 0)
        #expect(
            run.stdout == """
                \(Base.claimPath): added citation 'pmid:100' (background) of claim 'k2-is-a-vitamin'
                \(Base.claimPath): changed citation 'ods' (background) of claim 'k2-is-a-vitamin'

                """)
        let expected = Base.claim.replacingOccurrences(
            of:
                "  - ref: ods\n    stance: supports\n    note: >-\n      Lists K2 among the forms of\n"
                + "      vitamin K.\n",
            with: "  - ref: \"ods\"\n    stance: background\n"
                + "    note: Lists K2 among the forms of vitamin K.\n"
                + "  - ref: \"pmid:100\"\n    stance: background\n")
        #expect(try Base().read(root) == expected)
        #expect(try evident(["validate"], in: root).status == 0)
    }

    static let citations = """
        # Citations for k2-is-a-vitamin (comments and blank lines are skipped)

        pmid:100 --stance supports --risk-of-bias low --forms MK-7 --note "A trial's \\"finding\\"."
          ods --stance 'null'   # the fact sheet, again

        """

    @Test func aFromFileGivesEachCitationItsOwnOptions() throws {
        let root = try Base().knowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data(Self.citations.utf8).write(to: root.appendingPathComponent("refs.txt"))
        let run = try evident(["cite", "k2-is-a-vitamin", "--from", "refs.txt"], in: root)
        #expect(run.stderr == "")
        #expect(run.status == 0)
        #expect(run.stdout.contains("added citation 'pmid:100' (supports)"))
        #expect(run.stdout.contains("changed citation 'ods' (null)"))
        let expected = Base.claim.replacingOccurrences(
            of: "  - ref: ods\n    stance: supports\n",
            with: "  - ref: \"ods\"\n    stance: \"null\"\n"
        ).replacingOccurrences(
            of: "    note: >-\n      Lists K2 among the forms of\n      vitamin K.\n",
            with: "    note: Lists K2 among the forms of vitamin K.\n"
                + "  - ref: \"pmid:100\"\n    stance: supports\n    appraisal:\n"
                + "      risk-of-bias: low\n      forms: [MK-7]\n"
                + "    note: A trial's \"finding\".\n")
        #expect(try Base().read(root) == expected)
    }

    @Test func anyBadLineWritesNothingAndEveryBadLineIsNamed() throws {
        let root = try Base().knowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let lines = """
            pmid:100 --stance supports
            pmid:999 --stance supports
              doi:10.1/none --stance null
            """
        let unresolved = try evident(
            ["cite", "k2-is-a-vitamin", "--from", "-"], in: root, input: lines)
        #expect(unresolved.status == 64)
        #expect(
            unresolved.stderr == """
                <stdin>:2:1: error: reference 'pmid:999' resolves to no reference in Sources-Refs/ (expected a PubMed record or a CSL-JSON item with that key)
                <stdin>:3:3: error: reference 'doi:10.1/none' resolves to no reference in Sources-Refs/ (expected a PubMed record or a CSL-JSON item with that key)
                error: nothing was written

                """)
        #expect(try Base().read(root) == Base.claim)

        let malformed = """
            pmid:100 --stance STANCE
            ods --note "unfinished
            not a key --stance supports
            ods
            pmid:100 --stance null
            """
        let bad = try evident(
            ["cite", "k2-is-a-vitamin", "--from", "-"], in: root, input: malformed)
        #expect(bad.status == 64)
        let errors = bad.stderr.split(separator: "\n").map(String.init)
        #expect(errors.count == 4, "\(bad.stderr)")
        #expect(
            errors[0].hasPrefix("<stdin>:1:1: error: the value 'STANCE' is invalid for '--stance"))
        #expect(
            errors[1]
                == "<stdin>:2:12: error: unterminated quote (expected a closing \" on the same line)"
        )
        #expect(errors[2] == "<stdin>:3:1: error: 2 unexpected arguments: 'a', 'key'")
        #expect(
            errors[3]
                == "<stdin>:4:1: error: missing --stance (expected one of: supports, contradicts, "
                + "null, mixed, background)")
        #expect(try Base().read(root) == Base.claim)

        let twice = try evident(
            ["cite", "k2-is-a-vitamin", "--from", "-"], in: root,
            input: "ods --stance null\nods --stance supports\n")
        #expect(twice.status == 64)
        #expect(
            twice.stderr
                == "<stdin>:2:1: error: reference 'ods' is given twice (first on line 1; cite each "
                + "reference once)\n")
        let empty = try evident(
            ["cite", "k2-is-a-vitamin", "--from", "-"], in: root, input: "# nothing\n\n")
        #expect(empty.status == 64)
        #expect(empty.stderr.hasPrefix("<stdin>: error: no citation in the file"))
        for (arguments, message) in [
            (["cite", "k2-is-a-vitamin", "--stance", "null"], "missing reference"),
            (["cite", "k2-is-a-vitamin", "ods"], "missing --stance"),
            (["cite", "k2-is-a-vitamin", "ods", "--from", "-"], "not both"),
            (["cite", "k2-is-a-vitamin", "--from", "-", "--stance", "null"], "its own --stance"),
        ] {
            let run = try evident(arguments, in: root, input: "")
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
        }
        #expect(try Base().read(root) == Base.claim)
    }

    @Test func suggestWritesAFileThatCiteReads() throws {
        let root = try Base().knowledgeBase()
        defer { try? FileManager.default.removeItem(at: root) }
        let suggest = try evident(["suggest", "k2-is-a-vitamin", "--format", "cite"], in: root)
        #expect(suggest.status == 0, "\(suggest.stderr)")
        let lines = suggest.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "# k2-is-a-vitamin: Vitamin K2 is a vitamin.")
        #expect(
            lines.dropFirst().first
                == "# Choose each STANCE (supports, contradicts, null, mixed, background), delete "
                + "the lines not to cite, then: evident cite k2-is-a-vitamin --from FILE")
        #expect(lines.contains { $0.hasPrefix("pmid:100 --stance STANCE  # ") })
        #expect(lines.contains { $0.hasPrefix("# ods: cited already.") })
        // Untouched, the file names its undecided stance.
        let undecided = try evident(
            ["cite", "k2-is-a-vitamin", "--from", "-"], in: root, input: suggest.stdout)
        #expect(undecided.status == 64)
        #expect(undecided.stderr.contains("error: the value 'STANCE' is invalid"))
        #expect(try Base().read(root) == Base.claim)
        // With one stance chosen and the other candidates deleted, cite reads it as it is.
        let chosen = lines.compactMap { line -> String? in
            if line.hasPrefix("#") { return line }
            guard line.hasPrefix("pmid:100 ") else { return nil }
            return line.replacingOccurrences(of: "STANCE  #", with: "supports  #")
        }.joined(separator: "\n")
        let cite = try evident(["cite", "k2-is-a-vitamin", "--from", "-"], in: root, input: chosen)
        #expect(cite.stderr == "")
        #expect(cite.status == 0)
        #expect(
            cite.stdout
                == "\(Base.claimPath): added citation 'pmid:100' (supports) of claim 'k2-is-a-vitamin'\n"
        )
        #expect(
            try Base().read(root)
                == Base.claim.replacingOccurrences(
                    of: "      vitamin K.\n",
                    with: "      vitamin K.\n  - ref: \"pmid:100\"\n    stance: supports\n"))
    }
}
