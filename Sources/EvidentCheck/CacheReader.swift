import Foundation

/// Reads the values `CacheWriter` wrote, checking every length against the bytes left: a
/// truncated or corrupt file gives `nil`, never a read out of bounds.
struct CacheReader {
    let bytes: UnsafeRawBufferPointer
    private var offset = 0

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// Whether every byte was read.
    var isAtEnd: Bool { offset == bytes.count }

    /// A count, when 4 bytes are left.
    mutating func count() -> Int? {
        guard bytes.count - offset >= 4 else { return nil }
        let value = UInt32(
            littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
        offset += 4
        return Int(value)
    }

    /// A 64-bit word, when 8 bytes are left.
    mutating func word() -> UInt64? {
        guard bytes.count - offset >= 8 else { return nil }
        let value = UInt64(
            littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
        return value
    }

    /// A text, when its bytes are there and are UTF-8.
    mutating func text() -> String? {
        guard let length = count(), bytes.count - offset >= length else { return nil }
        let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)])
        offset += length
        return String(validating: slice, as: UTF8.self)
    }

    /// Every byte left, as data (the reader is then at its end).
    mutating func rest() -> Data {
        let slice = UnsafeRawBufferPointer(rebasing: bytes[offset...])
        offset = bytes.count
        return Data(slice)
    }

    /// A list of ids, when its ids are there and each is in `0..<limit`.
    mutating func ids(below limit: Int) -> [Int32]? {
        guard let count = count(), (bytes.count - offset) / 4 >= count else { return nil }
        var values: [Int32] = []
        values.reserveCapacity(count)
        for index in 0..<count {
            let value = Int32(
                littleEndian: bytes.loadUnaligned(
                    fromByteOffset: offset + 4 * index, as: Int32.self))
            guard value >= 0, Int(value) < limit else { return nil }
            values.append(value)
        }
        offset += 4 * count
        return values
    }
}
