import Foundation

/// The knowledge base's fingerprint: SHA-256 over its data files.
public enum KnowledgeBaseFingerprint {
    /// Hashes `paths` (relative to `root`, taken in byte order): for each file its UTF-8 path,
    /// a 0 byte, its length in decimal ASCII, a 0 byte, then its bytes. Lowercase hex.
    public static func compute(root: URL, paths: [String]) -> String {
        var hash = SHA256()
        for path in paths.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            let data = (try? Data(contentsOf: root.appendingPathComponent(path))) ?? Data()
            hash.update(Array(path.utf8))
            hash.update([0])
            hash.update(Array(String(data.count).utf8))
            hash.update([0])
            data.withUnsafeBytes { hash.update(bytes: $0) }
        }
        return hash.hexDigest()
    }
}
