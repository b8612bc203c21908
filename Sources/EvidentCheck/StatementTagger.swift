import EvidentModel
import Foundation

/// Proposes a category, an outcome and subjects for a statement — what `evident new` writes
/// into a draft claim — with the checker's own tagging: the lexicon's classes (`@disease`,
/// `@biomarker`, `@substance` …), the condition vocabularies and the cue patterns of
/// `Drafting/drafting.yaml`. Data only: no substance, disease or cue is written here.
public struct StatementTagger: Sendable {
    private struct File: Decodable {
        struct Category: Decodable {
            var category: String
            var when: [String]
        }
        struct Outcomes: Decodable {
            var clinical: [String]
            var surrogate: [String]
        }
        var categories: [Category]
        var `default`: String
        var outcomes: Outcomes
        var notHealthOutcomes: [String: String]
        var mechanismOutcome: String
        var idStopwords: [String]

        enum CodingKeys: String, CodingKey {
            case categories, `default`, outcomes
            case notHealthOutcomes = "not-health-outcomes"
            case mechanismOutcome = "mechanism-outcome"
            case idStopwords = "id-stopwords"
        }
    }

    let book: RuleBook
    let conditions: ConditionVocabulary?
    let categories: [(category: ClaimCategory, patterns: [Pattern])]
    let fallback: ClaimCategory
    let clinicalClasses: [Int]
    let surrogateClasses: [Int]
    let notHealthOutcomes: [ClaimCategory: String]
    let mechanismOutcome: String
    let substanceClass: Int?
    /// Words left out of claim ids made from statements (lowercase).
    public let idStopwords: Set<String>

    /// How far apart the words of a `...` pattern may be.
    static let within = 4

    /// The tagger of the bundled rule packs, condition vocabulary and `drafting.yaml`.
    public static func bundled() throws -> StatementTagger {
        guard let url = Bundle.module.url(forResource: "Drafting", withExtension: nil) else {
            throw CheckError.invalidRulePack(
                path: "Drafting", message: "the bundled data is missing")
        }
        let file = url.appendingPathComponent("drafting.yaml")
        return try StatementTagger(
            book: try RuleBook.bundled(), conditions: try ConditionVocabulary.bundled(),
            yaml: try RuleBook.read(file), path: file.path)
    }

    /// A tagger over `book`'s lexicon and `conditions`, with the cues of a `drafting.yaml`.
    public init(
        book: RuleBook, conditions: ConditionVocabulary?, yaml: String, path: String
    ) throws {
        let file = try DataFile.decode(File.self, yaml: yaml, path: path)
        func category(_ name: String) throws -> ClaimCategory {
            guard let value = ClaimCategory(rawValue: name) else {
                let expected = ClaimCategory.allCases.map(\.rawValue).joined(separator: ", ")
                throw CheckError.invalidRulePack(
                    path: path, message: "unknown category '\(name)' (expected one of: \(expected))"
                )
            }
            return value
        }
        func classes(_ names: [String]) throws -> [Int] {
            try names.map { name in
                guard name.hasPrefix("@"), let id = book.lexicon.classID(String(name.dropFirst()))
                else {
                    throw CheckError.invalidRulePack(
                        path: path,
                        message:
                            "unknown class '\(name)' (expected '@' and a class of lexicon.yaml)")
                }
                return id
            }
        }
        self.book = book
        self.conditions = conditions
        categories = try file.categories.map { entry in
            let value = try category(entry.category)
            let patterns = try entry.when.map {
                try Pattern($0, lexicon: book.lexicon, path: path, context: entry.category)
            }
            return (value, patterns)
        }
        fallback = try category(file.default)
        clinicalClasses = try classes(file.outcomes.clinical)
        surrogateClasses = try classes(file.outcomes.surrogate)
        var fixed: [ClaimCategory: String] = [:]
        for (name, outcome) in file.notHealthOutcomes { fixed[try category(name)] = outcome }
        notHealthOutcomes = fixed
        mechanismOutcome = file.mechanismOutcome
        substanceClass = book.lexicon.classID("substance")
        idStopwords = Set(file.idStopwords.map { $0.lowercased() })
    }

