/// The vocabulary's phrases of two or three content words found with their words in another
/// order or another form, where syntax moves them (rule R of `.ci/vocab/derive.py`): a
/// nominalisation read as its adjective or participle ("ankle swelling": "swollen ankles",
/// "ankles are swollen"), a compound read with a preposition ("gallbladder cancer": "cancer of
/// the gallbladder"). Words are compared by family (`Vocabulary/forms.tsv`: WordNet's
/// derivationally related and irregular forms, as stems), and the words must stand in one of
/// four shapes of one noun phrase or clause (`Shape`), never farther apart: a phrase's words
/// scattered over a sentence are not the phrase. A phrase matched so counts as its exact form
/// would, with the same sense gates.
struct ReorderedTerms: Sendable {
    /// A phrase that is matched out of order.
    struct Term: Sendable {
        /// Its index among the vocabulary's phrases.
        var entry: Int32
        /// Its content words' stems (local stem ids, in the phrase's order).
        var stems: [Int32]
        /// Whether it is a compound of content words only ("gallbladder cancer"), which may
        /// be read with a preposition.
        var isCompound: Bool
        /// Whether it is a compound of two words whose second is a gerund ("teeth grinding",
        /// "bed wetting"): the verb's object incorporated, read also as the verb and its
        /// object ("grinds his teeth", "wetting the bed").
        var isGerund: Bool
    }

    /// The local id of every stem that is a content word of a phrase here or a form of one.
    private(set) var stemIDs: [String: Int32] = [:]
    /// Per local stem id, its family's id (a stem id).
    private(set) var family: [Int32] = []
    /// The phrases.
    private(set) var terms: [Term] = []
    /// Per family id of a phrase's first content word, the phrases (indices in `terms`).
    private(set) var starts: [Int32: [Int32]] = [:]
    /// Per phrase, the families of its second and third content words (`-1`: none), read
    /// before a phrase is placed: a phrase whose words do not all stand near its first is
    /// passed over without building anything (most of those `starts` lists are).
    private(set) var laterFamilies: [(Int32, Int32)] = []
    /// The families read from `forms.tsv`: stem → its family's stem.
    private var families: [String: String] = [:]

