#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whole-word, case-insensitive phrase matching over free text (notes, titles).
struct TextMatcher {
    /// The normalised text when it is not ASCII.
    private let unicodeHaystack: String?
    /// The haystack's UTF-8 bytes when it is ASCII (then searched byte by byte: for ASCII,
    /// bytes, scalars and characters coincide once `\r` has become a space).
    private let asciiHaystack: [UInt8]?

    /// Prepares a text: lowercased, every character other than a letter, digit or hyphen
    /// turned into a space, padded with spaces.
    init(_ text: String) {
        self.init(parts: [text])
    }

    /// Prepares `parts` joined by spaces, as ``init(_:)`` prepares one text (an ASCII text is
    /// normalised part by part into one buffer, never joined first).
    init(parts: [String]) {
        if let bytes = Self.normaliseASCII(parts) {
            asciiHaystack = bytes
            unicodeHaystack = nil
        } else {
            unicodeHaystack = Self.normalise(parts.joined(separator: " "))
            asciiHaystack = nil
        }
    }

    /// The normalised text, padded with spaces.
    private var haystack: String {
        unicodeHaystack ?? String(decoding: asciiHaystack ?? [], as: UTF8.self)
    }

    /// The phrases from `terms` that occur in the text as whole words, in the given order.
    func matches(_ terms: [String]) -> [String] {
        matches(PhraseList(terms))
    }

    /// The phrases from `list` that occur in the text as whole words, in the list's order.
    func matches(_ list: PhraseList) -> [String] {
        list.phrases.filter(contains).map(\.term)
    }

    /// The first phrase of `list`, in the list's order, that occurs in the text as whole words.
    func firstMatch(_ list: PhraseList) -> String? {
        list.phrases.first(where: contains)?.term
    }

    /// True when any of `terms` occurs.
    func containsAny(_ terms: [String]) -> Bool { containsAny(PhraseList(terms)) }

    /// True when any phrase of `list` occurs.
    func containsAny(_ list: PhraseList) -> Bool { list.phrases.contains(where: contains) }

    private func contains(_ phrase: PhraseList.Phrase) -> Bool {
        guard phrase.usable else { return false }
        if let bytes = asciiHaystack, let needle = phrase.asciiNeedle {
            return Self.find(needle, in: bytes)
        }
        return haystack.contains(phrase.needle)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        let count = needle.count
        guard count >= 2, count <= haystack.count else { return false }
        return haystack.withUnsafeBufferPointer { text in
            needle.withUnsafeBufferPointer { pattern in
                guard let base = text.baseAddress, let head = pattern.baseAddress else {
                    return false
                }
                // memchr finds each candidate for the needle's second byte (its first letter:
                // the first is the padding space, found at every word); then one memcmp.
                let second = Int32(pattern[1])
                let last = text.count - count
                var start = 0
                while start <= last,
                    let found = memchr(base + start + 1, second, last - start + 1)
                {
                    let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) - 1
                    if memcmp(base + offset, head, count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }

    /// ``normalise(_:)`` of `parts` joined by spaces, for an ASCII text, on bytes; `nil` when
    /// the text is not ASCII.
    private static func normaliseASCII(_ parts: [String]) -> [UInt8]? {
        var out: [UInt8] = [0x20]
        out.reserveCapacity(parts.reduce(2) { $0 + $1.utf8.count + 1 })
        var lastWasSpace = true
        for (index, part) in parts.enumerated() {
            // The space joining two parts, collapsed like any other run of non-word bytes.
            if index > 0, !lastWasSpace {
                out.append(0x20)
                lastWasSpace = true
            }
            var part = part
            let ascii = part.withUTF8 { utf8 -> Bool in
                for byte in utf8 {
                    guard byte < 0x80 else { return false }
                    switch byte {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"),
                        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                        out.append(byte)
                        lastWasSpace = false
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                        out.append(byte + 0x20)
                        lastWasSpace = false
                    default:
                        if !lastWasSpace {
                            out.append(0x20)
                            lastWasSpace = true
                        }
                    }
                }
                return true
            }
            guard ascii else { return nil }
        }
        if !lastWasSpace { out.append(0x20) }
        return out
    }

    /// Lowercased, every character other than a letter, digit or hyphen turned into a space
    /// (runs collapsed), padded with spaces.
    static func normalise(_ text: String) -> String {
        var out = " "
        var lastWasSpace = true
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" {
                out.append(character)
                lastWasSpace = false
            } else if !lastWasSpace {
                out.append(" ")
                lastWasSpace = true
            }
        }
        if !lastWasSpace { out.append(" ") }
        return out
    }
}
