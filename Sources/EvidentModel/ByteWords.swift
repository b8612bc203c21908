/// Bytes read as 64-bit words, for the deterministic content hashes of the index
/// (`IndexFingerprint`) and of the checker's caches (`ContentHash`), which Swift's per-process
/// seeded `Hasher` cannot serve: the byte count first, then each whole 8-byte word
/// (little-endian), then the last bytes packed into one word (zero when there are none).
public enum ByteWords {
    /// Calls `body` with each word of `bytes`, in order.
    @inlinable
    public static func forEach(_ bytes: UnsafeRawBufferPointer, _ body: (UInt64) -> Void) {
        body(UInt64(bytes.count))
        var offset = 0
        while offset + 8 <= bytes.count {
            body(
                UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        body(tail)
    }
}
