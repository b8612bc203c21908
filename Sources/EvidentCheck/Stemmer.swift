/// Light, deterministic stemming shared by copy, lexicon and knowledge-base claims.
///
/// Lowercases, drops a possessive `'s`, then strips one plural `s`, one `-ing`/`-ed` and a final
/// `e`, so `prevents`, `prevented` and `preventing` meet at `prevent`, and `cure`, `cures` and
/// `cured` at `cur`. It is not a linguistic stemmer; it only has to be the same on both sides.
public enum Stemmer {
    /// The stem of one word (already split from its neighbours).
    public static func stem(_ word: String) -> String {
        var chars = Array(word.lowercased().unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 })
        if chars.count >= 2, chars[chars.count - 2] == "'", chars[chars.count - 1] == "s" {
            chars.removeLast(2)
        }
        chars.removeAll { $0 == "'" }
        guard chars.count > 3 else { return String(String.UnicodeScalarView(chars)) }
        func ends(_ suffix: String) -> Bool {
            let s = Array(suffix.unicodeScalars)
            return chars.count >= s.count && Array(chars.suffix(s.count)) == s
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
        let suffix = ends("ing") && chars.count >= 6 ? 3 : (ends("ed") && chars.count >= 5 && !ends("eed") ? 2 : 0)
        if suffix > 0 {
            let base = Array(chars.dropLast(suffix))
            // "clotting" stays apart from "clot": a doubled consonant keeps the suffix.
            let doubled = base.count >= 2 && base[base.count - 1] == base[base.count - 2]
                && "bdgmnpt".unicodeScalars.contains(base[base.count - 1])
            if !doubled {
                chars = base
                stripped = true
            }
        }
        if !stripped, ends("e"), chars.count >= 4 { chars.removeLast() }
        return String(String.UnicodeScalarView(chars))
    }
}
