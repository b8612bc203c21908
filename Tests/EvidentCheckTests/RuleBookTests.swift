import EvidentCheck
import EvidentModel
import Foundation
import Testing

/// Rule packs are data: malformed packs are rejected with pinned messages.
struct RuleBookTests {
    static let lexicon: Lexicon = {
        guard let directory = RuleBook.bundledDirectory,
            let yaml = try? String(
                contentsOf: directory.appendingPathComponent("lexicon.yaml"), encoding: .utf8),
            let lexicon = try? Lexicon(yaml: yaml, path: "lexicon.yaml")
        else { preconditionFailure("the bundled lexicon does not load") }
        return lexicon
    }()

    static func pack(_ rule: String) -> String {
        """
        rules:
          - id: \(rule)
            market: us
            severity: error
            category: overclaim
            message: "m"
            legal-basis: "b"
            when: ["@absolute-efficacy"]
        """
    }

    @Test func bundledPacksCoverBothMarkets() {
        let ids = Set(Fixtures.book.rules.map(\.id))
        for id in [
            "disease-claim", "symptom-claim", "biomarker-claim", "disease-testimonial",
            "drug-class-claim", "drug-comparison", "disease-reference", "absolute-safety",
            "absolute-efficacy", "unproven-establishment-claim",
            "anticoagulant-interaction-disclosure",
            "unsupported-by-evidence", "no-evidence-in-kb", "us-dshea-disclaimer",
            "unauthorised-health-claim", "eu-non-authorised-health-claim",
            "eu-health-claim-wording", "eu-risk-reduction-claim", "eu-authorised-health-claim",
            "eu-conditions-of-use",
            "eu-doctor-recommendation", "eu-weight-loss-rate",
        ] {
            #expect(ids.contains(id), "missing rule \(id)")
        }
        #expect(Fixtures.book.rules(for: .us).allSatisfy { $0.market != .eu })
        #expect(Fixtures.book.rules(for: .eu).allSatisfy { $0.market != .us })
        #expect(Fixtures.book.rules.allSatisfy { !$0.legalBasis.isEmpty })
    }

