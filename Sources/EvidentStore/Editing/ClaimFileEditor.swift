import Crypto
import EvidentModel
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Edits claim files in place — the code behind `evident cite` and `evident review`, and
/// behind the web app's forms: it changes only the part of the file it is asked to change
/// (comments, key order and formatting of the rest stay byte for byte), re-reads the result
/// and checks it says exactly what was intended before writing it, and writes through a
/// temporary file renamed over the original, so a failed edit leaves the file as it was.
///
/// Every edit can take the version (``version(of:)``) the caller last saw: when the file
/// changed meanwhile the edit is refused with ``KnowledgeBaseEditError/conflict(path:expected:found:)``.
public struct ClaimFileEditor: Sendable {
    /// The knowledge-base root (holding `Claims/`).
    public let root: URL

    /// Creates an editor for the knowledge base under `root`.
    public init(root: URL) {
        self.root = root
    }

    /// The version of a file: SHA-256 (hex) of its bytes.
    public static func version(of data: Data) -> String {
        SHA256.hex(data)
    }

    /// The result of an edit.
    public struct Edit: Sendable {
        /// The file, relative to the root.
        public var path: String
        /// Its version before the edit.
        public var previousVersion: String
        /// Its version after the edit.
        public var version: String
        /// The claim as the edited file reads.
        public var claim: Claim
        /// True when an existing entry was replaced (a citation of the same reference).
        public var replaced: Bool
        /// The references whose existing citation a `cite` replaced.
        public var changed: [ReferenceKey] = []
    }

    /// Adds a citation to the claim in `path`, or replaces its citation of the same reference
    /// (stance, note). `path` is relative to the root.
    public func cite(
        _ citation: Citation, path: String, expectedVersion: String? = nil
    ) throws -> Edit {
        try cite([citation], path: path, expectedVersion: expectedVersion)
    }

    /// Adds several citations to the claim in `path` in one write, each replacing the claim's
    /// citation of the same reference when there is one (``Edit/changed`` lists those). Each
    /// reference may appear once.
    public func cite(
        _ citations: [Citation], path: String, expectedVersion: String? = nil
    ) throws -> Edit {
        var keys = Set<ReferenceKey>()
        for citation in citations where !keys.insert(citation.reference).inserted {
            throw KnowledgeBaseEditError.invalidValue(
                "reference '\(citation.reference)' is given twice (cite each reference once)")
        }
        var changed: [ReferenceKey] = []
        var edit = try apply(path: path, expectedVersion: expectedVersion) { editor, claim in
            var expected = claim
            var appended: [Citation] = []
            var replaced: [(index: Int, citation: Citation)] = []
            for citation in citations {
                if let index = claim.citations.firstIndex(where: {
                    $0.reference == citation.reference
                }) {
                    expected.citations[index] = citation
                    replaced.append((index, citation))
                } else {
                    expected.citations.append(citation)
                    appended.append(citation)
                }
            }
            changed = replaced.map(\.citation.reference)
            if editor.isBlockSequence("citations") {
                for item in replaced {
                    editor.replaceItem(item.index, of: "citations") {
                        ClaimYAML.citation(item.citation, indent: $0)
                    }
                }
                if !appended.isEmpty {
                    editor.appendItem(to: "citations") { indent in
                        appended.map { ClaimYAML.citation($0, indent: indent) }.joined()
                    }
                }
            } else if editor.entry("citations") != nil {
                editor.replaceValue(
                    of: "citations", with: "\n" + block(expected.citations, ClaimYAML.citation))
            } else {
                let before = ["reviews", "review"].first { editor.entry($0) != nil }
                editor.insert(ClaimYAML.citations(expected.citations), before: before)
            }
            return expected
        }
        edit.changed = changed
        edit.replaced = !changed.isEmpty
        return edit
    }

    /// What ``change(_:path:expectedVersion:)`` changes in a claim; `nil` leaves a key as it is.
    public struct Change: Sendable, Hashable {
        /// `true`: mark the claim a draft (`status: draft`); `false`: the editor checked it
        /// (the `status` key goes).
        public var draft: Bool?
        /// A new statement.
        public var statement: String?
        /// A new category.
        public var category: ClaimCategory?

        /// Creates a change.
        public init(draft: Bool? = nil, statement: String? = nil, category: ClaimCategory? = nil) {
            self.draft = draft
            self.statement = statement
            self.category = category
        }

