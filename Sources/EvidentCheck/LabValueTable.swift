import Foundation

/// Reference ranges of lab values, read from `RulePacks/lab-values.yaml`: which analytes copy
/// names ("fasting glucose", "A1C", "T-score"), in which units, and where their normal range
/// ends. The checker reads a number written beside an analyte ("A1C of 9.2%", "a 160/100
/// reading", "T-score of -2.8") and tags it when it lies outside the range.
struct LabValueTable: Sendable {
    /// One unit of an analyte: its normal range and the values it can take in a person.
    struct Range: Sendable, Equatable {
        /// The unit as written in the file, lowercase ("mg/dl", "%").
        var unit: String
        var low: Double?
        var high: Double?
        /// The bounds of the second value of a pair ("160/100": diastolic).
        var secondLow: Double?
        var secondHigh: Double?
        var plausible: ClosedRange<Double>
        /// The values the second of a pair can take in a person (diastolic pressure), if the
        /// file gives them: a pair whose second value lies outside is no reading of it.
        var secondPlausible: ClosedRange<Double>? = nil

        /// Whether a value (and the second of a pair) lies outside the normal range.
        func isAbnormal(_ value: Double, second: Double?) -> Bool {
            if let low, value < low { return true }
            if let high, value > high { return true }
            if let second {
                if let secondLow, second < secondLow { return true }
                if let secondHigh, second > secondHigh { return true }
            }
            return false
        }
    }

    /// A measured quantity and its ranges.
    struct Analyte: Sendable {
        var ranges: [Range]
        /// Read only as two values ("160/100").
        var pairOnly: Bool
        /// The key of its source in the file's `sources`.
        var source: String
        /// The names copy uses for it, as written in the file.
        var names: [String] = []
    }

    /// A number as copy writes it beside an analyte.
    struct Reading: Sendable, Equatable {
        var value: Double
        /// The second value of a pair ("160/100").
        var second: Double?
        /// The unit written after it, lowercase, if any ("mg/dl").
        var unit: String?
        /// Whether a count or time word follows it ("8 hours"): not a lab value.
        var isCount: Bool
    }

    let analytes: [Analyte]
    /// Analyte names (stems) → analyte index.
    let matcher: PhraseMatcher
    /// Source key → what it is.
    let sources: [String: String]
    /// Words that make a number a count, a time or a dose.
    let counts: Set<String>

    /// `lab-values.yaml` as decoded (kept between checks by `RuleBookFiles`).
    struct File: Codable, Equatable {
        var sources: [String: String]
        var analytes: [AnalyteFile]
        var counts: [String]
    }

    struct AnalyteFile: Codable, Equatable {
        var names: [String]
        var source: String
        var pairOnly: Bool?
        var ranges: [RangeFile]

        enum CodingKeys: String, CodingKey {
            case names, source, ranges
            case pairOnly = "pair-only"
        }
    }

    struct RangeFile: Codable, Equatable {
        var unit: String
        var low: Double?
        var high: Double?
        var secondLow: Double?
        var secondHigh: Double?
        var plausible: [Double]
        var secondPlausible: [Double]?

        enum CodingKeys: String, CodingKey {
            case unit, low, high, plausible
            case secondLow = "second-low"
            case secondHigh = "second-high"
            case secondPlausible = "second-plausible"
        }
    }

    /// Reads the file's text; `path` names it in errors.
    init(yaml: String, path: String) throws {
        try self.init(file: try DataFile.decode(File.self, yaml: yaml, path: path), path: path)
    }

    /// The table of the file as decoded; `path` names it in errors.
    init(file: File, path: String) throws {
        var analytes: [Analyte] = []
        var matcher = PhraseMatcher()
        for (index, entry) in file.analytes.enumerated() {
            let label = entry.names.first ?? "#\(index + 1)"
            guard file.sources[entry.source] != nil else {
                throw CheckError.invalidRulePack(
                    path: path,
                    message: "analyte '\(label)': unknown source '\(entry.source)' "
                        + "(expected one of: \(file.sources.keys.sorted().joined(separator: ", ")))"
                )
            }
            guard !entry.ranges.isEmpty else {
                throw CheckError.invalidRulePack(
                    path: path, message: "analyte '\(label)' has no ranges")
            }
            var ranges: [Range] = []
            for range in entry.ranges {
                guard range.plausible.count == 2, range.plausible[0] <= range.plausible[1] else {
                    throw CheckError.invalidRulePack(
                        path: path,
                        message: "analyte '\(label)', unit '\(range.unit)': 'plausible' must be "
                            + "[lowest, highest]")
                }
                if let second = range.secondPlausible, second.count != 2 || second[0] > second[1] {
                    throw CheckError.invalidRulePack(
                        path: path,
                        message: "analyte '\(label)', unit '\(range.unit)': 'second-plausible' "
                            + "must be [lowest, highest]")
                }
                guard range.low != nil || range.high != nil else {
                    throw CheckError.invalidRulePack(
                        path: path,
                        message:
                            "analyte '\(label)', unit '\(range.unit)': expected 'low' or 'high'")
                }
                ranges.append(
                    Range(
                        unit: range.unit.lowercased(), low: range.low, high: range.high,
                        secondLow: range.secondLow, secondHigh: range.secondHigh,
                        plausible: range.plausible[0]...range.plausible[1],
                        secondPlausible: range.secondPlausible.map { $0[0]...$0[1] }))
            }
            for name in entry.names {
                matcher.add(Tokenizer.terms(name), label: index)
            }
            analytes.append(
                Analyte(
                    ranges: ranges, pairOnly: entry.pairOnly ?? false, source: entry.source,
                    names: entry.names))
        }
        self.analytes = analytes
        self.matcher = matcher
        self.sources = file.sources
        self.counts = Set(file.counts.map { $0.lowercased() })
        self.laboratoryUnits = Set(
            analytes.flatMap { $0.ranges.map(\.unit) }.filter(Self.isLaboratoryUnit))
    }

