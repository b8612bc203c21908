import Foundation

/// The diseases, symptoms and normal functions copy can name, derived from MeSH, the Disease
/// Ontology, the Symptom Ontology, ICD-10-CM and HPO layperson synonyms
/// (`Vocabulary/conditions.tsv`, written by `.ci/vocab/derive.py`), plus a reviewed alias
/// overlay of lay phrases no source has (`Vocabulary/aliases.tsv`).
///
/// Phrases are tokenised and stemmed like copy and found with a word trie, so looking up a
/// sentence costs one short walk per word, whatever the size of the vocabulary.
public struct ConditionVocabulary: Sendable {
    /// Every phrase, in file order (derived first, then aliases).
    public let concepts: [ConditionConcept]
    /// The sources, with attribution, licence and version (`Vocabulary/sources.tsv`).
    public let sources: [VocabularySource]
    let trie: TermTrie

    /// The HPO release the derived phrases come from (shown with every HPO id, as the HPO
    /// licence asks).
    public static let hpoVersion = "2025-01-16"

    /// The vocabulary bundled with Evident (loaded once).
    public static func bundled() throws -> ConditionVocabulary {
        try bundledResult.get()
    }

    private static let bundledResult: Result<ConditionVocabulary, CheckError> = {
        guard let folder = Bundle.module.url(forResource: "Vocabulary", withExtension: nil)
        else {
            return .failure(
                .invalidRulePack(path: "Vocabulary", message: "the bundled vocabulary is missing"))
        }
        do {
            return .success(try ConditionVocabulary(directory: folder))
        } catch let error as CheckError {
            return .failure(error)
        } catch {
            return .failure(.invalidRulePack(path: folder.path, message: "\(error)"))
        }
    }()

    /// Loads `conditions.tsv`, `aliases.tsv` and `sources.tsv` from a folder.
    public init(directory: URL) throws {
        func read(_ name: String) throws -> (path: String, text: String) {
            let url = directory.appendingPathComponent(name)
            do {
                return (url.path, try String(contentsOf: url, encoding: .utf8))
            } catch {
                throw CheckError.invalidRulePack(path: url.path, message: "cannot read the file")
            }
        }
        let conditions = try read("conditions.tsv")
        let aliases = try read("aliases.tsv")
        let sources = try read("sources.tsv")
        try self.init(
            conditions: conditions, aliases: aliases, sources: sources)
    }

    /// Parses the three files' texts (each given with its path, for error messages).
    public init(
        conditions: (path: String, text: String), aliases: (path: String, text: String),
        sources: (path: String, text: String)
    ) throws {
        var concepts: [ConditionConcept] = []
        var trie = TermTrie()
        for (file, isAlias) in [(conditions, false), (aliases, true)] {
            var number = 0
            for line in file.text.split(separator: "\n", omittingEmptySubsequences: false) {
                number += 1
                if line.isEmpty || line.hasPrefix("#") { continue }
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count >= 4, let kind = ConditionKind(rawValue: String(fields[1]))
                else {
                    throw CheckError.invalidRulePack(
                        path: "\(file.path):\(number):1",
                        message: "expected 'phrase<TAB>disease|symptom|function<TAB>"
                            + "ambiguous|-<TAB>ids', got '\(line)'")
                }
                let sense = fields[2]
                guard sense == "ambiguous" || sense == "-" else {
                    throw CheckError.invalidRulePack(
                        path: "\(file.path):\(number):1",
                        message: "unknown sense '\(sense)' (expected 'ambiguous' or '-')")
                }
                let phrase = String(fields[0])
                let terms = Tokenizer.terms(phrase)
                guard !terms.isEmpty else { continue }
                let ids = fields[3].split(separator: " ").map(String.init).filter { $0 != "-" }
                trie.insert(terms, value: concepts.count)
                concepts.append(
                    ConditionConcept(
                        phrase: phrase, kind: kind, isAmbiguous: sense == "ambiguous",
                        conceptIDs: ids, isAlias: isAlias))
            }
        }
        var list: [VocabularySource] = []
        for line in sources.text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map(String.init)
            guard fields.count == 5 else {
                throw CheckError.invalidRulePack(
                    path: sources.path,
                    message: "expected 'key<TAB>name<TAB>licence<TAB>version<TAB>count', "
                        + "got '\(line)'")
            }
            list.append(
                VocabularySource(
                    key: fields[0], name: fields[1], licence: fields[2], version: fields[3],
                    count: fields[4]))
        }
        self.concepts = concepts
        self.sources = list
        self.trie = trie
    }

    /// The condition phrases in a sequence of stems (as `Tokenizer.terms` gives them): at each
    /// position the longest phrase, and matching resumes after it.
    public func matches(in terms: [String]) -> [ConditionMatch] {
        var result: [ConditionMatch] = []
        var position = 0
        while position < terms.count {
            if trie.starts(terms[position]),
                let longest = trie.matches(terms, at: position).first
            {
                for value in longest.values {
                    result.append(
                        ConditionMatch(
                            start: position, end: longest.end, concept: concepts[Int(value)]))
                }
                position = longest.end
            } else {
                position += 1
            }
        }
        return result
    }

    /// The condition phrases of a text ("Lowers high blood pressure" → high blood pressure,
    /// `MESH:D006973` …), word positions counted in `Tokenizer.terms(text)`.
    public func lookup(_ text: String) -> [ConditionMatch] {
        matches(in: Tokenizer.terms(text))
    }

    /// Every phrase starting at a word position: (end, concept indices), longest first.
    func phrases(_ terms: [String], at position: Int) -> [(end: Int, values: [Int32])] {
        guard trie.starts(terms[position]) else { return [] }
        return trie.matches(terms, at: position)
    }
}
