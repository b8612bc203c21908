import Foundation
import Testing

@testable import EvidentCheck

/// `CacheCoding`, the binary form of the rule book's cached files: every kind of value reads
/// back equal, and damaged or mistyped bytes throw rather than read past their end.
struct CacheCodingTests {
    enum Shape: Codable, Equatable {
        case dot
        case line(length: Double)
        case named(String, sides: Int8)
    }

    struct Sample: Codable, Equatable {
        var text: String
        var empty: String
        var flag: Bool
        var number: Int
        var negative: Int64
        var large: UInt64
        var small: UInt8
        var ratio: Double
        var single: Float
        var absent: String?
        var present: Int?
        var holes: [Int?]
        var nested: [[String]]
        var byName: [String: [Int]]
        var byNumber: [Int: String]
        var shapes: [Shape]
        var set: Set<String>
        var range: ClosedRange<Double>
        // Read by their own fast paths (most of the rule book's values).
        var names: [String]
        var classes: [String: [String]]

        enum CodingKeys: String, CodingKey {
            case text, empty, flag, number, negative, large, small, ratio, single, absent, present
            case holes, nested, shapes, set, range, names, classes
            case byName = "by-name"
            case byNumber = "by-number"
        }
    }

    static let sample = Sample(
        text: "Vitamin K2 — menaquinone-7 ✓", empty: "", flag: true, number: 42,
        negative: Int64.min, large: UInt64.max, small: 255, ratio: -0.125, single: 1.5,
        absent: nil, present: 7, holes: [1, nil, 3, nil], nested: [[], ["a", "b"], ["c"]],
        byName: ["bones": [1, 2], "": []], byNumber: [3: "three", -1: "minus one"],
        shapes: [.dot, .line(length: 2.5), .named("square", sides: 4)],
        set: ["x", "y"], range: -2.5...3, names: ["joints", "", "é ✓"],
        classes: ["@joint": ["knee", "hip joint"], "@empty": [], "": ["ankle"]])

    static func bytes() throws -> [UInt8] { try CacheCoding.encode(Self.sample) }

    static func decode(_ bytes: [UInt8]) throws -> Sample {
        try bytes.withUnsafeBytes { try CacheCoding.decode(Sample.self, from: $0) }
    }

    @Test func everyKindOfValueReadsBackEqual() throws {
        #expect(try Self.decode(try Self.bytes()) == Self.sample)
        // Twice the same bytes: the form does not depend on hashing order of the encoder.
        #expect(try Self.bytes() == (try Self.bytes()))
    }

    @Test func aMissingKeyIsAnErrorAndAnAbsentOptionalIsNil() throws {
        struct Fewer: Codable { var text: String }
        struct More: Codable, Equatable {
            var text: String
            var extra: String?
        }
        let bytes = try CacheCoding.encode(Fewer(text: "t"))
        let more = try bytes.withUnsafeBytes { try CacheCoding.decode(More.self, from: $0) }
        #expect(more == More(text: "t", extra: nil))
        #expect(throws: DecodingError.self) {
            try bytes.withUnsafeBytes { try CacheCoding.decode(Sample.self, from: $0) }
        }
    }

    @Test func aValueOfAnotherTypeIsRefused() throws {
        struct Text: Codable { var value: String }
        struct Number: Codable { var value: Int }
        struct Narrow: Codable { var value: UInt8 }
        let text = try CacheCoding.encode(Text(value: "12"))
        #expect(throws: DecodingError.self) {
            try text.withUnsafeBytes { try CacheCoding.decode(Number.self, from: $0) }
        }
        struct Texts: Codable { var value: [String] }
        struct Numbers: Codable { var value: [Int] }
        struct Classes: Codable { var value: [String: [String]] }
        struct Counts: Codable { var value: [String: [Int]] }
        let numbers = try CacheCoding.encode(Numbers(value: [1, 2]))
        #expect(throws: DecodingError.self) {
            try numbers.withUnsafeBytes { try CacheCoding.decode(Texts.self, from: $0) }
        }
        #expect(throws: DecodingError.self) {
            try text.withUnsafeBytes { try CacheCoding.decode(Texts.self, from: $0) }
        }
        let counts = try CacheCoding.encode(Counts(value: ["a": [1]]))
        #expect(throws: DecodingError.self) {
            try counts.withUnsafeBytes { try CacheCoding.decode(Classes.self, from: $0) }
        }
        #expect(throws: DecodingError.self) {
            try numbers.withUnsafeBytes { try CacheCoding.decode(Classes.self, from: $0) }
        }
        let wide = try CacheCoding.encode(Number(value: 300))
        #expect(throws: DecodingError.self) {
            try wide.withUnsafeBytes { try CacheCoding.decode(Narrow.self, from: $0) }
        }
    }

    /// Every truncation, a byte too many and a changed byte at every place: an error or a
    /// value, never a read past the end or a crash (the cache file's checksum refuses such a
    /// file before it is decoded; this is the second guard).
    @Test func damagedBytesThrowOrReadWithinBounds() throws {
        let whole = try Self.bytes()
        for length in 0..<whole.count {
            #expect(throws: (any Error).self) { try Self.decode(Array(whole.prefix(length))) }
        }
        #expect(throws: (any Error).self) { try Self.decode(whole + [0]) }
        var unchanged = 0
        for index in whole.indices {
            var bytes = whole
            bytes[index] ^= 0xA5
            if let value = try? Self.decode(bytes), value == Self.sample { unchanged += 1 }
        }
        #expect(unchanged == 0)
    }
}