    /// The table's units that only a laboratory reports a body's values in
    /// (`isLaboratoryUnit`): a value written in one is a lab result whatever it names.
    let laboratoryUnits: Set<String>

    /// Whether a unit of the table is one only a laboratory writes a body's values in: an
    /// amount of substance, an activity or a count (mmol, µmol, nmol, pmol, mEq, U, IU, mIU,
    /// µIU, copies, cells, thousands) per anything, or any amount per decilitre, millilitre,
    /// microlitre or cubic millimetre (a specimen's volumes: "mg/dL", "ng/mL", "cells/µL").
    /// A mass per litre ("mg/L", "µg/L") is also how a label gives water, soil or a tank;
    /// a mass per gram, per day or per 24 hours a food's content or a dose; a flow, a
    /// pressure, a percentage, a ratio or a score belong to no specimen: none is.
    static func isLaboratoryUnit(_ unit: String) -> Bool {
        let parts = unit.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let amounts: Set<Substring> = [
            "mmol", "µmol", "umol", "nmol", "pmol", "meq", "u", "iu", "miu", "µiu", "uiu",
            "copies", "cells", "k", "",
        ]
        let volumes: Set<Substring> = ["dl", "ml", "µl", "ul", "mm3"]
        return amounts.contains(parts[0]) || volumes.contains(parts[1])
    }

    /// The word classes the table gives the rule packs, by name: `lab-analyte` (the names of
    /// every analyte), `lab-analyte-high` (those of an analyte with an upper bound in every unit:
    /// a value brought down is one that was too high) and `lab-analyte-low` (those of an
    /// analyte bounded only from below, in every unit: a value raised was too low). A
    /// pair-only analyte's names ("readings", "numbers") name a value only beside a pair, so
    /// they are left out.
    var classes: [String: [String]] {
        var all: [String] = []
        var high: [String] = []
        var low: [String] = []
        for analyte in analytes where !analyte.pairOnly {
            all += analyte.names
            if analyte.ranges.allSatisfy({ $0.high != nil }) {
                high += analyte.names
            } else if analyte.ranges.allSatisfy({ $0.low != nil && $0.high == nil }) {
                low += analyte.names
            }
        }
        return ["lab-analyte": all, "lab-analyte-high": high, "lab-analyte-low": low]
    }

    /// Whether a reading of an analyte is outside its normal range: in the unit written after
    /// it, or, without one, in every unit the value is plausible in (none: not a reading of it).
    func isAbnormal(_ reading: Reading, analyte: Int) -> Bool {
        let candidates = ranges(for: reading, analyte: analyte)
        return !candidates.isEmpty
            && candidates.allSatisfy { $0.isAbnormal(reading.value, second: reading.second) }
    }

    /// The ranges a reading may be in: the written unit's, or those the value is plausible in;
    /// none for a count, a pair-only analyte read without a pair, another analyte's unit, or a
    /// pair whose second value the range's pairs cannot take.
    func ranges(for reading: Reading, analyte: Int) -> [Range] {
        let entry = analytes[analyte]
        guard !reading.isCount, !entry.pairOnly || reading.second != nil else { return [] }
        let found =
            if let unit = reading.unit {
                entry.ranges.filter { unit.hasPrefix($0.unit) }
            } else {
                entry.ranges.filter { $0.plausible.contains(reading.value) }
            }
        guard let second = reading.second else { return found }
        return found.filter { $0.secondPlausible?.contains(second) ?? true }
    }

    /// Whether an analyte is read as a pair of values, the second bounded too (systolic and
    /// diastolic pressure): only such an analyte's value is read from a pair said in words
    /// ("165 over 100").
    func takesPairs(_ analyte: Int) -> Bool {
        analytes[analyte].ranges.contains { $0.secondLow != nil || $0.secondHigh != nil }
    }

