import EvidentStore
import Foundation
import GRDB

/// Loads the knowledge base through the index: from the index when it is fresh (the files under
/// `Claims/` and `Sources-Refs/` have not changed since it was built), else from the files —
/// and then refreshes the index, so the next run is fast. Answers are the same either way:
/// the index stores the knowledge base losslessly.
public struct IndexKnowledgeBaseLoader: Sendable {
    /// Where the knowledge base came from.
    public enum Origin: String, Sendable {
        /// The index was fresh.
        case index
        /// The files were read (no index, or a stale one, now refreshed).
        case files
    }

    /// The knowledge-base root (the folder holding `Claims/` and `Sources-Refs/`).
    public let root: String
    /// The index file.
    public let indexPath: String
    /// Creates the index when there is none (`evident suggest`); report and check only use an
    /// index that exists.
    public let createIndex: Bool

    /// Creates a loader.
    public init(root: String, indexPath: String, createIndex: Bool = false) {
        self.root = root
        self.indexPath = indexPath
        self.createIndex = createIndex
    }

    /// What was loaded, with the loader's diagnostics and where it came from.
    public struct Loaded: Sendable {
        /// The knowledge base.
        public var knowledgeBase: KnowledgeBase
        /// The file loader's diagnostics (stored with the index, so they survive a cached load).
        public var diagnostics: [Diagnostic]
        /// Index or files.
        public var origin: Origin
    }

    /// Brings the index's copy of the knowledge base up to date without loading it: reads the
    /// files (`loadFiles`) and stores them only when they changed. Returns true when it did.
    @discardableResult
    public func refresh(loadFiles: () throws -> (KnowledgeBase, [Diagnostic])) throws -> Bool {
        let index = try IndexDatabase(path: indexPath)
        let store = IndexKnowledgeBase(index: index, classify: try Evident.indexDesign())
        let signature = IndexFileSignature(root: root)
        if try store.isFresh(for: signature) { return false }
        let (kb, diagnostics) = try loadFiles()
        try store.store(kb, signature: signature, diagnostics: diagnostics)
        return true
    }

    /// Loads the knowledge base; `loadFiles` reads it (and its diagnostics) from the files when
    /// needed. With `citedReferencesOnly`, a knowledge base read from the index holds only the
    /// references claims cite (all that grading needs), and with `abstracts` only the abstracts
    /// it holds for, and without `documents` no source document (see
    /// ``IndexKnowledgeBase/load(citedReferencesOnly:abstracts:documents:)``); from the files, a
    /// knowledge base is whole.
    public func load(
        citedReferencesOnly: Bool = false, abstracts: ((Reference) -> Bool)? = nil,
        documents: Bool = true, loadFiles: () throws -> (KnowledgeBase, [Diagnostic])
    ) throws -> Loaded {
        guard createIndex || IndexLocation.exists(indexPath) else {
            let (kb, diagnostics) = try loadFiles()
            return Loaded(knowledgeBase: kb, diagnostics: diagnostics, origin: .files)
        }
        let index = try IndexDatabase(path: indexPath)
        let signature = IndexFileSignature(root: root)
        // Reading a fresh index classifies no reference: the grader's classification (the
        // bundled policy, decoded from its YAML) is made only to store the files.
        let reader = IndexKnowledgeBase(index: index)
        if try reader.isFresh(for: signature),
            let kb = try reader.load(
                citedReferencesOnly: citedReferencesOnly, abstracts: abstracts,
                documents: documents)
        {
            return Loaded(knowledgeBase: kb, diagnostics: try reader.diagnostics(), origin: .index)
        }
        let store = IndexKnowledgeBase(index: index, classify: try Evident.indexDesign())
        let (kb, diagnostics) = try loadFiles()
        try store.store(kb, signature: signature, diagnostics: diagnostics)
        return Loaded(knowledgeBase: kb, diagnostics: diagnostics, origin: .files)
    }
}

extension Evident {
    /// Loads the knowledge base under `root` through the SQLite index when one exists (at
    /// `indexPath`, else `$EVIDENT_INDEX`, else `<root>/.evident/index.sqlite`): from the index
    /// when it is fresh, else from the files, refreshing the index. Without an index this is
    /// ``loadKnowledgeBase(at:)``: answers are identical. When the index exists but cannot be
    /// used, `indexFallback` gets a warning saying why (``indexFallbackMessage(path:error:)``)
    /// and the files are read instead. `citedReferencesOnly` lets the index skip references
    /// no claim cites (for grading: the report is the same, the load much faster on a large
    /// knowledge base), `abstracts` the abstracts it does not hold for (see
    /// ``abstractsGradingReads(policy:)``), and `documents: false` the source documents
    /// (grading reads none).
    public static func loadKnowledgeBase(
        at root: URL, indexPath: String?, citedReferencesOnly: Bool = false,
        abstracts: ((Reference) -> Bool)? = nil, documents: Bool = true,
        indexFallback: (String) -> Void
    ) throws -> (KnowledgeBase, [Diagnostic]) {
        let path = IndexLocation.path(option: indexPath, root: root.path)
        let loader = IndexKnowledgeBaseLoader(root: root.path, indexPath: path)
        do {
            let loaded = try loader.load(
                citedReferencesOnly: citedReferencesOnly, abstracts: abstracts,
                documents: documents
            ) {
                try loadKnowledgeBase(at: root)
            }
            return (loaded.knowledgeBase, loaded.diagnostics)
        } catch let error as IndexError {
            indexFallback(indexFallbackMessage(path: path, error: error))
            return try loadKnowledgeBase(at: root)
        } catch let error as DatabaseError {
            indexFallback(indexFallbackMessage(path: path, error: error))
            return try loadKnowledgeBase(at: root)
        }
    }

    /// `path: warning: cannot use the index (reason); reading the knowledge-base files
    /// instead`.
    public static func indexFallbackMessage(path: String, error: any Error) -> String {
        let reason: String
        switch error {
        case IndexError.unreadable(_, let why): reason = why
        case let error as DatabaseError: reason = error.message ?? "\(error.resultCode)"
        default: reason = "\(error)"
        }
        return "\(path): warning: cannot use the index (\(reason)); reading the knowledge-base "
            + "files instead"
    }
}
