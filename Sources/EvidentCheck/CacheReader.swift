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
        // ASCII bytes are UTF-8, and `String(decoding:as:)` makes them a text at a quarter of
        // the cost of the generic `String(validating:as:)` (~1,000 instructions a text, 117,000
        // texts a check); any other byte is validated.
        guard CacheReader.isASCII(slice) else { return String(validating: slice, as: UTF8.self) }
        return String(decoding: slice, as: UTF8.self)
    }

    /// Whether every byte is below 0x80 (read 8 at a time).
    static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var bits: UInt64 = 0
        var index = 0
        while bytes.count - index >= 8 {
            bits |= bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < bytes.count {
            bits |= UInt64(bytes[index])
            index += 1
        }
        return bits & 0x8080_8080_8080_8080 == 0
    }

    /// Every byte left (the reader is then at its end); valid while the bytes are.
    mutating func restBytes() -> UnsafeRawBufferPointer {
        let slice = UnsafeRawBufferPointer(rebasing: bytes[offset...])
        offset = bytes.count
        return slice
    }

    /// A list of ids read as the texts of `table` they stand for, when its ids are there and
    /// each is one of the table's (no list of ids is made on the way).
    mutating func texts(of table: [String]) -> [String]? {
        guard let count = count(), (bytes.count - offset) / 4 >= count else { return nil }
        var values: [String] = []
        values.reserveCapacity(count)
        for index in 0..<count {
            let id = Int32(
                littleEndian: bytes.loadUnaligned(
                    fromByteOffset: offset + 4 * index, as: Int32.self))
            guard id >= 0, Int(id) < table.count else { return nil }
            values.append(table[Int(id)])
        }
        offset += 4 * count
        return values
    }

    /// The id of a list of ids next when the list holds one id in `0..<limit`, read past it
    /// (`nil`, and nothing read, otherwise): a list of one value may be shared by the readers
    /// that hold the same one.
    mutating func soleID(below limit: Int) -> Int? {
        guard bytes.count - offset >= 8,
            UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
                == 1
        else { return nil }
        let id = Int32(
            littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 4, as: Int32.self))
        guard id >= 0, Int(id) < limit else { return nil }
        offset += 8
        return Int(id)
    }

    /// A list of ids as numbers, when its ids are there and each is in `0..<limit`.
    mutating func numbers(below limit: Int) -> [Int]? {
        guard let count = count(), (bytes.count - offset) / 4 >= count else { return nil }
        var values: [Int] = []
        values.reserveCapacity(count)
        for index in 0..<count {
            let id = Int32(
                littleEndian: bytes.loadUnaligned(
                    fromByteOffset: offset + 4 * index, as: Int32.self))
            guard id >= 0, Int(id) < limit else { return nil }
            values.append(Int(id))
        }
        offset += 4 * count
        return values
    }

    /// Appends a list of ids to `values`, when its ids are there and each is in `0..<limit`
    /// (`false`, and `values` as it was or longer, otherwise); with `reserving`, room for them
    /// is made first (for a list of its own, not for one that grows list by list).
    mutating func appendIDs(
        below limit: Int, to values: inout [Int32], reserving: Bool = false
    ) -> Bool {
        guard let count = count(), (bytes.count - offset) / 4 >= count else { return false }
        if reserving { values.reserveCapacity(values.count + count) }
        for index in 0..<count {
            let value = Int32(
                littleEndian: bytes.loadUnaligned(
                    fromByteOffset: offset + 4 * index, as: Int32.self))
            guard value >= 0, Int(value) < limit else { return false }
            values.append(value)
        }
        offset += 4 * count
        return true
    }

    /// A list of ids, when its ids are there and each is in `0..<limit`.
    mutating func ids(below limit: Int) -> [Int32]? {
        var values: [Int32] = []
        return appendIDs(below: limit, to: &values, reserving: true) ? values : nil
    }
}