    /// The first analyte read only as a pair of values with a bounded second value (blood
    /// pressure as "160/100"): the analyte a pair said in words stands for when no name of one
    /// is written beside it.
    var spokenPairAnalyte: Int? {
        analytes.indices.first { analytes[$0].pairOnly && takesPairs($0) }
    }

    /// The number written at `tokens[index]` (with a sign, thousands separators, a second value
    /// after `/`, and the unit or count word after it), and the index just past its tokens; nil
    /// when the token is not a number. With `spoken`, a second value may also follow "over"
    /// ("165 over 100", how a pressure is said): two whole numbers, the second the smaller.
    func reading(
        at index: Int, of tokens: [Token], in text: [Unicode.Scalar], spoken: Bool = false
    ) -> (reading: Reading, end: Int)? {
        let start = tokens[index].start
        guard start < text.count, Tokenizer.isDigit(text[start]),
            var (value, position) = Self.number(in: text, from: start)
        else { return nil }
        // A minus sign right before the digits, after a space or an opening bracket ("-2.8"),
        // or the sign said in words ("minus 2.8", "negative 2.5": how a T-score is spoken).
        if start > 0, ["-", "\u{2212}", "\u{2013}"].contains(text[start - 1]),
            start == 1 || [" ", "(", "\t", "\n"].contains(text[start - 2])
        {
            value = -value
        } else if Self.spelledSign(before: start, in: text) {
            value = -value
        }
        var second: Double? = nil
        if position + 1 < text.count, text[position] == "/", Tokenizer.isDigit(text[position + 1]),
            let (other, after) = Self.number(in: text, from: position + 1)
        {
            second = other
            position = after
        } else if spoken, let (other, after) = Self.spokenSecond(in: text, after: position),
            other < value, value == value.rounded(), other == other.rounded()
        {
            second = other
            position = after
        }
        // The word after it: a unit ("mg/dL", "%", "mmol/L") or a count ("hours").
        var cursor = position
        while cursor < text.count, text[cursor] == " " || text[cursor] == "\u{00A0}",
            cursor - position < 2
        {
            cursor += 1
        }
        var word = ""
        while cursor < text.count, Self.isUnitScalar(text[cursor]) {
            word.unicodeScalars.append(text[cursor])
            cursor += 1
        }
        while let last = word.unicodeScalars.last, last == "." || last == "/" {
            word.unicodeScalars.removeLast()
        }
        // the Greek small mu written for the micro sign
        word = word.lowercased().replacingOccurrences(of: "\u{03BC}", with: "\u{00B5}")
        if word == "percent" || word == "per" && Self.follows("cent", text, cursor) {
            word = "%"
        }
        var unit: String? = nil
        var isCount = false
        if !word.isEmpty {
            let letters = String(word.unicodeScalars.prefix { Tokenizer.isLetter($0) })
            if word.hasPrefix("%") || word.contains("/") || word == "mmhg" || word == "sd"
                || word == "ratio"
            {
                unit = word
            } else if counts.contains(word) || counts.contains(letters) {
                isCount = true
            }
        }
        var end = index + 1
        while end < tokens.count, tokens[end].start < position { end += 1 }
        return (Reading(value: value, second: second, unit: unit, isCount: isCount), end)
    }

