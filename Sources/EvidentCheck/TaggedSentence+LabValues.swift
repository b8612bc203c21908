/// Lab values: an analyte of `lab-values.yaml` with a number written beside it.
extension TaggedSentence {
    /// How many `value-link` words may stand between an analyte and its value ("A1C went from
    /// 9.2", "creatinine was at 2.4").
    static let valueLinkWindow = 5

    /// Tags `@abnormal-value` over an analyte and its value when the value lies outside the
    /// analyte's reference range ("fasting glucose of 190", "a 9.2 A1C", "160/100 readings",
    /// "T-score of -2.8", "T-score of minus 2.8"), or is said to be brought back to it ("eGFR back above 60", "A1C
    /// down to 5.4"). Between the analyte and a value after it only `value-link` words may
    /// stand; a value before it must be right before it. A number followed by another
    /// analyte's unit, a count or a time ("for 8 hours") is no reading of it.
    static func tagLabValues(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let table = lexicon.labValues, let abnormal = lexicon.abnormalValue,
            tokens.contains(where: { $0.start < text.count && Tokenizer.isDigit(text[$0.start]) })
        else { return }
        let terms = tokens.map(\.term)
        func has(_ id: Int?, at index: Int) -> Int? {
            guard let id else { return nil }
            return tags[index].filter { $0.classID == id }.map(\.end).max()
        }
        var position = 0
        while position < terms.count {
            guard let found = table.matcher.longest(terms, at: position) else {
                position += 1
                continue
            }
            var tagged: (start: Int, end: Int)? = nil
            for analyte in found.labels {
                // After the analyte: link words, then values ("from 9.2 to 5.4").
                var index = found.end
                var returning = false
                var links = 0
                while index < terms.count, links <= valueLinkWindow, tagged == nil {
                    if let (reading, end) = table.reading(at: index, of: tokens, in: text) {
                        let ranges = table.ranges(for: reading, analyte: analyte)
                        if !ranges.isEmpty
                            && (returning || table.isAbnormal(reading, analyte: analyte))
                        {
                            tagged = (position, end)
                        }
                        index = end
                        links += 1
                    } else if index + 1 < terms.count,
                        LabValueTable.spelledSign(before: tokens[index + 1].start, in: text)
                    {
                        index += 1  // "minus" before the value: read with it
                    } else if let end = has(lexicon.valueLink, at: index) {
                        if has(lexicon.valueReturn, at: index) != nil { returning = true }
                        index = end
                        links += 1
                    } else {
                        break
                    }
                }
                // Right before the analyte: "a 9.2 A1C", "160/100 readings".
                if tagged == nil, position > 0 {
                    var first = position - 1
                    if first > 0, tokens[first - 1].end < tokens[first].start,
                        text[tokens[first - 1].end] == "/"
                    {
                        first -= 1
                    }
                    if let (reading, end) = table.reading(at: first, of: tokens, in: text),
                        end == position, table.isAbnormal(reading, analyte: analyte)
                    {
                        tagged = (first, found.end)
                    }
                }
                if tagged != nil { break }
            }
            if let tagged {
                tags[tagged.start].append((abnormal, tagged.end))
                present[abnormal] = true
            }
            position = found.end
        }
    }
}