    @Test func unknownClassIsRejected() {
        let yaml = Self.pack("x").replacingOccurrences(of: "@absolute-efficacy", with: "@cures")
        #expect(
            throws: CheckError.invalidRulePack(
                path: "p.yaml", line: 2, column: 5,
                message:
                    "rule 'x': unknown class '@cures' in pattern '@cures' (expected a class of lexicon.yaml or of a pack's 'classes')"
            )
        ) {
            try RuleBook(lexicon: Self.lexicon, packs: [("p.yaml", yaml)])
        }
    }

    @Test func duplicateAndMalformedIdsAreRejected() {
        #expect(
            throws: CheckError.invalidRulePack(
                path: "b.yaml", line: 2, column: 5,
                message: "duplicate rule id 'x' (also in a.yaml)"
            )
        ) {
            try RuleBook(
                lexicon: Self.lexicon,
                packs: [("a.yaml", Self.pack("x")), ("b.yaml", Self.pack("x"))])
        }
        #expect(
            throws: CheckError.invalidRulePack(
                path: "a.yaml", line: 2, column: 5,
                message: "rule id 'Bad_Id' is not kebab-case (expected a-z, 0-9, '-')"
            )
        ) {
            try RuleBook(lexicon: Self.lexicon, packs: [("a.yaml", Self.pack("Bad_Id"))])
        }
    }

    @Test func errorDescriptionsFollowTheHouseStyle() {
        #expect(
            CheckError.unreadableInput(path: "copy.txt", reason: "no such file or folder")
                .description
                == "copy.txt: error: cannot read input (no such file or folder)")
    }

    /// A bad pack is reported at the line and column of the problem, in the house style.
    @Test(arguments: [
        (
            "rules:\n  - id: x\n    market: us\n    whne: [a]\n",
            "p.yaml:4:5: error: rule 'x': unknown key 'whne' (expected one of: "
                + Rule.keyNames.joined(separator: ", ") + ")"
        ),
        (
            "rules:\n  - id: x\n    market: mars\n    severity: error\n    category: overclaim\n"
                + "    message: m\n    legal-basis: b\n",
            "p.yaml:3:13: error: rule 'x': invalid value 'mars' for 'market'"
        ),
        (
            "rules:\n  - id: x\n    market: us\n",
            "p.yaml:2:5: error: rule 'x': missing key 'severity'"
        ),
        ("rules: [\n", "p.yaml:2:1: error: invalid YAML: did not find expected node content"),
        (
            "rulez: []\n",
            "p.yaml:1:1: error: unknown key 'rulez' (expected one of: classes, example-claims, rules)"
        ),
        ("rules: 3\n", "p.yaml:1:8: error: 'rules' must be a list of rules"),
    ])
    func badPacksArePinpointed(_ yaml: String, _ message: String) {
        do {
            _ = try RuleBook(lexicon: Self.lexicon, packs: [("p.yaml", yaml)])
            Issue.record("accepted a bad pack")
        } catch {
            #expect("\(error)" == message)
        }
    }

    /// A rule's windows have a range: a huge one would overflow the arithmetic on positions
    /// (`within: 9223372036854775807` crashed `check`), a negative one means nothing.
    @Test func windowsOutOfRangeArePinpointed() {
        let head: String =
            "rules:\n  - id: x\n    market: us\n    severity: error\n    category: overclaim\n"
            + "    message: m\n    legal-basis: b\n"
        let cases: [(String, String)] = [
            (
                "within: 9223372036854775807",
                "p.yaml:8:13: error: rule 'x': invalid value '9223372036854775807' for 'within' "
                    + "(expected 0 to 50)"
            ),
            (
                "subject-window: -1",
                "p.yaml:8:21: error: rule 'x': invalid value '-1' for 'subject-window' "
                    + "(expected 0 to 20)"
            ),
            (
                "before-window: 51",
                "p.yaml:8:20: error: rule 'x': invalid value '51' for 'before-window' "
                    + "(expected 0 to 50)"
            ),
        ]
        for (line, message) in cases {
            do {
                _ = try RuleBook(
                    lexicon: Self.lexicon, packs: [("p.yaml", head + "    " + line + "\n")])
                Issue.record("accepted \(line)")
            } catch {
                #expect("\(error)" == message)
            }
        }
    }

    /// Two rules reading one span: `generic` first, then `narrow` (`refines: [generic]` when
    /// `refining`), as a pack.
    static func overlapping(refining: Bool, category: String = "overclaim") -> String {
        """
        rules:
          - id: generic
            market: all
            severity: error
            category: overclaim
            message: "generic"
            legal-basis: "b"
            when: [miracle]
          - id: narrow
            market: all
            severity: error
            category: \(category)
            message: "narrow"
            legal-basis: "b"
            when: [miracle cure]
        """ + (refining ? "\n    refines: [generic]\n" : "\n")
    }

    /// Where two rules read overlapping words, the earlier rule's finding is kept, unless the
    /// later one `refines` it: then the narrower reading is the finding.
    @Test func aRefiningRuleReplacesTheReadingItNarrows() throws {
        func rules(_ yaml: String, _ text: String) throws -> [String] {
            let book = try RuleBook(lexicon: Self.lexicon, packs: [("p.yaml", yaml)])
            return Checker(book: book).check(SourceText(path: "-", text: text, format: .plain))
                .findings.map(\.rule)
        }
        let text = "A miracle cure for tired feet."
        #expect(try rules(Self.overlapping(refining: false), text) == ["generic"])
        #expect(try rules(Self.overlapping(refining: true), text) == ["narrow"])
        // Only where the narrow reading is: elsewhere the generic finding stands.
        #expect(
            try rules(Self.overlapping(refining: true), "A miracle. A miracle cure.") == [
                "generic", "narrow",
            ])
    }

    /// A refinement names another rule of the same category, and none forms a cycle.
    @Test func badRefinementsArePinpointed() {
        let cases: [(String, String)] = [
            (
                Self.overlapping(refining: true).replacingOccurrences(
                    of: "refines: [generic]", with: "refines: [generik]"),
                "p.yaml:9:5: error: rule 'narrow' refines 'generik', which is no rule of the "
                    + "packs read"
            ),
            (
                Self.overlapping(refining: true).replacingOccurrences(
                    of: "refines: [generic]", with: "refines: [narrow]"),
                "p.yaml:9:5: error: rule 'narrow' refines 'narrow', which is itself"
            ),
            (
                Self.overlapping(refining: true, category: "absolute-safety"),
                "p.yaml:9:5: error: rule 'narrow' refines 'generic' of category 'overclaim' "
                    + "(expected its own category, 'absolute-safety': only findings of one "
                    + "category replace each other)"
            ),
            (
                Self.overlapping(refining: true).replacingOccurrences(
                    of: "when: [miracle]\n", with: "when: [miracle]\n    refines: [narrow]\n"),
                "p.yaml:2:5: error: rules refine each other in a cycle: generic -> narrow -> generic"
            ),
        ]
        for (yaml, message) in cases {
            do {
                _ = try RuleBook(lexicon: Self.lexicon, packs: [("p.yaml", yaml)])
                Issue.record("accepted \(yaml)")
            } catch {
                #expect("\(error)" == message)
            }
        }
    }

    /// A pack may bring its own word classes; it may not redefine the lexicon's.
    @Test func packsBringTheirOwnClasses() throws {
        guard let directory = RuleBook.bundledDirectory else { return }
        let pack = """
            classes:
              house-banned: [superfood, "@absolute-efficacy"]
            rules:
              - id: house-banned-word
                market: all
                severity: warning
                category: overclaim
                message: "house style: '{match}'"
                legal-basis: "house style guide"
                when: ["@house-banned"]
                examples: {fail: ["A superfood."], pass: ["A food."]}
            """
        let book = try RuleBook(
            directory: directory,
            extra: [
                RulePackSource(
                    path: "Claims/rules/house.yaml", yaml: pack, origin: "knowledge base")
            ])
        let rule = try #require(book.rules.first { $0.id == "house-banned-word" })
        #expect(rule.origin == "Claims/rules/house.yaml")
        #expect(rule.summary.origin == "Claims/rules/house.yaml")
        let results = book.testExamples(only: ["Claims/rules/house.yaml"])
        #expect(results.count == 2 && results.allSatisfy(\.passed))
        let findings = Checker(book: book).check(
            SourceText(path: "-", text: "Try this superfood at breakfast.", format: .plain)
        ).findings.filter { $0.rule == "house-banned-word" }
        #expect(findings.map(\.text) == ["superfood"])
        let clash = pack.replacingOccurrences(of: "house-banned:", with: "disease:")
        #expect(
            throws: CheckError.invalidRulePack(
                path: "x.yaml",
                message: "class '@disease' is already defined (by lexicon.yaml or the data files); "
                    + "give the pack's class another name")
        ) {
            try RuleBook(
                directory: directory,
                extra: [RulePackSource(path: "x.yaml", yaml: clash, origin: "--rules")])
        }
    }

    /// The library's self-test agrees with the parameterised example test.
    @Test func everyBuiltInExampleBehaves() throws {
        let results = Fixtures.book.testExamples()
        #expect(
            results.count
                == Fixtures.book.rules.reduce(0) {
                    $0 + $1.examples.fail.count + $1.examples.pass.count
                })
        #expect(results.filter { !$0.passed }.map { "\($0.rule): \($0.text)" } == [])
    }

    /// YAML 1.1 readers (PyYAML, the scripts of `.ci/` or a user's tooling) read a bare `on`,
    /// `off`, `yes` or `no` as a boolean: every such word in the bundled data files' lists is
    /// quoted, so every reader sees the word.
    @Test func dataFilesQuoteWordsYAMLReadsAsBooleans() throws {
        let directory = try #require(RuleBook.bundledDirectory)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".yaml") }
        #expect(names.contains("lexicon.yaml"))
        let booleans = try NSRegularExpression(
            pattern: #"(^|[\[,]|^\s*-)\s*(y|yes|n|no|on|off|true|false)\s*(?=[,\]]|$)"#,
            options: [.caseInsensitive, .anchorsMatchLines])
        var bare: [String] = []
        for name in names.sorted() {
            let text = try String(
                contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
                .enumerated()
            where !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
                let line = String(line)
                let range = NSRange(line.startIndex..., in: line)
                if booleans.firstMatch(in: line, range: range) != nil {
                    bare.append("\(name):\(number + 1)")
                }
            }
        }
        #expect(bare.isEmpty, "bare YAML 1.1 booleans at \(bare)")
    }
}
