import Foundation

/// What the knowledge-base files looked like when the index was built: a fast stat signature
/// (relative paths, sizes, modification times) and a content hash, over every file under
/// `Claims/` and `Sources-Refs/`.
///
/// Freshness: equal stat signatures mean fresh without reading a byte; otherwise the content
/// hash decides (a `touch` or a fresh clone changes mtimes, not contents).
public struct IndexFileSignature: Hashable, Sendable {
    /// The folders, relative to the knowledge-base root, whose files the index caches.
    public static let folders = ["Claims", "Sources-Refs"]

    /// One file: path relative to the root, size and modification time.
    public struct File: Hashable, Sendable {
        /// Relative path (`Claims/vitamin-k2-article/k2-bone.yaml`).
        public var path: String
        /// Size in bytes.
        public var size: Int
        /// Modification time, nanoseconds since 1970.
        public var modified: Int64
    }

    /// The knowledge-base root, absolute.
    public let root: String
    /// Every file, sorted by path.
    public let files: [File]

    /// Lists the files under the root's folders (hidden files and folders skipped).
    public init(root: String) {
        let root = URL(fileURLWithPath: root).standardizedFileURL.path
        self.root = root
        var files: [File] = []
        let manager = FileManager.default
        for folder in Self.folders {
            let base = (root as NSString).appendingPathComponent(folder)
            guard let enumerator = manager.enumerator(atPath: base) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory {
                        enumerator.skipDescendants()
                    }
                    continue
                }
                let attributes = enumerator.fileAttributes
                guard attributes?[.type] as? FileAttributeType == .typeRegular else { continue }
                let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
                let date = attributes?[.modificationDate] as? Date
                let modified = Int64(((date?.timeIntervalSince1970 ?? 0) * 1e9).rounded())
                files.append(File(path: folder + "/" + relative, size: size, modified: modified))
            }
        }
        self.files = files.sorted { $0.path < $1.path }
    }

    /// Hex fingerprint of paths, sizes and modification times.
    public var statKey: String {
        var f = IndexFingerprint()
        f.add(files.count)
        for file in files {
            f.add(file.path)
            f.add(file.size)
            f.add(Int(file.modified))
        }
        return Self.hex(f.state)
    }

    /// Hex fingerprint of paths and contents (reads every file).
    public func contentKey() -> String {
        var first = IndexFingerprint()
        var second = IndexFingerprint(seed: 0x5851_F42D_4C95_7F2D)
        first.add(files.count)
        second.add(files.count)
        for file in files {
            first.add(file.path)
            second.add(file.path)
            let path = (root as NSString).appendingPathComponent(file.path)
            if let data = FileManager.default.contents(atPath: path) {
                data.withUnsafeBytes { raw in
                    first.add(bytes: raw)
                    second.add(bytes: raw)
                }
            } else {
                first.add(nil as String?)
                second.add(nil as String?)
            }
        }
        return Self.hex(first.state) + Self.hex(second.state)
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
