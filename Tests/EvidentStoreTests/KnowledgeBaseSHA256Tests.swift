import EvidentStore
import Testing

/// SHA-256 against the FIPS 180-4 examples and block-boundary lengths (values from Python's
/// hashlib).
struct KnowledgeBaseSHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "Vitamin K2 – “MK-7”",
            "bbcfbfb6ec79cc75acde36f075c42bb78d552f9084afdc55b2d25a4d19ed7b49"
        ),
    ])
    func knownVectors(input: String, expected: String) {
        #expect(SHA256.hex(Array(input.utf8)) == expected)
    }

    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
    ])
    func paddingBoundaries(length: Int, expected: String) {
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: length)) == expected)
    }

    @Test func millionAs() {
        #expect(
            SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func incrementalEqualsOneShot() {
        let bytes = Array(
            String(repeating: "The quick brown fox jumps over the lazy dog. ", count: 3).utf8)
        #expect(bytes.count == 135)
        var hash = SHA256()
        hash.update(bytes[..<7])
        hash.update(bytes[7..<64 - 7])
        #expect(hash.digest().count == 32)
        hash.update(bytes[(64 - 7)...])
        #expect(hash.hexDigest() == SHA256.hex(bytes))
    }

    /// Contiguous feeding (whole blocks compressed in place) equals byte-by-byte feeding, for
    /// chunks that start and end anywhere in a block.
    @Test(arguments: [1, 7, 63, 64, 65, 130, 1_000])
    func contiguousChunksEqualByteByByte(chunk: Int) {
        let bytes = (0..<1_234).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        var contiguous = SHA256()
        var offset = 0
        while offset < bytes.count {
            let end = min(offset + chunk, bytes.count)
            bytes[offset..<end].withUnsafeBytes { contiguous.update(bytes: $0) }
            offset = end
        }
        var single = SHA256()
        single.update(AnySequence(bytes))  // not contiguous: one byte at a time
        #expect(contiguous.hexDigest() == single.hexDigest())
        #expect(contiguous.hexDigest() == SHA256.hex(bytes))
    }
}
