import Foundation

/// A 128-bit hash of bytes that is the same in every process (Swift's `Hasher` is seeded per
/// process), for telling whether the inputs of a cache changed. Two lanes over 8-byte words;
/// each step is a bijection of a lane for a given word, so sequences of the same length that
/// differ in one word always differ in their hash. Not a cryptographic hash: it detects edits,
/// it does not resist forgery.
struct ContentHash: Sendable, Equatable {
    private(set) var first: UInt64 = 0x9E37_79B9_7F4A_7C15
    private(set) var second: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    /// Mixes in one word.
    mutating func combine(_ word: UInt64) {
        first = (first ^ word) &* 0x0000_0100_0000_01B3
        second = ((second ^ word) << 29 | (second ^ word) >> 35) &* 0x9E37_79B9_7F4A_7C15
    }

    /// Mixes in bytes, preceded by their count (so that the split between texts counts).
    mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        combine(UInt64(bytes.count))
        var offset = 0
        while offset + 8 <= bytes.count {
            combine(
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
        combine(tail)
    }

    /// Mixes in a text's UTF-8 bytes.
    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
    }

    /// Mixes in bytes.
    mutating func combine(_ data: Data) {
        data.withUnsafeBytes { combine($0) }
    }

    /// The hash as 16 bytes (little-endian lanes).
    var bytes: [UInt8] {
        withUnsafeBytes(of: first.littleEndian, Array.init)
            + withUnsafeBytes(of: second.littleEndian, Array.init)
    }
}