        /// Whether it changes nothing.
        public var isEmpty: Bool { draft == nil && statement == nil && category == nil }
    }

    /// Changes the claim's status, statement or category in place (`evident edit`).
    public func change(
        _ change: Change, path: String, expectedVersion: String? = nil
    ) throws -> Edit {
        try apply(path: path, expectedVersion: expectedVersion) { editor, claim in
            var expected = claim
            if let statement = change.statement {
                expected.statement = statement
                let entry = YAMLScalarWriter.entry("statement", statement, indent: 0)
                editor.replaceValue(
                    of: "statement", with: String(entry.dropFirst("statement:".count)))
            }
            if let category = change.category {
                expected.category = category
                editor.replaceValue(of: "category", with: " \(category.rawValue)\n")
            }
            if let draft = change.draft {
                expected.status = draft ? .draft : nil
                if draft {
                    if editor.entry("status") != nil {
                        editor.replaceValue(of: "status", with: " \(ClaimStatus.draft.rawValue)\n")
                    } else {
                        editor.insert("status: \(ClaimStatus.draft.rawValue)\n", before: "quote")
                    }
                } else {
                    editor.replaceEntry("status", with: "")
                }
            }
            return expected
        }
    }

    /// The result of ``declareNonClaim(path:documentPath:reason:expectedVersion:)``.
    public struct NonClaimEdit: Sendable {
        /// The claim file, now deleted.
        public var path: String
        /// The document file whose `non-claims` holds the text now.
        public var documentPath: String
        /// The span: the claim's quote.
        public var text: String
        /// Why it makes no claim.
        public var reason: String
        /// False when the document declared the span a non-claim already.
        public var added: Bool
    }

    /// Turns the claim in `path` into a non-claim of its document (`documentPath`): its quote
    /// is appended to the document's `non-claims` with `reason`, then the claim file is
    /// deleted. Refused when the claim has citations or reviews (they would be lost). When
    /// the claim file cannot be deleted, the document is put back as it was.
    public func declareNonClaim(
        path: String, documentPath: String, reason: String, expectedVersion: String? = nil
    ) throws -> NonClaimEdit {
        let reason = reason.trimmingWhitespace()
        guard !reason.isEmpty, !reason.contains(where: \.isNewline) else {
            throw KnowledgeBaseEditError.invalidValue(
                "the non-claim's reason is empty or not one line (expected a word such as "
                    + "heading, question, aside)")
        }
        let file = try EditedFile.read(path, root: root, expectedVersion: expectedVersion)
        let (record, problems) = ClaimFileReader.read(file.text, path: path)
        if let problem = problems.first(where: { $0.severity == .error }) {
            throw KnowledgeBaseEditError.notEditable(
                path: path, reason: "it has errors (first: \(problem))")
        }
        guard let claim = record?.claim else {
            throw KnowledgeBaseEditError.notEditable(path: path, reason: "it holds no claim")
        }
        if !claim.citations.isEmpty || !claim.reviews.isEmpty {
            throw KnowledgeBaseEditError.invalidValue(
                "claim '\(claim.id)' has \(Self.count(claim.citations.count, "citation")) and "
                    + "\(Self.count(claim.reviews.count, "review")); a non-claim keeps neither "
                    + "(remove them from the claim file first)")
        }
        let document = try EditedFile.read(documentPath, root: root)
        guard let current = DocumentFileReader.read(document.text, path: documentPath).0 else {
            throw KnowledgeBaseEditError.notEditable(
                path: documentPath, reason: "it holds no document")
        }
        guard current.document.text.contains(claim.quote) else {
            throw KnowledgeBaseEditError.invalidValue(
                "the quote of claim '\(claim.id)' is not in the text of document "
                    + "'\(current.document.id)' (correct the quote first)")
        }
        let known = current.nonClaims.contains { $0.text == claim.quote }
        if !known {
            try DocumentFileEditor(root: root).update(
                path: documentPath, adding: [(claim.quote, reason)],
                expectedVersion: document.version)
        }
        // The claim file goes last, and only when it is still the one read.
        var failure: KnowledgeBaseEditError?
        do {
            _ = try EditedFile.read(path, root: root, expectedVersion: file.version)
        } catch let error as KnowledgeBaseEditError {
            failure = error
        }
        if failure == nil, unlink(root.appendingPathComponent(path).path) != 0 {
            let reason = String(cString: strerror(errno)).lowercased()
            failure = .io(path: path, reason: "cannot delete the file (\(reason))")
        }
        if let failure {
            if !known {
                try FileReplacement.write(
                    document.data, to: root.appendingPathComponent(documentPath),
                    path: documentPath, mode: .replace)
            }
            throw failure
        }
        return NonClaimEdit(
            path: path, documentPath: documentPath, text: claim.quote, reason: reason,
            added: !known)
    }

