import Crypto
import EvidentModel
import Foundation

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
    }

    /// Adds a citation to the claim in `path`, or replaces its citation of the same reference
    /// (stance, note). `path` is relative to the root.
    public func cite(
        _ citation: Citation, path: String, expectedVersion: String? = nil
    ) throws -> Edit {
        var replaced = false
        let edit = try apply(path: path, expectedVersion: expectedVersion) { editor, claim in
            var expected = claim
            if let index = claim.citations.firstIndex(where: { $0.reference == citation.reference })
            {
                replaced = true
                expected.citations[index] = citation
                if editor.isBlockSequence("citations") {
                    editor.replaceItem(index, of: "citations") {
                        ClaimYAML.citation(citation, indent: $0)
                    }
                } else {
                    editor.replaceValue(
                        of: "citations", with: "\n" + block(expected.citations, ClaimYAML.citation))
                }
                return expected
            }
            expected.citations.append(citation)
            if editor.isBlockSequence("citations") {
                editor.appendItem(to: "citations") { ClaimYAML.citation(citation, indent: $0) }
            } else if editor.entry("citations") != nil {
                editor.replaceValue(
                    of: "citations", with: "\n" + block(expected.citations, ClaimYAML.citation))
            } else {
                let before = ["reviews", "review"].first { editor.entry($0) != nil }
                editor.insert(ClaimYAML.citations(expected.citations), before: before)
            }
            return expected
        }
        var result = edit
        result.replaced = replaced
        return result
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
    /// must read as afterwards, checks that it does, and writes it atomically.
    private func apply(
        path: String, expectedVersion: String?,
        change: (inout YAMLTextEditor, Claim) throws -> Claim
    ) throws -> Edit {
        let url = root.appendingPathComponent(path)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw KnowledgeBaseEditError.io(path: path, reason: "cannot read the file")
        }
        let version = Self.version(of: data)
        if let expectedVersion, expectedVersion != version {
            throw KnowledgeBaseEditError.conflict(
                path: path, expected: expectedVersion, found: version)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw KnowledgeBaseEditError.notEditable(path: path, reason: "it is not UTF-8 text")
        }
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
        do {
            try output.write(to: url, options: .atomic)
        } catch {
            throw KnowledgeBaseEditError.io(path: path, reason: "cannot write the file")
        }
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
