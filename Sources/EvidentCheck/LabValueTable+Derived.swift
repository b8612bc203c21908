import Foundation

/// The analytes the Human Phenotype Ontology names raised or lowered (`Vocabulary/analytes.tsv`,
/// written by `.ci/vocab/derive.py`, rule A): "potassium", "cortisol", "alkaline phosphatase";
/// and the measures MeSH files under its laboratory, function and vital-sign tests, hormones,
/// biomarkers and blood proteins (`Vocabulary/measures.tsv`, written by
/// `.ci/lab/derive-measures.py`): "procalcitonin", "ankle brachial index", "IgE". They have no
/// ranges here, so the checker reads them only where copy says a value of one comes back to
/// normal or back under, over or down to a number, or tells its value before and after
/// (`@lab-analyte-named`), never as lowered or raised.
extension LabValueTable {
    /// The file of the derived analytes, beside the condition vocabulary.
    static let derivedFile = "analytes.tsv"
    /// The file of the derived measures, beside it.
    static let measuresFile = "measures.tsv"

    /// The analyte names of a derived file's text (first column; `#` lines are comments); a
    /// line without its ids is an error at `path:line:1`.
    static func derivedNames(_ text: String, path: String) throws -> [String] {
        // ASCII without carriage returns (the derived file as written) is read as bytes: its
        // characters are its bytes. Otherwise as characters ("\r\n" is one, and a tab or line
        // feed followed by a combining mark is another character than a tab or a line feed).
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\r") || $0 >= 0x80 }) else {
            return try derivedNames(bytes: text, path: path)
        }
        var names: [String] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        where !line.isEmpty && !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw CheckError.invalidRulePack(
                    path: path, line: number + 1, column: 1,
                    message: "expected 'analyte<TAB>ids', got '\(line)'")
            }
            names.append(String(fields[0]))
        }
        return names
    }

    /// `derivedNames(_:path:)` of an ASCII text without carriage returns, read as bytes.
    private static func derivedNames(bytes text: String, path: String) throws -> [String] {
        var names: [String] = []
        let tab = UInt8(ascii: "\t")
        for (number, line) in text.utf8.split(
            separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false
        ).enumerated() where !line.isEmpty && line.first != UInt8(ascii: "#") {
            let fields = line.split(separator: tab, omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw CheckError.invalidRulePack(
                    path: path, line: number + 1, column: 1,
                    message: "expected 'analyte<TAB>ids', got '\(Substring(line))'")
            }
            names.append(String(Substring(fields[0])))
        }
        return names
    }

    /// The bundled derived analytes and measures not already named by the table or by
    /// `excluded` (the substances copy supplies: raising a nutrient's level is no lab value
    /// brought back), each once, as `@lab-analyte-named`; empty when no file is bundled.
    ///
    /// `cache`: a knowledge base's `.evident/` folder, where the class is kept between checks
    /// (`lab-derived.cache`, a `KeptValueFile` keyed by the binary, both files' texts, the
    /// table's names and `excluded`): every name is cut into stems to compare it with the
    /// others, 68 million instructions at every start for the same answer.
    func derivedClass(excluding excluded: [String], cache: URL? = nil) throws -> [String: [String]]
    {
        var texts: [(text: String, path: String)] = []
        for file in [Self.derivedFile, Self.measuresFile] {
            guard let url = ConditionVocabulary.bundledDirectory?.appendingPathComponent(file),
                FileManager.default.fileExists(atPath: url.path)
            else { continue }
            do { texts.append((try String(contentsOf: url, encoding: .utf8), url.path)) } catch {
                throw CheckError.invalidRulePack(path: url.path, message: "cannot read the file")
            }
        }
        let derive = {
            var known = Set((analytes.flatMap(\.names) + excluded).map { Tokenizer.terms($0) })
            var names: [String] = []
            for (text, path) in texts {
                for name in try Self.derivedNames(text, path: path)
                where known.insert(Tokenizer.terms(name)).inserted {
                    names.append(name)
                }
            }
            return ["lab-analyte-named": names]
        }
        guard let cache else { return try derive() }
        // The files by path and text, then the names they are compared with (a line feed is
        // in no name).
        let inputs: [String?] =
            texts.flatMap { [$0.path, $0.text] } + [
                analytes.map { $0.names.joined(separator: "\n") }.joined(separator: "\n\n"),
                excluded.joined(separator: "\n"),
            ]
        return try KeptValueFile(
            folder: cache, name: "lab-derived.cache", magic: "EVLABDV", format: 1
        ).value([String: [String]].self, inputs: inputs, derive: derive)
    }
}
