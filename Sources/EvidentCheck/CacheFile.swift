import Foundation

/// A file a check keeps between runs to start faster (`ClaimIndexCache`, the condition
/// vocabulary's trie): a payload behind a header that says whose it is and that it is whole.
///
/// Layout (little-endian): 8 bytes of magic (7 letters and a format number), 16 bytes of key
/// (a `ContentHash` of everything the payload is derived from), 8 bytes of the payload's length
/// and 16 bytes of its hash, then the payload. A file whose magic or key differs (stale), or
/// whose payload is truncated or corrupt, is never read: `read` gives `nil` and the caller
/// derives the payload again and writes the file whole, under a temporary name renamed over the
/// old one. A folder that cannot be written leaves the caller without a cache.
struct CacheFile: Sendable {
    let url: URL
    /// 8 bytes: what the file holds, and the format's version.
    let magic: [UInt8]

    static let headerSize = 8 + 16 + 8 + 16

    /// What `body` reads from the payload, when the file is there, its header is `key`'s and
    /// its payload is whole; `body` gives `nil` for a payload it cannot read.
    func read<Value>(key: ContentHash, _ body: (inout CacheReader) -> Value?) -> Value? {
        // A missing or unreadable file is a cache miss: the caller derives the payload instead.
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return CacheFile.payload(data, magic: magic, key: key) { payload in
            var reader = CacheReader(bytes: payload)
            guard let value = body(&reader), reader.isAtEnd else { return nil }
            return value
        }
    }

    /// `body` of the payload of a file's bytes, when the header is `magic` and `key` and the
    /// payload's length and hash are the header's.
    static func payload<Value>(
        _ data: Data, magic: [UInt8], key: ContentHash,
        _ body: (UnsafeRawBufferPointer) -> Value?
    ) -> Value? {
        guard data.count >= headerSize else { return nil }
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Value? in
            guard raw.prefix(8).elementsEqual(magic), raw[8..<24].elementsEqual(key.bytes)
            else { return nil }
            let length = UInt64(
                littleEndian: raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
            guard length == UInt64(raw.count - headerSize) else { return nil }
            let payload = UnsafeRawBufferPointer(rebasing: raw[headerSize...])
            var checksum = ContentHash()
            checksum.combine(payload)
            guard raw[32..<headerSize].elementsEqual(checksum.bytes) else { return nil }
            return body(payload)
        }
    }

    /// The file's bytes: the header for `key` and `payload`, then `payload`.
    static func bytes(magic: [UInt8], key: ContentHash, payload: [UInt8]) -> [UInt8] {
        var checksum = ContentHash()
        payload.withUnsafeBytes { checksum.combine($0) }
        var header = CacheWriter()
        header.bytes = magic + key.bytes
        header.word(UInt64(payload.count))
        return header.bytes + checksum.bytes + payload
    }

    /// Writes the file whole under a temporary name and renames it over the old one; a
    /// folder that cannot be written leaves the check without a cache (same findings).
    func write(key: ContentHash, payload: [UInt8]) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(CacheFile.bytes(magic: magic, key: key, payload: payload))
                .write(to: url, options: .atomic)
        } catch {
            return
        }
    }

    /// Mixes in what identifies the running binary — its path, size and modification time (a
    /// rebuilt binary may derive the cached data differently); `false` when it cannot be known
    /// (then nothing is cached).
    static func combineBinary(into hash: inout ContentHash) -> Bool {
        guard let binary = Bundle.main.executableURL?.resolvingSymlinksInPath() else {
            return false
        }
        var info = stat()
        guard stat(binary.path, &info) == 0 else { return false }
        hash.combine(binary.path)
        hash.combine(UInt64(info.st_size))
        hash.combine(UInt64(bitPattern: Int64(info.st_mtim.tv_sec)))
        hash.combine(UInt64(bitPattern: Int64(info.st_mtim.tv_nsec)))
        return true
    }
}