    /// The proposal for one statement. `knownSubjects` are the names the knowledge base
    /// already uses (`MK-7`), each with the phrases that name it (`mk-7`, `menaquinone-7`):
    /// one found in the statement is proposed by that name.
    public func propose(
        _ statement: String, knownSubjects: [(name: String, phrases: [String])] = []
    ) -> ClaimProposal {
        let scalars = Array(statement.unicodeScalars)
        let tokens = book.lexicon.tokens(scalars, in: 0..<scalars.count)
        let sentence = TaggedSentence(
            range: 0..<scalars.count, tokens: tokens, text: scalars, lexicon: book.lexicon)
        func text(_ range: Range<Int>) -> String {
            let start = tokens[range.lowerBound].start
            let end = tokens[range.upperBound - 1].end
            return String(String.UnicodeScalarView(scalars[start..<end]))
        }
        let category =
            categories.first { entry in
                entry.patterns.contains { sentence.contains($0, within: Self.within) }
            }?.category ?? fallback

        var outcome: Outcome?
        if let name = notHealthOutcomes[category] {
            outcome = Outcome(name: name, kind: .none)
        } else if let match = conditions?.matches(
            in: sentence.terms,
            written: { ConditionVocabulary.writtenForm(at: $0, of: tokens, in: scalars) }
        ).first(where: {
            $0.concept.kind != .function
        }) {
            outcome = Outcome(name: text(match.start..<match.end), kind: .clinical)
        } else if let span = firstSpan(of: clinicalClasses, in: sentence) {
            outcome = Outcome(name: text(span), kind: .clinical)
        } else if let span = firstSpan(of: surrogateClasses, in: sentence) {
            outcome = Outcome(name: text(span), kind: .surrogate)
        } else if category == .mechanism {
            outcome = Outcome(name: mechanismOutcome, kind: .mechanistic)
        }

        // Subjects in the order the statement names them; a known name wins over the
        // substance class on the same words.
        var found: [(name: String, span: Range<Int>)] = []
        func add(_ name: String, _ span: Range<Int>) {
            guard !found.contains(where: { $0.span.overlaps(span) }) else { return }
            found.append((name, span))
        }
        for known in knownSubjects {
            for phrase in [known.name] + known.phrases {
                let terms = Tokenizer.terms(phrase)
                guard !terms.isEmpty, terms.count <= sentence.terms.count else { continue }
                for start in 0...(sentence.terms.count - terms.count)
                where Array(sentence.terms[start..<start + terms.count]) == terms {
                    add(known.name, start..<start + terms.count)
                }
            }
        }
        if let substanceClass {
            for span in spans(of: [substanceClass], in: sentence) { add(text(span), span) }
        }
        var sorted: [String] = []
        for item in found.sorted(by: { $0.span.lowerBound < $1.span.lowerBound })
        where !sorted.contains(where: { $0.lowercased() == item.name.lowercased() }) {
            sorted.append(item.name)
        }
        return ClaimProposal(category: category, outcome: outcome, subjects: sorted)
    }

    /// The cue patterns of each category that match a statement (what decided its category).
    public func matchingCues(_ statement: String) -> [(category: ClaimCategory, patterns: [String])]
    {
        let scalars = Array(statement.unicodeScalars)
        let sentence = TaggedSentence(
            range: 0..<scalars.count, tokens: book.lexicon.tokens(scalars, in: 0..<scalars.count),
            text: scalars, lexicon: book.lexicon)
        return categories.compactMap { entry in
            let found = entry.patterns.filter { sentence.contains($0, within: Self.within) }
            return found.isEmpty ? nil : (entry.category, found.map(\.source))
        }
    }

    private func firstSpan(of classes: [Int], in sentence: TaggedSentence) -> Range<Int>? {
        spans(of: classes, in: sentence).first
    }

    /// Token ranges where one of `classes` matches, leftmost first, longest at each start,
    /// not overlapping.
    private func spans(of classes: [Int], in sentence: TaggedSentence) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var position = 0
        while position < sentence.tags.count {
            let ends = sentence.tags[position].filter { classes.contains($0.classID) }.map(\.end)
            if let end = ends.max(), end > position {
                result.append(position..<end)
                position = end
            } else {
                position += 1
            }
        }
        return result
    }
}
