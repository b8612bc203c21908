import EvidentModel
import Foundation

/// `evident new`: registers a source document and drafts one claim per checkable statement.
///
/// Re-running it on the same article adds only what is new — statements no claim quotes and no
/// `non-claims` span declares, and the rest of a statement an editor split (three words or
/// more that no claim quotes) — and never rewrites a claim file: the only change it makes to
/// an existing claim is its computed `position`, when it no longer matches the quote.
/// The document file is edited in place (its text, new non-claims), comments kept. Every file
/// is read back before it is written, through a temporary file renamed over it.
public struct ArticleDrafter: Sendable {
    /// The knowledge-base root (holding `Claims/`).
    public let root: URL

    /// Creates a drafter for the knowledge base under `root`.
    public init(root: URL) {
        self.root = root
    }

    /// The document to register.
    public struct Request: Sendable {
        /// The document id (kebab-case; the folder under `Claims/`).
        public var id: String
        /// Its title (default: the article's first line, when that is a title).
        public var title: String?
        /// Where it came from.
        public var origin: String
        /// When it was retrieved, `YYYY-MM-DD`.
        public var retrieved: String
        /// The article's text as read.
        public var text: String

        /// Creates a request.
        public init(id: String, title: String?, origin: String, retrieved: String, text: String) {
            self.id = id
            self.title = title
            self.origin = origin
            self.retrieved = retrieved
            self.text = text
        }
    }

