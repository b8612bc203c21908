import GRDB

/// The index schema, as GRDB migrations named by intent.
///
/// Tables (singular names, as GRDB recommends): `reference` (one row per imported PMID or per
/// knowledge-base reference) with its `author`, `publicationType`, `mesh`, `meshQualifier` and
/// `commentsCorrection` rows; `referenceKey` (every key a knowledge-base reference is reachable
/// by) and `referenceRecord` (its full record, binary); `document`, `claim`, `citation`, `review`; `meta`; `searchBlock` and `searchImpact` (score bounds, see ``IndexSearchBlocks``); and `referenceFTS`, an FTS5 table over
/// the title, abstract and MeSH terms of `reference` (external content), kept in sync by the
/// index's writer.
public enum IndexSchema {
    /// The tables a dump or count covers.
    public static let tables = [
        "reference", "author", "publicationType", "mesh", "meshQualifier", "commentsCorrection",
        "referenceKey", "referenceRecord", "document", "claim", "citation", "review", "meta",
        "importedFile",
    ]

    /// The SQLite application id of an index file (`PRAGMA application_id`, 'EVID'): what
    /// tells an Evident index from another application's database.
    public static let applicationID = 0x4556_4944

    /// The migrations, in order.
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("createMeta") { db in
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
        }
        migrator.registerMigration("createReferences") { db in
            try db.create(table: "reference") { t in
                t.autoIncrementedPrimaryKey("id")
                // `import` (PubMed files given to `evident import`) or `kb` (Sources-Refs/).
                t.column("source", .text).notNull()
                t.column("key", .text).notNull()
                t.column("origin", .text).notNull()
                t.column("pmid", .integer)
                t.column("version", .integer).notNull()
                t.column("title", .text)
                t.column("abstract", .text)
                t.column("meshTerms", .text)
                t.column("journal", .text)
                t.column("year", .integer)
                t.column("doi", .text)
                t.column("pmc", .text)
                t.column("design", .text).notNull()
                t.column("humans", .boolean).notNull()
                t.column("animals", .boolean).notNull()
                t.column("retracted", .boolean).notNull()
                t.column("concern", .boolean).notNull()
                t.column("erratum", .boolean).notNull()
                t.column("firstAuthor", .text)
                // Content fingerprint of the record (re-imports of identical records are no-ops).
                t.column("fingerprint", .integer).notNull()
                // The full record as JSON (knowledge-base references only: lossless reload).
                t.column("data", .blob)
                t.uniqueKey(["source", "key"])
            }
            try db.create(table: "author", options: [.withoutRowID]) { t in
                // Indexed by the primary key, whose first column it is.
                t.belongsTo("reference", onDelete: .cascade, indexed: false).notNull()
                t.column("position", .integer).notNull()
                t.column("last", .text)
                t.column("fore", .text)
                t.column("initials", .text)
                t.column("suffix", .text)
                t.column("collective", .text)
                t.column("orcid", .text)
                t.primaryKey(["referenceId", "position"])
            }
            try db.create(table: "publicationType", options: [.withoutRowID]) { t in
                // Indexed by the primary key, whose first column it is.
                t.belongsTo("reference", onDelete: .cascade, indexed: false).notNull()
                t.column("position", .integer).notNull()
                t.column("ui", .text)
                t.column("name", .text).notNull()
                t.primaryKey(["referenceId", "position"])
            }
            try db.create(table: "mesh", options: [.withoutRowID]) { t in
                // Indexed by the primary key, whose first column it is.
                t.belongsTo("reference", onDelete: .cascade, indexed: false).notNull()
                t.column("position", .integer).notNull()
                t.column("descriptor", .text).notNull()
                t.column("ui", .text)
                t.column("major", .boolean).notNull()
                t.primaryKey(["referenceId", "position"])
            }
            try db.create(table: "meshQualifier", options: [.withoutRowID]) { t in
                t.belongsTo("reference", onDelete: .cascade, indexed: false).notNull()
                t.column("meshPosition", .integer).notNull()
                t.column("position", .integer).notNull()
                t.column("name", .text).notNull()
                t.column("ui", .text)
                t.column("major", .boolean).notNull()
                t.primaryKey(["referenceId", "meshPosition", "position"])
            }
            try db.create(table: "commentsCorrection", options: [.withoutRowID]) { t in
                // Indexed by the primary key, whose first column it is.
                t.belongsTo("reference", onDelete: .cascade, indexed: false).notNull()
                t.column("position", .integer).notNull()
                t.column("type", .text).notNull()
                t.column("pmid", .integer)
                t.primaryKey(["referenceId", "position"])
            }
            try db.create(table: "referenceKey", options: [.withoutRowID]) { t in
                t.primaryKey("key", .text)
                t.belongsTo("reference", onDelete: .cascade).notNull()
            }
        }
        migrator.registerMigration("createClaims") { db in
            try db.create(table: "document") { t in
                t.primaryKey("id", .text)
                t.column("title", .text).notNull()
                t.column("data", .blob).notNull()
            }
            try db.create(table: "claim") { t in
                t.primaryKey("id", .text)
                t.column("document", .text).notNull()
                t.column("statement", .text).notNull()
                t.column("category", .text).notNull()
                t.column("outcome", .text)
                t.column("searchText", .text).notNull()
                t.column("data", .blob).notNull()
            }
            try db.create(table: "citation", options: [.withoutRowID]) { t in
                t.belongsTo("claim", onDelete: .cascade, indexed: false).notNull()
                t.column("position", .integer).notNull()
                t.column("referenceKey", .text).notNull()
                t.column("stance", .text).notNull()
                t.column("note", .text)
                t.primaryKey(["claimId", "position"])
            }
            try db.create(
                index: "citation_on_referenceKey", on: "citation", columns: ["referenceKey"])
            try db.create(table: "review") { t in
                t.primaryKey("claimId", .text).references("claim", onDelete: .cascade)
                t.column("reviewer", .text).notNull()
                t.column("date", .text).notNull()
                t.column("decision", .text).notNull()
                t.column("reason", .text).notNull()
            }
        }
        migrator.registerMigration("addFullTextSearch") { db in
            // External content (the text lives once, in `reference`). Kept in sync by
            // IndexRowWriter, not by triggers: a trigger makes FTS5 flush a segment per row
            // (statement savepoints), 2–3× slower on large imports.
            try db.create(virtualTable: "referenceFTS", using: FTS5()) { t in
                t.content = "reference"
                t.contentRowID = "id"
                t.tokenizer = .porter(wrapping: .unicode61())
                t.column("title")
                t.column("abstract")
                t.column("meshTerms")
            }
        }
        migrator.registerMigration("moveReferenceRecordsToTheirOwnTable") { db in
            // The full record of a knowledge-base reference, apart from the wide `reference`
            // rows: loading the knowledge base reads this narrow table instead of walking
            // every reference row's text. (`reference.data` is no longer written.)
            try db.create(table: "referenceRecord") { t in
                t.primaryKey("referenceId", .integer)
                    .references("reference", onDelete: .cascade)
                t.column("data", .blob).notNull()
            }
        }
        migrator.registerMigration("enlargeFullTextPendingBuffer") { db in
            // FTS5 collects new terms in memory and writes them out as a segment when the
            // buffer is full (1 MB by default), merging segments as they pile up. An 8 MB buffer
            // writes an eighth as many segments: a large import spends ~25% less time in FTS5,
            // for at most 8 MB more memory while it runs. (Stored in `referenceFTS_config`.)
            try db.execute(
                sql: """
                    INSERT INTO referenceFTS (referenceFTS, rank) VALUES ('hashsize', 8388608)
                    """)
        }
        migrator.registerMigration("keepReviewHistory") { db in
            // A claim keeps every signed review (the last one is in force), and a review is
            // approve, reject or override (with a verdict), fingerprinted. The table is derived
            // from the claim files, which are re-stored when the knowledge-base format changes.
            try db.drop(table: "review")
            try db.create(table: "review", options: [.withoutRowID]) { t in
                t.belongsTo("claim", onDelete: .cascade, indexed: false).notNull()
                t.column("position", .integer).notNull()
                t.column("reviewer", .text).notNull()
                t.column("date", .text).notNull()
                t.column("decision", .text).notNull()
                t.column("verdict", .text)
                t.column("reason", .text).notNull()
                t.column("fingerprint", .text)
                t.primaryKey(["claimId", "position"])
            }
        }
        migrator.registerMigration("markAsEvidentIndex") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        }
        migrator.registerMigration("recordImportedFiles") { db in
            // One row per PubMed file imported (`evident import`), written in the file's own
            // transaction: a file recorded here is in the index whole, so an interrupted import
            // resumes by skipping the files recorded with the same name, size and checksum.
            try db.create(table: "importedFile") { t in
                t.primaryKey("name", .text)
                t.column("size", .integer).notNull()
                t.column("checksum", .text).notNull()
                t.column("records", .integer).notNull()
                t.column("importedAt", .text).notNull()
            }
        }
        migrator.registerMigration("mergeFullTextSegmentsSixteenAtATime") { db in
            // FTS5 writes new terms as small segments and merges them in levels, `automerge`
            // segments at a time (4 by default): each term is rewritten once per level, and
            // the levels grow with the index, so each imported file cost more than the one
            // before (34 files of 30,000 records, one after another: bytes written per file
            // 1.98× from the first two to the last two, CPU 1.18×). Sixteen at a time halves
            // the levels (log16 instead of log4 of the segments), for at most 15 segments per
            // level to read in a search. A level is merged all at once only at 64 segments
            // (`crisismerge`), so merging stays spread over the files.
            try db.execute(
                sql: """
                    INSERT INTO referenceFTS (referenceFTS, rank) VALUES ('automerge', 16);
                    INSERT INTO referenceFTS (referenceFTS, rank) VALUES ('crisismerge', 64)
                    """)
        }
        migrator.registerMigration("boundSearchScoresByBlock") { db in
            // Score bounds by block of 4,096 rows (IndexSearchBlocks): a search for a word in
            // most references reads only the blocks that can hold its best hits. An existing
            // index is summarized here, once (about 0.14 s of CPU per block: 35 s for 1,020,000 records).
            try IndexSearchBlocks.create(db)
        }
        return migrator
    }
}
