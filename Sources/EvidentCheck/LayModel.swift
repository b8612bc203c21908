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
    let weights: LayWeights

    /// Reads a model file: `#` comment lines, then `bias`, `threshold` and `rows` lines and
    /// `feature<TAB>weight` lines; `nil` when the three are not all there or a weight is not a
    /// number.
    public init?(text: String) { self.init(bytes: Array(text.utf8)) }

    /// Reads a model file's UTF-8 bytes (see `init(text:)`): line by line in the bytes, each
    /// feature's name kept as its bytes (no text made per line); a file with a carriage
    /// return, or with a feature that is not ASCII but equal to an ASCII text, is read as a
    /// text (`init(lines:)`), as it reads the same.
    init?(bytes: [UInt8]) {
        var header: [String] = []
        var keys = LayKeys(bytes: bytes, capacity: bytes.count / 16)
        var values: [Double] = []
        var others: [String: Int] = [:]
        var otherValues: [Double] = []
        var bias: Double?
        var threshold: Double?
        var rows: Int?
        var valid = true
        var asText = bytes.contains(UInt8(ascii: "\r"))
        let tab = UInt8(ascii: "\t")
        if !asText {
            LayKeys.forEachLine(bytes) { start, end in
                guard valid, !asText else { return }
                let line = bytes[start..<end]
                if line.first == UInt8(ascii: "#") {
                    let text = String(decoding: line, as: UTF8.self)
                    if text.hasPrefix("#") {
                        header.append(String(text.dropFirst().drop { $0 == " " }))
                        return
                    }
                }
                // Two fields: a name, a tab, a number.
                guard let split = line.firstIndex(of: tab),
                    !line[(split + 1)...].contains(tab)
                else {
                    valid = false
                    return
                }
                let name = bytes[start..<split]
                let field = String(decoding: bytes[(split + 1)..<end], as: UTF8.self)
                if name.elementsEqual("bias".utf8) {
                    bias = Double(field)
                } else if name.elementsEqual("threshold".utf8) {
                    threshold = Double(field)
                } else if name.elementsEqual("rows".utf8) {
                    rows = Int(field)
                } else {
                    guard let weight = Double(field) else {
                        valid = false
                        return
                    }
                    if !name.contains(where: { $0 >= 0x80 }) {
                        let number = keys.insert(start: start, end: split)
                        if number == values.count {
                            values.append(weight)
                        } else {
                            values[number] = weight
                        }
                        return
                    }
                    let text = String(decoding: name, as: UTF8.self)
                    guard LayKeys.ascii(text) == nil else {
                        asText = true
                        return
                    }
                    if let number = others[text] {
                        otherValues[number] = weight
                    } else {
                        others[text] = otherValues.count
                        otherValues.append(weight)
                    }
                }
            }
        }
        if asText {
            guard let text = String(bytes: bytes, encoding: .utf8) else { return nil }
            self.init(lines: text)
            return
        }
        guard valid, let bias, let threshold, let rows,
            !bytes.contains(where: { $0 >= 0x80 }) || String(bytes: bytes, encoding: .utf8) != nil
        else { return nil }
        self.init(
            bias: bias, threshold: threshold, rows: rows, header: header,
            weights: LayWeights(
                keys: keys, values: values, others: others, otherValues: otherValues))
    }

    private init(bias: Double, threshold: Double, rows: Int, header: [String], weights: LayWeights)
    {
        self.bias = bias
        self.threshold = threshold
        self.rows = rows
        self.header = header
        self.weights = weights
    }

    /// Reads a model file's text line by line as texts (every feature's name a text).
    private init?(lines text: String) {
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
        self.init(
            bias: bias, threshold: threshold, rows: rows, header: header,
            weights: LayWeights(texts: weights))
    }

    /// The bundled model (`Vocabulary/lay-model.tsv`), read once, when a sentence first
    /// reaches the reader; `nil` when the file is missing or unreadable (the reader is then
    /// off).
    public static let bundled: LayModel? = {
        guard let folder = ConditionVocabulary.bundledDirectory,
            let data = try? Data(contentsOf: folder.appendingPathComponent("lay-model.tsv"))
        else { return nil }
        return LayModel(bytes: [UInt8](data))
    }()

    /// How many features have a weight.
    public var featureCount: Int { weights.count }

    /// The model's score (0-1) of a list of features (each counted once).
    public func score(_ features: [String]) -> Double {
        var sum = bias
        for feature in Set(features) {
            sum += weights.number(ofFeature: feature).map(weights.value) ?? 0
        }
        return 1 / (1 + exp(-sum))
    }

    private func score(_ lookup: LayLookup) -> Double {
        var sum = bias
        for number in lookup.present { sum += weights.value(number) }
        return 1 / (1 + exp(-sum))
    }

    /// What the model reads in a sentence's stems (`terms`, as the checker's tokenizer makes
    /// them): its score and, when the score is at or above the threshold, a reading with the
    /// token ranges (first token, end) of the (at most) three stems or pairs of stems that
    /// weighed most for a disease claim; `nil` below the threshold.
    func read(terms: [String]) -> LayReading? {
        let lookup = LayLookup(terms, weights: weights)
        let score = score(lookup)
        guard score >= threshold else { return nil }
        // Per word and per pair of adjacent words that holds a content word (of a class: a
        // noun, a verb, a condition; not a function word: "her", "gets", "out", "without"),
        // its weight; the three heaviest (ties: the earlier), each word at most once.
        var weighed: [(weight: Double, tokens: Range<Int>)] = []
        let folded = lookup.folded
        let named = zip(lookup.named, folded).map {
            $0 && !LayFeatures.functionWords.contains($1)
        }
        for index in folded.indices {
            if named[index], let number = lookup.singles[index] {
                let weight = weights.value(number)
                if weight > 0 { weighed.append((weight, index..<(index + 1))) }
            }
            if index + 1 < folded.count, named[index] || named[index + 1],
                let number = lookup.pairs[index]
            {
                let weight = weights.value(number)
                if weight > 0 { weighed.append((weight, index..<(index + 2))) }
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

/// The weights of a model's features: the ASCII ones found in the file's bytes by their
/// bytes (`LayKeys`), in pieces (no text made per feature), the others by their text. Each
/// feature has a number (the order of the file's first line of it; the texts after).
struct LayWeights: Sendable {
    /// The ASCII features (`nil`: all are in `others`).
    private let keys: LayKeys?
    private let values: [Double]
    /// The other features: the number of their weight in `otherValues`.
    private let others: [String: Int]
    private let otherValues: [Double]

    init(keys: LayKeys, values: [Double], others: [String: Int], otherValues: [Double]) {
        self.keys = keys
        self.values = values
        self.others = others
        self.otherValues = otherValues
    }

    /// Every feature by its text.
    init(texts: [String: Double]) {
        keys = nil
        values = []
        var others: [String: Int] = [:]
        var otherValues: [Double] = []
        for (name, weight) in texts {
            others[name] = otherValues.count
            otherValues.append(weight)
        }
        self.others = others
        self.otherValues = otherValues
    }

    /// How many features have a weight.
    var count: Int { values.count + others.count }

    /// The weight of a feature's number.
    func value(_ number: Int) -> Double {
        number < values.count ? values[number] : otherValues[number - values.count]
    }

    /// The number of a feature (as strings are equal: canonically equivalent).
    func number(ofFeature feature: String) -> Int? {
        guard let keys else { return others[feature] }
        if let number = others[feature] { return values.count + number }
        guard let bytes = LayKeys.ascii(feature) else { return nil }
        return bytes.withUnsafeBufferPointer {
            keys.find(UnsafeBufferPointer(start: nil, count: 0), $0)
        }
    }

    /// The number of the feature `prefix` + `first` (+ `_` + `second`), pieces all ASCII.
    func number(
        _ prefix: [UInt8], _ first: UnsafeBufferPointer<UInt8>,
        _ second: UnsafeBufferPointer<UInt8>? = nil
    ) -> Int? {
        guard let keys else {
            var text = prefix
            text.append(contentsOf: first)
            if let second {
                text.append(LayKeys.joiner)
                text.append(contentsOf: second)
            }
            return others[String(decoding: text, as: UTF8.self)]
        }
        return prefix.withUnsafeBufferPointer { keys.find($0, first, second) }
    }
}

/// The features of a sentence's stems that the model weighs: their numbers (each once, in
/// order), and per stem, whether `lay-words.tsv` names it (it has classes) and the numbers of
/// its `w:` feature and of the `b:` feature of it and the stem after it. Looked up in the
/// files' bytes, a stem's bytes after the other's (no text made per feature), but for a stem
/// that is not ASCII (by its text, as ``LayFeatures/featureSet(_:)`` makes it).
struct LayLookup {
    var folded: [String]
    var present: [Int] = []
    var named: [Bool] = []
    var singles: [Int?] = []
    var pairs: [Int?] = []

    private static let single = Array("w:".utf8)
    private static let pair = Array("b:".utf8)
    private static let kind = Array("c:".utf8)

    init(_ terms: [String], weights: LayWeights) {
        folded = terms.map(LayFeatures.folded)
        let words = LayFeatures.words
        var bytes: [UInt8] = []
        var spans: [Range<Int>] = []
        var ascii: [Bool] = []
        spans.reserveCapacity(folded.count)
        ascii.reserveCapacity(folded.count)
        for term in folded {
            let start = bytes.count
            bytes.append(contentsOf: term.utf8)
            spans.append(start..<bytes.count)
            ascii.append(!bytes[start...].contains { $0 >= 0x80 })
        }
        named.reserveCapacity(folded.count)
        singles.reserveCapacity(folded.count)
        pairs.reserveCapacity(folded.count)
        let count = folded.count
        bytes.withUnsafeBufferPointer { buffer in
            for index in 0..<count {
                let piece = UnsafeBufferPointer(rebasing: buffer[spans[index]])
                singles.append(
                    ascii[index]
                        ? weights.number(Self.single, piece)
                        : weights.number(ofFeature: "w:" + folded[index]))
                if let single = singles[index] { present.append(single) }
                if index + 1 < count {
                    let next = UnsafeBufferPointer(rebasing: buffer[spans[index + 1]])
                    pairs.append(
                        ascii[index] && ascii[index + 1]
                            ? weights.number(Self.pair, piece, next)
                            : weights.number(
                                ofFeature: "b:" + folded[index] + "_" + folded[index + 1]))
                } else {
                    pairs.append(nil)
                }
                if let pair = pairs[index] { present.append(pair) }
                var isNamed = false
                if words.isCompact && ascii[index] {
                    if let entry = words.number(piece) {
                        isNamed = true
                        words.forEachClass(entry) { name in
                            if let number = weights.number(Self.kind, name) {
                                present.append(number)
                            }
                        }
                    }
                } else if let names = words.classFeatures(folded[index]) {
                    isNamed = true
                    for name in names {
                        if let number = weights.number(ofFeature: name) { present.append(number) }
                    }
                }
                named.append(isNamed)
            }
        }
        present.sort()
        var distinct = 0
        for number in present where distinct == 0 || present[distinct - 1] != number {
            present[distinct] = number
            distinct += 1
        }
        present.removeLast(present.count - distinct)
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
    /// Classes per stem (`Vocabulary/lay-words.tsv`), read once, when a sentence first
    /// reaches the reader; none when the file is missing.
    static let words: LayWords = {
        guard let folder = ConditionVocabulary.bundledDirectory,
            let data = try? Data(contentsOf: folder.appendingPathComponent("lay-words.tsv"))
        else { return LayWords(bytes: []) }
        return LayWords(bytes: [UInt8](data))
    }()

    /// The function words of English (`Vocabulary/function-words.txt`: its closed classes,
    /// pronouns, determiners, auxiliaries, prepositions and particles, conjunctions), as
    /// stems: a reading's words (``LayModel/read(terms:)``) are none of them. Read once, when
    /// a sentence is first found; none when the file is missing.
    static let functionWords: Set<String> = {
        guard let folder = ConditionVocabulary.bundledDirectory,
            let data = try? Data(
                contentsOf: folder.appendingPathComponent("function-words.txt")),
            let text = String(data: data, encoding: .utf8)
        else { return [] }
        var stems = Set<String>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            stems.formUnion(Tokenizer.terms(String(line)))
        }
        return stems
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
            for name in words.classFeatures(term) ?? [] { features.insert(name) }
        }
        return features
    }
}

/// The classes of the stems of a lay-words file (`stem<TAB>class,class`; `#` opens a comment):
/// an ASCII file's stems found in its bytes (`LayKeys`), each stem's classes read from its line
/// when asked; any other file read as a text (`LayFeatures.classes(in:)`), as it reads the
/// same.
struct LayWords: Sendable {
    private let bytes: [UInt8]
    /// The stems (`nil`: the file is read as a text, into `texts`).
    private let keys: LayKeys?
    /// Per stem, its classes' field in the bytes (its last line's).
    private let fields: [Range<Int32>]
    private let texts: [String: [String]]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        guard !bytes.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }) else {
            keys = nil
            fields = []
            texts = String(bytes: bytes, encoding: .utf8).map(LayFeatures.classes(in:)) ?? [:]
            return
        }
        var keys = LayKeys(bytes: bytes, capacity: bytes.count / 20)
        var fields: [Range<Int32>] = []
        fields.reserveCapacity(bytes.count / 20)
        bytes.withUnsafeBufferPointer { buffer in
            LayKeys.forEachLine(bytes) { start, end in
                guard buffer[start] != UInt8(ascii: "#"),
                    let tab = buffer[start..<end].firstIndex(of: UInt8(ascii: "\t"))
                else { return }
                let number = keys.insert(start: start, end: tab)
                let field = Int32(tab + 1)..<Int32(end)
                if number == fields.count { fields.append(field) } else { fields[number] = field }
            }
        }
        self.keys = keys
        self.fields = fields
        texts = [:]
    }

    /// Whether the stems are found in the bytes (`number`, `forEachClass`).
    var isCompact: Bool { keys != nil }

    /// The number of an ASCII stem (`isCompact` only).
    func number(_ stem: UnsafeBufferPointer<UInt8>) -> Int? {
        keys?.find(UnsafeBufferPointer(start: nil, count: 0), stem)
    }

    /// Each class of a stem's number, as its bytes (no `c:`).
    func forEachClass(_ number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let field = fields[number]
        bytes.withUnsafeBufferPointer { buffer in
            var start = Int(field.lowerBound)
            let end = Int(field.upperBound)
            while start < end {
                let comma = buffer[start..<end].firstIndex(of: UInt8(ascii: ",")) ?? end
                if comma > start { body(UnsafeBufferPointer(rebasing: buffer[start..<comma])) }
                start = comma + 1
            }
        }
    }

    /// The class features (`c:CLASS`) of a stem, `nil` when the file has no line of it.
    func classFeatures(_ stem: String) -> [String]? {
        guard keys != nil else { return texts[stem] }
        guard let ascii = LayKeys.ascii(stem),
            let number = ascii.withUnsafeBufferPointer({ self.number($0) })
        else { return nil }
        var names: [String] = []
        forEachClass(number) { names.append("c:" + String(decoding: $0, as: UTF8.self)) }
        return names
    }
}