    /// The words no phrase here may have (rule R): a coordination or a negation changes what
    /// the words say together.
    static let barriers: Set<String> = ["and", "or", "no", "not", "non", "without"]
    /// The function words of a phrase (not its content words).
    static let functionWords: Set<String> = [
        "of", "in", "on", "the", "a", "an", "to", "at", "by", "for", "from", "with", "this",
        "these", "those", "my", "your", "his", "her", "its", "our", "their",
    ]
    /// The prepositions that put a compound's modifier after its head ("cancer of the lung",
    /// "swelling in your ankles").
    static let prepositions: Set<String> = ["of", "in", "on", "around"]
    /// The determiners and possessives that may stand before the modifier after a preposition.
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "these", "those", "my", "your", "his", "her", "its", "our",
        "their",
    ]
    /// The verbs that link a subject to its state ("ankles are swollen", "joints feel stiff"),
    /// as stems.
    static let copulas: Set<String> = Set(
        [
            "is", "are", "was", "were", "be", "been", "being", "feel", "feels", "felt", "look",
            "looks", "get", "gets", "got", "become", "becomes", "became", "stay", "stays", "turn",
            "turns", "turned", "go", "goes", "went", "grow", "grows", "grew",
        ].map { Stemmer.stem($0) })
    /// Words of degree that may stand between a copula and the state ("so swollen").
    static let intensifiers: Set<String> = ["so", "very", "too", "really", "badly", "all"]
    /// Words that end a noun phrase when they follow it (function words, conjunctions,
    /// auxiliaries): after a compound's modifier read with a preposition, any other word may
    /// continue the noun phrase ("vision in low light" is no "low vision").
    static let phraseEnders: Set<String> = functionWords.union(barriers).union(copulas).union(
        [
            "but", "that", "which", "who", "when", "after", "before", "since", "so", "as", "than",
            "during", "within", "because", "while", "until", "will", "can", "may", "could",
            "would", "should", "has", "have", "had", "then", "for", "overnight", "again",
        ].map { Stemmer.stem($0) })

    /// How far (in words) a phrase's words are looked for from its first word's position.
    static let window = 4

    init() {}

    /// Reads `forms.tsv` (stem, family; comment lines start with `#`).
    init(forms: [UInt8], path: String) throws {
        var line = 0
        for row in forms.split(separator: 10, omittingEmptySubsequences: false) {
            line += 1
            if row.isEmpty || row.first == UInt8(ascii: "#") { continue }
            let fields = row.split(separator: 9, omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw CheckError.invalidRulePack(
                    path: "\(path):\(line):1",
                    message:
                        "expected 'stem<TAB>family', got '\(String(decoding: row, as: UTF8.self))'")
            }
            families[String(decoding: fields[0], as: UTF8.self)] = String(
                decoding: fields[1], as: UTF8.self)
        }
    }

    /// The local id of a stem (`-1`: no phrase here has it or a form of it).
    func id(of stem: String) -> Int32 { stemIDs[stem] ?? -1 }

    /// The local id of a stem, interned on first use with its family.
    private mutating func stemID(_ stem: String) -> Int32 {
        if let known = stemIDs[stem] { return known }
        let id = Int32(family.count)
        stemIDs[stem] = id
        family.append(id)
        let name = families[stem] ?? stem
        if name != stem { family[Int(id)] = family[Int(stemID(name))] }
        return id
    }

    /// The content words of a phrase that is matched out of order (rule R), or `nil`.
    static func contentWords(_ phrase: String, kind: ConditionKind, sense: ConditionSense)
        -> [String]?
    {
        guard kind == .disease || kind == .symptom, sense == .plain || sense == .ambiguous
        else { return nil }
        let words = phrase.split(separator: " ", omittingEmptySubsequences: false)
        guard (2...4).contains(words.count),
            words.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { (97...122).contains($0) } })
        else { return nil }
        guard !words.contains(where: { barriers.contains(String($0)) }) else { return nil }
        let content = words.filter { !functionWords.contains(String($0)) }.map(String.init)
        return (2...3).contains(content.count) ? content : nil
    }

    /// Adds a phrase (its text, as in the file) at an entry index, when rule R reads it out of
    /// order.
    mutating func add(
        _ phrase: String, entry: Int, kind: ConditionKind, sense: ConditionSense
    ) {
        guard let content = Self.contentWords(phrase, kind: kind, sense: sense) else { return }
        let stems = content.map { stemID(Stemmer.stem($0)) }
        let families = stems.map { family[Int($0)] }
        // A phrase that repeats a family ("pain in painful joints") has no one reading.
        guard Set(families).count == families.count else { return }
        let compound = phrase.split(separator: " ").count == content.count
        starts[families[0], default: []].append(Int32(terms.count))
        laterFamilies.append(Self.later(families))
        terms.append(
            Term(
                entry: Int32(entry), stems: stems, isCompound: compound,
                isGerund: compound && content.count == 2 && content[1].hasSuffix("ing")))
    }

    /// The families of a phrase's second and third content words (`-1`: none).
    private static func later(_ families: [Int32]) -> (Int32, Int32) {
        (families.count > 1 ? families[1] : -1, families.count > 2 ? families[2] : -1)
    }

    /// Gives every form of `families` an id, once every phrase is added (a form no phrase
    /// has is found in copy by its family).
    mutating func finish() {
        for stem in families.keys.sorted() { _ = stemID(stem) }
        families = [:]
    }

    /// The phrases found out of order in a sentence's stems: (start, end, entry). `free` says
    /// whether a word may be part of a phrase (not already a condition, not in an everyday
    /// phrase); `punctuated` whether punctuation stands before a word. `ids`: each stem's
    /// `id(of:)`, when the caller has them (`StemTable`).
    func matches(
        _ terms: [String], ids known: [Int32]? = nil, free: (Int) -> Bool,
        punctuated: (Int) -> Bool
    ) -> [(start: Int, end: Int, entry: Int)] {
        guard !starts.isEmpty else { return [] }
        let ids = known ?? terms.map { id(of: $0) }
        guard ids.contains(where: { $0 >= 0 }) else { return [] }
        var found: [(start: Int, end: Int, entry: Int)] = []
        var taken = [Bool](repeating: false, count: terms.count)
        for position in terms.indices
        where ids[position] >= 0 && free(position) && !taken[position] {
            guard let candidates = starts[family[Int(ids[position])]] else { continue }
            let low = max(0, position - Self.window)
            let high = min(terms.count, position + Self.window + 1)
            // Whether a word of `wanted`'s family stands in the window (`place` looks there).
            func near(_ wanted: Int32) -> Bool {
                wanted < 0
                    || (low..<high).contains {
                        $0 != position && ids[$0] >= 0 && family[Int(ids[$0])] == wanted
                    }
            }
            for index in candidates {
                let (second, third) = laterFamilies[Int(index)]
                guard near(second), near(third) else { continue }
                let term = self.terms[Int(index)]
                guard
                    let span = place(
                        term, at: position, ids: ids, terms: terms,
                        free: { free($0) && !taken[$0] }, punctuated: punctuated)
                else { continue }
                for word in span { taken[word] = true }
                found.append((span.lowerBound, span.upperBound, Int(term.entry)))
                break
            }
        }
        return found.sorted { $0.start < $1.start }
    }

    /// Where a phrase stands with its first content word at `position`, in one of the shapes
    /// of rule R, or `nil`:
    /// - its words in order with a determiner or possessive added between ("grinding your
    ///   teeth" for "grinding teeth");
    /// - two words swapped, side by side or with one other word between (a noun modifier:
    ///   "swollen finger joints"), the one now first in another form ("swollen ankles" for
    ///   "ankle swelling");
    /// - a compound of a noun and a gerund read as the verb, a determiner or none, and its
    ///   object ("grinds his teeth" for "teeth grinding");
    /// - a compound's head, a preposition, a determiner or none, its modifier ending the noun
    ///   phrase ("cancer of the gallbladder" for "gallbladder cancer");
    /// - the first word, a copula ("is", "feel", "get"), a word of degree or none, and the
    ///   second in another form ("ankles are swollen" for "ankle swelling").
    /// The phrase as written in order is the trie's: it is not found here.
    private func place(
        _ term: Term, at position: Int, ids: [Int32], terms: [String], free: (Int) -> Bool,
        punctuated: (Int) -> Bool
    ) -> Range<Int>? {
        let families = term.stems.map { family[Int($0)] }
        let low = max(0, position - Self.window)
        let high = min(terms.count, position + Self.window + 1)
        var positions = [position]
        for wanted in families.dropFirst() {
            let near = (low..<high).filter {
                ids[$0] >= 0 && family[Int(ids[$0])] == wanted && free($0)
                    && !positions.contains($0)
            }
            guard let closest = near.min(by: { abs($0 - position) < abs($1 - position) })
            else { return nil }
            positions.append(closest)
        }
        guard let first = positions.min(), let last = positions.max() else { return nil }
        // No punctuation inside the phrase.
        guard !(first + 1...last).contains(where: punctuated) else { return nil }
        func changed(_ word: Int) -> Bool { ids[positions[word]] != term.stems[word] }
        // In order, each gap at most one determiner or possessive.
        let steps = zip(positions, positions.dropFirst())
        if steps.allSatisfy({ $1 > $0 }) {
            let gaps = steps.map { Array(terms[($0 + 1)..<$1]) }
            // A form changed in place is another word ("blood clotting", a function, is no
            // "blood clot"): in order, only a determiner added counts.
            if gaps.allSatisfy({ $0.count <= 1 && $0.allSatisfy(Self.determiners.contains) }) {
                return gaps.contains { !$0.isEmpty } ? first..<(last + 1) : nil
            }
        }
        guard positions.count == 2 else { return nil }
        let (a, b) = (positions[0], positions[1])
        // Swapped, with at most one noun modifier between.
        if b < a, a - b <= 2, changed(1),
            terms[(b + 1)..<a].allSatisfy({
                !Self.phraseEnders.contains($0) && !Self.intensifiers.contains($0)
            })
        {
            return b..<(a + 1)
        }
        if b < a, term.isGerund {
            // The verb, a determiner or possessive or none, its object.
            let between = terms[(b + 1)..<a]
            guard between.count <= 1, between.allSatisfy(Self.determiners.contains) else {
                return nil
            }
            return b..<(a + 1)
        }
        if b < a, term.isCompound {
            // head, preposition, (determiner), modifier: the modifier ends the noun phrase.
            var gap = Array(terms[(b + 1)..<a])
            guard let preposition = gap.first, Self.prepositions.contains(preposition) else {
                return nil
            }
            gap.removeFirst()
            guard gap.count <= 1, gap.allSatisfy({ Self.determiners.contains($0) }) else {
                return nil
            }
            let next = a + 1
            guard next >= terms.count || punctuated(next) || Self.phraseEnders.contains(terms[next])
            else { return nil }
            return b..<(a + 1)
        }
        if a < b, changed(1) {
            var gap = Array(terms[(a + 1)..<b])
            guard let copula = gap.first, Self.copulas.contains(copula) else { return nil }
            gap.removeFirst()
            guard gap.count <= 1, gap.allSatisfy({ Self.intensifiers.contains($0) }) else {
                return nil
            }
            return a..<(b + 1)
        }
        return nil
    }
}

