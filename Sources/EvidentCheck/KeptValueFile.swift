import Foundation

/// A `Codable` value derived from texts (the grading policy as decoded from its YAML), kept
/// between runs in a file of a knowledge base's `.evident/` folder, for modules that cannot
/// see `CacheFile`: `CacheCoding`'s form behind a `CacheFile` header whose key is the magic,
/// the running binary and every input text (or its absence). A stale, truncated or corrupt file
/// is never read: the value is derived again and the file written whole; a value whose
/// derivation throws is never kept (the same error every run); a folder that cannot be written
/// leaves the caller without a cache.
public struct KeptValueFile: Sendable {
    let file: CacheFile

    /// The file `name` of `folder`; `magic`: 7 ASCII letters naming what it holds, `format`:
    /// the version of its layout.
    public init(folder: URL, name: String, magic: String, format: UInt8) {
        let letters = Array(magic.utf8.prefix(7))
        file = CacheFile(
            url: folder.appendingPathComponent(name),
            magic: letters + Array(repeating: UInt8(ascii: " "), count: 7 - letters.count)
                + [format])
    }

    /// The key of `inputs` for this binary (`nil`: the binary is not known).
    func key(_ inputs: [String?]) -> ContentHash? {
        var hash = ContentHash()
        file.magic.withUnsafeBytes { hash.combine($0) }
        guard CacheFile.combineBinary(into: &hash) else { return nil }
        hash.combine(UInt64(inputs.count))
        for input in inputs {
            hash.combine(input == nil ? 0 : 1)
            if let input { hash.combine(input) }
        }
        return hash
    }

    /// The value the file holds for `inputs`, else `derive()`'s, which is then written.
    public func value<Value: Codable>(
        _ type: Value.Type, inputs: [String?], derive: () throws -> Value
    ) rethrows -> Value {
        let key = key(inputs)
        let read = { (reader: inout CacheReader) in
            try? CacheCoding.decode(Value.self, from: reader.restBytes())
        }
        if let key, let kept = file.read(key: key, read) { return kept }
        let value = try derive()
        if let key, let payload = try? CacheCoding.encode(value) {
            file.write(key: key, payload: payload)
        }
        return value
    }
}
