import EvidentKit
import Foundation
import Testing

/// `evident new` run as a real process on articles it has never seen (`Articles/`: Markdown and
/// plain text, headings, lists, Q&A, abbreviations, decimals, quotes, parentheses, soft-wrapped
/// paragraphs): verbatim quotes covering every statement, a clean `validate`, and re-runs that
/// add only what is new and keep hand edits.
@Suite("evident new")
struct NewCommandTests {
    static let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Articles")

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-new-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func evident(_ arguments: [String], in root: URL) throws -> EvidentBinary.Run {
        try EvidentBinary.run(
            arguments, environment: ["SOURCE_DATE_EPOCH": "1795000000"], in: root)
    }

    func claims(_ root: URL, _ id: String) throws -> [Claim] {
        let load = try KnowledgeBaseLoader().load(root: root)
        return load.knowledgeBase.claims.filter { $0.document == id }
            .sorted { ($0.position?.start ?? 0) < ($1.position?.start ?? 0) }
    }

    @Test(arguments: [
        "vitamin-d.md", "magnesium.txt", "probiotics.md", "turmeric.txt", "zinc.md", "iron.md",
        "melatonin.txt",
    ])
    func anUnseenArticleIsCoveredByVerbatimQuotesAndValidates(_ name: String) throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let id = String(name.prefix { $0 != "." })
        let run = try evident(
            ["new", "--id", id, Self.articles.appendingPathComponent(name).path], in: root)
        #expect(run.stderr == "")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Claims/\(id)/_document.yaml: registered the document\n"))
        // Every statement covered, every quote verbatim at its position: no error, no warning.
        let validate = try evident(["validate", "--fail-on", "warning"], in: root)
        #expect(validate.status == 0, "\(validate.stdout)")
        let drafts = try claims(root, id)
        #expect(!drafts.isEmpty)
        #expect(drafts.allSatisfy { $0.status == .draft && $0.citations.isEmpty })
        let summary = validate.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(
            summary.hasPrefix(
                "\(drafts.count) claims, 1 document, 0 references: 0 errors, 0 warnings, "
                    + "\(drafts.count) drafts"))
    }

    @Test func everyStatementOfAPlainTextArticleIsOneDraftAndHeadingsAreNonClaims() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try evident(
            [
                "new", "--id", "magnesium",
                Self.articles.appendingPathComponent("magnesium.txt").path,
            ],
            in: root)
        #expect(run.status == 0)
        #expect(
            try claims(root, "magnesium").map(\.quote) == [
                "Magnesium is a mineral that takes part in more than 300 enzyme reactions in the body.",
                "About 60% of it is stored in the bones.",
                "Several small trials (approx. 150 people in total) found that magnesium improved sleep quality in older adults.",
                "Magnesium glycinate vs. magnesium oxide: the glycinate form is absorbed better.",
                "People with type 2 diabetes lose more magnesium in their urine.",
                "Heavy drinking lowers magnesium levels.",
                "Older adults absorb less magnesium from food.",
                "Magnesium supplements can cause diarrhoea at doses above 350 mg a day.",
                "In 2010 the European Union authorised the claim that magnesium contributes to the reduction of tiredness and fatigue.",
            ])
        let load = try KnowledgeBaseLoader().load(root: root)
        let document = try #require(load.documentRecords["magnesium"])
        #expect(
            document.nonClaims.map { "\($0.reason): \($0.text)" } == [
                "title: Magnesium and Sleep", "question: Q: Does magnesium help you sleep?",
                "question: Q: Who is at risk of deficiency?", "heading: Diabetes.",
                "heading: Alcohol.", "heading: Age.", "heading: Some points for attention:",
            ])
        #expect(document.document.title == "Magnesium and Sleep")
        #expect(document.document.retrieved == "2026-11-18")
        let claims = try claims(root, "magnesium")
        let regulatory = try #require(claims.last)
        #expect(regulatory.category == .regulatory)
        #expect(regulatory.id.rawValue == "2010-european-union-authorised-claim-magnesium")
        #expect(regulatory.position?.section == "Some points for attention:")
        let diabetes = try #require(claims.first { $0.quote.hasPrefix("People with type 2") })
        #expect(diabetes.position?.section == "Diabetes.")
        #expect(diabetes.statement == diabetes.quote)
    }

    @Test func aBylineIsAnAsideAndADateInItEndsNoSentence() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try evident(
            ["new", "--id", "zinc", Self.articles.appendingPathComponent("zinc.md").path], in: root)
        #expect(run.status == 0)
        #expect(
            run.stdout.contains("\n  non-claim (aside): *By Dr. A. Smith, updated Jan. 2025*\n"))
        let drafts = try claims(root, "zinc")
        #expect(drafts.count == 15)
        #expect(drafts.first?.quote.hasPrefix("Zinc is an essential trace mineral") == true)
        #expect(drafts.first?.position?.section == nil)
    }

    @Test func markdownHeadingsListsAndLinksAreReadAsMarkdown() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try evident(
            [
                "new", "--id", "vitamin-d", "--origin", "https://example.com/vitamin-d",
                Self.articles.appendingPathComponent("vitamin-d.md").path,
            ], in: root)
        #expect(run.status == 0)
        let claims = try claims(root, "vitamin-d")
        #expect(
            claims.map(\.quote).contains(
                "Dr. Jane Smith, a dermatologist, says most people need only 10 to 15 minutes of "
                    + "midday sun (e.g. on the arms and face) a few times a week."))
        #expect(
            claims.map(\.quote).contains(
                "Taking 2.5 mg once a year cuts the risk of falls by half."))
        let bones = try #require(claims.first { $0.quote.contains("strengthens bones") })
        #expect(bones.quote == "It **strengthens bones** and prevents osteoporosis in older women.")
        #expect(bones.statement == "It strengthens bones and prevents osteoporosis in older women.")
        #expect(bones.position?.section == "What it does")
        let link = try #require(claims.first { $0.quote.hasPrefix("According to") })
        #expect(
            link.statement
                == "According to the Endocrine Society, \"vitamin D deficiency is common worldwide.\""
        )
        let load = try KnowledgeBaseLoader().load(root: root)
        let document = try #require(load.documentRecords["vitamin-d"])
        #expect(document.document.origin == "https://example.com/vitamin-d")
        #expect(
            document.nonClaims.map(\.text) == [
                "Vitamin D: What the Sunshine Vitamin Does for You", "How much do you need?",
                "What it does", "Is it safe?",
            ])
        let food = try #require(claims.first { $0.quote.hasPrefix("Oily fish") })
        #expect(food.category == .composition)
    }

    @Test func aSecondRunAddsOnlyWhatIsNewAndKeepsHandEdits() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let original = try String(
            contentsOf: Self.articles.appendingPathComponent("magnesium.txt"), encoding: .utf8)
        let article = root.appendingPathComponent("magnesium.txt")
        try Data(original.utf8).write(to: article)
        #expect(try evident(["new", "--id", "magnesium", "magnesium.txt"], in: root).status == 0)

        // An editor finishes one draft by hand and drops another as a non-claim.
        let folder = root.appendingPathComponent("Claims/magnesium")
        let edited = folder.appendingPathComponent("heavy-drinking-lowers-magnesium-levels.yaml")
        var text = try String(contentsOf: edited, encoding: .utf8)
        text = text.replacingOccurrences(of: "status: draft\n", with: "")
            .replacingOccurrences(
                of: "statement: Heavy drinking lowers magnesium levels.",
                with: "statement: Heavy alcohol use lowers serum magnesium.  # checked")
        try Data(text.utf8).write(to: edited)
        try FileManager.default.removeItem(
            at: folder.appendingPathComponent("60-stored-bones.yaml"))
        let documentURL = folder.appendingPathComponent("_document.yaml")
        let document = try String(contentsOf: documentURL, encoding: .utf8)
            .replacingOccurrences(
                of: "non-claims:\n",
                with: "non-claims:\n  - text: \"About 60% of it is stored in the bones.\"\n"
                    + "    reason: background, not checked  # an editor's choice\n")
        try Data(document.utf8).write(to: documentURL)
        let before = try snapshot(folder)

        let again = try evident(["new", "--id", "magnesium", "magnesium.txt"], in: root)
        #expect(again.status == 0)
        #expect(
            again.stdout
                == "nothing new: every statement is quoted by a claim or declared a non-claim "
                + "(16 statements)\n")
        #expect(try snapshot(folder) == before)

        // New text at the end: one new draft, the document's text replaced, nothing else.
        let longer = original + "\nMagnesium deficiency causes muscle cramps.\n"
        try Data(longer.utf8).write(to: article)
        let added = try evident(["new", "--id", "magnesium", "magnesium.txt"], in: root)
        #expect(added.status == 0)
        #expect(
            added.stdout == """
                Claims/magnesium/_document.yaml: replaced its text
                Claims/magnesium/magnesium-deficiency-causes-muscle-cramps.yaml: draft efficacy claim: Magnesium deficiency causes muscle cramps.
                1 draft claim, 0 non-claims written; 16 statements already covered

                """)
        var after = try snapshot(folder)
        #expect(after.removeValue(forKey: "magnesium-deficiency-causes-muscle-cramps.yaml") != nil)
        #expect(
            after.filter { $0.key != "_document.yaml" }
                == before.filter { $0.key != "_document.yaml" })
        #expect(after["_document.yaml"]?.contains("# an editor's choice") == true)
        #expect(try evident(["validate", "--fail-on", "warning"], in: root).status == 0)

        // New text at the start: every position moves; the hand edit stays, only its position
        // changes.
        try Data(("Magnesium matters.\n\n" + longer).utf8).write(to: article)
        let moved = try evident(["new", "--id", "magnesium", "magnesium.txt"], in: root)
        #expect(moved.status == 0)
        #expect(
            moved.stdout.contains(
                "heavy-drinking-lowers-magnesium-levels.yaml: position updated (its quote moved)"))
        let now = try String(contentsOf: edited, encoding: .utf8)
        #expect(now.contains("statement: Heavy alcohol use lowers serum magnesium.  # checked"))
        #expect(!now.contains("status: draft"))
        #expect(
            Self.withoutPosition(now) == Self.withoutPosition(text))
        #expect(try evident(["validate", "--fail-on", "warning"], in: root).status == 0)
    }

    @Test func anEditorSplitsAStatementByShorteningAQuoteAndRunningNewAgain() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let article = Self.articles.appendingPathComponent("magnesium.txt").path
        #expect(try evident(["new", "--id", "magnesium", article], in: root).status == 0)
        let file = root.appendingPathComponent(
            "Claims/magnesium/several-small-trials-approx-150-people.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let part =
            "Several small trials (approx. 150 people in total) found that magnesium "
            + "improved sleep quality"
        // The quote is a folded block: replace its lines up to `position:`.
        let start = try #require(text.range(of: "quote: "))
        let end = try #require(text.range(of: "position:"))
        #expect(text[start.lowerBound..<end.lowerBound].contains("older adults"))
        let edited = text.replacingCharacters(
            in: start.lowerBound..<end.lowerBound, with: "quote: \(part)\n")
        try Data(edited.utf8).write(to: file)
        let run = try evident(["new", "--id", "magnesium", article], in: root)
        #expect(run.status == 0)
        #expect(
            run.stdout == """
                Claims/magnesium/several-small-trials-approx-150-people.yaml: position updated (its quote moved)
                Claims/magnesium/older-adults.yaml: draft efficacy claim: in older adults
                1 draft claim, 0 non-claims written; 16 statements already covered

                """)
        let split = try claims(root, "magnesium").filter { $0.quote == "in older adults" }
        #expect(split.first?.statement == "In older adults.")
        #expect(try evident(["validate", "--fail-on", "warning"], in: root).status == 0)
    }

    @Test func answersOfAQuestionAndAnswerLayoutAreDraftedWithoutTheirLabel() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let article = Self.articles.appendingPathComponent("melatonin.txt").path
        let run = try evident(["new", "--id", "melatonin", article], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("  non-claim (question): Q: Is melatonin safe?\n"))
        let drafts = try claims(root, "melatonin")
        let answer = try #require(drafts.first { $0.quote.hasPrefix("A: Short-term use") })
        #expect(
            answer.quote == "A: Short-term use (up to 3 months) appears safe in healthy adults.")
        #expect(
            answer.statement == "Short-term use (up to 3 months) appears safe in healthy adults.")
        #expect(answer.id.rawValue == "short-term-use-up-3-months")
        // Abbreviations end no sentence; a closing quote after the stop belongs to it.
        let quotes = drafts.map(\.quote)
        #expect(quotes.contains("Sales in the U.S. rose fivefold between 2016 and 2020."))
        #expect(
            quotes.contains("Prof. Erland, who led the study, called the results \"alarming.\""))
        #expect(quotes.contains("Levels rise in the evening, i.e. about 2 hours before bedtime."))
    }

    /// A bare "Yes." or "No." after a question is its answer, not a claim: a non-claim of the
    /// document; the statements around it are still drafted.
    @Test(arguments: [
        (
            "iron.md", "Yes.",
            "According to Dr. Lee, \"vitamin C roughly doubles the absorption of non-haem iron.\""
        ),
        ("melatonin.txt", "No.", "Melatonin is not a sleeping pill."),
    ])
    func aBareAnswerIsNoClaim(name: String, answer: String, neighbour: String) throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let id = String(name.prefix { $0 != "." })
        let run = try evident(
            ["new", "--id", id, Self.articles.appendingPathComponent(name).path], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("  non-claim (answer): \(answer)\n"))
        let quotes = try claims(root, id).map(\.quote)
        #expect(!quotes.contains(answer))
        #expect(quotes.contains(neighbour))
    }

    @Test func badInputIsRefused() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let missing = try evident(["new", "--id", "x", "no-such-article.txt"], in: root)
        #expect(missing.status == 2)
        #expect(missing.stderr == "no-such-article.txt: error: cannot read the article\n")
        let badID = try evident(["new", "--id", "Bad_ID", "no-such-article.txt"], in: root)
        #expect(badID.status == 64)
        #expect(
            badID.stderr.contains(
                "invalid --id 'Bad_ID' (expected kebab-case: a-z, 0-9 and single hyphens)"))
        try Data([0xFF, 0xFE, 0x00]).write(to: root.appendingPathComponent("binary.txt"))
        let binary = try evident(["new", "--id", "x", "binary.txt"], in: root)
        #expect(binary.status == 2)
        #expect(
            binary.stderr == "binary.txt: error: cannot read the article (expected UTF-8 text)\n")
        #expect(
            !FileManager.default.fileExists(
                atPath: root.appendingPathComponent("Claims/x/_document.yaml").path))
    }

    @Test func aWriteThatFailsLeavesEveryFileAsItWas() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let article = root.appendingPathComponent("magnesium.txt")
        try FileManager.default.copyItem(
            at: Self.articles.appendingPathComponent("magnesium.txt"), to: article)
        #expect(try evident(["new", "--id", "magnesium", "magnesium.txt"], in: root).status == 0)
        let folder = root.appendingPathComponent("Claims/magnesium")
        let before = try snapshot(folder)
        // The article grows; the document file must be rewritten, and the disk is "full".
        let grown =
            try String(contentsOf: article, encoding: .utf8)
            + "\nMagnesium glycinate is gentle on the stomach.\n"
        try Data(grown.utf8).write(to: article)
        let full = try EvidentBinary.run(
            ["new", "--id", "magnesium", "magnesium.txt"], in: root, fileSizeLimit: 1)
        #expect(full.status == 2)
        #expect(
            full.stderr
                == "Claims/magnesium/_document.yaml: error: cannot write the file (file too large)\n"
        )
        // Every file as it was, and no temporary file left behind.
        #expect(try snapshot(folder) == before)
        #expect(try evident(["new", "--id", "magnesium", "magnesium.txt"], in: root).status == 0)
        #expect(try snapshot(folder).count == before.count + 1)
    }

    /// Every file of a folder by name.
    func snapshot(_ folder: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try String(
                contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }

    static func withoutPosition(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("position:") && !$0.hasPrefix("  ") }
            .joined(separator: "\n")
    }
}
