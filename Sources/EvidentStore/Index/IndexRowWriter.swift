import EvidentModel
import Foundation
import GRDB

/// Writes references into the index tables with reused raw prepared statements.
///
/// Created inside one database transaction and ``finalize()``d before it ends.
final class IndexRowWriter {
    private let insertReference: IndexStatement
    private let insertAuthor: IndexStatement
    private let insertPublicationType: IndexStatement
    private let insertMesh: IndexStatement
    private let insertQualifier: IndexStatement
    private let insertLink: IndexStatement
    private let findImported: IndexStatement
    private let deleteReference: IndexStatement
    private let insertText: IndexStatement
    private let deleteText: IndexStatement
    private let deleteChildren: [IndexStatement]
    private let connection: Database

    /// Prepares the statements.
    init(_ db: Database) throws {
        connection = db
        insertReference = try IndexStatement(
            db,
            """
            INSERT INTO reference (source, key, origin, pmid, version, title, abstract, meshTerms,
                journal, year, doi, pmc, design, humans, animals, retracted, concern, erratum,
                firstAuthor, fingerprint, data)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                ?19, ?20, ?21)
            """)
        insertAuthor = try IndexStatement(
            db,
            """
            INSERT INTO author (referenceId, position, last, fore, initials, suffix, collective,
                orcid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            """)
        insertPublicationType = try IndexStatement(
            db,
            """
            INSERT INTO publicationType (referenceId, position, ui, name) VALUES (?1, ?2, ?3, ?4)
            """)
        insertMesh = try IndexStatement(
            db,
            """
            INSERT INTO mesh (referenceId, position, descriptor, ui, major)
            VALUES (?1, ?2, ?3, ?4, ?5)
            """)
        insertQualifier = try IndexStatement(
            db,
            """
            INSERT INTO meshQualifier (referenceId, meshPosition, position, name, ui, major)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            """)
        insertLink = try IndexStatement(
            db,
            """
            INSERT INTO commentsCorrection (referenceId, position, type, pmid)
            VALUES (?1, ?2, ?3, ?4)
            """)
        findImported = try IndexStatement(
            db,
            """
            SELECT id, version, fingerprint FROM reference WHERE source = 'import' AND key = ?1
            """)
        deleteReference = try IndexStatement(db, "DELETE FROM reference WHERE id = ?1")
        // Explicit, not by cascade: the importer writes with foreign keys off (see
        // IndexImporter), where no cascade runs.
        deleteChildren = try Self.childTables.map { table in
            try IndexStatement(db, "DELETE FROM \(table) WHERE referenceId = ?1")
        }
        insertText = try IndexStatement(
            db,
            """
            INSERT INTO referenceFTS (rowid, title, abstract, meshTerms) VALUES (?1, ?2, ?3, ?4)
            """)
        deleteText = try IndexStatement(
            db,
            """
            INSERT INTO referenceFTS (referenceFTS, rowid, title, abstract, meshTerms)
            SELECT 'delete', id, title, abstract, meshTerms FROM reference WHERE id = ?1
            """)
    }

    /// The stored imported record for a PMID: row id, version and fingerprint.
    func imported(_ pmid: PMID) throws -> (id: Int64, version: Int, fingerprint: Int64)? {
        findImported.bind(1, "pmid:\(pmid)")
        guard let row = try findImported.firstRow(columns: 3) else { return nil }
        return (row[0], Int(row[1]), row[2])
    }

    /// The tables whose rows belong to a reference (`referenceId`).
    static let childTables = [
        "author", "publicationType", "mesh", "meshQualifier", "commentsCorrection",
        "referenceKey", "referenceRecord",
    ]

    /// Deletes a reference row, its full-text entry and its children.
    func delete(id: Int64) throws {
        deleteText.bind(1, id)
        try deleteText.run()
        for statement in deleteChildren {
            statement.bind(1, id)
            try statement.run()
        }
        deleteReference.bind(1, id)
        try deleteReference.run()
    }

