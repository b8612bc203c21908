import Testing

@testable import EvidentCheck

/// A cache file's texts: ASCII read fast, any other byte validated; bytes that are not UTF-8
/// give no text (a damaged value is refused, never repaired into another text).
struct CacheReaderTextTests {
    static func read(_ bytes: [UInt8]) -> String?? {
        var writer = CacheWriter()
        writer.count(bytes.count)
        writer.bytes += bytes
        return writer.bytes.withUnsafeBytes { raw -> String?? in
            var reader = CacheReader(bytes: raw)
            let text = reader.text()
            return reader.isAtEnd ? .some(text) : .none
        }
    }

    @Test func textsOfEveryLengthAndByteReadBack() {
        for length in 0..<20 {
            let ascii = String(repeating: "a", count: length)
            #expect(Self.read(Array(ascii.utf8)) == .some(ascii))
            for position in 0..<length {
                var accented = Array(ascii.utf8)
                accented.replaceSubrange(position...position, with: Array("\u{E9}".utf8))
                #expect(
                    Self.read(accented) == .some(String(decoding: accented, as: UTF8.self)))
                var broken = Array(ascii.utf8)
                broken[position] = 0xC3  // a lead byte without its continuation
                #expect(Self.read(broken) == .some(nil))
                broken[position] = 0x80
                #expect(Self.read(broken) == .some(nil))
            }
        }
        // A truncated four-byte sequence is as long as the replacement character: refused.
        #expect(Self.read([0xF0, 0x9F, 0x98]) == .some(nil))
        #expect(Self.read(Array("\u{1F600} ok".utf8)) == .some("\u{1F600} ok"))
        #expect(CacheReader.isASCII(UnsafeRawBufferPointer(start: nil, count: 0)))
    }
}