extension ReorderedTerms {
    /// Writes the phrases and families (for the vocabulary's cache).
    func encode(into writer: inout CacheWriter) {
        var stems = [String](repeating: "", count: family.count)
        for (stem, id) in stemIDs { stems[Int(id)] = stem }
        writer.count(stems.count)
        for stem in stems { writer.text(stem) }
        writer.ids(family)
        writer.count(terms.count)
        for term in terms {
            writer.count(Int(term.entry))
            writer.count((term.isCompound ? 1 : 0) | (term.isGerund ? 2 : 0))
            writer.ids(term.stems)
        }
    }

    /// The phrases and families `encode(into:)` wrote, when every id is in range (`entries`:
    /// how many phrases the vocabulary has).
    init?(reading reader: inout CacheReader, entries: Int) {
        guard let count = reader.count() else { return nil }
        var stemIDs: [String: Int32] = [:]
        stemIDs.reserveCapacity(count)
        for id in 0..<count {
            guard let stem = reader.text() else { return nil }
            stemIDs[stem] = Int32(id)
        }
        guard stemIDs.count == count, let family = reader.ids(below: count),
            family.count == count, let termCount = reader.count()
        else { return nil }
        self.stemIDs = stemIDs
        self.family = family
        terms.reserveCapacity(termCount)
        for _ in 0..<termCount {
            guard let entry = reader.count(), entry < entries,
                let flags = reader.count(), flags <= 3,
                let stems = reader.ids(below: count), (2...3).contains(stems.count)
            else { return nil }
            starts[family[Int(stems[0])], default: []].append(Int32(terms.count))
            laterFamilies.append(Self.later(stems.map { family[Int($0)] }))
            terms.append(
                Term(
                    entry: Int32(entry), stems: stems, isCompound: flags & 1 == 1,
                    isGerund: flags & 2 == 2))
        }
    }
}
