import EvidentModel
import EvidentPubMed
import Foundation

/// Reads a knowledge-base folder: `Claims/<document>/_document.yaml` and claim files, and the
/// references in `Sources-Refs/` (PubMed XML through `PubMedReader`, CSL-JSON).
///
/// Problems in single files become diagnostics (every one of them, not the first); only a
/// folder that is not a knowledge base at all throws `KnowledgeBaseError`.
public struct KnowledgeBaseLoader: Sendable {
    /// The claims folder's name.
    public static let claimsFolder = "Claims"
    /// The references folder's name.
    public static let referencesFolder = "Sources-Refs"
    /// A document folder's source document file.
    public static let documentFile = "_document.yaml"

    /// The largest claim file read, in bytes (one holds a few kilobytes): a larger file is
    /// reported, not parsed, so that a stray huge file costs no more than a stat.
    public static let maximumClaimFileBytes = 1 << 20
    /// The largest document file read (it holds the article's whole text; a book has ~1 MB).
    public static let maximumDocumentFileBytes = 4 << 20
    /// The largest CSL-JSON file read (a library export of several thousand items).
    public static let maximumCSLFileBytes = 16 << 20

    /// Creates a loader.
    public init() {}

    /// Loads the knowledge base under `root`; paths in diagnostics are relative to `root`.
    public func load(root: URL) throws -> KnowledgeBaseLoad {
        let files = try KnowledgeBaseFiles(root: root)
        var diagnostics: [Diagnostic] = []
        var documents: [String: DocumentRecord] = [:]
        var claims: [ClaimRecord] = []

        for path in files.documents {
            guard
                let text = read(
                    path, root: root, limit: Self.maximumDocumentFileBytes, what: "document file",
                    &diagnostics)
            else { continue }
            let (record, problems) = DocumentFileReader.read(text, path: path)
            diagnostics += problems
            guard let record else { continue }
            let folder = path.split(separator: "/").dropLast().last.map(String.init)
            if folder != record.document.id {
                diagnostics.append(
                    Diagnostic(
                        location: SourceLocation(path: path), severity: .error,
                        message: "document id '\(record.document.id)' does not match its folder "
                            + "'\(folder ?? "")'", id: "unknown-document"))
                continue
            }
            documents[record.document.id] = record
        }
        for path in files.claims {
            guard
                let text = read(
                    path, root: root, limit: Self.maximumClaimFileBytes, what: "claim file",
                    &diagnostics)
            else { continue }
            let (record, problems) = ClaimFileReader.read(text, path: path)
            diagnostics += problems
            if let record { claims.append(record) }
        }

        var references = ReferenceTable()
        for path in files.references {
            let url = root.appendingPathComponent(path)
            if path.hasSuffix(".json") {
                if let size = Self.size(url), size > Self.maximumCSLFileBytes {
                    diagnostics.append(
                        unreadable(
                            path, Self.tooLarge(size, Self.maximumCSLFileBytes, "CSL-JSON file")))
                    continue
                }
                guard let data = try? Data(contentsOf: url) else {
                    diagnostics.append(unreadable(path, "cannot read the file"))
                    continue
                }
                let (items, problems) = CSLReader.read(data, path: path)
                diagnostics += problems
                for item in items { references.add(item, &diagnostics) }
            } else {
                do {
                    let summary = try PubMedReader().read(path: url.path) { record in
                        switch record {
                        case .article(let reference), .book(let reference):
                            references.add(pubmed(reference, path: path), &diagnostics)
                        case .delete(let pmid, let version):
                            references.delete(pmid, version: version)
                        }
                    }
                    diagnostics += Self.dtdProblems(
                        path: path, url: url, xmlBytes: summary.xmlBytes)
                } catch let error as PubMedError {
                    diagnostics.append(
                        Diagnostic(
                            location: SourceLocation(
                                path: path, line: error.line, column: error.column),
                            severity: .error, message: "unreadable PubMed XML: \(error.message)",
                            id: "reference-file-unreadable"))
                } catch {
                    diagnostics.append(unreadable(path, "unreadable PubMed XML: \(error)"))
                }
            }
        }

        let knowledgeBase = KnowledgeBase(
            documents: documents.mapValues(\.document),
            claims: claims.map(\.claim).sorted { $0.id < $1.id },
            references: references.byKey,
            fingerprint: try KnowledgeBaseFingerprint.compute(root: root, paths: files.all))
        return KnowledgeBaseLoad(
            knowledgeBase: knowledgeBase, diagnostics: diagnostics, claimRecords: claims,
            documentRecords: documents)
    }

