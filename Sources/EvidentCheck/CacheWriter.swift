/// Writes a cache file's values as little-endian bytes (see `ClaimIndexCache`).
struct CacheWriter {
    var bytes: [UInt8] = []

    /// A count (32 bits).
    mutating func count(_ value: Int) {
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian) {
            bytes.append(contentsOf: $0)
        }
    }

    /// A 64-bit word.
    mutating func word(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// A text: its UTF-8 byte count, then its bytes.
    mutating func text(_ value: String) {
        count(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    /// A list of ids: its count, then each id (32 bits).
    mutating func ids(_ values: [Int32]) {
        count(values.count)
        for value in values {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
    }
}