    /// Inserts a prepared reference and its children; returns its row id.
    @discardableResult
    func insert(
        _ row: IndexPreparedReference, source: String, data: [UInt8]? = nil
    ) throws -> Int64 {
        let reference = row.reference
        let s = insertReference
        s.bind(1, source)
        s.bind(2, row.key)
        s.bind(3, reference.origin.rawValue)
        s.bind(4, reference.pmid.map { Int64(bitPattern: $0.value) })
        s.bind(5, reference.version)
        s.bind(6, reference.title)
        s.bind(7, row.abstract)
        s.bind(8, row.meshTerms)
        s.bind(9, row.journal)
        s.bind(10, reference.pubDate?.year)
        s.bind(11, row.doi)
        s.bind(12, reference.pmc)
        s.bind(13, row.design.rawValue)
        s.bind(14, row.humans)
        s.bind(15, row.animals)
        s.bind(16, row.retracted)
        s.bind(17, row.concern)
        s.bind(18, row.erratum)
        s.bind(19, row.firstAuthor)
        s.bind(20, row.fingerprint)
        s.bind(21, bytes: nil)
        try s.run()
        let id = connection.lastInsertedRowID
        if let data {
            try connection.cachedStatement(
                sql: "INSERT INTO referenceRecord (referenceId, data) VALUES (?, ?)"
            ).execute(arguments: [id, Data(data)])
        }
        insertText.bind(1, id)
        insertText.bind(2, reference.title)
        insertText.bind(3, row.abstract)
        insertText.bind(4, row.meshTerms)
        try insertText.run()

        for (position, author) in reference.authors.enumerated() {
            let a = insertAuthor
            a.bind(1, id)
            a.bind(2, position)
            a.bind(3, author.last)
            a.bind(4, author.fore)
            a.bind(5, author.initials)
            a.bind(6, author.suffix)
            a.bind(7, author.collective)
            a.bind(8, author.orcid)
            try a.run()
        }
        for (position, type) in reference.publicationTypes.enumerated() {
            let p = insertPublicationType
            p.bind(1, id)
            p.bind(2, position)
            p.bind(3, type.ui)
            p.bind(4, type.name)
            try p.run()
        }
        for (position, heading) in reference.mesh.enumerated() {
            let m = insertMesh
            m.bind(1, id)
            m.bind(2, position)
            m.bind(3, heading.descriptor)
            m.bind(4, heading.ui)
            m.bind(5, heading.major)
            try m.run()
            for (qualifierPosition, qualifier) in heading.qualifiers.enumerated() {
                let q = insertQualifier
                q.bind(1, id)
                q.bind(2, position)
                q.bind(3, qualifierPosition)
                q.bind(4, qualifier.name)
                q.bind(5, qualifier.ui)
                q.bind(6, qualifier.major)
                try q.run()
            }
        }
        for (position, link) in reference.commentsCorrections.enumerated() {
            let c = insertLink
            c.bind(1, id)
            c.bind(2, position)
            c.bind(3, link.type)
            c.bind(4, link.pmid.map { Int64(bitPattern: $0.value) })
            try c.run()
        }
        return id
    }

    /// Releases the statements.
    func finalize() {
        for statement in [
            insertReference, insertAuthor, insertPublicationType, insertMesh, insertQualifier,
            insertLink, findImported, deleteReference, insertText, deleteText,
        ] + deleteChildren {
            statement.finalize()
        }
    }

    /// Abstract sections (and other abstracts) joined by new lines; `nil` when there is none.
    static func abstractText(_ reference: Reference) -> String? {
        if reference.abstract.isEmpty { return nil }
        if reference.abstract.count == 1 { return reference.abstract[0].text }
        return reference.abstract.map(\.text).joined(separator: "\n")
    }

    /// MeSH descriptors with their qualifiers (`Osteoporosis/drug therapy`), `; `-separated.
    static func meshText(_ reference: Reference) -> String? {
        if reference.mesh.isEmpty { return nil }
        var text = ""
        for (index, heading) in reference.mesh.enumerated() {
            if index > 0 { text += "; " }
            text += heading.descriptor
            for qualifier in heading.qualifiers {
                text += "/"
                text += qualifier.name
            }
        }
        return text
    }
}