    private func read(
        _ path: String, root: URL, limit: Int, what: String, _ diagnostics: inout [Diagnostic]
    ) -> String? {
        let url = root.appendingPathComponent(path)
        if let size = Self.size(url), size > limit {
            diagnostics.append(
                Diagnostic(
                    location: SourceLocation(path: path), severity: .error,
                    message: Self.tooLarge(size, limit, what), id: "yaml-syntax"))
            return nil
        }
        guard let data = try? Data(contentsOf: url) else {
            diagnostics.append(unreadable(path, "cannot read the file"))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(
                Diagnostic(
                    location: SourceLocation(path: path), severity: .error,
                    message: "invalid YAML: the file is not UTF-8 text", id: "yaml-syntax"))
            return nil
        }
        return text
    }

    /// The size of a file in bytes, `nil` when it cannot be read (reading then says why).
    static func size(_ url: URL) -> Int? {
        var info = stat()
        return stat(url.path, &info) == 0 ? Int(info.st_size) : nil
    }

    /// `file too large for a claim file (52428800 bytes; expected at most 1048576)`.
    static func tooLarge(_ size: Int, _ limit: Int, _ what: String) -> String {
        "file too large for a \(what) (\(size) bytes; expected at most \(limit))"
    }

    /// The PubMed DTD check of a file the reader read without error: a `pubmed-dtd-invalid`
    /// warning naming what the file lacks (a partial reconstruction, or a damaged export), or
    /// saying why it could not be checked.
    static func dtdProblems(path: String, url: URL, xmlBytes: Int) -> [Diagnostic] {
        func warning(_ line: Int?, _ message: String) -> [Diagnostic] {
            [
                Diagnostic(
                    location: SourceLocation(path: path, line: line), severity: .warning,
                    message: message, id: "pubmed-dtd-invalid")
            ]
        }
        guard xmlBytes <= PubMedDTD.maximumBytes else {
            return warning(
                nil,
                "not checked against the PubMed DTD (\(PubMedDTD.name)): \(xmlBytes) bytes of "
                    + "XML, more than the \(PubMedDTD.maximumBytes) the check reads into memory")
        }
        do {
            guard let report = try PubMedDTD.validate(path: url.path) else { return [] }
            return warning(
                report.line,
                "not valid against the PubMed DTD (\(PubMedDTD.name)): \(report.summary); "
                    + "other PubMed tools will reject it")
        } catch let error as PubMedError {
            return warning(
                error.line,
                "not checked against the PubMed DTD (\(PubMedDTD.name)): \(error.message)")
        } catch {
            return warning(nil, "not checked against the PubMed DTD (\(PubMedDTD.name)): \(error)")
        }
    }

    private func unreadable(_ path: String, _ message: String) -> Diagnostic {
        Diagnostic(
            location: SourceLocation(path: path), severity: .error, message: message,
            id: "reference-file-unreadable")
    }

    /// A PubMed record keyed by its PMID, located in its file.
    private func pubmed(_ reference: Reference, path: String) -> Reference {
        var reference = reference
        if let pmid = reference.pmid { reference.key = ReferenceKey(pmid: pmid) }
        reference.location = SourceLocation(
            path: path, line: reference.location?.line, column: reference.location?.column)
        return reference
    }
}