    /// The scalars `reading` may read for a number whose digits start at `start` (or more):
    /// back to the word before it and the scalar before that word (a minus sign, "minus",
    /// "negative"); on to the end of its word, and, when the word is the number alone (its
    /// second after a slash included), the word after it (a unit, or "over" and a spoken
    /// second with the word after that), and the scalar after the last of them; after a unit
    /// that may be "per", the spaces and four scalars more ("per cent"). A sentence written
    /// again is read once only when these scalars are the same around it (`Checker.RepeatKey`):
    /// keep this in step with `reading`.
    static func reach(of start: Int, in text: [Unicode.Scalar]) -> Swift.Range<Int> {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\u{00A0}" }
        func word(from index: Int) -> Swift.Range<Int> {
            var end = index
            while end < text.count, !isSpace(text[end]) { end += 1 }
            return index..<end
        }
        func afterSpaces(_ index: Int) -> Int {
            var end = index
            while end < text.count, isSpace(text[end]) { end += 1 }
            return end
        }
        // Whether a word is a number alone: digits, and a comma, point or slash before a digit.
        func isNumber(_ word: Swift.Range<Int>) -> Bool {
            var end = word.lowerBound
            while end < word.upperBound {
                let scalar = text[end]
                if Tokenizer.isDigit(scalar) {
                    end += 1
                } else if scalar == "," || scalar == "." || scalar == "/", end + 1 < text.count,
                    Tokenizer.isDigit(text[end + 1])
                {
                    end += 1
                } else {
                    break
                }
            }
            return end >= word.upperBound
        }
        // Whether a scalar is `letter` (lowercase ASCII) or lowercases to it.
        func folds(_ scalar: Unicode.Scalar, _ letter: Unicode.Scalar) -> Bool {
            if scalar == letter { return true }
            if scalar.isASCII {
                return ("A"..."Z").contains(scalar) && scalar.value + 32 == letter.value
            }
            return scalar.properties.lowercaseMapping.unicodeScalars.elementsEqual([letter])
        }
        // Whether a word is `letters` (lowercase ASCII) in any case, or holds them.
        func spells(_ word: Swift.Range<Int>, _ letters: String.UnicodeScalarView, alone: Bool)
            -> Bool
        {
            let count = letters.count
            guard word.count >= count, !alone || word.count == count else { return false }
            for offset in word.lowerBound...(word.upperBound - count) {
                if zip(text[offset..<(offset + count)], letters).allSatisfy(folds) {
                    return true
                }
            }
            return false
        }
        var low = start - 2
        while low > 0, Tokenizer.isLetter(text[low]) { low -= 1 }
        var words = [word(from: start)]
        if isNumber(words[0]) {
            let next = word(from: afterSpaces(words[0].upperBound))
            words.append(next)
            if spells(next, "over".unicodeScalars, alone: true) {
                let second = word(from: afterSpaces(next.upperBound))
                words.append(second)
                if isNumber(second) { words.append(word(from: afterSpaces(second.upperBound))) }
            }
        }
        let last = words[words.count - 1].upperBound
        var high = last + 1
        if words.contains(where: { spells($0, "per".unicodeScalars, alone: false) }) {
            high = afterSpaces(last) + 5
        }
        return max(0, min(low, start))..<min(text.count, max(high, start + 1))
    }

    /// The number at `text[start...]`: digits, thousands separators (",000") and one decimal
    /// point; its value and the offset just past it.
    static func number(in text: [Unicode.Scalar], from start: Int) -> (Double, Int)? {
        var digits = ""
        var position = start
        var seenPoint = false
        while position < text.count {
            let scalar = text[position]
            if Tokenizer.isDigit(scalar) {
                digits.unicodeScalars.append(scalar)
            } else if scalar == ",", !seenPoint, !digits.isEmpty,
                (1...3).allSatisfy({
                    position + $0 < text.count && Tokenizer.isDigit(text[position + $0])
                }),
                position + 4 >= text.count || !Tokenizer.isDigit(text[position + 4])
            {
                // a thousands separator ("50,000"): skipped
            } else if scalar == ".", !seenPoint, position + 1 < text.count,
                Tokenizer.isDigit(text[position + 1])
            {
                seenPoint = true
                digits.unicodeScalars.append(scalar)
            } else {
                break
            }
            position += 1
        }
        guard let value = Double(digits) else { return nil }
        return (value, position)
    }

    /// The number after " over " at `text[position...]` (one space each side, "over" in any
    /// case), and the offset just past it.
    static func spokenSecond(in text: [Unicode.Scalar], after position: Int) -> (Double, Int)? {
        let word = Array(" over ".unicodeScalars)
        guard position + word.count < text.count,
            zip(text[position..<(position + word.count)], word).allSatisfy({
                $0.properties.lowercaseMapping == String($1)
            }),
            Tokenizer.isDigit(text[position + word.count])
        else { return nil }
        return number(in: text, from: position + word.count)
    }

    /// Whether the word before the number at `start`, after one space, is "minus" or
    /// "negative" (any case), standing alone.
    static func spelledSign(before start: Int, in text: [Unicode.Scalar]) -> Bool {
        guard start > 1, text[start - 1] == " " else { return false }
        var cursor = start - 1
        var word = ""
        while cursor > 0, Tokenizer.isLetter(text[cursor - 1]) {
            cursor -= 1
            word.unicodeScalars.insert(text[cursor], at: word.unicodeScalars.startIndex)
        }
        return ["minus", "negative"].contains(word.lowercased())
    }

    private static func isUnitScalar(_ scalar: Unicode.Scalar) -> Bool {
        Tokenizer.isLetter(scalar) || Tokenizer.isDigit(scalar)
            || ["/", "%", "\u{00B5}", "\u{03BC}", ".", "\u{00B3}", "\u{00B2}"].contains(scalar)
    }

    private static func follows(_ word: String, _ text: [Unicode.Scalar], _ from: Int) -> Bool {
        var cursor = from
        while cursor < text.count, text[cursor] == " " { cursor += 1 }
        let scalars = Array(word.unicodeScalars)
        guard cursor + scalars.count <= text.count else { return false }
        return text[cursor..<(cursor + scalars.count)].elementsEqual(scalars)
    }
}
