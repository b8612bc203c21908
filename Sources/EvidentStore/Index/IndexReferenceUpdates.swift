import EvidentModel
import GRDB

/// The state of PubMed records imported into the index (`evident import`), for the references
/// a knowledge base cites: a later version, a retraction, a correction or an expression of
/// concern that arrived in an update file after the knowledge base's own record was written.
public enum IndexReferenceUpdates {
    /// The imported state of each of `pmids` the index holds (absent ones are left out).
    public static func updates(
        for pmids: Set<PMID>, in index: IndexDatabase
    ) throws -> [PMID: ReferenceUpdate] {
        guard !pmids.isEmpty else { return [:] }
        var result: [PMID: ReferenceUpdate] = [:]
        let sorted = pmids.sorted { $0.description < $1.description }
        // SQLite allows a bounded number of parameters per statement.
        for start in stride(from: 0, to: sorted.count, by: 500) {
            let chunk = sorted[start..<min(start + 500, sorted.count)]
            let keys = chunk.map { "pmid:\($0)" }
            let marks = Array(repeating: "?", count: keys.count).joined(separator: ", ")
            let rows = try index.queue.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT key, version, retracted, erratum, concern FROM reference
                        WHERE source = 'import' AND key IN (\(marks))
                        """, arguments: StatementArguments(keys))
            }
            for row in rows {
                let key: String = row[0]
                guard let pmid = PMID(String(key.dropFirst("pmid:".count))) else { continue }
                result[pmid] = ReferenceUpdate(
                    version: row[1], retracted: row[2], corrected: row[3], concern: row[4])
            }
        }
        return result
    }
}
