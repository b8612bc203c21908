/// Light, deterministic stemming shared by copy, lexicon and knowledge-base claims.
///
/// Lowercases, drops a possessive `'s`, then strips one plural `s`, one `-ing`/`-ed` and a final
/// `e`, so `prevents`, `prevented` and `preventing` meet at `prevent`, and `cure`, `cures` and
/// `cured` at `cur`. It is not a linguistic stemmer; it only has to be the same on both sides.
public enum Stemmer {
    /// The stem of one word (already split from its neighbours).
    public static func stem(_ word: String) -> String {
        stem(scalars: Array(word.unicodeScalars))
    }

    /// The stem of one word given as scalars.
    static func stem(scalars word: [Unicode.Scalar]) -> String {
        stem(scalars: word[...])
    }

    /// The stem of one word given as scalars (a slice of the text).
    ///
    /// An ASCII word (almost every word of copy) is lowercased and stemmed in a buffer on the
    /// stack and becomes a small string; any other word is lowercased by Unicode rules first.
    static func stem(scalars word: ArraySlice<Unicode.Scalar>) -> String {
        if word.count <= 32, word.allSatisfy({ $0.value < 128 }) {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
                var length = 0
                for scalar in word {
                    let value = UInt8(truncatingIfNeeded: scalar.value)
                    buffer[length] = (65...90).contains(value) ? value + 32 : value
                    length += 1
                }
                length = strip(buffer, length)
                return String(
                    decoding: UnsafeBufferPointer(rebasing: buffer[..<length]), as: UTF8.self)
            }
        }
        var chars: [UInt32] = []
        chars.reserveCapacity(word.count)
        var ascii = true
        for scalar in word {
            if scalar.value < 128 {
                chars.append((65...90).contains(scalar.value) ? scalar.value + 32 : scalar.value)
            } else if scalar == "\u{2019}" {
                chars.append(UInt32(UInt8(ascii: "'")))
            } else {
                ascii = false
                chars.append(scalar.value)
            }
        }
        if !ascii {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: chars.compactMap(Unicode.Scalar.init))
            chars = String(view).lowercased().unicodeScalars.map(\.value)
        }
        let length = chars.withUnsafeMutableBufferPointer { strip($0, $0.count) }
        return makeString(chars[..<length].compactMap(Unicode.Scalar.init))
    }

    /// Drops a possessive `'s` and the apostrophes, then one plural `s`, one `-ing`/`-ed` and a
    /// final `e` of lowercase characters (bytes or scalar values) in place; returns the new
    /// length.
    private static func strip<Char: FixedWidthInteger & UnsignedInteger>(
        _ chars: UnsafeMutableBufferPointer<Char>, _ length: Int
    ) -> Int {
        func char(_ ascii: Unicode.Scalar) -> Char { Char(truncatingIfNeeded: ascii.value) }
        let apostrophe = char("'")
        var count = length
        if count >= 2, chars[count - 2] == apostrophe, chars[count - 1] == char("s") {
            count -= 2
        }
        var kept = 0
        for index in 0..<count where chars[index] != apostrophe {
            chars[kept] = chars[index]
            kept += 1
        }
        count = kept
        guard count > 3 else { return count }
        func ends(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count >= length else { return false }
            let base = count - length
            return suffix.withUTF8Buffer { buffer in
                for k in 0..<length where chars[base + k] != Char(buffer[k]) { return false }
                return true
            }
        }
        if ends("ies"), count > 4 {
            count -= 3
            chars[count] = char("y")
            count += 1
        } else if ends("sses") {
            count -= 2
        } else if ends("s"), !ends("ss"), !ends("us"), !ends("is") {
            count -= 1
        }
        var stripped = false
        let suffix =
            ends("ing") && count >= 6 ? 3 : (ends("ed") && count >= 5 && !ends("eed") ? 2 : 0)
        if suffix > 0 {
            let base = count - suffix
            // "clotting" stays apart from "clot": a doubled consonant keeps the suffix.
            let doubled =
                base >= 2 && chars[base - 1] == chars[base - 2]
                && "bdgmnpt".unicodeScalars.contains { chars[base - 1] == char($0) }
            if !doubled {
                count = base
                stripped = true
            }
        }
        if !stripped, ends("e"), count >= 4 { count -= 1 }
        return count
    }

    private static func makeString(_ chars: [Unicode.Scalar]) -> String {
        if chars.allSatisfy({ $0.value < 128 }) {
            return String(
                decoding: chars.map { UInt8(truncatingIfNeeded: $0.value) }, as: UTF8.self)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: chars)
        return String(view)
    }
}
