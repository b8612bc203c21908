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

    /// Lists the files under the root's folders (hidden files and folders skipped; symbolic
    /// links neither followed nor listed), with one `lstat` per entry.
    public init(root: String) {
        let root = URL(fileURLWithPath: root).standardizedFileURL.path
        self.root = root
        var files: [File] = []
        for folder in Self.folders {
            Self.list(directory: root + "/" + folder, relative: folder, into: &files)
        }
        self.files = Self.sortedByPath(files)
    }

    /// Files in the order of `String`'s `<` on their paths. ASCII paths (the usual case) are
    /// compared as bytes, which is that order at a fraction of the cost for 10,000 files.
    static func sortedByPath(_ files: [File]) -> [File] {
        // Every path's bytes in one buffer; a file is sorted by its index into it.
        var bytes: [UInt8] = []
        var ends: [Int] = []
        ends.reserveCapacity(files.count)
        for file in files {
            bytes.append(contentsOf: file.path.utf8)
            ends.append(bytes.count)
        }
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return files.sorted { $0.path < $1.path } }
        let order = bytes.withUnsafeBufferPointer { buffer in
            ends.withUnsafeBufferPointer { limits in
                files.indices.sorted { first, second in
                    let a = first == 0 ? 0 : limits[first - 1]
                    let b = second == 0 ? 0 : limits[second - 1]
                    let aCount = limits[first] - a
                    let bCount = limits[second] - b
                    let shared = min(aCount, bCount)
                    guard shared > 0, let base = buffer.baseAddress else { return aCount < bCount }
                    let order = memcmp(base + a, base + b, shared)
                    return order != 0 ? order < 0 : aCount < bCount
                }
            }
        }
        return order.map { files[$0] }
    }

    private static func list(directory: String, relative: String, into files: inout [File]) {
        guard let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        var subfolders: [String] = []
        // A file's path is made once, from the folder's prefix and the entry's bytes.
        let prefix = Array((relative + "/").utf8)
        var path = prefix
        while let entry = readdir(handle) {
            let listed = withUnsafeBytes(of: entry.pointee.d_name) { raw -> (File?, String?) in
                let name = raw.prefix { $0 != 0 }
                guard let first = name.first, first != UInt8(ascii: ".") else { return (nil, nil) }
                var info = stat()
                guard let cName = raw.bindMemory(to: CChar.self).baseAddress,
                    fstatat(dirfd(handle), cName, &info, AT_SYMLINK_NOFOLLOW) == 0
                else { return (nil, nil) }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    return (nil, String(decoding: name, as: UTF8.self))
                case S_IFREG:
                    path.removeSubrange(prefix.count...)
                    path.append(contentsOf: name)
                    return (
                        File(
                            path: String(decoding: path, as: UTF8.self),
                            size: Int(info.st_size),
                            modified: modificationNanoseconds(info.st_mtim)), nil
                    )
                default:
                    return (nil, nil)
                }
            }
            if let file = listed.0 { files.append(file) }
            if let folder = listed.1 { subfolders.append(folder) }
        }
        for name in subfolders {
            list(directory: directory + "/" + name, relative: relative + "/" + name, into: &files)
        }
    }

    /// A modification time in nanoseconds since 1970, computed as it was through Foundation's
    /// `Date` (seconds as a `Double`, so signatures stored before stay valid).
    static func modificationNanoseconds(_ time: timespec) -> Int64 {
        let date = Date(
            timeIntervalSinceReferenceDate: Double(time.tv_sec)
                - Date.timeIntervalBetween1970AndReferenceDate
                + Double(time.tv_nsec) / 1_000_000_000.0)
        return Int64((date.timeIntervalSince1970 * 1e9).rounded())
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
