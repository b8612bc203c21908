import Crypto
import Foundation

/// The knowledge base's fingerprint: SHA-256 over its data files.
public enum KnowledgeBaseFingerprint {
    /// Hashes `paths` (relative to `root`, taken in byte order): for each file its UTF-8 path,
    /// a 0 byte, its length in decimal ASCII, a 0 byte, then its bytes. Lowercase hex.
    ///
    /// Throws ``KnowledgeBaseError/unreadable(path:reason:)`` naming a file that cannot be
    /// read: a fingerprint over part of the knowledge base would vouch for what it never saw.
    public static func compute(root: URL, paths: [String]) throws -> String {
        var hash = SHA256()
        for path in paths.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            let data: Data
            do {
                data = try Data(contentsOf: root.appendingPathComponent(path))
            } catch {
                throw KnowledgeBaseError.unreadable(
                    path: path, reason: "cannot read the file to fingerprint the knowledge base")
            }
            hash.update(data: Data(path.utf8))
            hash.update(data: Data([0]))
            hash.update(data: Data(String(data.count).utf8))
            hash.update(data: Data([0]))
            hash.update(data: data)
        }
        return hash.finalize().hex
    }
}
