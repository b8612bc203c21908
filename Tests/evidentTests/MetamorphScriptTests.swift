import EvidentTestSupport
import Foundation
import Testing

/// `.ci/metamorph`, the decorations that must not change the checker's outcome, run for real on
/// a scratch copy of the repository layout (its own `.ci/metamorph` and `.ci/eval`, whose
/// LIVE= and GATE= lines name the sets it refuses) with a stand-in checker: a script that
/// prints `evident check --format json` findings, an error on every paragraph naming
/// "arthritis" unless it opens with a label ("Forum post: …") or tells of "My mum", and on
/// every paragraph naming "chlorine" that carries a parenthesis (at the word "arthritis", with
/// it as the finding's text, where the paragraph has it). Skipped where bash or python3 is
/// missing.
struct MetamorphScriptTests {
    /// The stand-in checker: the findings `.ci/metamorph` reads, one paragraph per line pair.
    static let checker = """
        #!/usr/bin/env python3
        import json, sys
        path = sys.argv[2]
        findings = []
        for number, line in enumerate(open(path, encoding="utf-8").read().split("\\n"), 1):
            caught = "arthritis" in line and not line.startswith("Forum post:")
            caught = caught or ("chlorine" in line.lower() and "(" in line)
            caught = caught and "My mum" not in line
            if caught:
                at = line.find("arthritis")
                findings.append({"severity": "error", "rule": "disease-claim", "line": number,
                                 "end_line": number, "column": at + 1 if at >= 0 else 1,
                                 "text": "arthritis" if at >= 0 else "", "claim_id": None})
        print(json.dumps({"files": [{"path": path, "findings": findings}]}))
        sys.exit(1 if findings else 0)
        """

    /// The protected set named on a line `NAME=` of the repository's `.ci/eval`.
    static func protected(_ name: String) throws -> String {
        let eval = try String(
            contentsOf: EvidentBinary.repoRoot.appendingPathComponent(".ci/eval"), encoding: .utf8)
        let line = eval.split(separator: "\n").first { $0.hasPrefix("\(name)=") }
        return line.map { String($0.dropFirst(name.count + 1)) } ?? ""
    }

    static func repository() throws -> URL {
        let root = try ScratchFolder.make("metamorph-script")
        let manager = FileManager.default
        try manager.createDirectory(
            at: root.appendingPathComponent(".ci"), withIntermediateDirectories: true)
        for script in ["metamorph", "eval"] {
            try manager.copyItem(
                at: EvidentBinary.repoRoot.appendingPathComponent(".ci/\(script)"),
                to: root.appendingPathComponent(".ci/\(script)"))
        }
        let files = [
            "dev/disease.tsv": "id\tarea\tkind\ttext\n"
                + "D-DIS-001\tarthritis\texplicit\tOur pills cure arthritis.\n"
                + "D-DIS-002\tgout\texplicit\tOur tea cures gout.\n",
            "dev/innocent.tsv": "id\tkind\ttext\n"
                + "D-INN-001\tpool\tChlorine keeps the pool clear all summer.\n",
            "dev/lawful.tsv": "id\tarea\tkind\ttext\n"
                + "D-LAW-001\tjoints\tus-structure-function\tSupports joint comfort.\n",
        ]
        for (path, content) in files {
            let url = root.appendingPathComponent("Tests/Evaluation/\(path)")
            try manager.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
        let checker = root.appendingPathComponent("checker")
        try Data(Self.checker.utf8).write(to: checker)
        try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: checker.path)
        return root
    }

    /// The table's rows by their first word: a decoration's disease, innocent and lawful cells.
    static func rows(_ stdout: String) -> [String: [String]] {
        Dictionary(
            stdout.split(separator: "\n").compactMap { line -> (String, [String])? in
                let fields = line.split(separator: " ").map(String.init)
                return fields.first.map { ($0, Array(fields.dropFirst())) }
            }, uniquingKeysWith: { first, _ in first })
    }

