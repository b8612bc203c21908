import EvidentModel
import Foundation
import GRDB
import GRDBSQLite

/// The knowledge-base part of the index: documents, claims, citations, reviews and the
/// references of `Sources-Refs/` (`source = 'kb'`), stored losslessly (claims and documents as
/// JSON, references in ``IndexReferenceCodec``'s binary form) so that a knowledge base loaded
/// from the index equals the one loaded from the files.
public struct IndexKnowledgeBase: Sendable {
    /// The index.
    public let index: IndexDatabase

    /// The `source` column value of knowledge-base references.
    public static let source = "kb"

    /// The storage format of the knowledge-base rows; an index written in another format is
    /// stale (rebuilt from the files).
    static let format = "6"

    /// `meta` keys.
    enum Meta {
        static let root = "kb.root"
        static let stat = "kb.stat"
        static let content = "kb.content"
        static let fingerprint = "kb.fingerprint"
        static let diagnostics = "kb.diagnostics"
        static let format = "kb.format"
    }

    private let classify: IndexDesignClassifier.Classify

    /// Creates the view over `index`; reference designs come from `classify`, the grader's
    /// classification (without one, only declared designs: ``IndexDesignClassifier/declared``).
    public init(index: IndexDatabase, classify: IndexDesignClassifier.Classify? = nil) {
        self.index = index
        self.classify = classify ?? IndexDesignClassifier.declared
    }

