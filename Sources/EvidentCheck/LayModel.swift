import Foundation

/// The lay-language reader: a logistic regression that reads a disease claim told in open lay
/// words ("old cat drinking from the tap all day and getting thin? our renal broth turns that
/// around"), which no phrase of the rule packs anticipates.
///
/// Its weights (`Vocabulary/lay-model.tsv`) are learnt by `.ci/train-lay-model` from the
/// development set (`Tests/Evaluation/dev`: disease claims against lawful, innocent and
/// EU-authorised sentences) and never from an evaluation set. Its features (``LayFeatures``)
/// are the sentence's stems, its adjacent pairs of stems and the classes of its stems from
/// static vocabularies (`Vocabulary/lay-words.tsv`), never from the rule packs, so that a
/// pack's change never changes what the model reads. The checker asks it only about a
/// sentence of three words or more that no rule found an error or a disease claim in
/// (`Checker.layCandidates`): the finding `lay-disease-claim`.
public struct LayModel: Sendable {
    /// The intercept.
    public let bias: Double
    /// The smallest score (0-1) that is a finding.
    public let threshold: Double
    /// How many development rows it was trained on.
    public let rows: Int
    /// The file's comment lines (what it is, what it was trained on, its figures).
    public let header: [String]
    /// Weight per feature (``LayFeatures``).
    let weights: [String: Double]

    /// Reads a model file: `#` comment lines, then `bias`, `threshold` and `rows` lines and
    /// `feature<TAB>weight` lines; `nil` when the three are not all there or a weight is not a
    /// number.
    public init?(text: String) {
        var header: [String] = []
        var weights: [String: Double] = [:]
        var bias: Double?
        var threshold: Double?
        var rows: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") {
                header.append(String(line.dropFirst().drop { $0 == " " }))
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else { return nil }
            let name = String(fields[0])
            switch name {
            case "bias": bias = Double(fields[1])
            case "threshold": threshold = Double(fields[1])
            case "rows": rows = Int(fields[1])
            default:
                guard let weight = Double(fields[1]) else { return nil }
                weights[name] = weight
            }
        }
        guard let bias, let threshold, let rows else { return nil }
        self.bias = bias
        self.threshold = threshold
        self.rows = rows
        self.header = header
        self.weights = weights
    }

    /// The bundled model (`Vocabulary/lay-model.tsv`), read once; `nil` when the file is
    /// missing or unreadable (the reader is then off).
    public static let bundled: LayModel? = {
        guard let folder = ConditionVocabulary.bundledDirectory,
            let data = try? Data(contentsOf: folder.appendingPathComponent("lay-model.tsv")),
            let text = String(data: data, encoding: .utf8)
        else { return nil }
        return LayModel(text: text)
    }()

    /// How many features have a weight.
    public var featureCount: Int { weights.count }

    /// The model's score (0-1) of a list of features (each counted once).
    public func score(_ features: [String]) -> Double { score(Set(features)) }

    /// The model's score (0-1) of a set of features.
    func score(_ features: Set<String>) -> Double {
        var sum = bias
        for feature in features { sum += weights[feature] ?? 0 }
        return 1 / (1 + exp(-sum))
    }

    /// What the model reads in a sentence's stems (`terms`, as the checker's tokenizer makes
    /// them): its score and, when the score is at or above the threshold, a reading with the
    /// token ranges (first token, end) of the (at most) three stems or pairs of stems that
    /// weighed most for a disease claim; `nil` below the threshold.
    func read(terms: [String]) -> LayReading? {
        let score = score(LayFeatures.featureSet(terms))
        guard score >= threshold else { return nil }
        // Per word and per pair of adjacent words that holds a word of a class (a noun, a
        // verb, a condition: not "your" nor "without"), its weight; the three heaviest (ties:
        // the earlier), each word at most once.
        var weighed: [(weight: Double, tokens: Range<Int>)] = []
        let folded = terms.map(LayFeatures.folded)
        let named = folded.map { LayFeatures.classes[$0] != nil }
        for index in folded.indices {
            if named[index], let weight = weights["w:" + folded[index]], weight > 0 {
                weighed.append((weight, index..<(index + 1)))
            }
            if index + 1 < folded.count, named[index] || named[index + 1],
                let weight = weights["b:" + folded[index] + "_" + folded[index + 1]], weight > 0
            {
                weighed.append((weight, index..<(index + 2)))
            }
        }
        weighed.sort { ($0.weight, -$0.tokens.lowerBound) > ($1.weight, -$1.tokens.lowerBound) }
        var chosen: [Range<Int>] = []
        for (_, tokens) in weighed where chosen.count < 3 {
            // Each word once, and a word written twice ("her ... her") named once.
            if chosen.contains(where: { $0.overlaps(tokens) || folded[$0] == folded[tokens] }) {
                continue
            }
            chosen.append(tokens)
        }
        return LayReading(score: score, words: chosen)
    }
}

/// What the lay-language reader found in a sentence: its score and the ranges of the words
/// that weighed most (in the order of their weight): token ranges as ``LayModel`` reads them,
/// ranges of the plain text in a candidate (`Checker.layCandidates`).
struct LayReading: Sendable, Hashable {
    var score: Double
    var words: [Range<Int>]

    /// The score with two decimals ("0.97").
    var scoreText: String { String(format: "%.2f", score) }
}

/// The features of the lay-language reader: one implementation, used to dump the training
/// features (`evident check --lay-features`) and to score a sentence at check time.
///
/// - `w:STEM`: each stem (a number folded to `#`);
/// - `b:STEM_STEM`: each pair of adjacent stems;
/// - `c:CLASS`: each class of a stem in `Vocabulary/lay-words.tsv` (WordNet supersenses of the
///   commonest noun and verb sense, the kind of a one-word condition phrase, `hpo`).
///
/// Each feature once, sorted.
public enum LayFeatures {
    /// Classes per stem (`Vocabulary/lay-words.tsv`), read once; empty when the file is
    /// missing.
    static let classes: [String: [String]] = {
        guard let folder = ConditionVocabulary.bundledDirectory,
            let data = try? Data(contentsOf: folder.appendingPathComponent("lay-words.tsv")),
            let text = String(data: data, encoding: .utf8)
        else { return [:] }
        return classes(in: text)
    }()

    /// The classes of a lay-words file's text: `stem<TAB>class,class`; `#` opens a comment.
    static func classes(in text: String) -> [String: [String]] {
        var result: [String: [String]] = [:]
        result.reserveCapacity(60_000)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            let names = line[line.index(after: tab)...].split(separator: ",").map {
                "c:" + $0
            }
            result[String(line[..<tab])] = names
        }
        return result
    }

    /// A stem as a feature reads it: a number (digits, with a decimal point) is `#`.
    static func folded(_ term: String) -> String {
        term.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "." } ? "#" : term
    }

    /// The features of a sentence's stems, each once, sorted.
    public static func features(_ terms: [String]) -> [String] { featureSet(terms).sorted() }

    /// The features of a sentence's stems.
    static func featureSet(_ terms: [String]) -> Set<String> {
        let folded = terms.map(folded)
        var features = Set<String>()
        for (index, term) in folded.enumerated() {
            features.insert("w:" + term)
            if index + 1 < folded.count { features.insert("b:" + term + "_" + folded[index + 1]) }
            for name in classes[term] ?? [] { features.insert(name) }
        }
        return features
    }
}