    private static func count(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 ? "" : "s")"
    }

    /// Appends a review to the claim in `path`. A `review:` block in the format before
    /// `reviews:` becomes the first item of the new `reviews:` list.
    public func review(
        _ review: Review, path: String, expectedVersion: String? = nil
    ) throws -> Edit {
        try apply(path: path, expectedVersion: expectedVersion) { editor, claim in
            var expected = claim
            expected.reviews.append(review)
            if editor.entry("review") != nil {
                if editor.entry("reviews") != nil {
                    throw KnowledgeBaseEditError.notEditable(
                        path: path, reason: "it has both 'review' and 'reviews'; keep one")
                }
                editor.replaceEntry(
                    "review", with: "reviews:\n" + block(expected.reviews, ClaimYAML.review))
            } else if editor.isBlockSequence("reviews") {
                editor.appendItem(to: "reviews") { ClaimYAML.review(review, indent: $0) }
            } else if editor.entry("reviews") != nil {
                editor.replaceValue(
                    of: "reviews", with: "\n" + block(expected.reviews, ClaimYAML.review))
            } else {
                editor.insert(
                    "reviews:\n" + block(expected.reviews, ClaimYAML.review), before: nil)
            }
            return expected
        }
    }

    /// Rewrites the claim's computed `position` (the article's text moved under its quote).
    public func position(
        _ position: QuotePosition, path: String, expectedVersion: String? = nil
    ) throws -> Edit {
        try apply(path: path, expectedVersion: expectedVersion) { editor, claim in
            var expected = claim
            expected.position = position
            if editor.entry("position") != nil {
                editor.replaceEntry("position", with: ClaimYAML.position(position))
            } else {
                editor.insert(ClaimYAML.position(position), before: "statement")
            }
            return expected
        }
    }

    private func block<T>(_ items: [T], _ render: (T, Int) -> String) -> String {
        items.map { render($0, 2) }.joined()
    }

    /// Reads the file, checks its version, lets `change` edit the text and say what the claim
    /// must read as afterwards, checks that it does, and writes it whole or not at all.
    private func apply(
        path: String, expectedVersion: String?,
        change: (inout YAMLTextEditor, Claim) throws -> Claim
    ) throws -> Edit {
        let url = root.appendingPathComponent(path)
        let file = try EditedFile.read(path, root: root, expectedVersion: expectedVersion)
        let (version, text) = (file.version, file.text)
        let (record, problems) = ClaimFileReader.read(text, path: path)
        if let problem = problems.first(where: { $0.severity == .error }) {
            throw KnowledgeBaseEditError.notEditable(
                path: path, reason: "it has errors (first: \(problem))")
        }
        guard let record else {
            throw KnowledgeBaseEditError.notEditable(path: path, reason: "it holds no claim")
        }
        var editor = try YAMLTextEditor(text, path: path)
        let expected = try change(&editor, record.claim)
        // The result must read back as exactly the intended claim, or nothing is written.
        let edited = editor.result()
        let (after, afterProblems) = ClaimFileReader.read(edited, path: path)
        if let problem = afterProblems.first(where: { $0.severity == .error }) {
            throw KnowledgeBaseEditError.wouldBreak(path: path, problem: problem.message)
        }
        guard let after, Self.unlocated(after.claim) == Self.unlocated(expected) else {
            throw KnowledgeBaseEditError.wouldBreak(
                path: path, problem: "the claim read back differs from the edit")
        }
        let output = Data(edited.utf8)
        try FileReplacement.write(output, to: url, path: path, mode: .replace)
        return Edit(
            path: path, previousVersion: version, version: Self.version(of: output),
            claim: after.claim, replaced: false)
    }

    /// The claim without source locations (they move when text is added).
    static func unlocated(_ claim: Claim) -> Claim {
        var claim = claim
        claim.location = nil
        claim.citations = claim.citations.map {
            var citation = $0
            citation.location = nil
            return citation
        }
        claim.reviews = claim.reviews.map {
            var review = $0
            review.location = nil
            return review
        }
        return claim
    }
}