    /// Whether the stored knowledge base was built from files with this signature. Checks the
    /// stat signature first; when only that differs, hashes the contents and, if they match,
    /// records the new stat signature so the next check is fast.
    public func isFresh(for signature: IndexFileSignature) throws -> Bool {
        let stored = try index.queue.read { db in
            try Dictionary(
                uniqueKeysWithValues: Row.fetchAll(
                    db, sql: "SELECT key, value FROM meta WHERE key LIKE 'kb.%'"
                ).map { row -> (String, String) in (row[0], row[1]) })
        }
        guard stored[Meta.root] == signature.root, stored[Meta.format] == Self.format,
            let content = stored[Meta.content]
        else {
            return false
        }
        if stored[Meta.stat] == signature.statKey { return true }
        guard signature.contentKey() == content else { return false }
        try index.queue.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                arguments: [Meta.stat, signature.statKey])
        }
        return true
    }

    /// Replaces the stored knowledge base with `kb` in one transaction, with the signature of
    /// the files it was loaded from and the loader's diagnostics about them.
    public func store(
        _ kb: KnowledgeBase, signature: IndexFileSignature, diagnostics: [Diagnostic] = []
    ) throws {
        try index.requireWritable()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // One row per distinct reference; every dictionary key becomes a `referenceKey` row.
        var groups: [Reference: [ReferenceKey]] = [:]
        for (key, reference) in kb.references { groups[reference, default: []].append(key) }
        let ordered = groups.map { (reference: $0.key, keys: $0.value.sorted()) }
            .sorted { $0.keys[0] < $1.keys[0] }
        let statKey = signature.statKey
        let contentKey = signature.contentKey()
        let diagnosticsJSON = String(decoding: try encoder.encode(diagnostics), as: UTF8.self)
        try index.queue.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                try db.execute(
                    sql: """
                        INSERT INTO referenceFTS (referenceFTS, rowid, title, abstract, meshTerms)
                        SELECT 'delete', id, title, abstract, meshTerms FROM reference
                        WHERE source = ?
                        """, arguments: [Self.source])
                try db.execute(
                    sql: "DELETE FROM reference WHERE source = ?",
                    arguments: [Self.source])
                try db.execute(sql: "DELETE FROM claim")
                try db.execute(sql: "DELETE FROM document")
                let writer = try IndexRowWriter(db)
                defer { writer.finalize() }
                var usedKeys: Set<String> = []
                for (reference, keys) in ordered {
                    var row = reference
                    if usedKeys.contains(row.key.description) { row.key = keys[0] }
                    usedKeys.insert(row.key.description)
                    let data = IndexReferenceCodec.encode(reference)
                    let id = try writer.insert(
                        IndexPreparedReference(row, classify: classify), source: Self.source,
                        data: data)
                    for key in keys {
                        try db.cachedStatement(
                            sql: "INSERT INTO referenceKey (key, referenceId) VALUES (?, ?)"
                        ).execute(arguments: [key.description, id])
                    }
                }
                for document in kb.documents.values.sorted(by: { $0.id < $1.id }) {
                    try db.execute(
                        sql: "INSERT INTO document (id, title, data) VALUES (?, ?, ?)",
                        arguments: [document.id, document.title, encoder.encode(document)])
                }
                for claim in kb.claims {
                    try insert(claim, db, encoder)
                }
                for (key, value) in [
                    (Meta.root, signature.root), (Meta.stat, statKey),
                    (Meta.content, contentKey), (Meta.fingerprint, kb.fingerprint),
                    (Meta.diagnostics, diagnosticsJSON), (Meta.format, Self.format),
                ] {
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                        arguments: [key, value])
                }
                try IndexSearchBlocks.summarizeCompletedBlocks(db)
                return .commit
            }
        }
    }

    private func insert(_ claim: Claim, _ db: Database, _ encoder: JSONEncoder) throws {
        let searchText =
            ([claim.statement] + claim.keywords + claim.subjects
            + [claim.outcome?.name ?? ""]).joined(separator: " ")
        try db.cachedStatement(
            sql: """
                INSERT INTO claim (id, document, statement, category, outcome, searchText, data)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                claim.id.rawValue, claim.document, claim.statement, claim.category.rawValue,
                claim.outcome?.name, searchText, Data(IndexKnowledgeBaseClaimCodec.encode(claim)),
            ])
        for (position, citation) in claim.citations.enumerated() {
            try db.cachedStatement(
                sql: """
                    INSERT INTO citation (claimId, position, referenceKey, stance, note)
                    VALUES (?, ?, ?, ?, ?)
                    """
            ).execute(
                arguments: [
                    claim.id.rawValue, position, citation.reference.description,
                    citation.stance.rawValue, citation.note,
                ])
        }
        for (position, review) in claim.reviews.enumerated() {
            try db.cachedStatement(
                sql: """
                    INSERT INTO review (
                        claimId, position, reviewer, date, decision, verdict, reason, fingerprint)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(
                arguments: [
                    claim.id.rawValue, position, review.reviewer, review.date,
                    review.decision.rawValue, review.verdict?.rawValue, review.reason,
                    review.fingerprint,
                ])
        }
    }

    /// Whether a knowledge base was ever stored.
    public func hasKnowledgeBase() throws -> Bool {
        try index.meta(Meta.content) != nil
    }

    /// The stored knowledge base, or `nil` when none was stored. With `citedReferencesOnly`,
    /// its references are only those some claim cites, under the keys claims cite them by —
    /// all that grading looks up, at a fraction of the cost on a large knowledge base. With
    /// `abstracts`, a reference's abstract is read only when `abstracts` holds for the
    /// reference read without it (grading reads few abstracts); the others have none. Without
    /// `documents`, the source documents (their whole texts) are not read: grading and
    /// `evident check` use none.
    public func load(
        citedReferencesOnly: Bool = false, abstracts: ((Reference) -> Bool)? = nil,
        documents: Bool = true
    ) throws -> KnowledgeBase? {
        guard try hasKnowledgeBase() else { return nil }
        let decoder = JSONDecoder()
        return try index.queue.read { db -> KnowledgeBase in
            var kb = KnowledgeBase()
            kb.fingerprint =
                try String.fetchOne(
                    db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [Meta.fingerprint]
                ) ?? ""
            let stored =
                documents ? try Data.fetchAll(db, sql: "SELECT data FROM document ORDER BY id") : []
            for data in stored {
                let document = try decoder.decode(SourceDocument.self, from: data)
                kb.documents[document.id] = document
            }
            kb.claims.reserveCapacity(
                try Int.fetchOne(db, sql: "SELECT count(*) FROM claim") ?? 0)
            // Rows read straight from SQLite's buffers (no row or `Data` per claim).
            let claims = try IndexStatement(db, "SELECT data FROM claim ORDER BY rowid")
            defer { claims.finalize() }
            try claims.forEachRow(bind: []) { row in
                kb.claims.append(try IndexKnowledgeBaseClaimCodec.decode(Self.blob(row, 0)))
            }
            if citedReferencesOnly {
                // Each cited record is read once: a small page cache for this read (the
                // connection's 32 MiB would fill with pages read once, each a fresh page of
                // memory), the connection's own afterwards (left small only if this throws:
                // slower, never wrong).
                try db.execute(sql: "PRAGMA cache_size = \(Self.singlePassCacheSize)")
                try loadCitedReferences(db, into: &kb, abstracts: abstracts)
                try db.execute(sql: "PRAGMA cache_size = \(IndexDatabase.cacheSize)")
            } else {
                try loadAllReferences(db, into: &kb, abstracts: abstracts)
            }
            return kb
        }
    }

    /// The page cache (`PRAGMA cache_size`, KiB when negative) while the cited references
    /// are read.
    static let singlePassCacheSize = -2048

    /// The references claims cite, under the keys they cite them by, in one pass over the
    /// cited keys and their records: a record cited under several keys is decoded once.
    private func loadCitedReferences(
        _ db: Database, into kb: inout KnowledgeBase, abstracts: ((Reference) -> Bool)?
    ) throws {
        // Citations drive the join (CROSS JOIN keeps them the outer loop): 30,000 probes of
        // the key index instead of a scan of every key; each cited record is then found by
        // its row id.
        let rows = try IndexStatement(
            db,
            """
            SELECT k.key, k.referenceId, r.data FROM (
                SELECT DISTINCT k.key, k.referenceId FROM citation c
                CROSS JOIN referenceKey k ON k.key = c.referenceKey
            ) k CROSS JOIN referenceRecord r ON r.referenceId = k.referenceId
            """)
        defer { rows.finalize() }
        kb.references.reserveCapacity(kb.claims.reduce(0) { $0 + $1.citations.count })
        // The key each record was first stored under (records cited under another key too
        // are copied from there).
        var firstKey: [Int64: ReferenceKey] = [:]
        try rows.forEachRow(bind: []) { row in
            let id = sqlite3_column_int64(row, 1)
            let text = String(decoding: Self.blob(row, 0), as: UTF8.self)
            if let stored = firstKey[id] {
                guard let key = ReferenceKey(text) else { return }
                kb.references[key] = kb.references[stored]
                return
            }
            let reference = try IndexReferenceCodec.decode(Self.blob(row, 2), abstract: abstracts)
            // Most keys are the reference's own key: no need to parse them again.
            let key = text == reference.key.description ? reference.key : ReferenceKey(text)
            guard let key else { return }
            firstKey[id] = key
            kb.references[key] = reference
        }
    }

    /// The bytes of column `column` of the current row (empty for NULL), valid until the
    /// statement steps again.
    private static func blob(_ row: OpaquePointer, _ column: Int32) -> UnsafeRawBufferPointer {
        // The pointer first, then its length (SQLite's documented order).
        guard let base = sqlite3_column_blob(row, column) else {
            return UnsafeRawBufferPointer(start: nil, count: 0)
        }
        return UnsafeRawBufferPointer(start: base, count: Int(sqlite3_column_bytes(row, column)))
    }

    /// Every reference of the knowledge base, under each of its keys.
    private func loadAllReferences(
        _ db: Database, into kb: inout KnowledgeBase, abstracts: ((Reference) -> Bool)?
    ) throws {
        // Counting records would read the whole record table; keys have a small index.
        let keyCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM referenceKey") ?? 0
        var byRow: [Int64: Reference] = [:]
        byRow.reserveCapacity(keyCount)
        kb.references.reserveCapacity(keyCount)
        let rows = try Row.fetchCursor(db, sql: "SELECT referenceId, data FROM referenceRecord")
        while let row = try rows.next() {
            let reference = try row.withUnsafeData(atIndex: 1) { data in
                try (data ?? Data()).withUnsafeBytes {
                    try IndexReferenceCodec.decode($0, abstract: abstracts)
                }
            }
            byRow[row[0]] = reference
        }
        let keys = try Row.fetchCursor(db, sql: "SELECT key, referenceId FROM referenceKey")
        while let row = try keys.next() {
            guard let reference = byRow[row[1]] else { continue }
            let text: String = row[0]
            // Most keys are the reference's own key: no need to parse them again.
            let key = text == reference.key.description ? reference.key : ReferenceKey(text)
            guard let key else { continue }
            kb.references[key] = reference
        }
    }

    /// The loader's diagnostics stored with the knowledge base (empty when none were stored).
    public func diagnostics() throws -> [Diagnostic] {
        guard let text = try index.meta(Meta.diagnostics) else { return [] }
        return try JSONDecoder().decode([Diagnostic].self, from: Data(text.utf8))
    }

    /// One stored claim by id.
    public func claim(_ id: String) throws -> Claim? {
        try index.queue.read { db in
            try Data.fetchOne(db, sql: "SELECT data FROM claim WHERE id = ?", arguments: [id])
        }.map { data in try data.withUnsafeBytes { try IndexKnowledgeBaseClaimCodec.decode($0) } }
    }
}
