import Crypto
import Foundation

/// A knowledge-base file as an editor reads it before changing it: its bytes, its version
/// (SHA-256, hex) checked against the one the caller expects, and its text.
struct EditedFile {
    /// The file's bytes.
    var data: Data
    /// SHA-256 (hex) of the bytes.
    var version: String
    /// The bytes as UTF-8 text.
    var text: String

    /// Reads `path` under `root`; throws ``KnowledgeBaseEditError/conflict(path:expected:found:)``
    /// when `expectedVersion` is given and differs.
    static func read(_ path: String, root: URL, expectedVersion: String? = nil) throws
        -> EditedFile
    {
        let data: Data
        do {
            data = try Data(contentsOf: root.appendingPathComponent(path))
        } catch {
            throw KnowledgeBaseEditError.io(path: path, reason: "cannot read the file")
        }
        let version = SHA256.hex(data)
        if let expectedVersion, expectedVersion != version {
            throw KnowledgeBaseEditError.conflict(
                path: path, expected: expectedVersion, found: version)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw KnowledgeBaseEditError.notEditable(path: path, reason: "it is not UTF-8 text")
        }
        return EditedFile(data: data, version: version, text: text)
    }
}
