import Foundation

/// A substance a laboratory measures, written after the specimen it is measured in ("stool
/// beta-glucuronidase", "breath methane", "sweat chloride", "serum pepsinogen"): the specimen
/// says the value is a body's, so the substance is a measure there though no measures table
/// names it (`Vocabulary/specimens.tsv`, written by `.ci/lab/derive-specimens.py` from MeSH's
/// body fluids, secretions and feces and its chemicals and biological factors).
extension TaggedSentence {
    /// The bundled specimens and substances (`specimens.tsv`), read once, at the first
    /// sentence that tells a value moved; `nil` when the file is not bundled.
    static let specimenNames: (specimens: Set<String>, substances: Set<String>)? = {
        guard
            let url = ConditionVocabulary.bundledDirectory?.appendingPathComponent(
                "specimens.tsv"),
            let data = FileManager.default.contents(atPath: url.path)
        else { return nil }
        var specimens = Set<String>()
        var substances = Set<String>()
        for line in data.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#")
        {
            let fields = line.split(separator: UInt8(ascii: "\t"), maxSplits: 2)
            guard fields.count == 3 else { continue }
            let name = String(decoding: fields[0], as: UTF8.self)
            if fields[1].elementsEqual("specimen".utf8) {
                specimens.insert(name)
            } else {
                substances.insert(name)
            }
        }
        return (specimens, substances)
    }()

    /// The most words a substance's name has (rule M4 of `.ci/lab/derive-measures.py`).
    static let specimenSubstanceWords = 4

    /// Tags `@lab-analyte-named` over a specimen word and the substance after it (one to four
    /// words, joined by spaces or a hyphen: "beta-glucuronidase"), in a sentence that tells a
    /// value moved (`@value-moved`, `@lab-state-moved`): "urine pyrroles 32 in March, 8 by
    /// September". A substance's name is read as written, lowercased, and in the singular or
    /// the plural ("pepsinogen" of MeSH's "pepsinogens"). A substance copy supplies
    /// (`@substance`) or a measure the tables name (`@lab-analyte`, `@lab-analyte-named`) is
    /// left as it is: raising a nutrient's level is no lab value brought back, and a named
    /// measure is read without its specimen.
    static func tagSpecimenAnalytes(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let named = lexicon.classID("lab-analyte-named") else { return }
        let movedClasses = ["value-moved", "lab-state-moved"].compactMap(lexicon.classID)
        guard movedClasses.contains(where: { present[$0] }), let names = specimenNames else {
            return
        }
        let kept = ["substance", "lab-analyte", "lab-analyte-named"].compactMap(lexicon.classID)
        func joined(_ word: Int) -> Bool {
            let between = gap(before: word, tokens: tokens, text: text)
            return between.allSatisfy(\.properties.isWhitespace)
                || between.count == 1 && between.first == "-"
        }
        for index in tokens.indices.dropLast() {
            let token = tokens[index]
            guard !token.isHashtag, !token.isNamePiece, token.end <= text.count,
                names.specimens.contains(writtenForm(token, text: text))
            else { continue }
            var words: [String] = []
            var found: Int? = nil
            var end = index + 1
            while end < tokens.count, words.count < specimenSubstanceWords, joined(end),
                !tokens[end].isHashtag, tokens[end].end <= text.count
            {
                words.append(writtenForm(tokens[end], text: text))
                end += 1
                let name = words.joined(separator: " ")
                if names.substances.contains(name)
                    || name.hasSuffix("s") && names.substances.contains(String(name.dropLast()))
                    || names.substances.contains(name + "s")
                {
                    found = end
                }
            }
            guard let found,
                !tags[index + 1].contains(where: { kept.contains($0.classID) })
            else { continue }
            tags[index].append((named, found))
            present[named] = true
        }
    }
}
