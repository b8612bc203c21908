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
        var chars: [Unicode.Scalar] = []
        chars.reserveCapacity(word.count)
        var ascii = true
        for scalar in word {
            if scalar.value < 128 {
                chars.append(
                    ("A"..."Z").contains(scalar)
                        ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar)
            } else if scalar == "\u{2019}" {
                chars.append("'")
            } else {
                ascii = false
                chars.append(scalar)
            }
        }
        if !ascii {
            chars = Array(String(String.UnicodeScalarView(chars)).lowercased().unicodeScalars)
        }
        if chars.count >= 2, chars[chars.count - 2] == "'", chars[chars.count - 1] == "s" {
            chars.removeLast(2)
        }
        chars.removeAll { $0 == "'" }
        guard chars.count > 3 else { return makeString(chars) }
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard chars.count >= count else { return false }
            let base = chars.count - count
            return suffix.withUTF8Buffer { buffer in
                for k in 0..<count where chars[base + k].value != UInt32(buffer[k]) { return false }
                return true
            }
        }
        if ends("ies"), chars.count > 4 {
            chars.removeLast(3)
            chars.append("y")
        } else if ends("sses") {
            chars.removeLast(2)
        } else if ends("s"), !ends("ss"), !ends("us"), !ends("is") {
            chars.removeLast()
        }
        var stripped = false
        let suffix =
            ends("ing") && chars.count >= 6
            ? 3 : (ends("ed") && chars.count >= 5 && !ends("eed") ? 2 : 0)
        if suffix > 0 {
            let base = Array(chars.dropLast(suffix))
            // "clotting" stays apart from "clot": a doubled consonant keeps the suffix.
            let doubled =
                base.count >= 2 && base[base.count - 1] == base[base.count - 2]
                && "bdgmnpt".unicodeScalars.contains(base[base.count - 1])
            if !doubled {
                chars = base
                stripped = true
            }
        }
        if !stripped, ends("e"), chars.count >= 4 { chars.removeLast() }
        return makeString(chars)
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