    /// Drafts the article. `propose` gives each checkable statement's category, outcome and
    /// subjects; `idStopwords` are left out of the claim ids made from statements.
    public func draft(
        _ request: Request, idStopwords: Set<String>, propose: (String) -> ClaimProposal
    ) throws -> DraftReport {
        guard let id = ClaimID(request.id) else {
            throw KnowledgeBaseEditError.invalidValue(
                "invalid document id '\(request.id)' (expected kebab-case: a-z, 0-9 and single hyphens)"
            )
        }
        let text = Self.normalised(request.text)
        guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else {
            throw KnowledgeBaseEditError.invalidValue("the article has no text")
        }
        let folder = "\(KnowledgeBaseLoader.claimsFolder)/\(id)"
        let documentPath = "\(folder)/\(KnowledgeBaseLoader.documentFile)"
        do {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        } catch {
            throw KnowledgeBaseEditError.io(path: folder, reason: "cannot create the folder")
        }
        let load = try KnowledgeBaseLoader().load(root: root)
        let existing = load.documentRecords[id.rawValue]
        if existing == nil,
            FileManager.default.fileExists(atPath: root.appendingPathComponent(documentPath).path)
        {
            throw KnowledgeBaseEditError.notEditable(
                path: documentPath, reason: "it cannot be read (run evident validate)")
        }
        let structure = ArticleStructure(text)
        let searchable = SearchableText(text)
        let ownClaims = load.claimRecords.filter { $0.claim.document == id.rawValue }

        // What is covered already: quotes of this document's claims, declared non-claims.
        var covered: [Range<Int>] = []
        var lost: [String] = []
        for record in ownClaims {
            let length = record.claim.quote.unicodeScalars.count
            let starts = searchable.occurrences(of: record.claim.quote)
            if starts.isEmpty { lost.append(record.claim.id.rawValue) }
            covered += starts.map { $0..<$0 + length }
        }
        var nonClaims = existing?.nonClaims.map { (text: $0.text, reason: $0.reason) } ?? []
        for span in nonClaims {
            let length = span.text.unicodeScalars.count
            covered += searchable.occurrences(of: span.text).map { $0..<$0 + length }
        }
        let coverage = CoveredRanges(covered)

        var newNonClaims: [(text: String, reason: String)] = []
        var toDraft: [Range<Int>] = []
        var kept = 0
        for statement in structure.statements {
            if coverage.overlaps(statement.range) {
                kept += 1
                // What an editor left out when splitting the statement into claims.
                for fragment in KnowledgeBaseChecks.uncoveredFragments(
                    of: statement.range, covered: coverage, in: structure.scalars)
                where KnowledgeBaseChecks.wordCount(fragment.text)
                    >= KnowledgeBaseChecks.minimumUncoveredWords
                {
                    toDraft.append(
                        fragment.start..<fragment.start + fragment.text.unicodeScalars.count)
                }
            } else if let reason = statement.nonClaimReason {
                let spanText = structure.text(statement.range)
                if !newNonClaims.contains(where: { $0.text == spanText }) {
                    newNonClaims.append((spanText, reason))
                }
            } else {
                toDraft.append(statement.range)
            }
        }
        nonClaims += newNonClaims

        // The document as it will read, for sections and positions.
        let title =
            request.title ?? existing?.document.title
            ?? nonClaims.first { $0.reason == "title" }?.text ?? request.id
        let document = SourceDocument(
            id: id.rawValue, title: title, origin: existing?.document.origin ?? request.origin,
            retrieved: existing?.document.retrieved ?? request.retrieved, text: text,
            location: SourceLocation(path: documentPath))
        let record = DocumentRecord(
            document: document,
            nonClaims: nonClaims.map {
                NonClaimSpan(
                    text: $0.text, reason: $0.reason, location: SourceLocation(path: documentPath))
            }, textBlock: nil)
        func position(_ range: Range<Int>) -> QuotePosition {
            QuotePosition(
                section: KnowledgeBaseChecks.section(at: range.lowerBound, in: record),
                line: searchable.line(of: range.lowerBound), start: range.lowerBound,
                end: range.upperBound)
        }

        // Draft claims, with ids unique in the knowledge base and the folder.
        var taken = Set(load.claimRecords.map(\.claim.id.rawValue))
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(
                atPath: root.appendingPathComponent(folder).path)
        } catch {
            throw KnowledgeBaseEditError.io(path: folder, reason: "cannot list the folder")
        }
        taken.formUnion(files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) })
        var drafts: [(path: String, claim: Claim)] = []
        for range in toDraft {
            let quote = structure.text(range)
            let statement = Self.statement(from: quote)
            let proposal = propose(statement)
            let claimID = Self.uniqueID(Self.id(from: statement, stopwords: idStopwords), &taken)
            let claim = Claim(
                id: claimID, document: id.rawValue, quote: quote, position: position(range),
                statement: statement, category: proposal.category, subjects: proposal.subjects,
                outcome: proposal.outcome, status: .draft)
            drafts.append(("\(folder)/\(claimID).yaml", claim))
        }

        // Write: the document first, then positions that moved, then the drafts.
        var change = DraftReport.DocumentChange.unchanged
        let textChanged = existing.map { $0.document.text != text } ?? false
        if existing == nil {
            let yaml = DocumentYAML.file(document, nonClaims: nonClaims)
            try writeDocument(yaml, path: documentPath, expected: document, nonClaims: nonClaims)
            change = .created
        } else if textChanged || !newNonClaims.isEmpty {
            try DocumentFileEditor(root: root).update(
                path: documentPath, adding: newNonClaims, text: textChanged ? text : nil)
            change = .updated
        }
        // Positions are computed: any that no longer matches its quote is rewritten (the
        // article's text moved, or an editor shortened a quote to split a statement).
        var moved: [String] = []
        do {
            let editor = ClaimFileEditor(root: root)
            for claimRecord in ownClaims {
                guard let old = claimRecord.claim.position,
                    let path = claimRecord.claim.location?.path
                else { continue }
                let length = claimRecord.claim.quote.unicodeScalars.count
                let starts = searchable.occurrences(of: claimRecord.claim.quote)
                guard let start = starts.contains(old.start) ? old.start : starts.first else {
                    continue
                }
                let now = position(start..<start + length)
                guard now != old else { continue }
                _ = try editor.position(now, path: path)
                moved.append(path)
            }
        }
        for draft in drafts {
            try writeClaim(draft.claim, path: draft.path)
        }
        return DraftReport(
            documentPath: documentPath, document: change, textChanged: textChanged,
            nonClaims: newNonClaims, drafts: drafts, kept: kept, moved: moved, lost: lost)
    }

    // MARK: Text

    /// The text with a byte-order mark dropped and line breaks normalised to `\n`.
    static func normalised(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousCR = false
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index == 0, scalar == "\u{FEFF}" { continue }
            if scalar == "\r" {
                scalars.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n", previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// A proposed statement: the quote without Markdown markup and without a one-letter
    /// answer label (`A:`), white space collapsed, a capital first letter and a full stop.
    static func statement(from quote: String) -> String {
        var text = ""
        var scalars = Array(quote.unicodeScalars)
        // Links: [text](target) → text.
        var index = 0
        var cleaned: [Unicode.Scalar] = []
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "]", index + 1 < scalars.count, scalars[index + 1] == "(",
                let close = scalars[(index + 1)...].firstIndex(of: ")")
            {
                index = close + 1
                continue
            }
            if ["[", "*", "`"].contains(scalar) || (scalar == "_" && isEmphasis(scalars, index)) {
                index += 1
                continue
            }
            cleaned.append(scalar)
            index += 1
        }
        scalars = cleaned
        var lastSpace = true
        for scalar in scalars {
            if scalar.properties.isWhitespace {
                if !lastSpace { text.unicodeScalars.append(" ") }
                lastSpace = true
            } else {
                text.unicodeScalars.append(scalar)
                lastSpace = false
            }
        }
        text = text.trimmingCharacters(in: .whitespaces)
        // A one-letter label of a question-and-answer layout ("A: Short-term use…").
        let head = Array(text.unicodeScalars.prefix(3))
        if head.count == 3, ("A"..."Z").contains(head[0]), head[1] == ":", head[2] == " " {
            text = String(text.unicodeScalars.dropFirst(3))
        }
        while let last = text.last, [":", ";", ",", "!"].contains(last) { text.removeLast() }
        if let first = text.first, first.isLowercase {
            text = first.uppercased() + text.dropFirst()
        }
        if let last = text.last, ![".", "?", "\u{201D}", "\"", ")"].contains(last) {
            text += "."
        }
        return text
    }

    private static func isEmphasis(_ s: [Unicode.Scalar], _ index: Int) -> Bool {
        let before = index > 0 ? s[index - 1] : " "
        let after = index + 1 < s.count ? s[index + 1] : " "
        return !before.properties.isAlphabetic || !after.properties.isAlphabetic
    }

    /// A kebab-case id from the statement's first content words.
    static func id(from statement: String, stopwords: Set<String>) -> String {
        let folded = statement.folding(
            options: [.diacriticInsensitive, .caseInsensitive], locale: nil
        )
        .lowercased()
        var words: [String] = []
        var word = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        var chosen: [String] = []
        for word in words where !stopwords.contains(word) {
            guard chosen.joined(separator: "-").count + word.count < 60 else { break }
            chosen.append(word)
            if chosen.count == 6 { break }
        }
        return chosen.isEmpty ? "claim" : chosen.joined(separator: "-")
    }

    private static func uniqueID(_ base: String, _ taken: inout Set<String>) -> ClaimID {
        var candidate = base
        var number = 2
        while true {
            if !taken.contains(candidate), let id = ClaimID(candidate) {
                taken.insert(candidate)
                return id
            }
            candidate = "\(base)-\(number)"
            number += 1
        }
    }

    // MARK: Files

    private func writeDocument(
        _ yaml: String, path: String, expected: SourceDocument,
        nonClaims: [(text: String, reason: String)]
    ) throws {
        try check(yaml, path: path, expected: expected, nonClaims: nonClaims)
        try write(yaml, path: path, mode: .create)
    }

    /// Reads `yaml` back and checks it holds `expected` (text, id, title) and `nonClaims`.
    private func check(
        _ yaml: String, path: String, expected: SourceDocument,
        nonClaims: [(text: String, reason: String)]
    ) throws {
        let (record, problems) = DocumentFileReader.read(yaml, path: path)
        if let problem = problems.first(where: { $0.severity == .error }) {
            throw KnowledgeBaseEditError.wouldBreak(path: path, problem: problem.message)
        }
        guard let record, record.document.text == expected.text,
            record.document.id == expected.id,
            record.document.title == expected.title,
            record.nonClaims.map(\.text) == nonClaims.map(\.text),
            record.nonClaims.map(\.reason) == nonClaims.map(\.reason)
        else {
            throw KnowledgeBaseEditError.wouldBreak(
                path: path, problem: "the document read back differs from the article")
        }
    }

    private func writeClaim(_ claim: Claim, path: String) throws {
        let yaml = ClaimYAML.file(claim)
        let (record, problems) = ClaimFileReader.read(yaml, path: path)
        if let problem = problems.first(where: { $0.severity == .error }) {
            throw KnowledgeBaseEditError.wouldBreak(path: path, problem: problem.message)
        }
        guard let record,
            ClaimFileEditor.unlocated(record.claim) == ClaimFileEditor.unlocated(claim)
        else {
            throw KnowledgeBaseEditError.wouldBreak(
                path: path, problem: "the claim read back differs from the draft")
        }
        try write(yaml, path: path, mode: .create)
    }

    private func write(_ text: String, path: String, mode: FileReplacement.Mode = .replace)
        throws
    {
        try FileReplacement.write(
            Data(text.utf8), to: root.appendingPathComponent(path), path: path, mode: mode)
    }
}
