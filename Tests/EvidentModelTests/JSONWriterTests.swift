import Foundation
import Testing

@testable import EvidentModel

/// The one JSON core: both layouts, escaping and numbers, checked against Foundation.
@Suite struct JSONWriterTests {
    static let awkward =
        "q\"\\/ \u{0}\u{1}\u{8}\u{c}\n\r\t\u{1f}\u{7f} é 😀 \u{2028} <b>&amp;</b> ' e\u{301}"

    static func text(_ writer: JSONWriter) -> String {
        String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test func prettyEmptyContainersAndEscapes() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("a")
        writer.beginArray()
        writer.endArray()
        writer.key("b")
        writer.value("\u{1}\"/")
        writer.key("c")
        writer.value(nil as String?)
        writer.entryIfPresent("d", nil)
        writer.key("e")
        writer.value(["x"])
        writer.endObject()
        let expected =
            "{\n  \"a\" : [\n\n  ],\n  \"b\" : \"\\u0001\\\"/\",\n  \"c\" : null,\n"
            + "  \"e\" : [\n    \"x\"\n  ]\n}"
        #expect(Self.text(writer) == expected)
    }

    @Test func compactHasNoWhiteSpaceAndEndsLines() {
        var writer = JSONWriter(layout: .compact)
        for n in 0..<2 {
            writer.beginObject()
            writer.key("n")
            writer.value(n)
            writer.key("list")
            writer.beginArray()
            writer.value(true)
            writer.null()
            writer.beginObject()
            writer.endObject()
            writer.endArray()
            writer.key("none")
            writer.value(nil as Int?)
            writer.endObject()
            writer.endLine()
        }
        #expect(
            Self.text(writer)
                == #"{"n":0,"list":[true,null,{}],"none":null}"# + "\n"
                + #"{"n":1,"list":[true,null,{}],"none":null}"# + "\n")
        writer.removeAllBytes()
        #expect(writer.bytes.isEmpty)
    }

    /// The eight-bytes-at-a-time test for bytes to escape answers as a test of each byte:
    /// every byte value at every place among bytes that need nothing (ASCII letters, and bytes
    /// of other scripts), and random words.
    @Test func escapeTestOfAWordIsTheTestOfItsBytes() {
        func reference(_ word: UInt64) -> Bool {
            (0..<8).contains { place in
                let byte = UInt8(truncatingIfNeeded: word >> (place * 8))
                return byte < 0x20 || byte == 0x22 || byte == 0x5C
            }
        }
        for filler in [UInt8(ascii: "a"), 0x21, 0x23, 0x5B, 0x5D, 0x80, 0xFF, 0x7F] {
            for place in 0..<8 {
                for value in 0...255 {
                    var word = UInt64(filler) &* 0x0101_0101_0101_0101
                    word &= ~(UInt64(0xFF) << (place * 8))
                    word |= UInt64(value) << (place * 8)
                    #expect(JSONWriter.needsEscape(word) == reference(word))
                }
            }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100_000 {
            let word = generator.next() as UInt64
            #expect(JSONWriter.needsEscape(word) == reference(word))
        }
    }

    /// Strings longer than a word with something to escape at every place, and keys fixed in
    /// the program, deep and shallow: the same text as `JSONEncoder` writes.
    @Test func longStringsAndFixedKeysMatchJSONEncoder() throws {
        let values = (0..<24).map { place in
            String(repeating: "abcdefgh", count: 3).enumerated().map { offset, character in
                offset == place ? "\"" : String(character)
            }.joined() + "é\n😀 tail of the string"
        }
        var writer = JSONWriter()
        writer.beginObject()
        writer.key(fixed: "list")
        writer.beginArray()
        for value in values {
            writer.beginObject()
            writer.key(fixed: "inner")
            writer.beginObject()
            writer.key(fixed: "text")
            writer.value(value)
            writer.endObject()
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let encoded = try encoder.encode(["list": values.map { ["inner": ["text": $0]] }])
        #expect(Self.text(writer) == String(decoding: encoded, as: UTF8.self))
    }

    /// Whatever the string, Foundation reads back exactly the text written, in both layouts,
    /// and the pretty layout is byte for byte what `JSONEncoder` writes.
    @Test(arguments: [awkward, "", "plain", "\u{0}", "\\", "ab\"", "😀\u{1f}"])
    func stringsRoundTripAndMatchJSONEncoder(_ value: String) throws {
        for layout in [JSONWriter.Layout.pretty, .compact] {
            var writer = JSONWriter(layout: layout)
            writer.beginArray()
            writer.value(value)
            writer.endArray()
            let decoded = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String]
            #expect(decoded == [value])
            if layout == .pretty {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let encoded = try encoder.encode([value])
                #expect(Self.text(writer) == String(decoding: encoded, as: UTF8.self))
            }
        }
        var single = JSONWriter(layout: .compact)
        single.value(value)
        #expect(JSONWriter.quoted(value) == Self.text(single))
    }

    @Test(arguments: [0, 7, 9, 10, 42, -1, -10, 1_000_000, Int.max, Int.min])
    func integersAreWrittenAsDecimal(_ number: Int) {
        var writer = JSONWriter(layout: .compact)
        writer.value(number)
        #expect(Self.text(writer) == String(number))
    }
}