    /// Runs `python3 .ci/metamorph arguments…` in `root`; nil where python3 is missing.
    static func metamorph(_ arguments: [String], in root: URL) throws -> EvidentBinary.Run? {
        let manager = FileManager.default
        guard manager.isExecutableFile(atPath: "/usr/bin/env"),
            ["/usr/bin/python3", "/usr/local/bin/python3"].contains(where: {
                manager.isExecutableFile(atPath: $0)
            })
        else { return nil }
        return try EvalScriptTests.hermetic(
            "python3", [root.appendingPathComponent(".ci/metamorph").path] + arguments, in: root)
    }

    /// A caught item that a label turns into no error is a loss, counted and written to the
    /// TSV with its decorated text; a decoration that keeps it caught counts it applied, not
    /// lost; an innocent item a parenthesis turns into an error is an added alarm. Without
    /// WordNet the word-class decorations are skipped and named.
    @Test func labelLossAndParenthesisAlarmAreFound() throws {
        let root = try Self.repository()
        let out = root.appendingPathComponent("cases.tsv")
        guard
            let run = try Self.metamorph(
                [
                    "--binary", root.appendingPathComponent("checker").path, "--wordnet",
                    "/nonexistent", "--out", out.path, "--decoration", "label-post",
                    "--decoration", "attribution", "--decoration", "parenthetical",
                    "--decoration", "named-holder",
                ], in: root)
        else { return }
        #expect(run.status == 0)
        #expect(run.stderr == "metamorph: no WordNet at /nonexistent: skipped named-holder\n")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let rows = Dictionary(
            lines.compactMap { line -> (String, [String])? in
                let fields = line.split(separator: " ", omittingEmptySubsequences: true)
                    .map(String.init)
                return fields.first.map { ($0, Array(fields.dropFirst())) }
            }, uniquingKeysWith: { first, _ in first })
        // disease lost/applied, innocent alarms/applied, lawful alarms/applied.
        #expect(rows["label-post"] == ["1/1", "0/1", "0/1"])
        #expect(rows["attribution"] == ["0/1", "0/1", "0/1"])
        #expect(rows["parenthetical"] == ["0/1", "1/1", "0/1"])
        let cases = try String(contentsOf: out, encoding: .utf8)
        #expect(
            cases
                == "set\tcategory\tid\tdecoration\tbefore\tafter\ttext\n"
                + "dev\tdisease\tD-DIS-001\tlabel-post\terror disease-claim\tno findings\t"
                + "Forum post: Our pills cure arthritis.\n"
                + "dev\tinnocent\tD-INN-001\tparenthetical\tno findings\terror disease-claim\t"
                + "Chlorine keeps the pool clear all summer (photo below).\n")
    }

    /// The subject and tense swaps run only when asked (`--swaps`), on disease and lawful items:
    /// the reader's promise told of a relative ("My mum can …") is a loss the stand-in makes,
    /// told as a story, of a pet or with the product as subject it stays caught; each swapped
    /// text is written as the swap makes it. Skipped without WordNet (Debian `wordnet-base`).
    @Test func swapsRewriteTheSubjectAndTheTense() throws {
        guard FileManager.default.fileExists(atPath: "/usr/share/wordnet/index.noun") else {
            return
        }
        let root = try Self.repository()
        try Data(
            ("id\tarea\tkind\ttext\n"
                + "D-DIS-001\tarthritis\timplied-function\t"
                + "You can climb the stairs again despite arthritis.\n").utf8
        ).write(to: root.appendingPathComponent("Tests/Evaluation/dev/disease.tsv"))
        let out = root.appendingPathComponent("cases.tsv")
        guard
            let run = try Self.metamorph(
                [
                    "--binary", root.appendingPathComponent("checker").path, "--out", out.path,
                    "--swaps",
                ], in: root)
        else { return }
        #expect(run.status == 0)
        let rows = Self.rows(run.stdout)
        #expect(rows["swap-relative"] == ["1/1", "-", "-"])
        #expect(rows["swap-pet"] == ["0/1", "-", "-"])
        #expect(rows["swap-product"] == ["0/1", "-", "-"])
        #expect(rows["tense-story"] == ["0/1", "-", "-"])
        #expect(rows["label-post"] == nil)
        let cases = try String(contentsOf: out, encoding: .utf8)
        #expect(
            cases
                == "set\tcategory\tid\tdecoration\tbefore\tafter\ttext\n"
                + "dev\tdisease\tD-DIS-001\tswap-relative\terror disease-claim\tno findings\t"
                + "My mum can climb the stairs again despite arthritis.\n")
    }

    /// The across-sentence swaps (session 24) move a condition the vocabulary lists, the first
    /// error's words, into an opening line and leave "it" in the claim: a swap is lost when no
    /// error falls after the opening line (an error on the opening line's own condition does not
    /// count), and the TSV's "after" shows only the promise's findings. A condition the
    /// vocabulary lacks ("gout" here) is not moved. Skipped without WordNet.
    @Test func acrossSwapsMoveTheConditionIntoAnOpeningLine() throws {
        guard FileManager.default.fileExists(atPath: "/usr/share/wordnet/index.noun") else {
            return
        }
        let root = try Self.repository()
        let vocabulary = root.appendingPathComponent("Sources/EvidentCheck/Vocabulary")
        try FileManager.default.createDirectory(at: vocabulary, withIntermediateDirectories: true)
        try Data("# conditions\narthritis\tdisease\t-\tDOID:848\n".utf8).write(
            to: vocabulary.appendingPathComponent("conditions.tsv"))
        let out = root.appendingPathComponent("cases.tsv")
        guard
            let run = try Self.metamorph(
                [
                    "--binary", root.appendingPathComponent("checker").path, "--out", out.path,
                    "--decoration", "across-question", "--decoration", "across-headline",
                    "--decoration", "across-anyone",
                ], in: root)
        else { return }
        #expect(run.status == 0)
        let rows = Self.rows(run.stdout)
        #expect(rows["across-question"] == ["1/1", "-", "-"])
        #expect(rows["across-headline"] == ["1/1", "-", "-"])
        #expect(rows["across-anyone"] == ["1/1", "-", "-"])
        let cases = try String(contentsOf: out, encoding: .utf8)
        #expect(
            cases
                == "set\tcategory\tid\tdecoration\tbefore\tafter\ttext\n"
                + "dev\tdisease\tD-DIS-001\tacross-question\terror disease-claim\tno findings\t"
                + "Struggling with arthritis? Our pills cure it.\n"
                + "dev\tdisease\tD-DIS-001\tacross-headline\terror disease-claim\tno findings\t"
                + "Arthritis. Our pills cure it.\n"
                + "dev\tdisease\tD-DIS-001\tacross-anyone\terror disease-claim\tno findings\t"
                + "For anyone living with arthritis. Our pills cure it.\n")
    }

    /// The live held-out set and the gate set `.ci/eval` names are never decorated (exit 64,
    /// nothing run); an unknown decoration and a missing binary are bad usage.
    @Test func protectedSetsAndBadUsageAreRefused() throws {
        let root = try Self.repository()
        let checker = root.appendingPathComponent("checker").path
        for name in ["LIVE", "GATE"] {
            let set = try Self.protected(name)
            #expect(!set.isEmpty)
            guard let run = try Self.metamorph(["--binary", checker, "--set", set], in: root)
            else { return }
            #expect(run.status == 64)
            #expect(
                run.stderr
                    == "metamorph: error: '\(set)' is this session's live held-out or gate set: "
                    + "never decorated\n")
            #expect(run.stdout == "")
        }
        let unknown = try Self.metamorph(
            ["--binary", checker, "--decoration", "glitter"], in: root)
        #expect(unknown?.status == 64)
        let missing = try Self.metamorph([], in: root)
        #expect(missing?.status == 64)
        #expect(
            missing?.stderr
                == "metamorph: error: --binary PATH is required (an `evident` binary to measure)\n")
    }
}
