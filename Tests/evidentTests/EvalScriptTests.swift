import EvidentTestSupport
import Foundation
import Testing

/// `.ci/eval`, the checker's evaluation script, run for real on a small copy of the repository
/// layout (its own `.ci/eval`, a register file, `Claims/` and the sets a test needs: `dev`, the
/// live held-out set `frozen-40`, the gate set `gate-42`) with the `evident` binary built
/// beside the tests. Skipped where bash or python3 is missing.
struct EvalScriptTests {
    static let live = "frozen-40"
    static let gate = "gate-42"

    /// A scratch repository: `.ci/eval`, a two-wording register, an empty `Claims/`, and the
    /// given TSV files (path under `Tests/Evaluation/` → content).
    static func repository(_ files: [String: String]) throws -> URL {
        let root = try ScratchFolder.make("eval-script")
        let manager = FileManager.default
        try manager.createDirectory(
            at: root.appendingPathComponent(".ci"), withIntermediateDirectories: true)
        try manager.copyItem(
            at: EvidentBinary.repoRoot.appendingPathComponent(".ci/eval"),
            to: root.appendingPathComponent(".ci/eval"))
        let packs = root.appendingPathComponent("Sources/EvidentCheck/RulePacks")
        try manager.createDirectory(at: packs, withIntermediateDirectories: true)
        let register = """
            {"entries": [
              {"status": "authorised", "wording": "Zinc contributes to the maintenance of normal skin."},
              {"status": "authorised", "wording": "Zinc contributes to the maintenance of normal hair."}
            ]}
            """
        try Data(register.utf8).write(to: packs.appendingPathComponent("eu-register.json"))
        try manager.createDirectory(
            at: root.appendingPathComponent("Claims"), withIntermediateDirectories: true)
        for (path, content) in files {
            let url = root.appendingPathComponent("Tests/Evaluation/\(path)")
            try manager.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
        return root
    }

    /// The variables through which git (and so `.ci/eval`'s gate log) would reach a repository
    /// other than the scratch one, e.g. the real checkout's when the suite runs from a git hook.
    /// (`hermetic` also unsets `EVIDENT_EVAL_SPENT_CACHE`, so `--spent` caches in the scratch
    /// checkout unless a test names a folder.)
    static let gitVariables = [
        "GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY",
        "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_PREFIX", "GIT_NAMESPACE",
        "GIT_CEILING_DIRECTORIES",
    ]

    /// Runs `program arguments…` in `root` through `env`, with `gitVariables` removed and
    /// `environment` added.
    static func hermetic(
        _ program: String, _ arguments: [String], in root: URL,
        environment: [String: String] = [:]
    ) throws -> EvidentBinary.Run {
        let unset = (gitVariables + ["EVIDENT_EVAL_SPENT_CACHE"]).flatMap { ["-u", $0] }
        let set = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return try EvidentBinary.run(
            unset + set + [program] + arguments, in: root,
            executable: URL(fileURLWithPath: "/usr/bin/env"))
    }

    /// Runs git in `root`, untouched by the caller's git variables.
    static func git(
        _ arguments: [String], in root: URL, environment: [String: String] = [:]
    ) throws -> EvidentBinary.Run {
        try hermetic("/usr/bin/git", arguments, in: root, environment: environment)
    }

    /// The scratch repository made a git checkout with everything in one commit; false where
    /// git is missing (the caller skips its git part).
    static func commitEverything(in root: URL) throws -> Bool {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/git") else { return false }
        #expect(try git(["init", "-q"], in: root).status == 0)
        _ = try git(["add", "-A"], in: root)
        _ = try git(identity + ["commit", "-q", "-m", "sets"], in: root)
        return true
    }

    /// A committer for the scratch repositories' commits.
    static let identity = ["-c", "user.name=eval", "-c", "user.email=eval@example.invalid"]

    /// Runs `bash .ci/eval arguments…` in `root` (or `script`'s checkout) as the test suite
    /// does: `EVIDENT_EVAL_SUITE=1` (a gate run is logged as a suite run, never counted against
    /// an engineer) unless `suite` is false, and no git variable of the caller's. nil where
    /// bash or python3 is missing.
    static func eval(
        _ arguments: [String], in root: URL, suite: Bool = true,
        environment: [String: String] = [:]
    ) throws -> EvidentBinary.Run? {
        let manager = FileManager.default
        guard manager.isExecutableFile(atPath: "/bin/bash"),
            manager.isExecutableFile(atPath: "/usr/bin/env"),
            ["/usr/bin/python3", "/usr/local/bin/python3"].contains(where: {
                manager.isExecutableFile(atPath: $0)
            })
        else { return nil }
        return try hermetic(
            "/bin/bash", [root.appendingPathComponent(".ci/eval").path] + arguments, in: root,
            environment: environment.merging(suite ? ["EVIDENT_EVAL_SUITE": "1"] : [:]) { $1 })
    }

    /// An executable in `root` that stands for a base binary finding nothing (an empty
    /// report), so that every item the real binary catches is a change.
    static func findsNothing(in root: URL) throws -> URL {
        let base = root.appendingPathComponent("finds-nothing")
        try Data("#!/bin/sh\necho '{\"files\": []}'\n".utf8).write(to: base)
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o755], ofItemAtPath: base.path)
        return base
    }

    static func disease(_ rows: [String], novel: Bool = false) -> String {
        (novel ? "id\tarea\tnovel\tkind\ttext\n" : "id\tarea\tkind\ttext\n")
            + rows.map { $0 + "\n" }.joined()
    }

    /// `.ci/eval --check-novel --set <live> --kinds` in `root` with the MeSH file `environment`
    /// names (from `mesh(_:in:)`).
    static func kinds(in root: URL, environment: [String: String]) throws -> EvidentBinary.Run? {
        try eval(["--check-novel", "--set", live, "--kinds"], in: root, environment: environment)
    }

    /// A MeSH C/F03 file of the given descriptor rows (id, name, entry terms, tree numbers)
    /// in the scratch repository, and the environment that points `--kinds` at it.
    static func mesh(_ descriptors: [String], in root: URL) throws -> [String: String] {
        let file = root.appendingPathComponent("mesh-c-f03.tsv")
        try Data((descriptors.joined(separator: "\t\n") + "\t\n").utf8).write(to: file)
        return ["EVIDENT_MESH": file.path]
    }

    /// A live item that repeats another set's sentence stops the run before any figure is
    /// printed (exit 2, nothing on standard output).
    @Test func sharedSentenceStopsTheRunBeforeAnyFigure() throws {
        let root = try Self.repository([
            "dev/disease.tsv": Self.disease(["D-DIS-001\tgout\texplicit\tOur tea cures gout."]),
            "\(Self.live)/disease.tsv": Self.disease([
                "P-DIS-001\tcancer\texplicit\tA balm that shrinks tumours overnight.",
                "P-DIS-002\tgout\texplicit\tOur tea cures  GOUT!",
            ]),
        ])
        guard let binary = EvidentBinary.url,
            let run = try Self.eval(
                ["--set", Self.live, "--binary", binary.path, "--category", "disease"], in: root)
        else { return }
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(
            run.stderr
                == "eval: error: Tests/Evaluation/\(Self.live)/disease.tsv:3:1: item 'P-DIS-002' "
                + "repeats dev/disease.tsv:D-DIS-001 (the sets must not share a sentence)\n")
    }

    /// `--check-overlap` prints each pair above a difflib ratio of 0.75 (exit 1) with the
    /// other set's text but never the live set's, exempts pairs of register wordings, and
    /// needs no binary. A pair just above the threshold (0.757) passes the prefilters, one
    /// just below (0.712) does not.
    @Test func checkOverlapPrintsNearDuplicatesButNotTheLiveText() throws {
        let root = try Self.repository([
            "dev/disease.tsv": Self.disease([
                "D-DIS-001\tcancer\texplicit\tOur herbal tea cures cancer within a week.",
                "D-DIS-002\tcancer\texplicit\tOur green tea cures cancer in about a month.",
                "D-DIS-003\tcancer\texplicit\tTheir tea cures most cancers in a week or so.",
            ]),
            "dev/innocent.tsv":
                "id\tkind\ttext\nD-INN-001\tlabel\tZinc contributes to the maintenance of normal hair.\n",
            "\(Self.live)/disease.tsv": Self.disease([
                "P-DIS-001\tcancer\texplicit\tOur tea cures cancer in a week."
            ]),
            "\(Self.live)/innocent.tsv":
                "id\tkind\ttext\nP-INN-001\tlabel\tZinc tablets. Zinc contributes to the maintenance of normal skin.\n",
        ])
        guard
            let run = try Self.eval(
                [
                    "--check-overlap", "--set", "dev", "--category", "disease", "--category",
                    "innocent",
                ],
                in: root)
        else { return }
        #expect(run.status == 1)
        #expect(
            run.stdout == """
                0.845 dev/disease.tsv:D-DIS-001: Our herbal tea cures cancer within a week.
                      \(Self.live)/disease.tsv:P-DIS-001
                0.757 dev/disease.tsv:D-DIS-003: Their tea cures most cancers in a week or so.
                      \(Self.live)/disease.tsv:P-DIS-001
                overlap: 2 pair(s) above 0.75 between dev (4 items) and \(Self.live), \(Self.gate); \
                1 pair(s) of register wordings exempt

                """)
        #expect(!run.stdout.contains("Our tea cures cancer in a week."))
        let clean = try Self.eval(
            ["--check-overlap", "--set", "dev", "--category", "innocent"], in: root)
        #expect(clean?.status == 0)
        let refused = try Self.eval(["--check-overlap", "--verbose"], in: root)
        #expect(refused?.status == 64)
    }

    /// `--check-overlap --near LOW` also prints the pairs from LOW up to 0.75, after the others
    /// and marked `near`, for reading by eye (a near-repeat at 0.748 once passed the check);
    /// they do not change the exit status, the live set's text is still never printed, and
    /// `--near` outside `--check-overlap` or outside 0.5 to 0.75 is bad usage (exit 64).
    @Test func checkOverlapNearPrintsPairsJustBelowTheLineForReadingByEye() throws {
        let live = "Our tea cures cancer in a week."
        let root = try Self.repository([
            "dev/disease.tsv": Self.disease([
                "D-DIS-001\tcancer\texplicit\tOur herbal tea cures cancer within a week.",
                "D-DIS-002\tcancer\texplicit\tOur green tea cures cancer in about a month.",
            ]),
            "\(Self.live)/disease.tsv": Self.disease(["P-DIS-001\tcancer\texplicit\t\(live)"]),
        ])
        let arguments = ["--check-overlap", "--category", "disease", "--near", "0.70"]
        guard let run = try Self.eval(arguments + ["--set", "dev"], in: root) else { return }
        #expect(run.status == 1)
        #expect(
            run.stdout == """
                0.845 dev/disease.tsv:D-DIS-001: Our herbal tea cures cancer within a week.
                      \(Self.live)/disease.tsv:P-DIS-001
                near 0.712 dev/disease.tsv:D-DIS-002: Our green tea cures cancer in about a month.
                      \(Self.live)/disease.tsv:P-DIS-001
                overlap: 1 pair(s) above 0.75 between dev (2 items) and \(Self.live), \(Self.gate); \
                0 pair(s) of register wordings exempt (above 0.7); 1 near pair(s) above 0.7 to read \
                by eye

                """)
        let liveRun = try Self.eval(arguments + ["--set", Self.live], in: root)
        #expect(liveRun?.status == 1)
        #expect(liveRun?.stdout.contains("near 0.") == true)
        #expect(liveRun?.stdout.contains(live) == false)
        let plain = try Self.eval(["--check-overlap", "--set", "dev"], in: root)
        #expect(plain?.stdout.contains("near") == false)
        for bad in [
            ["--near", "0.70"], ["--check-overlap", "--near", "0.9"],
            ["--check-overlap", "--near", "x"],
        ] {
            let refused = try Self.eval(bad, in: root)
            #expect(refused?.status == 64)
        }
        let outside = try Self.eval(["--check-overlap", "--near", "0.9"], in: root)
        #expect(outside?.stderr == "eval: error: --near: '0.9' is not a number from 0.5 to 0.75\n")
    }

    /// difflib's ratio depends on the order of its two texts; `--check-overlap` takes the
    /// larger of the two orders, so a pair reads the same whichever set is measured (this pair
    /// is 0.590 one way and 0.525 the other).
    @Test func checkOverlapRatioIsTheSameFromEitherSet() throws {
        let root = try Self.repository([
            "dev/disease.tsv": Self.disease([
                "D-DIS-001\tcancer\texplicit\tOur tea cures cancer in a week."
            ]),
            "\(Self.live)/disease.tsv": Self.disease([
                "P-DIS-001\teczema\texplicit\tOur cream clears eczema in days."
            ]),
        ])
        let arguments = ["--check-overlap", "--category", "disease", "--near", "0.5"]
        guard let fromDev = try Self.eval(arguments + ["--set", "dev"], in: root) else { return }
        let fromLive = try Self.eval(arguments + ["--set", Self.live], in: root)
        #expect(fromDev.stdout.hasPrefix("near 0.590 dev/disease.tsv:D-DIS-001: "))
        #expect(
            fromLive?.stdout.hasPrefix("near 0.590 \(Self.live)/disease.tsv:P-DIS-001\n") == true)
    }

    /// `--check-overlap --since REV` checks only the items whose text the set did not hold at
    /// REV (a probe about to land in dev): an older near-duplicate is not reported again, a new
    /// one is; a revision git does not know is bad usage (exit 64).
    @Test func checkOverlapSinceRevisionChecksOnlyNewItems() throws {
        let git = URL(fileURLWithPath: "/usr/bin/git")
        guard FileManager.default.isExecutableFile(atPath: git.path) else { return }
        let old = "D-DIS-001\tcancer\texplicit\tOur herbal tea cures cancer within a week."
        let root = try Self.repository([
            "dev/disease.tsv": Self.disease([old]),
            "\(Self.live)/disease.tsv": Self.disease([
                "T-DIS-001\tcancer\texplicit\tOur tea cures cancer in a week."
            ]),
        ])
        let identity = ["-c", "user.name=eval", "-c", "user.email=eval@example.invalid"]
        #expect(try Self.git(["init", "-q"], in: root).status == 0)
        _ = try Self.git(["add", "-A"], in: root)
        _ = try Self.git(identity + ["commit", "-q", "-m", "sets"], in: root)
        try Data(
            Self.disease([
                old,
                "D-DIS-002\tcancer\texplicit\tTheir tea cures most cancers in a week or so.",
                "D-DIS-003\tgout\texplicit\tCherry juice dissolves the crystals of gout.",
            ]).utf8
        ).write(to: root.appendingPathComponent("Tests/Evaluation/dev/disease.tsv"))
        let arguments = ["--check-overlap", "--set", "dev", "--category", "disease"]
        guard let run = try Self.eval(arguments + ["--since", "HEAD"], in: root) else { return }
        #expect(run.status == 1)
        #expect(
            run.stdout == """
                0.757 dev/disease.tsv:D-DIS-002: Their tea cures most cancers in a week or so.
                      \(Self.live)/disease.tsv:T-DIS-001
                overlap: 1 pair(s) above 0.75 between dev (2 items not in it at HEAD) and \
                \(Self.live), \(Self.gate); 0 pair(s) of register wordings exempt

                """)
        let all = try Self.eval(arguments, in: root)
        #expect(all?.stdout.contains("dev/disease.tsv:D-DIS-001: ") == true)
        let unknown = try Self.eval(arguments + ["--since", "no-such-branch"], in: root)
        #expect(unknown?.status == 64)
        #expect(
            unknown?.stderr
                == "eval: error: --since: 'no-such-branch' is not a git revision here\n")
    }

    /// The header names the binary and its modification time; a file under Sources/ newer
    /// than the binary draws a stale-build warning, an older one none.
    @Test func headerNamesTheBinaryAndWarnsWhenItIsStale() throws {
        let root = try Self.repository([
            "dev/disease.tsv": Self.disease(["D-DIS-001\tgout\texplicit\tOur tea cures gout."]),
            "\(Self.live)/disease.tsv": Self.disease([
                "P-DIS-001\tcancer\texplicit\tA balm that shrinks tumours overnight."
            ]),
        ])
        guard let binary = EvidentBinary.url else { return }
        let source = root.appendingPathComponent("Sources/EvidentCheck/RulePacks/eu-register.json")
        let arguments = ["--binary", binary.path, "--category", "disease"]
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: 86_400)], ofItemAtPath: source.path)
        guard let stale = try Self.eval(arguments, in: root) else { return }
        #expect(stale.status == 0)
        #expect(stale.stdout.contains("\nbinary: \(binary.path) (modified 20"))
        #expect(
            stale.stdout.contains(
                "\nwarning: the binary is older than Sources/EvidentCheck/RulePacks/eu-register.json"
            ))
        #expect(stale.stderr.contains("eval: warning: the binary is older than Sources/"))
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 86_400)], ofItemAtPath: source.path)
        let fresh = try Self.eval(arguments, in: root)
        #expect(fresh?.status == 0)
        #expect(fresh?.stdout.contains("warning") == false)
        #expect(fresh?.stderr == "")
    }

    /// A `novel` column splits disease recall into new and common areas; any other value in
    /// it is bad data (exit 2, file:line:col).
    @Test func novelColumnSplitsDiseaseRecall() throws {
        let rows = [
            "D-DIS-001\tcancer\tcommon\texplicit\tOur tea cures cancer in a week.",
            "D-DIS-002\tgout\tnew\texplicit\tThis balm dissolves gout crystals overnight.",
            "D-DIS-003\tgout\tnew\texplicit\tFlush out kidney stones with our lemon tonic.",
        ]
        let root = try Self.repository([
            "dev/disease.tsv": Self.disease(rows, novel: true),
            "\(Self.live)/disease.tsv": Self.disease(["P-DIS-001\tflu\texplicit\tStops the flu."]),
        ])
        guard let binary = EvidentBinary.url,
            let run = try Self.eval(["--binary", binary.path, "--category", "disease"], in: root)
        else { return }
        #expect(run.status == 0)
        #expect(run.stdout.contains("\ndisease          us         3  caught "))
        #expect(run.stdout.contains("\n  new areas                 2  caught "))
        #expect(run.stdout.contains("\n  common areas              1  caught "))
        let bad = try Self.repository([
            "dev/disease.tsv": Self.disease(
                [rows[0].replacingOccurrences(of: "common", with: "old")], novel: true)
        ])
        let refused = try Self.eval(["--binary", binary.path, "--category", "disease"], in: bad)
        #expect(refused?.status == 2)
        #expect(
            refused?.stderr
                == "eval: error: Tests/Evaluation/dev/disease.tsv:2:1: novel 'old' "
                + "(expected 'new' or 'common')\n")
    }

    /// The gate set prints per-category counts only: `--verbose` is refused (exit 64, in
    /// either order), its texts never reach standard output or `.build/eval/gate-42/`, each
    /// run appends one line to `.build/eval/gate-42.log` (outside a git checkout), and no other
    /// set may repeat one of its items.
    @Test func gateSetPrintsCountsOnlyAndLogsEachRun() throws {
        let texts = ["A balm that shrinks tumours overnight.", "Our drops end glaucoma for good."]
        let root = try Self.repository([
            "dev/disease.tsv": Self.disease(["D-DIS-001\tgout\texplicit\tOur tea cures gout."]),
            "\(Self.gate)/disease.tsv": Self.disease(
                [
                    "S-DIS-001\tcancer\tcommon\texplicit\t\(texts[0])",
                    "S-DIS-002\tglaucoma\tnew\texplicit\t\(texts[1])",
                ], novel: true),
        ])
        guard let binary = EvidentBinary.url else { return }
        let refusal =
            "eval: error: the gate set \(Self.gate) prints per-category counts only; --verbose is refused\n"
        for arguments in [
            ["--set", Self.gate, "--verbose"],
            ["--verbose", "--set", Self.gate, "--binary", binary.path],
        ] {
            guard let refused = try Self.eval(arguments, in: root) else { return }
            #expect(refused.status == 64)
            #expect(refused.stdout == "")
            #expect(refused.stderr == refusal)
        }
        let arguments = ["--set", Self.gate, "--binary", binary.path, "--category", "disease"]
        guard let first = try Self.eval(arguments, in: root) else { return }
        #expect(first.status == 0)
        #expect(first.stdout.contains("\ndisease          us         2  caught "))
        #expect(first.stdout.contains("\n  new areas                 1  caught "))
        #expect(!texts.contains { first.stdout.contains($0) || first.stderr.contains($0) })
        let work = root.appendingPathComponent(".build/eval/\(Self.gate)")
        #expect(!FileManager.default.fileExists(atPath: work.path))
        #expect(
            first.stdout.contains(
                "\n  suite run 1 from this worktree logged in .build/eval/\(Self.gate).log (1 in all; "
            ))
        let second = try Self.eval(arguments, in: root)
        #expect(
            second?.stdout.contains(
                "\n  suite run 2 from this worktree logged in .build/eval/\(Self.gate).log (2 in all; "
            ) == true)
        let logFile = root.appendingPathComponent(".build/eval/\(Self.gate).log")
        let log = try String(contentsOf: logFile, encoding: .utf8)
        let lines = log.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.contains("\tbinary \(binary.path)\t") })
        let sum = try EvidentBinary.run(
            [binary.path], in: root, executable: URL(fileURLWithPath: "/usr/bin/sha256sum"))
        let digest = String(sum.stdout.prefix(16))
        #expect(digest.count == 16)
        #expect(lines.allSatisfy { $0.contains("\tsha256 \(digest)\tcommit ") })
        #expect(lines.allSatisfy { $0.contains("\tdisease ") && $0.contains("/2; new areas ") })
        #expect(lines.allSatisfy { $0.hasSuffix("\tsuite run") })
        // An engineer's run counts engineers' runs only: with three earlier ones from this
        // worktree (the suite's lines without their mark) it is the fourth, past the limit,
        // and the suite's two are named, not counted.
        let engineers = lines.map { $0.dropLast("\tsuite run".count) }
        try Data((log + ([engineers[0]] + engineers).joined(separator: "\n") + "\n").utf8)
            .write(to: logFile)
        let fourth = try Self.eval(arguments, in: root, suite: false)
        #expect(fourth?.status == 0)
        #expect(
            fourth?.stdout.contains(
                "\n  run 4 from this worktree logged in .build/eval/\(Self.gate).log (6 in all; "
                    + "2 suite run(s) not counted; the gate allows 2 runs per engineer)\n")
                == true)
        #expect(
            fourth?.stderr.contains(
                "eval: warning: .build/eval/\(Self.gate).log holds 4 runs from this worktree, "
                    + "more than the 2 the gate allows"
            ) == true)
        let last = try String(contentsOf: logFile, encoding: .utf8).split(separator: "\n").last
        #expect(last?.hasSuffix("\tsuite run") == false)
        #expect(last?.contains("/2; new areas ") == true)
        let repeated = try Self.repository([
            "dev/disease.tsv": Self.disease(["D-DIS-001\tcancer\texplicit\t\(texts[0])"]),
            "\(Self.gate)/disease.tsv": Self.disease(["S-DIS-001\tcancer\texplicit\t\(texts[0])"]),
        ])
        let stopped = try Self.eval(
            ["--binary", binary.path, "--category", "disease"], in: repeated)
        #expect(stopped?.status == 2)
        #expect(
            stopped?.stderr
                == "eval: error: Tests/Evaluation/dev/disease.tsv:2:1: item 'D-DIS-001' "
                + "repeats \(Self.gate)/disease.tsv:S-DIS-001 (the sets must not share a sentence)\n"
        )
    }

    /// The sets spent at the end of session 41 (`frozen-39`, `gate-41`) are development
    /// material: `--verbose` is accepted and prints their misses, and their runs append
    /// nothing to any gate log. (Any set but the gate is read the same way; the older spent
    /// sets were pinned by this test in their sessions.)
    @Test func spentSetsOfSessionTwentyEightAcceptVerbose() throws {
        guard let binary = EvidentBinary.url else { return }
        let root = try Self.repository([
            "gate-41/disease.tsv": Self.disease([
                "BR-DIS-001\tshingles\texplicit\tA balm that makes shingles vanish overnight."
            ]),
            "frozen-39/disease.tsv": Self.disease([
                "BQ-DIS-001\tgallstones\texplicit\tOur tea melts gallstones."
            ]),
        ])
        for set in ["gate-41", "frozen-39"] {
            let arguments = [
                "--set", set, "--verbose", "--binary", binary.path, "--category", "disease",
            ]
            guard let run = try Self.eval(arguments, in: root) else { return }
            #expect(run.status == 0)
            #expect(!run.stderr.contains("refused"))
            #expect(run.stdout.contains("disease"))
            #expect(run.stdout.contains("explicit"))
        }
        let logs = ["gate-41", Self.gate].map {
            root.appendingPathComponent(".build/eval/\($0).log").path
        }
        #expect(logs.allSatisfy { !FileManager.default.fileExists(atPath: $0) })
    }

    /// The 26 single-letter id prefixes are used up, so this session's sets carry two letters
    /// (`frozen-40`: `BS-`, `gate-42`: `BT-`; sessions 20 to 41 used `AA-` to `BR-`). Ids are
    /// opaque to `.ci/eval`: a live set with `BS-` ids is measured joined and one file per
    /// sentence (where the id is the file's name) with the same figure and names its misses,
    /// duplicate ids and shared sentences, its overlaps and its `novel` mismatches by their
    /// two-letter ids; a gate set with `BT-` ids is measured and logged.
    @Test func twoLetterIdPrefixesWorkThroughout() throws {
        guard let binary = EvidentBinary.url else { return }
        let dev = Self.disease(["D-DIS-001\tgout\tnew\texplicit\tOur tea cures gout."], novel: true)
        let root = try Self.repository([
            "dev/disease.tsv": dev,
            "\(Self.live)/disease.tsv": Self.disease(
                [
                    "BS-DIS-001\tgout\tnew\texplicit\tA herbal balm that clears psoriasis plaques for good.",
                    "BS-DIS-002\tdrinks\tnew\texplicit\tOur tea comes in a tin with a blue lid.",
                ], novel: true),
            "\(Self.gate)/disease.tsv": Self.disease(
                [
                    "BT-DIS-001\tcancer\tcommon\texplicit\tA balm that shrinks tumours overnight.",
                    "BT-DIS-002\tglaucoma\tnew\texplicit\tOur drops end glaucoma for good.",
                ], novel: true),
        ])
        var figures: [String] = []
        for mode in [[], ["--isolated"]] {
            let arguments =
                ["--set", Self.live, "--verbose", "--binary", binary.path, "--category", "disease"]
                + mode
            guard let run = try Self.eval(arguments, in: root) else { return }
            #expect(run.status == 0)
            #expect(
                run.stdout.contains("\n  MISSED      BS-DIS-002 (explicit): Our tea comes in a tin")
            )
            #expect(!run.stdout.contains("BS-DIS-001 (explicit)"))
            figures += run.stdout.split(separator: "\n").filter { $0.hasPrefix("disease ") }.map(
                String.init)
        }
        #expect(figures.count == 2 && figures[0] == figures[1])
        #expect(figures.first?.contains(" 1/2 ") == true)
        let gate = [
            "--set", Self.gate, "--isolated", "--binary", binary.path, "--category", "disease",
        ]
        guard let counted = try Self.eval(gate, in: root) else { return }
        #expect(counted.status == 0)
        #expect(counted.stdout.contains("\ndisease          us         2  caught "))
        #expect(!counted.stdout.contains("BT-DIS-"))
        let log = try String(
            contentsOf: root.appendingPathComponent(".build/eval/\(Self.gate).log"), encoding: .utf8
        )
        #expect(log.split(separator: "\n").count == 1)
        let novel = try Self.eval(["--check-novel", "--set", Self.live], in: root)
        #expect(novel?.status == 1)
        #expect(
            novel?.stdout.hasPrefix(
                "Tests/Evaluation/\(Self.live)/disease.tsv:2: BS-DIS-001: novel 'new' but its area "
                    + "is an older set's (dev)\n") == true)
        let twice = try Self.repository([
            "\(Self.live)/disease.tsv": Self.disease([
                "BS-DIS-001\tgout\texplicit\tOur tea cures gout.",
                "BS-DIS-001\tgout\texplicit\tOur balm cures gout.",
            ])
        ])
        let duplicate = try Self.eval(["--set", Self.live, "--binary", binary.path], in: twice)
        #expect(duplicate?.status == 2)
        #expect(
            duplicate?.stderr
                == "eval: error: Tests/Evaluation/\(Self.live)/disease.tsv:3:1: duplicate id 'BS-DIS-001'\n"
        )
        let shared = try Self.repository([
            "dev/disease.tsv": dev,
            "\(Self.gate)/disease.tsv": Self.disease([
                "BT-DIS-007\tgout\texplicit\tOur tea cures GOUT!"
            ]),
        ])
        let stopped = try Self.eval(["--set", Self.gate, "--binary", binary.path], in: shared)
        #expect(stopped?.status == 2)
        #expect(
            stopped?.stderr
                == "eval: error: Tests/Evaluation/\(Self.gate)/disease.tsv:2:1: item 'BT-DIS-007' "
                + "repeats dev/disease.tsv:D-DIS-001 (the sets must not share a sentence)\n")
        let overlap = try Self.eval(
            ["--check-overlap", "--set", Self.gate, "--category", "disease"], in: shared)
        #expect(overlap?.status == 1)
        #expect(
            overlap?.stdout.hasPrefix(
                "1.000 \(Self.gate)/disease.tsv:BT-DIS-007\n      dev/disease.tsv:D-DIS-001: Our tea cures gout.\n"
            )
                == true)
    }

    /// Register wordings are exempt from the near-duplicate check, whole items are not: a live
    /// item that repeats another set's label text and wording word for word is printed (ratio
    /// 1.000, exit 1), since it would stop every measured run; the same wording in other label
    /// text stays exempt.
    @Test func checkOverlapPrintsAnExactRepeatOfARegisterLabel() throws {
        let label = "Zinc tablets, 10 mg. Zinc contributes to the maintenance of normal skin."
        let root = try Self.repository([
            "dev/innocent.tsv": "id\tkind\ttext\nD-INN-001\tlabel\t\(label)\n"
                + "D-INN-002\tlabel\tZinc gummies. Zinc contributes to the maintenance of normal skin.\n",
            "\(Self.live)/innocent.tsv": "id\tkind\ttext\nP-INN-001\tlabel\t\(label)\n",
        ])
        guard
            let run = try Self.eval(
                ["--check-overlap", "--set", Self.live, "--category", "innocent"], in: root)
        else { return }
        #expect(run.status == 1)
        #expect(
            run.stdout == """
                1.000 \(Self.live)/innocent.tsv:P-INN-001
                      dev/innocent.tsv:D-INN-001: \(label)
                overlap: 1 pair(s) above 0.75 between \(Self.live) (1 items) and dev, frozen, \
                frozen-2, frozen-3, frozen-4, frozen-5, frozen-6, frozen-7, frozen-8, frozen-9, \
                frozen-10, gate-12, frozen-11, gate-13, frozen-12, gate-14, frozen-13, gate-15, \
                frozen-14, gate-16, frozen-15, gate-17, frozen-16, gate-18, frozen-17, gate-19, \
                frozen-18, gate-20, frozen-19, gate-21, frozen-20, gate-22, frozen-21, gate-23, \
                frozen-22, gate-24, frozen-23, gate-25, frozen-24, gate-26, frozen-25, gate-27, \
                frozen-26, gate-28, frozen-27, gate-29, frozen-28, gate-30, frozen-29, gate-31, \
                frozen-30, gate-32, frozen-31, gate-33, frozen-32, gate-34, frozen-33, gate-35, frozen-34, gate-36, frozen-35, gate-37, frozen-36, gate-38, frozen-37, gate-39, frozen-38, gate-40, frozen-39, gate-41, \(Self.gate); 1 pair(s) of register wordings exempt

                """)
    }

    /// Before the live held-out set or the gate set has landed, measuring it stops with an
    /// error naming the missing folder (exit 2, nothing on standard output, no build), while
    /// the refusals (`--verbose` on the gate, `--summary` of either) still hold, and the other
    /// sets are measured and checked for overlap as before.
    @Test func missingLiveOrGateFolderIsNamedAndRefusalsHold() throws {
        let root = try Self.repository([
            "dev/disease.tsv": Self.disease(["D-DIS-001\tgout\texplicit\tOur tea cures gout."])
        ])
        for (set, what) in [(Self.live, "the live held-out set"), (Self.gate, "the gate set")] {
            guard let run = try Self.eval(["--set", set, "--binary", "/nonexistent"], in: root)
            else { return }
            #expect(run.status == 2)
            #expect(run.stdout == "")
            #expect(
                run.stderr
                    == "eval: error: Tests/Evaluation/\(set)/: no such folder (\(what) \(set) is "
                    + "not in this checkout; merge main once it has landed)\n")
            let overlap = try Self.eval(["--check-overlap", "--set", set], in: root)
            #expect(overlap?.status == 2)
            let summary = try Self.eval(["--summary", "--set", set], in: root)
            #expect(summary?.status == 64)
        }
        let verbose = try Self.eval(["--set", Self.gate, "--verbose"], in: root)
        #expect(verbose?.status == 64)
        #expect(
            verbose?.stderr
                == "eval: error: the gate set \(Self.gate) prints per-category counts only; "
                + "--verbose is refused\n")
        let dev = try Self.eval(
            ["--check-overlap", "--set", "dev", "--category", "disease"], in: root)
        #expect(dev?.status == 0)
        #expect(
            dev?.stdout
                == "overlap: 0 pair(s) above 0.75 between dev (1 items) and \(Self.live), "
                + "\(Self.gate); 0 pair(s) of register wordings exempt\n")
    }

    /// `--summary` prints disease recall per kind (and per novel) for dev and the spent sets,
    /// never the live held-out set or the gate set (exit 64 when --set names one) and never a
    /// text; it takes only --set and --binary.
    @Test func summaryCountsKindsOfDevAndSpentSetsOnly() throws {
        guard let binary = EvidentBinary.url else { return }
        let texts = [
            "Our tea cures gout overnight.", "The garden looks lovely in June.",
            "A balm that shrinks tumours overnight.", "Our drops end glaucoma for good.",
            "Stops the flu in a day.",
        ]
        let root = try Self.repository([
            "dev/disease.tsv": Self.disease([
                "D-DIS-001\tgout\texplicit\t\(texts[0])",
                "D-DIS-002\tgout\ttestimonial\t\(texts[1])",
            ]),
            "frozen-11/disease.tsv": Self.disease(
                ["T-DIS-001\tcancer\tnew\texplicit\t\(texts[2])"], novel: true),
            "\(Self.live)/disease.tsv": Self.disease(["V-DIS-001\tglaucoma\texplicit\t\(texts[3])"]
            ),
            "\(Self.gate)/disease.tsv": Self.disease(["W-DIS-001\tflu\texplicit\t\(texts[4])"]),
        ])
        guard let run = try Self.eval(["--summary", "--binary", binary.path], in: root) else {
            return
        }
        #expect(run.status == 0)
        #expect(run.stdout.contains("of dev, frozen-11; never \(Self.live) or \(Self.gate)\n"))
        #expect(
            run.stdout.contains("\ndev            2       1  50.0%           -              -\n"))
        #expect(
            run.stdout.contains("\nfrozen-11      1       1 100.0%         1/1              -\n"))
        #expect(run.stdout.contains("\nexplicit                   1/1 100.0%         1/1 100.0%"))
        #expect(run.stdout.contains("\ntestimonial                0/1   0.0%           -     -"))
        #expect(run.stdout.contains("\n  dev        testimonial 1/1, explicit 0/1\n"))
        #expect(!texts.contains { run.stdout.contains($0) || run.stderr.contains($0) })
        let one = try Self.eval(["--summary", "--set", "dev", "--binary", binary.path], in: root)
        #expect(one?.stdout.contains("of dev; never") == true)
        #expect(one?.stdout.contains("frozen-11") == false)
        for set in [Self.live, Self.gate] {
            let refused = try Self.eval(["--summary", "--set", set], in: root)
            #expect(refused?.status == 64)
            #expect(
                refused?.stderr
                    == "eval: error: --summary covers dev and the spent sets only; \(set) is not "
                    + "summarised\n")
        }
        let mixed = try Self.eval(["--summary", "--verbose"], in: root)
        #expect(mixed?.status == 64)
        #expect(
            mixed?.stderr.hasPrefix("eval: error: --summary takes only --set and --binary\n")
                == true)
    }

    /// `--compare BASE` runs a second binary on the same items and prints both figures per
    /// category, how many items each side gained or lost, and every changed item with its
    /// outcomes and text (the base -> yours deltas an engineer reports); it refuses the live and
    /// gate sets and the check modes (exit 64), and `--since` without it or `--check-overlap`.
    @Test func compareReportsTheBaseFigureAndTheChangedItems() throws {
        guard let binary = EvidentBinary.url else { return }
        let root = try Self.repository([
            "dev/disease.tsv": Self.disease([
                "D-DIS-001\tgout\texplicit\tOur tea cures gout.",
                "D-DIS-002\tdrinks\texplicit\tOur tea comes in a tin with a blue lid.",
            ])
        ])
        // A base that finds nothing: every item the real binary catches is a gain.
        let base = try Self.findsNothing(in: root)
        let arguments = [
            "--binary", binary.path, "--compare", base.path, "--category", "disease",
        ]
        guard let run = try Self.eval(arguments, in: root) else { return }
        #expect(run.status == 0)
        #expect(
            run.stdout.contains(
                """

                compare: base \(base.path) -> this binary, the same items
                category         figure              base       this  gained  lost
                disease          caught               0/2        1/2      +1    -0
                  + disease D-DIS-001 (miss -> hit): Our tea cures gout.

                """))
        #expect(!run.stdout.contains("D-DIS-002 ("))
        for refused in [
            ["--set", Self.live], ["--set", Self.gate], ["--check-overlap"], ["--summary"],
        ] {
            let stopped = try Self.eval(
                refused + ["--compare", base.path, "--binary", binary.path], in: root)
            #expect(stopped?.status == 64)
        }
        let lone = try Self.eval(["--since", "HEAD", "--binary", binary.path], in: root)
        #expect(lone?.status == 64)
        #expect(
            lone?.stderr.hasPrefix(
                "eval: error: --since goes with --check-overlap or --compare only\n")
                == true)
    }

    /// Every category file of set `name` with its header and no item: a set `.ci/eval` can
    /// measure whole (without `--category`).
    static func emptySet(_ name: String) -> [String: String] {
        [
            "\(name)/disease.tsv": "id\tarea\tkind\ttext\n",
            "\(name)/lawful.tsv": "id\tarea\tkind\ttext\n",
            "\(name)/innocent.tsv": "id\tkind\ttext\n",
            "\(name)/eu-unauthorised.tsv": "id\tsubstance\tkind\ttext\n",
            "\(name)/eu-authorised.tsv": "id\tsubstance\tkind\ttext\n",
            "\(name)/paraphrase.tsv": "id\tclaim\tkind\ttext\n",
        ]
    }

    /// A row of `--spent`'s table: the set's name in 16 columns, then each figure right-aligned
    /// in 17.
    static func spentRow(_ name: String, _ figures: [String]) -> String {
        name.padding(toLength: 16, withPad: " ", startingAt: 0)
            + figures.map { String(repeating: " ", count: 17 - $0.count) + $0 }.joined() + "\n"
    }

    /// `--spent` measures every spent set at once (each `frozen*` and `gate-*` folder but the
    /// live held-out set and the gate set, which it never runs, generates inputs for or logs):
    /// a row per set, a `total` row that is the sum of the set rows, and dev on its own row
    /// outside the total; with `--compare BASE` the base's total and each set's figures that
    /// differ, then disease by kind over the spent sets (base -> yours, items gained and lost;
    /// the live set's testimonial never counts); with `--markdown` the same figures as one Markdown table, `base → **yours**` in
    /// each cell that differs. It takes only `--binary`, `--compare` and `--markdown` (exit 64),
    /// and `--markdown` goes only with `--spent` (exit 64). With `--exclude-read` the sets named
    /// in `Tests/Evaluation/read-sets.txt` (read as misses) are left out of the rows and the
    /// total; a missing file or a name that is no spent set stops the run (exit 2), a file naming
    /// every spent set measures nothing (exit 0), and `--exclude-read` goes only with `--spent`.
    @Test func spentTotalsEverySpentSetButNeverTheLiveOrGateSet() throws {
        guard let binary = EvidentBinary.url else { return }
        var files: [String: String] = [:]
        for name in ["dev", "frozen-39", "gate-41", Self.live, Self.gate] {
            files.merge(Self.emptySet(name)) { $1 }
        }
        files["dev/disease.tsv"] = Self.disease(["D-DIS-001\tgout\texplicit\tOur tea cures gout."])
        files["frozen-39/disease.tsv"] = Self.disease([
            "BQ-DIS-001\tgout\texplicit\tOur balm cures gout.",
            "BQ-DIS-002\tdrinks\ttestimonial\tOur tea comes in a tin with a blue lid.",
        ])
        files["gate-41/disease.tsv"] = Self.disease([
            "BR-DIS-001\tgout\texplicit\tOur drops cure gout for good."
        ])
        files["gate-41/innocent.tsv"] =
            "id\tkind\ttext\nBR-INN-001\tcooking\tThe cake is in the oven.\n"
        files["\(Self.live)/disease.tsv"] = Self.disease([
            "BS-DIS-001\tgout\ttestimonial\tOur salt cures gout."
        ])
        files["\(Self.gate)/disease.tsv"] = Self.disease([
            "BT-DIS-001\tgout\texplicit\tOur gel cures gout."
        ])
        let root = try Self.repository(files)
        // A base that finds nothing: every item the real binary catches differs.
        let base = try Self.findsNothing(in: root)
        guard
            let run = try Self.eval(
                ["--spent", "--binary", binary.path, "--compare", base.path], in: root)
        else { return }
        #expect(run.status == 0)
        #expect(
            run.stdout.hasPrefix(
                "spent sets: 2 (frozen-39, gate-41); never \(Self.live) or \(Self.gate); dev on "
                    + "its own row, not in the total\n"))
        let empty = ["0/0", "0/0", "0/0", "0/0"]
        #expect(
            run.stdout.contains(
                Self.spentRow("frozen-39", ["1/2", "0/0"] + empty)
                    + Self.spentRow("gate-41", ["1/1", "0/0", "0/1", "0/0", "0/0", "0/0"])
                    + Self.spentRow("total", ["2/3", "0/0", "0/1", "0/0", "0/0", "0/0"])
                    + Self.spentRow("dev", ["1/1", "0/0"] + empty)))
        #expect(
            run.stdout.contains(
                Self.spentRow(
                    "base",
                    [
                        "disease", "lawful", "innocent", "eu-unauthorised", "eu-authorised",
                        "paraphrase",
                    ]) + Self.spentRow("total", ["0/3", "0/0", "0/1", "0/0", "0/0", "0/0"])))
        #expect(
            run.stdout.hasSuffix(
                """
                differences (base -> this binary):
                  frozen-39     disease 0 -> 1/2
                  gate-41       disease 0 -> 1/1
                  total         disease 0 -> 2/3
                  dev           disease 0 -> 1/1
                  (0 of 2 spent sets unchanged)

                disease by kind, the 2 spent sets (base -> this binary; items gained, lost):
                  explicit                    0/2 -> 2/2         +2 -0
                  testimonial                 0/1 -> 0/1         +0 -0

                """))
        // The kinds come from the spent sets' miss lists, cached as hashes: no id, no text.
        let cached = try FileManager.default.contentsOfDirectory(
            atPath: root.appendingPathComponent(".build/eval/spent-cache").path)
        for name in cached {
            let entry = try String(
                contentsOf: root.appendingPathComponent(".build/eval/spent-cache/\(name)"),
                encoding: .utf8)
            #expect(entry.contains("\"disease-missed\": ["))
            #expect(!entry.contains("-DIS-") && !entry.contains("Our tea"))
        }
        // The live and gate sets' item ids and texts, never a bare two-letter prefix: the
        // header names the base binary by its scratch path, whose UUIDs (hex, upper case) hold
        // a hex prefix such as session 34's "BC-" or "BD-" in about one run in sixteen (CI on
        // 75652da failed so).
        for never in ["BS-DIS-", "BT-DIS-", "Our salt cures gout", "Our gel cures gout"] {
            #expect(!run.stdout.contains(never))
        }
        #expect(!run.stdout.contains("\n\(Self.live) ") && !run.stdout.contains("\n\(Self.gate) "))
        let eval = root.appendingPathComponent(".build/eval")
        for untouched in [Self.live, Self.gate, "\(Self.gate).log"] {
            #expect(
                !FileManager.default.fileExists(
                    atPath: eval.appendingPathComponent(untouched).path))
        }
        for refused in [
            ["--set", "frozen-39"], ["--verbose"], ["--summary"], ["--category", "disease"],
            ["--check-overlap"],
        ] {
            let stopped = try Self.eval(["--spent", "--binary", binary.path] + refused, in: root)
            #expect(stopped?.status == 64)
            #expect(
                stopped?.stderr.hasPrefix(
                    "eval: error: --spent takes only --binary, --compare, --markdown and "
                        + "--exclude-read\n") == true)
        }
        // --exclude-read leaves out the sets named in Tests/Evaluation/read-sets.txt (from the
        // cache: nothing is run again).
        let read = root.appendingPathComponent("Tests/Evaluation/read-sets.txt")
        let missing = try Self.eval(
            ["--spent", "--exclude-read", "--binary", binary.path], in: root)
        #expect(missing?.status == 2)
        #expect(
            missing?.stderr.hasPrefix(
                "eval: error: --exclude-read: cannot read Tests/Evaluation/read-sets.txt (") == true
        )
        try Data("# read as misses\nfrozen-39   # half-read\n".utf8).write(to: read)
        guard
            let unread = try Self.eval(
                ["--spent", "--exclude-read", "--binary", binary.path, "--compare", base.path],
                in: root)
        else { return }
        #expect(unread.status == 0)
        #expect(
            unread.stdout.hasPrefix(
                "spent sets: 1 (gate-41); never \(Self.live) or \(Self.gate); dev on its own row, "
                    + "not in the total\nleft out as read: 1 (the sets named in "
                    + "Tests/Evaluation/read-sets.txt)\n"))
        #expect(
            unread.stdout.contains(
                Self.spentRow("gate-41", ["1/1", "0/0", "0/1", "0/0", "0/0", "0/0"])
                    + Self.spentRow("total", ["1/1", "0/0", "0/1", "0/0", "0/0", "0/0"])
                    + Self.spentRow("dev", ["1/1", "0/0"] + empty)))
        #expect(!unread.stdout.contains("frozen-39 "))
        #expect(
            unread.stdout.hasSuffix(
                """
                  (0 of 1 spent sets unchanged)

                disease by kind, the 1 spent sets (base -> this binary; items gained, lost):
                  explicit                    0/1 -> 1/1         +1 -0

                """))
        try Data("gate-41 frozen-39\n".utf8).write(to: read)
        let none = try Self.eval(["--spent", "--exclude-read", "--binary", binary.path], in: root)
        #expect(none?.status == 0)
        #expect(
            none?.stdout
                == "spent sets: 0 never read; all 2 spent sets are named in "
                + "Tests/Evaluation/read-sets.txt: nothing to measure\n")
        try Data("gate-41\n\(Self.live)\n".utf8).write(to: read)
        let live = try Self.eval(["--spent", "--exclude-read", "--binary", binary.path], in: root)
        #expect(live?.status == 2)
        #expect(
            live?.stderr
                == "eval: error: Tests/Evaluation/read-sets.txt:2: '\(Self.live)' is not a spent "
                + "set of this checkout\n")
        let without = try Self.eval(["--exclude-read", "--binary", binary.path], in: root)
        #expect(without?.status == 64)
        #expect(
            without?.stderr.hasPrefix("eval: error: --exclude-read goes with --spent\n") == true)
        // The same figures as one Markdown table (from the cache: nothing is run again).
        guard
            let table = try Self.eval(
                ["--spent", "--binary", binary.path, "--compare", base.path, "--markdown"],
                in: root)
        else { return }
        #expect(table.status == 0)
        #expect(
            table.stdout == """
                Spent sets, `.ci/eval --spent --markdown`: binary `\(binary.path)`, base \
                `\(base.path)` (`base → **this binary**` where they differ)

                | set | disease caught | lawful errors | innocent errors | EU unauthorised caught \
                | EU authorised errors | paraphrase right |
                |---|---|---|---|---|---|---|
                | frozen-39 | 0 → **1**/2 | 0/0 | 0/0 | 0/0 | 0/0 | 0/0 |
                | gate-41 | 0 → **1**/1 | 0/0 | 0/1 | 0/0 | 0/0 | 0/0 |
                | **total** | 0 → **2**/3 | 0/0 | 0/1 | 0/0 | 0/0 | 0/0 |
                | dev | 0 → **1**/1 | 0/0 | 0/0 | 0/0 | 0/0 | 0/0 |

                """)
        let alone = try Self.eval(["--markdown", "--binary", binary.path], in: root)
        #expect(alone?.status == 64)
        #expect(alone?.stderr.hasPrefix("eval: error: --markdown goes with --spent\n") == true)
    }

    /// `--spent`'s cache is keyed by contents, not paths: with `EVIDENT_EVAL_SPENT_CACHE`
    /// naming one folder, a second checkout of the same sets measured with a copy of the same
    /// binary at another path runs nothing (the figures come from the first checkout's runs),
    /// while a resource bundle beside the copy (other rule packs) is another key and is run;
    /// a guard move in the script (its lines that only name sets) and a comment keep the key,
    /// an edit of a line that measures does not; without the variable each checkout keeps its
    /// own `.build/eval/spent-cache/`.
    @Test func spentCacheIsSharedAcrossCheckoutsWhenTheBytesAreTheSame() throws {
        var files: [String: String] = [:]
        for name in ["dev", "frozen-39", "gate-41"] {
            files.merge(Self.emptySet(name)) { $1 }
        }
        files["frozen-39/disease.tsv"] = Self.disease([
            "BQ-DIS-001\tgout\texplicit\tOur balm cures gout."
        ])
        let first = try Self.repository(files)
        let second = try Self.repository(files)
        let shared = try ScratchFolder.make("eval-spent-cache")
        // A binary that finds nothing and counts its runs in a file of its own.
        let runs = shared.appendingPathComponent("runs.log")
        let script = "#!/bin/sh\necho run >> '\(runs.path)'\necho '{\"files\": []}'\n"
        func install(in folder: URL) throws -> URL {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let url = folder.appendingPathComponent("evident")
            try Data(script.utf8).write(to: url)
            try FileManager.default.setAttributes(
                [.posixPermissions: 0o755], ofItemAtPath: url.path)
            return url
        }
        func count() -> Int {
            ((try? String(contentsOf: runs, encoding: .utf8)) ?? "").split(separator: "\n").count
        }
        let original = try install(in: first.appendingPathComponent("build-a"))
        let copy = try install(in: second.appendingPathComponent("build-b"))
        let environment = ["EVIDENT_EVAL_SPENT_CACHE": shared.appendingPathComponent("cache").path]
        guard
            let measured = try Self.eval(
                ["--spent", "--binary", original.path], in: first, environment: environment)
        else { return }
        #expect(measured.status == 0)
        let once = count()
        #expect(once > 0)
        let row = Self.spentRow("frozen-39", ["0/1", "0/0", "0/0", "0/0", "0/0", "0/0"])
        #expect(measured.stdout.contains(row))
        let reused = try Self.eval(
            ["--spent", "--binary", copy.path], in: second, environment: environment)
        #expect(reused?.status == 0)
        #expect(reused?.stdout.contains(row) == true)
        #expect(count() == once)
        #expect(
            !FileManager.default.fileExists(
                atPath: second.appendingPathComponent(".build/eval/spent-cache").path))
        // A guard move (the lines that only name sets) and a comment keep the key; an edit
        // of a line that measures is another key and runs again.
        let copied = second.appendingPathComponent(".ci/eval")
        let moved =
            try String(contentsOf: copied, encoding: .utf8)
            .replacingOccurrences(of: "\nLIVE=\(Self.live)\n", with: "\nLIVE=frozen-99\n")
            .replacingOccurrences(
                of: "\nLIVE_HELD_OUT = \"\(Self.live)\"\n",
                with: "\nLIVE_HELD_OUT = \"frozen-99\"\n"
            )
            .replacingOccurrences(of: "\nGATE=\(Self.gate)\n", with: "\nGATE=gate-99\n")
            .replacingOccurrences(of: "\nGATE = \"\(Self.gate)\"\n", with: "\nGATE = \"gate-99\"\n")
            + "# the guard moved\n"
        #expect(moved.contains("\nLIVE=frozen-99\n") && moved.contains("GATE = \"gate-99\""))
        try Data(moved.utf8).write(to: copied)
        let guarded = try Self.eval(
            ["--spent", "--binary", copy.path], in: second, environment: environment)
        #expect(guarded?.status == 0)
        #expect(guarded?.stdout.contains(row) == true)
        #expect(count() == once)
        let edited = moved.replacingOccurrences(
            of: "\nset -euo pipefail\n", with: "\nset -euo pipefail\ntrue\n")
        #expect(edited != moved)
        try Data(edited.utf8).write(to: copied)
        let rerun = try Self.eval(
            ["--spent", "--binary", copy.path], in: second, environment: environment)
        #expect(rerun?.status == 0)
        #expect(count() == 2 * once)
        let bundle = second.appendingPathComponent("build-b/Evident_EvidentCheck.resources")
        try FileManager.default.createDirectory(at: bundle, withIntermediateDirectories: true)
        try Data("rules: []\n".utf8).write(to: bundle.appendingPathComponent("pack.yaml"))
        let repacked = try Self.eval(
            ["--spent", "--binary", copy.path], in: second, environment: environment)
        #expect(repacked?.status == 0)
        #expect(count() == 3 * once)
        let own = try Self.eval(["--spent", "--binary", original.path], in: first)
        #expect(own?.status == 0)
        #expect(count() == 4 * once)
        #expect(
            FileManager.default.fileExists(
                atPath: first.appendingPathComponent(".build/eval/spent-cache").path))
    }

    /// `--summary --newest N` summarises only the N newest spent sets (dev left out, the
    /// live and gate sets never), with a `total` row summing their new and common areas; it
    /// refuses a --set beside it, a count that is not a whole number, and use without
    /// --summary.
    @Test func summaryNewestTakesTheLastSpentSetsAndTotalsThem() throws {
        guard let binary = EvidentBinary.url else { return }
        let root = try Self.repository([
            "dev/disease.tsv": Self.disease(
                ["D-DIS-001\tgout\tnew\texplicit\tOur tea cures gout."], novel: true),
            "frozen-31/disease.tsv": Self.disease(
                ["BA-DIS-001\tgout\tnew\texplicit\tOur balm cures gout."], novel: true),
            "frozen-39/disease.tsv": Self.disease(
                ["BQ-DIS-001\tgout\tnew\texplicit\tOur drops cure gout for good."],
                novel: true),
            "gate-41/disease.tsv": Self.disease(
                [
                    "BR-DIS-001\tcancer\tcommon\texplicit\tA balm that shrinks tumours overnight.",
                    "BR-DIS-002\tdrinks\tnew\texplicit\tOur tea comes in a tin with a blue lid.",
                ], novel: true),
        ])
        guard
            let run = try Self.eval(
                ["--summary", "--newest", "2", "--binary", binary.path], in: root)
        else { return }
        #expect(run.status == 0)
        #expect(
            run.stdout.contains("of frozen-39, gate-41; never \(Self.live) or \(Self.gate)\n"))
        #expect(
            run.stdout.contains("\nfrozen-39      1       1 100.0%         1/1              -\n"))
        #expect(
            run.stdout.contains("\ngate-41        2       1  50.0%         0/1            1/1\n"))
        #expect(
            run.stdout.contains("\ntotal          3       2  66.7%         1/2            1/1\n"))
        #expect(!run.stdout.contains("\ndev "))
        #expect(!run.stdout.contains("frozen-31"))
        #expect(!run.stdout.contains("Our tea comes in a tin"))
        let refusals = [
            (
                ["--summary", "--newest", "2", "--set", "dev"],
                "eval: error: --newest and --set name the summarised sets two ways; give one\n"
            ),
            (
                ["--summary", "--newest", "0"],
                "eval: error: --newest: '0' is not a whole number from 1\n"
            ),
        ]
        for (arguments, message) in refusals {
            let refused = try Self.eval(arguments, in: root)
            #expect(refused?.status == 64)
            #expect(refused?.stderr == message)
        }
        let alone = try Self.eval(["--newest", "2"], in: root)
        #expect(alone?.status == 64)
        #expect(
            alone?.stderr.hasPrefix("eval: error: --newest goes with --summary only\n") == true)
    }

    /// In a git checkout every gate run, from the main checkout or any worktree of it, is
    /// logged in one file under the git common folder (`.git/evident-eval/gate-42.log`), each
    /// line naming the worktree it ran in, and runs are counted per worktree (one engineer's
    /// peeks) with the total beside them; nothing is logged under `.build/eval/`.
    @Test func gateRunsFromEveryWorktreeShareOneLog() throws {
        let git = URL(fileURLWithPath: "/usr/bin/git")
        guard FileManager.default.isExecutableFile(atPath: git.path),
            let binary = EvidentBinary.url
        else { return }
        let root = try Self.repository([
            "\(Self.gate)/disease.tsv": Self.disease(
                ["U-DIS-001\tcancer\tcommon\texplicit\tA balm that shrinks tumours overnight."],
                novel: true)
        ])
        let identity = ["-c", "user.name=eval", "-c", "user.email=eval@example.invalid"]
        #expect(try Self.git(["init", "-q"], in: root).status == 0)
        _ = try Self.git(["add", "-A"], in: root)
        _ = try Self.git(identity + ["commit", "-q", "-m", "sets"], in: root)
        let worktree = root.deletingLastPathComponent()
            .appendingPathComponent(root.lastPathComponent + "-wt")
        #expect(
            try Self.git(["worktree", "add", "-q", worktree.path], in: root).status == 0)
        // git keeps no empty folder: the worktree needs its own (empty) Claims/.
        try FileManager.default.createDirectory(
            at: worktree.appendingPathComponent("Claims"), withIntermediateDirectories: true)
        let arguments = ["--set", Self.gate, "--binary", binary.path, "--category", "disease"]
        // Engineers' runs (not the suite's): the scratch checkout is the only git repository
        // the script can reach.
        guard let first = try Self.eval(arguments, in: root, suite: false) else { return }
        #expect(first.status == 0)
        #expect(
            first.stdout.contains(
                "\n  run 1 from this worktree logged in .git/evident-eval/\(Self.gate).log "))
        guard let second = try Self.eval(arguments, in: worktree, suite: false) else { return }
        #expect(second.status == 0)
        // The worktree's first run: the shared log holds two, one from each worktree.
        #expect(second.stdout.contains("/.git/evident-eval/\(Self.gate).log (2 in all; "))
        #expect(second.stdout.contains("\n  run 1 from this worktree logged in /"))
        let log = try String(
            contentsOf: root.appendingPathComponent(".git/evident-eval/\(Self.gate).log"),
            encoding: .utf8)
        let lines = log.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains("\tworktree \(root.path)\t") == true)
        #expect(lines.last?.contains("\tworktree \(worktree.path)\t") == true)
        for folder in [root, worktree] {
            let local = folder.appendingPathComponent(".build/eval/\(Self.gate).log")
            #expect(!FileManager.default.fileExists(atPath: local.path))
        }
        try? FileManager.default.removeItem(at: worktree)
    }

    /// `--check-novel` prints each item whose `novel` mark disagrees with the older sets' area
    /// labels (exit 1), never a live or gate area label, and needs no binary; in git the older
    /// sets are read as they were before the commit that added the checked set, so an area a
    /// later dev probe adds does not make an old `new` mark wrong.
    @Test func checkNovelComparesWithTheOlderSetsAreas() throws {
        let root = try Self.repository([
            "dev/disease.tsv": Self.disease(["D-DIS-001\tgout\texplicit\tOur tea cures gout."]),
            "frozen-12/disease.tsv": Self.disease(
                [
                    "V-DIS-001\tgout\tnew\texplicit\tA balm for gout.",
                    "V-DIS-002\tcroup\tcommon\texplicit\tA syrup for croup.",
                    "V-DIS-003\tgout\tcommon\texplicit\tGout drops.",
                ], novel: true),
            "\(Self.live)/disease.tsv": Self.disease(
                [
                    "X-DIS-001\tgout\tnew\texplicit\tOur capsules end gout.",
                    "X-DIS-002\tlaminitis\tnew\texplicit\tA hoof balm for laminitis.",
                ], novel: true),
        ])
        guard let spent = try Self.eval(["--check-novel", "--set", "frozen-12"], in: root)
        else { return }
        #expect(spent.status == 1)
        #expect(
            spent.stdout == """
                Tests/Evaluation/frozen-12/disease.tsv:2: V-DIS-001: novel 'new' but its area \
                'gout' is an older set's (dev/disease.tsv:D-DIS-001)
                Tests/Evaluation/frozen-12/disease.tsv:3: V-DIS-002: novel 'common' but no older \
                set uses its area 'croup'
                novel: 1 new and 2 common items of frozen-12 checked against the area labels of \
                1 older set(s) as they are now (the set is not committed): 2 mismatch(es)

                """)
        let live = try Self.eval(["--check-novel", "--set", Self.live], in: root)
        #expect(live?.status == 1)
        #expect(
            live?.stdout.hasPrefix(
                "Tests/Evaluation/\(Self.live)/disease.tsv:2: X-DIS-001: novel 'new' but its "
                    + "area is an older set's (dev)\nnovel: 2 new") == true)
        #expect(live?.stdout.contains("gout") == false)
        #expect(live?.stdout.contains("laminitis") == false)
        let dev = try Self.eval(["--check-novel", "--set", "dev"], in: root)
        #expect(dev?.status == 2)
        #expect(
            dev?.stderr
                == "eval: error: Tests/Evaluation/dev/disease.tsv: no 'novel' column to check\n")
        let mixed = try Self.eval(["--check-novel", "--check-overlap"], in: root)
        #expect(mixed?.status == 64)
        // In git: the set is checked against dev as it was before the set's commit.
        guard try Self.commitEverything(in: root) else { return }
        let identity = Self.identity
        let probe = root.appendingPathComponent("Tests/Evaluation/dev/disease.tsv")
        try Data(
            Self.disease([
                "D-DIS-001\tgout\texplicit\tOur tea cures gout.",
                "D-DIS-002\tlaminitis\texplicit\tOur powder cures laminitis.",
            ]).utf8
        ).write(to: probe)
        _ = try Self.git(identity + ["commit", "-q", "-am", "probe"], in: root)
        let committed = try Self.eval(["--check-novel", "--set", Self.live], in: root)
        #expect(committed?.status == 1)
        #expect(committed?.stdout.contains(": 1 mismatch(es)\n") == true)
        #expect(committed?.stdout.contains("^ (before the commit that added it)") == true)
        // --now: the probe that landed later has reached one of the live set's new areas (as
        // the original gout item did); for the live set only the count is printed.
        let now = try Self.eval(["--check-novel", "--set", Self.live, "--now"], in: root)
        #expect(now?.status == 1)
        #expect(
            now?.stdout
                == "novel (now): 2 of 2 new items of \(Self.live) have an area label an older set "
                + "uses now (2 older set(s) as they are now; ids withheld while \(Self.live) is "
                + "live)\n")
        let spentNow = try Self.eval(["--check-novel", "--set", "frozen-12", "--now"], in: root)
        #expect(spentNow?.stdout.contains(": V-DIS-001: novel 'new' but its area 'gout'") == true)
        #expect(
            spentNow?.stdout.contains("older set(s) as they are now: 2 mismatch(es)\n") == true)
        let alone = try Self.eval(["--now", "--set", "frozen-12"], in: root)
        #expect(alone?.status == 64)
        #expect(
            alone?.stderr.hasPrefix("eval: error: --now goes with --check-novel only\n") == true)
    }

    /// `--check-novel --words` prints each `new` item that shares a rare word with an older
    /// disease item under another label (a synonym the label check cannot see: session 18's
    /// first drafts had ten), with that item, while the set is a draft; a committed live set
    /// prints only the count. The exit status stays the label check's. An item's area label
    /// counts as words too (hyphens as spaces) and British spellings are folded: session 21's
    /// drafts marked new a condition an older set had under a label its text never spells out
    /// ("Relieves TOS" under `thoracic-outlet-syndrome`) or in the other spelling
    /// (`eosinophilic-esophagitis` over "#EoE"), which a text-only comparison did not print.
    @Test func checkNovelWordsFindsASynonymUnderAnotherLabel() throws {
        let shunt = "Our chews reverse portosystemic shunts in small dogs."
        let tos = "Relieves TOS and restores blood flow to the arm."
        let eoe = "Ate pizza again #EoE"
        let root = try Self.repository([
            "dev/disease.tsv": Self.disease([
                "D-DIS-001\thepatic-encephalopathy-dog\texplicit\t\(shunt)",
                "D-DIS-002\tgout\texplicit\tOur tea cures gout.",
                "D-DIS-003\tthoracic-outlet-syndrome\texplicit\t\(tos)",
                "D-DIS-004\teosinophilic-esophagitis\thashtag\t\(eoe)",
            ]),
            "\(Self.live)/disease.tsv": Self.disease(
                [
                    "X-DIS-001\tcanine-liver-shunt\tnew\texplicit\tOur paste closes a "
                        + "portosystemic shunt in puppies.",
                    "X-DIS-002\tlaminitis\tnew\texplicit\tA hoof balm for laminitis.",
                    "X-DIS-003\tthoracic-outlet\tnew\ttestimonial\tMy hand went numb - thoracic "
                        + "outlet, the surgeon said.",
                    "X-DIS-004\teosinophilic-oesophagitis\tnew\texplicit\tOur aloe drink heals "
                        + "eosinophilic oesophagitis.",
                ], novel: true),
        ])
        guard let draft = try Self.eval(["--check-novel", "--set", Self.live, "--words"], in: root)
        else { return }
        #expect(draft.status == 0)
        #expect(
            draft.stdout == """
                novel: 4 new and 0 common items of \(Self.live) checked against the area labels \
                of 1 older set(s) as they are now (the set is not committed): 0 mismatch(es)
                Tests/Evaluation/\(Self.live)/disease.tsv:2: X-DIS-001 (canine-liver-shunt) shares:
                      'portosystemic' dev/disease.tsv:D-DIS-001 (hepatic-encephalopathy-dog): \(shunt)
                      'shunt' dev/disease.tsv:D-DIS-001 (hepatic-encephalopathy-dog): \(shunt)
                Tests/Evaluation/\(Self.live)/disease.tsv:4: X-DIS-003 (thoracic-outlet) shares:
                      'outlet' dev/disease.tsv:D-DIS-003 (thoracic-outlet-syndrome): \(tos)
                      'thoracic' dev/disease.tsv:D-DIS-003 (thoracic-outlet-syndrome): \(tos)
                Tests/Evaluation/\(Self.live)/disease.tsv:5: X-DIS-004 (eosinophilic-oesophagitis) shares:
                      'eosinophilic' dev/disease.tsv:D-DIS-004 (eosinophilic-esophagitis): \(eoe)
                      'esophagitis' dev/disease.tsv:D-DIS-004 (eosinophilic-esophagitis): \(eoe)
                words: 3 of 4 new items of \(Self.live) share a rare word (used by at most 3 items \
                of all the other sets) with an older item under another label; read them by eye: \
                a synonym under another label is not new

                """)
        let alone = try Self.eval(["--words", "--set", Self.live], in: root)
        #expect(alone?.status == 64)
        #expect(
            alone?.stderr.hasPrefix("eval: error: --words goes with --check-novel only\n") == true)
        guard try Self.commitEverything(in: root) else { return }
        let committed = try Self.eval(
            ["--check-novel", "--set", Self.live, "--words"], in: root)
        #expect(committed?.status == 0)
        #expect(committed?.stdout.contains("portosystemic") == false)
        #expect(committed?.stdout.contains("D-DIS-001") == false)
        #expect(
            committed?.stdout.contains(
                "words: 3 of 4 new items of \(Self.live) share a rare word (used by at most 3 "
                    + "items of all the other sets) with an older item under another label (ids "
                    + "withheld while \(Self.live) is live)") == true)
    }

    /// `--check-novel --kinds` reads the conditions items name from MeSH's C/F03 tree (the
    /// file `EVIDENT_MESH` names) and fails a `new` item whose condition is a sibling of an older
    /// item's under another label (Hartnup disease beside phenylketonuria: one parent, Brain
    /// Diseases, Metabolic, Inborn); an unrelated condition passes, and a symptom named only
    /// in the text (pain, a C23 term) is no kind, so an item naming nothing else is counted as
    /// naming no condition, not flagged beside an older pain item. Three readings that matched
    /// by accident on the session's drafts name nothing: an inverted entry term ("Syndrome,
    /// Sharp" across a comma), an abbreviation read case-blind ("HARD" in "hard, shiny skin")
    /// and a bare word naming a branch's first class ("cyst", C04.182). A committed live set
    /// prints the count only, with `--now` too (which new items an older item of the same kind
    /// has reached since, a probe landed later); an unreadable MeSH file is an error (exit 2);
    /// `--kinds` alone is bad usage (64).
    @Test func checkNovelKindsFlagsASiblingUnderTheSameMeSHParent() throws {
        let pku = "Our formula lets PKU kids eat bread."
        let root = try Self.repository([
            "dev/disease.tsv": Self.disease([
                "D-DIS-001\tphenylketonuria\texplicit\t\(pku)",
                "D-DIS-002\tback-pain\texplicit\tOur balm ends back pain for good.",
                "D-DIS-003\tsharp-syndrome\texplicit\tOur gel cures Sharp syndrome.",
                "D-DIS-004\tacne\ttestimonial\tThe painful cysts along my jaw are gone.",
                "D-DIS-005\thantavirus\texplicit\tOur tea cures Hantavirus infections.",
            ]),
            "\(Self.live)/disease.tsv": Self.disease(
                [
                    "BS-DIS-001\thartnup-disease\tnew\texplicit\tOur amino powder cures Hartnup "
                        + "disease.",
                    "BS-DIS-002\tpinna-rot\tnew\texplicit\tOur drops clear pinna rot and the pain "
                        + "it brings.",
                    "BS-DIS-003\tgout\tnew\texplicit\tOur cherry tea cures gout.",
                    "BS-DIS-004\tprecordial-catch\tnew\ttestimonial\tHer precordial catch "
                        + "syndrome, sharp stabs in the chest, went on our drops.",
                    "BS-DIS-005\tdigital-mucous-cyst\tnew\texplicit\tOur balm dissolves a "
                        + "digital mucous cyst.",
                    "BS-DIS-006\tshin-plaques\tnew\ttestimonial\tMy shins were hard, shiny and "
                        + "brown; the cream softened them.",
                ], novel: true),
        ])
        let descriptors = [
            "D1\tBrain Diseases, Metabolic, Inborn\t\tC10.228.140.163.100|C16.320.565.189",
            "D2\tPhenylketonurias\tPhenylketonuria|PKU\tC10.228.140.163.100.687|C16.320.565.151.680",
            "D3\tHartnup Disease\t\tC10.228.140.163.100.362|C16.320.565.151.400",
            "D4\tGout\t\tC05.550.114.423|C16.320.565.798.368",
            "D5\tPain\tAche\tC23.888.592.612|F02.830.816.444",
            "D6\tMixed Connective Tissue Disease\tSharp Syndrome|Syndrome, Sharp\tC17.300.540",
            "D7\tCysts\t\tC04.182|C23.300.306",
            "D8\tHantavirus Infections\tHARD\tC01.925.782.147.420",
        ]
        let environment = try Self.mesh(descriptors, in: root)
        guard let draft = try Self.kinds(in: root, environment: environment) else { return }
        #expect(draft.status == 1)
        #expect(
            draft.stdout == """
                novel: 6 new and 0 common items of \(Self.live) checked against the area labels \
                of 1 older set(s) as they are now (the set is not committed): 0 mismatch(es)
                Tests/Evaluation/\(Self.live)/disease.tsv:2: BS-DIS-001 (hartnup-disease): novel \
                'new' but an older item names a condition of its kind:
                      C10.228.140.163.100 Brain Diseases, Metabolic, Inborn: \
                dev/disease.tsv:D-DIS-001 (phenylketonuria): \(pku)
                kinds: 1 of 6 new items of \(Self.live) name a condition under the same MeSH \
                parent as an older item under another label; 4 name no MeSH condition (screen \
                those by eye)

                """)
        let alone = try Self.eval(["--kinds", "--set", Self.live], in: root)
        #expect(alone?.status == 64)
        #expect(
            alone?.stderr.hasPrefix("eval: error: --kinds goes with --check-novel only\n") == true)
        let missing = try Self.kinds(
            in: root, environment: ["EVIDENT_MESH": root.appendingPathComponent("none.tsv").path])
        #expect(missing?.status == 2)
        #expect(missing?.stderr.hasPrefix("eval: error: --kinds: cannot read MeSH's C/F03") == true)
        guard try Self.commitEverything(in: root) else { return }
        let committed = try Self.kinds(in: root, environment: environment)
        #expect(committed?.status == 1)
        #expect(committed?.stdout.contains("Hartnup") == false)
        #expect(committed?.stdout.contains("BS-DIS-001") == false)
        #expect(
            committed?.stdout.contains(
                "kinds: 1 of 6 new items of \(Self.live) name a condition under the same MeSH "
                    + "parent as an older item under another label (ids withheld while "
                    + "\(Self.live) is live); 4 name no MeSH condition") == true)
        let now = try Self.eval(
            ["--check-novel", "--set", Self.live, "--kinds", "--now"], in: root,
            environment: environment)
        #expect(now?.status == 1)
        #expect(now?.stdout.contains("Hartnup") == false)
        #expect(
            now?.stdout.hasPrefix(
                "novel (now): 0 of 6 new items of \(Self.live) have an area label an older set "
                    + "uses now") == true)
        #expect(now?.stdout.contains("\nkinds: 1 of 6 new items of \(Self.live)") == true)
    }

    /// `--check-novel --kinds` reads kinship two levels deep on the more specific side (session
    /// 24): a `new` item fails when its condition is the grandchild of an older item's (the
    /// older term two levels up the newer one's tree number) or a child of the older one's
    /// sibling (the grandchild of its parent), as well as a sibling, child or parent; a cousin
    /// (the two share only a grandparent at the same depth) and a great-grandchild pass. On
    /// the sets as written, frozen-21 fails 9 of 53 and gate-23 13 of 49 by this rule (0 and 0
    /// by the sibling rule alone).
    @Test func checkNovelKindsFlagsAGrandchildAndANephewButNotACousin() throws {
        let root = try Self.repository([
            "dev/disease.tsv": Self.disease([
                "D-DIS-001\talpha-disease\texplicit\tOur tea cures alpha disease."
            ]),
            "\(Self.live)/disease.tsv": Self.disease(
                [
                    "BS-DIS-001\tbeta-disease\tnew\texplicit\tOur balm cures beta disease.",
                    "BS-DIS-002\tgamma-disease\tnew\texplicit\tOur drops cure gamma disease.",
                    "BS-DIS-003\tdelta-disease\tnew\texplicit\tOur gel cures delta disease.",
                    "BS-DIS-004\tepsilon-disease\tnew\texplicit\tOur salt cures epsilon disease.",
                ], novel: true),
        ])
        let environment = try Self.mesh(
            [
                "D1\tAlpha Disease\t\tC10.100.200.300.400",
                "D2\tBeta Disease\t\tC10.100.200.300.400.500.600",
                "D3\tGamma Disease\t\tC10.100.200.300.410.500",
                "D4\tDelta Disease\t\tC10.100.200.310.410",
                "D5\tEpsilon Disease\t\tC10.100.200.300.400.500.600.700",
            ], in: root)
        guard let run = try Self.kinds(in: root, environment: environment) else { return }
        #expect(run.status == 1)
        #expect(
            run.stdout.contains(
                """
                Tests/Evaluation/\(Self.live)/disease.tsv:2: BS-DIS-001 (beta-disease): novel \
                'new' but an older item names a condition of its kind:
                      C10.100.200.300.400 Alpha Disease: dev/disease.tsv:D-DIS-001 (alpha-disease): \
                Our tea cures alpha disease.

                """))
        #expect(
            run.stdout.contains(
                """
                Tests/Evaluation/\(Self.live)/disease.tsv:3: BS-DIS-002 (gamma-disease): novel \
                'new' but an older item names a condition of its kind:
                      C10.100.200.300 ?: dev/disease.tsv:D-DIS-001 (alpha-disease): Our tea cures \
                alpha disease.

                """))
        #expect(!run.stdout.contains("BS-DIS-003"))
        #expect(!run.stdout.contains("BS-DIS-004"))
        #expect(
            run.stdout.hasSuffix(
                "kinds: 2 of 4 new items of \(Self.live) name a condition under the same MeSH "
                    + "parent as an older item under another label; 0 name no MeSH condition "
                    + "(screen those by eye)\n"))
    }

    /// Siblings and two levels of kinship count only under a narrow class (sessions 25 and
    /// 27): when the parent a new item and an older one share (siblings) or the class two levels
    /// up (a nephew) holds more than 30 MeSH descriptors (an organ- or agent-wide grouping such
    /// as Skin Diseases, Bacterial), the item passes; under the same class with 30 descriptors it
    /// fails. A child of the older item's condition (parent and child) fails however broad the
    /// class.
    @Test func checkNovelKindsReadsSiblingsAndTwoLevelsOnlyUnderANarrowClass() throws {
        for (fillers, narrow) in [(25, true), (26, false)] {
            let root = try Self.repository([
                "dev/disease.tsv": Self.disease([
                    "D-DIS-001\talpha-disease\texplicit\tOur tea cures alpha disease."
                ]),
                "\(Self.live)/disease.tsv": Self.disease(
                    [
                        "BS-DIS-001\tzeta-disease\tnew\texplicit\tOur balm cures zeta disease.",
                        "BS-DIS-002\teta-disease\tnew\texplicit\tOur drops cure eta disease.",
                        "BS-DIS-003\ttheta-disease\tnew\texplicit\tOur gel cures theta disease.",
                    ], novel: true),
            ])
            // Beneath C10.100.200.300: alpha, its child theta, eta, zeta, zeta's parent and the
            // fillers (30 descriptors with 25 fillers: narrow; 31 with 26: broad).
            let filler = (0..<fillers).map { "F\($0)\tFiller \($0)\t\tC10.100.200.300.\(600 + $0)" }
            let environment = try Self.mesh(
                [
                    "D1\tAlpha Disease\t\tC10.100.200.300.400",
                    "D2\tZeta Disease\t\tC10.100.200.300.410.500",
                    "D3\tZeta Parent\t\tC10.100.200.300.410",
                    "D4\tEta Disease\t\tC10.100.200.300.420",
                    "D5\tTheta Disease\t\tC10.100.200.300.400.700",
                ] + filler, in: root)
            guard let run = try Self.kinds(in: root, environment: environment) else { return }
            #expect(run.status == 1)
            #expect(run.stdout.contains("BS-DIS-001 (zeta-disease)") == narrow)
            #expect(run.stdout.contains("BS-DIS-002 (eta-disease)") == narrow)
            #expect(
                run.stdout.contains(
                    """
                    Tests/Evaluation/\(Self.live)/disease.tsv:3: BS-DIS-002 (eta-disease): novel \
                    'new' but an older item names a condition of its kind:
                          C10.100.200.300 ?: dev/disease.tsv:D-DIS-001 (alpha-disease): Our tea \
                    cures alpha disease.

                    """) == narrow)
            #expect(
                run.stdout.contains(
                    """
                    Tests/Evaluation/\(Self.live)/disease.tsv:4: BS-DIS-003 (theta-disease): novel \
                    'new' but an older item names a condition of its kind:
                          C10.100.200.300\(narrow ? " ?" : ".400 Alpha Disease"): dev/disease.tsv:D-DIS-001 \
                    (alpha-disease): Our tea cures alpha disease.

                    """))
            #expect(
                run.stdout.hasSuffix(
                    "kinds: \(narrow ? 3 : 1) of 3 new items of \(Self.live) name a condition "
                        + "under the same MeSH parent as an older item under another label; 0 name "
                        + "no MeSH condition (screen those by eye)\n"))
        }
    }

    /// A set `Tests/Evaluation/read-sets.txt` marks half-read (a comment beginning "half-read"
    /// with no later "; read ..." clause) keeps its texts and area labels out of every screen
    /// (session 38: `--check-novel --kinds` once printed an item of a half-read set): an
    /// overlap names its item by id, `--words` and `--kinds` name the older item by id only
    /// (not the shared word), a label mismatch in the half-read set itself names no area; a
    /// set marked "half-read ...; read in session N" is read, and its texts are printed.
    @Test func screensPrintOnlyTheIdsOfHalfReadSets() throws {
        let secret = "Our hoof gel ends laminitis in ponies within a month."
        let read = "Our paste closes a portosystemic shunt in pups."
        let root = try Self.repository([
            "dev/disease.tsv": Self.disease(["D-DIS-001\tgout\texplicit\tOur tea cures gout."]),
            "frozen-38/disease.tsv": Self.disease([
                "BO-DIS-001\tliver-shunt-dog\texplicit\t\(read)"
            ]),
            "frozen-39/disease.tsv": Self.disease(
                [
                    "BQ-DIS-001\tlaminitis-pony\tnew\texplicit\t\(secret)",
                    "BQ-DIS-002\tsweet-itch\tcommon\texplicit\tA fly rug lotion that stops "
                        + "sweet itch.",
                ], novel: true),
            "\(Self.live)/disease.tsv": Self.disease(
                [
                    "BS-DIS-001\tfounder\tnew\texplicit\tOur hoof gel ends laminitis in ponies "
                        + "within a week.",
                    "BS-DIS-002\tportal-shunt\tnew\texplicit\tOur paste closes a portosystemic "
                        + "shunt in puppies.",
                ], novel: true),
            "read-sets.txt": "frozen-38   # half-read in session 41; read in session 42\n"
                + "frozen-39   # half-read in session 42, the lead holding back half\n",
        ])
        let environment = try Self.mesh(
            [
                "D1\tHoof Diseases\t\tC10.100.200.300",
                "D2\tLaminitis\t\tC10.100.200.300.400",
                "D3\tFounder\t\tC10.100.200.300.500",
                "D4\tPortosystemic Shunt\t\tC10.200.300.400.500",
                "D5\tHepatic Shunt\t\tC10.200.300.400.600",
            ], in: root)
        // Words of the half-read items' texts and area labels that must never be printed.
        let hidden = ["ponies", "within a month", "laminitis-pony", "sweet-itch", "fly rug"]
        guard
            let overlap = try Self.eval(
                ["--check-overlap", "--set", Self.live, "--category", "disease"], in: root)
        else { return }
        #expect(overlap.status == 1)
        #expect(
            overlap.stdout.hasPrefix(
                """
                0.968 \(Self.live)/disease.tsv:BS-DIS-002
                      frozen-38/disease.tsv:BO-DIS-001: \(read)
                0.913 \(Self.live)/disease.tsv:BS-DIS-001
                      frozen-39/disease.tsv:BQ-DIS-001
                overlap: 2 pair(s)
                """))
        let itself = try Self.eval(
            ["--check-overlap", "--set", "frozen-39", "--category", "disease"], in: root)
        #expect(itself?.status == 1)
        #expect(
            itself?.stdout.hasPrefix(
                "0.913 frozen-39/disease.tsv:BQ-DIS-001\n      \(Self.live)/disease.tsv:BS-DIS-001\n"
            ) == true)
        let words = try Self.eval(["--check-novel", "--set", Self.live, "--words"], in: root)
        #expect(words?.status == 0)
        #expect(
            words?.stdout.contains(
                """
                Tests/Evaluation/\(Self.live)/disease.tsv:2: BS-DIS-001 (founder) shares:
                      frozen-39/disease.tsv:BQ-DIS-001
                Tests/Evaluation/\(Self.live)/disease.tsv:3: BS-DIS-002 (portal-shunt) shares:
                      'close' frozen-38/disease.tsv:BO-DIS-001 (liver-shunt-dog): \(read)

                """) == true)
        let kinds = try Self.kinds(in: root, environment: environment)
        #expect(kinds?.status == 1)
        #expect(
            kinds?.stdout.contains(
                """
                Tests/Evaluation/\(Self.live)/disease.tsv:2: BS-DIS-001 (founder): novel 'new' \
                but an older item names a condition of its kind:
                      C10.100.200.300 Hoof Diseases: frozen-39/disease.tsv:BQ-DIS-001
                Tests/Evaluation/\(Self.live)/disease.tsv:3: BS-DIS-002 (portal-shunt): novel \
                'new' but an older item names a condition of its kind:
                      C10.200.300.400 ?: frozen-38/disease.tsv:BO-DIS-001 (liver-shunt-dog): \(read)

                """) == true)
        let labels = try Self.eval(["--check-novel", "--set", "frozen-39"], in: root)
        #expect(labels?.status == 1)
        #expect(
            labels?.stdout.hasPrefix(
                "Tests/Evaluation/frozen-39/disease.tsv:3: BQ-DIS-002: novel 'common' but no "
                    + "older set uses its area\n") == true)
        for run in [overlap, itself, words, kinds, labels] {
            for text in hidden {
                #expect(run?.stdout.contains(text) == false, "printed '\(text)'")
                #expect(run?.stderr.contains(text) == false, "printed '\(text)'")
            }
        }
    }

    /// `--help` prints the whole header comment down to its last line (a fixed line count cut
    /// off its last lines once the header grew) and none of the script.
    /// `--binary` naming a folder (the binary's folder given by mistake) or a missing file is
    /// refused before anything runs: exit 2, the script's own message, no traceback.
    @Test func binaryThatIsNotAnExecutableFileIsRefused() throws {
        let root = try Self.repository([
            "dev/disease.tsv": Self.disease(["D-DIS-001\tgout\texplicit\tOur tea cures gout."])
        ])
        for path in [root.path, root.appendingPathComponent("no-such-evident").path] {
            guard let run = try Self.eval(["--binary", path], in: root) else { return }
            #expect(run.status == 2)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr == "eval: error: '\(path)' is not an executable file\n")
        }
    }

    @Test func helpPrintsTheWholeHeader() throws {
        let root = try Self.repository([:])
        guard let run = try Self.eval(["--help"], in: root) else { return }
        #expect(run.status == 0)
        #expect(
            run.stdout.hasPrefix(
                "The copy checker's evaluation: runs the real `evident check` on the sentences "
                    + "in\n"))
        #expect(
            run.stdout.hasSuffix(
                "(git-ignored; \(Self.gate)'s to a temporary folder that is removed).\n"))
        #expect(run.stdout.contains("--words"))
        #expect(!run.stdout.contains("set -euo pipefail"))
    }

    /// In a git checkout the stale-build warning compares the binary with the newest commit
    /// that touches Sources/ and with uncommitted files there, not with the files' times: a
    /// fresh checkout's new file times draw no warning, a newer commit or edit does.
    @Test func staleWarningFollowsCommitsNotFileTimes() throws {
        let git = URL(fileURLWithPath: "/usr/bin/git")
        guard FileManager.default.isExecutableFile(atPath: git.path),
            let binary = EvidentBinary.url
        else { return }
        let root = try Self.repository([
            "dev/disease.tsv": Self.disease(["D-DIS-001\tgout\texplicit\tOur tea cures gout."])
        ])
        func commit(_ date: String) throws -> Int32 {
            let identity = ["-c", "user.name=eval", "-c", "user.email=eval@example.invalid"]
            let dates = ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date]
            _ = try Self.git(["add", "-A", "Sources"], in: root)
            return try Self.git(
                identity + ["commit", "-q", "-m", date], in: root, environment: dates
            ).status
        }
        #expect(try Self.git(["init", "-q"], in: root).status == 0)
        _ = try Self.git(["add", "-A"], in: root)
        #expect(try commit("2001-01-01T00:00:00Z") == 0)
        let register = root.appendingPathComponent(
            "Sources/EvidentCheck/RulePacks/eu-register.json")
        let tomorrow = Date(timeIntervalSinceNow: 86_400)
        try FileManager.default.setAttributes(
            [.modificationDate: tomorrow], ofItemAtPath: register.path)
        let arguments = ["--binary", binary.path, "--category", "disease"]
        let fresh = try Self.eval(arguments, in: root)
        #expect(fresh?.status == 0)
        #expect(fresh?.stdout.contains("warning") == false)
        #expect(fresh?.stderr == "")
        let rule = root.appendingPathComponent("Sources/EvidentCheck/RulePacks/new.yaml")
        try Data("rules: []\n".utf8).write(to: rule)
        try FileManager.default.setAttributes(
            [.modificationDate: tomorrow], ofItemAtPath: rule.path)
        let edited = try Self.eval(arguments, in: root)
        #expect(
            edited?.stdout.contains(
                "\nwarning: the binary is older than Sources/EvidentCheck/RulePacks/new.yaml "
                    + "(uncommitted, modified ") == true)
        #expect(try commit("2090-01-01T00:00:00Z") == 0)
        let committed = try Self.eval(arguments, in: root)
        #expect(committed?.status == 0)
        #expect(
            committed?.stdout.contains(
                " (2090-01-01 00:00:00 UTC), the newest that touches Sources/: it may be a stale "
                    + "build of this checkout\n") == true)
        #expect(
            committed?.stderr.contains("eval: warning: the binary is older than commit ") == true)
    }

    /// `--ids FILE` and `--only ID,…` report the listed items of a set (the lead's held-back
    /// list at the end of a session): for a spent set one line per id with its outcome and,
    /// with `--compare BASE`, BASE's and whether it changed, then per category and in total;
    /// for the live held-out set and the gate set the counts only (no id, no text; `--compare`
    /// accepted there for these counts, a gate run logged with the number of ids). An id the
    /// set does not hold stops the run (exit 2); `--verbose` and `--spent` do not take a list.
    @Test func idsReportTheListedItemsAndOnlyCountsForTheLiveAndGateSets() throws {
        guard let binary = EvidentBinary.url else { return }
        var files: [String: String] = [:]
        for name in ["dev", "frozen-39", Self.live, Self.gate] {
            files.merge(Self.emptySet(name)) { $1 }
        }
        files["frozen-39/disease.tsv"] = Self.disease([
            "BQ-DIS-001\tgout\texplicit\tOur balm cures gout.",
            "BQ-DIS-002\tdrinks\texplicit\tOur tea comes in a tin with a blue lid.",
            "BQ-DIS-003\tgout\texplicit\tOur drops cure gout for good.",
        ])
        files["frozen-39/innocent.tsv"] =
            "id\tkind\ttext\nBQ-INN-001\tcooking\tThe cake is in the oven.\n"
        files["\(Self.live)/disease.tsv"] = Self.disease([
            "BS-DIS-001\tgout\texplicit\tOur salt cures gout.",
            "BS-DIS-002\tdrinks\texplicit\tOur jug holds a litre of lemonade.",
        ])
        files["\(Self.gate)/disease.tsv"] = Self.disease([
            "BT-DIS-001\tgout\texplicit\tOur gel cures gout."
        ])
        let root = try Self.repository(files)
        // A base that finds nothing: every item the real binary catches changed.
        let base = try Self.findsNothing(in: root)
        let list = root.appendingPathComponent("held-back.txt")
        try Data("# held back\nBQ-INN-001, BQ-DIS-002\n\nBQ-DIS-001\n".utf8).write(to: list)
        guard
            let spent = try Self.eval(
                [
                    "--set", "frozen-39", "--ids", list.path, "--only", "BQ-DIS-001",
                    "--binary", binary.path, "--compare", base.path,
                ], in: root)
        else { return }
        #expect(spent.status == 0)
        #expect(
            spent.stdout.contains(
                """
                ids: 3 listed (\(list.path), --only)

                BQ-INN-001       innocent              ok -> ok      same
                BQ-DIS-002       disease           missed -> missed  same
                BQ-DIS-001       disease           missed -> caught  changed

                disease          caught 1/2 (base 0/2), changed 1
                innocent         alarms 0/1 (base 0/1), changed 0
                ids total: 3 item(s) in 2 categories; changed 1 of 3

                """))
        #expect(!spent.stdout.contains("BQ-DIS-003") && !spent.stdout.contains("Our balm"))
        #expect(!spent.stdout.contains("category         market"))
        let plain = try Self.eval(
            ["--set", "frozen-39", "--only", "BQ-DIS-002", "--binary", binary.path], in: root)
        #expect(plain?.status == 0)
        #expect(
            plain?.stdout.contains(
                "\nBQ-DIS-002       disease          missed\n\ndisease          caught 0/1\n"
                    + "ids total: 1 item(s) in 1 category\n") == true)
        let live = try Self.eval(
            [
                "--set", Self.live, "--only", "BS-DIS-001,BS-DIS-002", "--binary", binary.path,
                "--compare", base.path,
            ], in: root)
        #expect(live?.status == 0)
        #expect(
            live?.stdout.contains(
                """
                ids: 2 listed (--only); counts only: \(Self.live) is the live held-out set or the gate set

                disease          caught 1/2 (base 0/2), changed 1
                ids total: 2 item(s) in 1 category; changed 1 of 2

                """) == true)
        #expect(live?.stdout.contains("BS-DIS-") == false)
        #expect(live?.stdout.contains("Our salt") == false)
        let gate = try Self.eval(
            ["--set", Self.gate, "--only", "BT-DIS-001", "--binary", binary.path], in: root)
        #expect(gate?.status == 0)
        #expect(gate?.stdout.contains("\ndisease          caught 1/1\n") == true)
        #expect(gate?.stdout.contains("BT-DIS-") == false)
        let log = try String(
            contentsOf: root.appendingPathComponent(".build/eval/\(Self.gate).log"), encoding: .utf8
        )
        #expect(log.contains("\tjoined\tids 1; disease caught 1/1\tsuite run\n"))
        let absent = try Self.eval(
            ["--set", "frozen-39", "--only", "BQ-DIS-001,BQ-DIS-404", "--binary", binary.path],
            in: root)
        #expect(absent?.status == 2)
        #expect(
            absent?.stderr
                == "eval: error: --ids: frozen-39 has no item 'BQ-DIS-404' (categories read: "
                + "disease, lawful, innocent, eu-unauthorised, eu-authorised, paraphrase)\n")
        #expect(absent?.stdout == "")
        let unread = try Self.eval(
            ["--set", "frozen-39", "--ids", "no-such-list.txt", "--binary", binary.path], in: root)
        #expect(unread?.status == 2)
        #expect(
            unread?.stderr.hasPrefix("eval: error: --ids: cannot read 'no-such-list.txt'") == true)
        for refused in [
            ["--set", "frozen-39", "--only", "BQ-DIS-001", "--verbose"],
            ["--spent", "--only", "BQ-DIS-001"],
            ["--set", Self.live, "--compare", base.path],
        ] {
            let run = try Self.eval(refused + ["--binary", binary.path], in: root)
            #expect(run?.status == 64)
        }
    }
}
