import EvidentModel
import Foundation
import Testing

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
