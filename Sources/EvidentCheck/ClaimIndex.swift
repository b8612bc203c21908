import EvidentModel
import Foundation

/// An inverted index over the knowledge base's claims, for matching copy to claims by meaning.
///
/// Copy and claims are normalised to concepts by one `ConceptMatcher` (data only: substances
/// and their forms, body parts, functions and outcomes, actions and directions, populations,
/// and the condition vocabulary's diseases and symptoms). Each claim contributes three fields:
/// its statement, its quote, and its subjects, outcome and keywords; and all of them together.
/// Terms are interned to integers and weighted by inverse document frequency.
///
/// A claim's score is 0.6 × the weighted share of the sentence's concepts the claim has (any
/// field: what the sentence says is what the claim is about) plus 0.4 × the best field's
/// weighted share of its concepts the sentence has (how much of the claim the sentence says).
/// A sentence that names no substance links a claim only through a shared concept (a plain word
/// can have any sense) and when it says something is done (an action or direction: "lowers",
/// "fewer"; a topic alone, "our blood pressure cuff", is no claim), and a lone disease or symptom with nothing else of health
/// beside it links nothing ("a tropical depression"). A plain word weighs its rarity among the
/// claims times what it says in English (WordNet's tag counts, `wordInformation`): "take",
/// "back" and "year" say less than "crossword"; concepts weigh their rarity alone. The longest phrase says what is meant ("heart
/// disease" is the disease, and about the heart); the lexicon's everyday phrases ("gave me a
/// heart attack") name nothing. A sentence after a question in its paragraph is read with the
/// question's words (the checker's tagging: the answer says what the question asks about).
/// A sentence that names a substance reaches only claims about that substance (or none named),
/// and claims about the substance it names first (its subject) rank above claims about another
/// substance it mentions (× 0.8). A negation counts only outside concept phrases ("without side
/// effects" is safety); a claim of the opposite polarity scores half.
/// Candidates come from the postings of selective terms only (a term in more than 5% of claims,
/// such as the nutrient's name, only adds to the score of candidates found otherwise), and only
/// the 12 best-accumulating candidates are scored in full, so a sentence is compared with a
/// handful of claims, not with all of them.
public struct ClaimIndex: Sendable {
    struct Entry: Sendable {
        var id: ClaimID
        /// Sorted term ids per field.
        var fields: [[Int32]]
        var fieldWeights: [Double]
        /// Every term of every field, sorted.
        var all: [Int32]
        /// The substances it is about (term ids), sorted.
        var substances: [Int32]
        var negated: Bool
    }

    /// A claim's texts read as concepts: its statement (with its tokens), its quote when it
    /// differs, and its subjects, keywords and outcome (each with the substances it names).
    private struct ClaimReading {
        var tokens: [Token]
        var statement: ConceptReading
        var quote: ([String], Set<String>)?
        var extra: [([String], Set<String>)]
    }

    let entries: [Entry]
    /// The claims, graded when a sentence first matches them (parallel to `entries`).
    let claims: GradedClaims
    /// The id of each term (`StringTable`: looked up for every concept of every sentence).
    let termIDs: StringTable<Int32>
    /// The terms by id.
    let termStrings: [String]
    /// The terms by id as first written in a claim (for showing why a claim matched).
    let termNames: [String]
    let postings: [[Int32]]
    let weights: [Double]
    let concepts: ConceptMatcher
    /// Term ids of action concepts (increase, prevent …).
    let actionIDs: Set<Int32>
    /// Term ids of sources of a substance (foods, algae: `kind: source`).
    let sourceIDs: Set<Int32>
    /// Term ids of concepts (reviewed concepts, substances, and the condition vocabulary's ids,
    /// which hold a colon): every other term is a plain word, which can have any sense.
    let conceptIDs: Set<Int32>
    /// The condition vocabulary's ids among `conceptIDs`.
    let conditionIDs: Set<Int32>
    let selectiveLimit: Int

    /// Builds the index from graded claims, with the concepts of a rule book.
    public init(assessments: [ClaimAssessment], book: RuleBook) {
        self.init(claims: GradedClaims(assessments), concepts: book.concepts)
    }

    init(claims graded: GradedClaims, concepts: ConceptMatcher) {
        let claims = graded.claims
        var termIDs: [String: Int32] = [:]
        var termNames: [String] = []
        var postings: [[Int32]] = []
        func intern(_ term: String) -> Int32 {
            if let id = termIDs[term] { return id }
            let id = Int32(termNames.count)
            termIDs[term] = id
            termNames.append(term)
            postings.append([])
            return id
        }
        // Reading the claims as concepts is most of the work and needs nothing shared: it runs
        // on every core; interning then goes claim by claim, so term ids are the same whatever
        // the number of cores.
        let readings = Checker.perChunk(Checker.chunks(claims.count)) { chunk in
            // Subjects, outcomes and keywords repeat across claims: canonicalise each text once.
            var memo: [String: ([String], Set<String>)] = [:]
            func canonical(_ text: String) -> ([String], Set<String>) {
                if let known = memo[text] { return known }
                var found: Set<String> = []
                let terms = concepts.terms(Tokenizer.terms(text), substances: &found)
                memo[text] = (terms, found)
                return (terms, found)
            }
            return chunk.map { number in
                let claim = claims[number]
                let tokens = Tokenizer.tokens(claim.statement)
                var extra = claim.subjects + claim.keywords
                if let outcome = claim.outcome { extra.append(outcome.name) }
                return ClaimReading(
                    tokens: tokens, statement: concepts.read(tokens.map(\.term)),
                    quote: claim.quote == claim.statement ? nil : canonical(claim.quote),
                    extra: extra.map(canonical))
            }
        }.joined()
        var rows: [Row] = []
        // Where each word is first written (claim, scalars): a term is shown as written there,
        // and only the terms the index keeps are ever built.
        var written: [String: (claim: Int, start: Int, end: Int)] = [:]
        for (number, reading) in readings.enumerated() {
            if written.count < 50_000 {
                for token in reading.tokens where written[token.term] == nil {
                    written[token.term] = (number, token.start, token.end)
                }
            }
            var substances = reading.statement.substances
            let statement = reading.statement.concepts
            let quote = reading.quote ?? (statement, [])
            var extraTerms: [String] = []
            for (terms, found) in reading.extra {
                extraTerms += terms
                substances.formUnion(found)
            }
            substances.formUnion(quote.1)
            let fields = [statement, quote.0, extraTerms].map {
                ClaimIndex.distinct($0.map(intern))
            }
            let all = ClaimIndex.distinct(fields[0] + fields[1] + fields[2])
            let index = Int32(rows.count)
            for term in all { postings[Int(term)].append(index) }
            rows.append(
                Row(
                    fields: fields, all: all, substances: substances.map(intern).sorted(),
                    negated: reading.statement.negated))
        }
        let names = termNames.map { term in
            guard let at = written[term] else { return term }
            let scalars = Array(claims[at.claim].statement.unicodeScalars)
            return String(String.UnicodeScalarView(scalars[at.start..<at.end])).lowercased()
        }
        self.init(
            claims: graded, concepts: concepts,
            stored: Stored(terms: termNames, names: names, postings: postings, rows: rows))
    }

    /// What an index is made of besides its claims and concepts: the terms (as interned, and as
    /// shown), their postings and each claim's term ids. Built from the claims by
    /// `init(claims:concepts:)`, or read back from a cache (`ClaimIndexCache`).
    struct Stored: Equatable {
        /// The terms by id.
        var terms: [String]
        /// Each term as first written in a claim's statement (lowercase).
        var names: [String]
        /// Per term, the claims (by number) that have it, ascending.
        var postings: [[Int32]]
        /// Per claim, in the order of the claims.
        var rows: [Row]
    }

    /// A claim's term ids: per field, every field's together and its substances (each sorted),
    /// and whether its statement is negated.
    struct Row: Equatable {
        var fields: [[Int32]]
        var all: [Int32]
        var substances: [Int32]
        var negated: Bool
    }

    /// The index of stored parts (as built, or read from a cache for the same claims and
    /// concepts); weights are computed from the postings.
    init(claims graded: GradedClaims, concepts: ConceptMatcher, stored: Stored) {
        self.concepts = concepts
        self.claims = graded
        let conditionIDs = Set(
            stored.terms.indices.filter { stored.terms[$0].contains(":") }.map { Int32($0) })
        // A term is a concept when it is one's name (`ConceptMatcher.labels` holds every name
        // but the empty one: looked up per term, not made a set of every name at each check).
        let conceptIDs = conditionIDs.union(
            stored.terms.indices.filter { concepts.labels[stored.terms[$0]] != nil }.map {
                Int32($0)
            })
        let total = Double(max(1, stored.rows.count))
        // A concept weighs what its rarity among the claims says; a plain word that much times
        // what it says in English (`information(of:)`): "give" or "back" in one claim are
        // still everyday words.
        let weights = stored.postings.enumerated().map { id, list in
            let rarity = log(1 + total / Double(max(1, list.count)))
            return conceptIDs.contains(Int32(id))
                ? rarity : rarity * ClaimIndex.information(of: stored.terms[id])
        }
        self.entries = zip(graded.claims, stored.rows).map { claim, row in
            Entry(
                id: claim.id, fields: row.fields,
                fieldWeights: row.fields.map { $0.reduce(0) { $0 + weights[Int($1)] } },
                all: row.all, substances: row.substances, negated: row.negated)
        }
        var termIDs: [String: Int32] = [:]
        termIDs.reserveCapacity(stored.terms.count)
        for (id, term) in stored.terms.enumerated() { termIDs[term] = Int32(id) }
        self.termIDs = StringTable(termIDs)
        self.actionIDs = Set(concepts.actions.compactMap { termIDs[$0] })
        self.sourceIDs = Set(concepts.sources.compactMap { termIDs[concepts.names[$0]] })
        self.conditionIDs = conditionIDs
        self.conceptIDs = conceptIDs
        self.termNames = stored.names
        self.termStrings = stored.terms
        self.postings = stored.postings
        self.weights = weights
        self.selectiveLimit = max(50, stored.rows.count / 20)
    }

    /// How much each plain word says in English (`Vocabulary/word-information.tsv`, derived
    /// from WordNet 3.0's tag counts by `.ci/craft/derive-word-information.py`): per stem, its
    /// information as a share of that of a word seen once. Read once, when an index is first
    /// built; empty when the file is missing (every word then counts as seen once).
    static let wordInformation: [String: Double] = {
        guard let folder = ConditionVocabulary.bundledDirectory,
            let text = try? String(
                contentsOf: folder.appendingPathComponent("word-information.tsv"),
                encoding: .utf8)
        else { return [:] }
        return informationShares(text)
    }()

    /// The shares of a word-information text: `stem<TAB>share` lines (`#` lines are comments;
    /// a line without a tab or a number after it is skipped).
    static func informationShares(_ text: String) -> [String: Double] {
        // ASCII without carriage returns (the derived file as written) is read as bytes: its
        // characters are its bytes (as `LabValueTable.derivedNames`). Otherwise as characters.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\r") || $0 >= 0x80 }) else {
            return informationShares(bytes: text)
        }
        return informationShares(characters: text)
    }

    /// `informationShares(_:)` of any text, read as characters.
    static func informationShares(characters text: String) -> [String: Double] {
        var shares: [String: Double] = [:]
        shares.reserveCapacity(12_000)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let tab = line.firstIndex(of: "\t"),
                let share = Double(line[line.index(after: tab)...])
            else { continue }
            shares[String(line[..<tab])] = share
        }
        return shares
    }

    /// `informationShares(_:)` of an ASCII text without carriage returns, read as bytes: the
    /// lines found in the text's own buffer, a key made of its bytes (split as a `UTF8View`, the
    /// 11,000 lines cost 37 million instructions at a check's first claim index).
    static func informationShares(bytes text: String) -> [String: Double] {
        var shares: [String: Double] = [:]
        shares.reserveCapacity(12_000)
        var text = text
        text.withUTF8 { bytes in
            let newline = UInt8(ascii: "\n")
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: newline) ?? bytes.count
                defer { start = end + 1 }
                guard end > start, bytes[start] != UInt8(ascii: "#"),
                    let tab = bytes[start..<end].firstIndex(of: UInt8(ascii: "\t"))
                else { continue }
                let number = UnsafeBufferPointer(rebasing: bytes[(tab + 1)..<end])
                guard
                    let share = decimal(number)
                        ?? Double(String(decoding: number, as: UTF8.self))
                else { continue }
                let key = UnsafeBufferPointer(rebasing: bytes[start..<tab])
                shares[String(decoding: key, as: UTF8.self)] = share
            }
        }
        return shares
    }

    /// A decimal written `digits[.digits]` with at most 15 digits ("0.79"), as `Double` reads
    /// it: the digits as an integer divided by a power of ten, both exact in a `Double`, so one
    /// rounding, the correct one (Clinger's fast path); `nil` for anything else.
    static func decimal<Digits: Collection<UInt8>>(_ text: Digits) -> Double? {
        var digits: UInt64 = 0
        var count = 0
        var fraction: Int? = nil
        for byte in text {
            if byte == UInt8(ascii: "."), fraction == nil, count > 0 {
                fraction = 0
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), count < 15 else {
                return nil
            }
            digits = digits * 10 + UInt64(byte - UInt8(ascii: "0"))
            count += 1
            if let places = fraction { fraction = places + 1 }
        }
        guard count > 0, fraction != 0 else { return nil }
        var power = 1.0
        for _ in 0..<(fraction ?? 0) { power *= 10 }
        return Double(digits) / power
    }

    /// How much a plain word (a stem) says, as a share of a word seen once in WordNet's tagged
    /// English (1 for a word not listed: rare, new or a name).
    static func information(of term: String) -> Double {
        wordInformation[term] ?? 1
    }

    /// The parts of this index a cache keeps (see `Stored`).
    var stored: Stored {
        Stored(
            terms: termStrings, names: termNames, postings: postings,
            rows: entries.map {
                Row(fields: $0.fields, all: $0.all, substances: $0.substances, negated: $0.negated)
            })
    }

    /// Number of indexed claims.
    public var count: Int { entries.count }

    /// Reusable accumulators for `bestMatch`, one per checked file (not shared across threads).
    final class Scratch {
        var scores: [Double]
        /// The claims a sentence's postings reach, in the order first reached (the first
        /// entries; room for every claim, so that a posting is added without growing a list).
        var touched: [Int32]

        init(count: Int) {
            scores = [Double](repeating: 0, count: count)
            touched = [Int32](repeating: 0, count: count)
        }
    }

    /// Fresh accumulators sized for this index.
    func makeScratch() -> Scratch { Scratch(count: entries.count) }

    /// The best claim for a sentence's stems at or above `threshold`, if any.
    public func bestMatch(terms: [String], threshold: Double) -> ClaimMatch? {
        bestMatch(terms: terms, threshold: threshold, scratch: makeScratch())
    }

    /// `sentence`: the stems of the whole sentence when `terms` are one of its clauses; a clause
    /// that names no substance is about the substance its sentence names ("Tames high blood
    /// pressure, with one menaquinone capsule a day").
    /// `words`: what the concept reader knows of each of `terms` (`StemTable`), when the
    /// caller has it.
    func bestMatch(
        terms: [String], threshold: Double, scratch: Scratch, sentence: [String]? = nil,
        words: [ConceptMatcher.Word]? = nil
    ) -> ClaimMatch? {
        guard !entries.isEmpty else { return nil }
        var reading = concepts.read(terms, words: words)
        if reading.substances.isEmpty, let sentence {
            let whole = concepts.read(sentence)
            reading.substances = whole.substances
            reading.subject = whole.subject
        }
        // Sorted, so the floating-point sums below are the same in every run (a Set's order
        // changes from process to process).
        let named = reading.substances
        var canonical: [String] = []
        for concept in reading.concepts.sorted() where canonical.last != concept {
            canonical.append(concept)
        }
        guard !canonical.isEmpty else { return nil }
        let namedIDs = named.compactMap { termIDs[$0] }
        // The substance named first is what the sentence is about.
        let subject = reading.subject.first.map { termIDs[$0] ?? -1 }
        // A word no claim uses says something no claim is about, but less than a shared
        // concept: half the weight of the rarest term, times what the word says in English
        // (an everyday word says less than a rare one). The product's form, a time span and a
        // number say what the copy sells and how it is taken: nothing against a claim.
        let unknownWeight = 0.5 * log(1 + Double(entries.count))
        var known: [Int32] = []
        var sentenceWeight = 0.0
        for term in canonical {
            if let id = termIDs[term] {
                known.append(id)
                sentenceWeight += weights[Int(id)]
            } else if !concepts.isVehicle(term) {
                sentenceWeight += unknownWeight * ClaimIndex.information(of: term)
            }
        }
        known.sort()
        // What the sentence is about besides its substance and its actions.
        let content = known.filter { !namedIDs.contains($0) && !actionIDs.contains($0) }
        guard !content.isEmpty else { return nil }
        // A sentence that names no substance makes a claim only when it says that something is
        // done (an action or a direction: "lowers", "fewer", "prevents"): a topic alone ("our
        // blood pressure cuff", "hairline fractures in the cables", "one tablet twice daily")
        // is no claim about it.
        if named.isEmpty, !canonical.contains(where: { concepts.actions.contains($0) }) {
            return nil
        }
        let contentBesidesSources = content.filter { !sourceIDs.contains($0) }
        // A sentence that names no substance links a claim only through a shared concept: a
        // plain word has every sense it has in the language ("family-owned" is not the
        // "family of fats", "a tropical depression" no mood), and the concepts are the senses
        // the vocabularies and the reviewed concepts pin down.
        var contentConcepts = contentBesidesSources.filter { conceptIDs.contains($0) }
        // A lone disease or symptom in a sentence that says nothing else of health (no
        // substance or source of one, no body part, function or outcome, no second condition)
        // is too little to name a claim: "a tropical depression", "the Great Depression" are
        // weather and history.
        if named.isEmpty, reading.conditions < 2,
            !content.contains(where: { conceptIDs.contains($0) && !conditionIDs.contains($0) })
        {
            contentConcepts = []
        }
        // Accumulate over selective terms; keep the 12 best.
        // Work on local arrays (swapped out of the scratch) to avoid exclusivity checks.
        var scores: [Double] = []
        var touched: [Int32] = []
        swap(&scores, &scratch.scores)
        swap(&touched, &scratch.touched)
        defer {
            swap(&scores, &scratch.scores)
            swap(&touched, &scratch.touched)
        }
        // How many claims were reached (the first `reached` of `touched`): a claim is noted
        // when its score leaves 0, once, since every weight is positive.
        var reached = 0
        scores.withUnsafeMutableBufferPointer { scores in
            touched.withUnsafeMutableBufferPointer { touched in
                for term in known {
                    // Read in place: the postings are shared by every thread, and a copy of a
                    // list retains and releases it (one cache line written by both cores).
                    postings[Int(term)].withUnsafeBufferPointer { list in
                        guard list.count <= selectiveLimit else { return }
                        let weight = weights[Int(term)]
                        for index in list {
                            if scores[Int(index)] == 0 {
                                touched[reached] = index
                                reached += 1
                            }
                            scores[Int(index)] += weight
                        }
                    }
                }
            }
        }
        guard reached > 0 else { return nil }
        var shortlist: [(index: Int32, score: Double)] = []
        shortlist.reserveCapacity(13)
        // Read and cleared in place: each write to the array would first ask whether its
        // storage is shared (a call per claim reached, ~300 per sentence).
        scores.withUnsafeMutableBufferPointer { scores in
            for index in touched[..<reached] {
                let score = scores[Int(index)]
                scores[Int(index)] = 0
                if shortlist.count == 12 {
                    guard let last = shortlist.last,
                        score > last.score || (score == last.score && index < last.index)
                    else { continue }
                    shortlist.removeLast()
                }
                let position =
                    shortlist.firstIndex {
                        score > $0.score || (score == $0.score && index < $0.index)
                    } ?? shortlist.count
                shortlist.insert((index, score), at: position)
            }
        }
        let negated = reading.negated
        var best: (entry: Int, score: Double, field: Int, differs: Bool)? = nil
        for (index, _) in shortlist {
            // Each entry's parts are read in place (`entries[number]`), not copied out: a copy
            // retains and releases its arrays and id, shared by every thread.
            let number = Int(index)
            // Copy about another substance is not about this claim.
            if !named.isEmpty, !entries[number].substances.isEmpty,
                !namedIDs.contains(where: { entries[number].substances.contains($0) })
            {
                continue
            }
            // At least one shared concept besides the substance; a food or other source says
            // nothing about a claim when the sentence does not name the substance ("fold in
            // the cheese").
            guard overlap(entries[number].all, named.isEmpty ? contentConcepts : content).0 >= 1
            else { continue }
            let (_, allWeight) = overlap(entries[number].all, known)
            let precision = allWeight / max(sentenceWeight, 1e-9)
            var bestCoverage = 0.0
            var bestField = 0
            for fieldIndex in entries[number].fields.indices
            where !entries[number].fields[fieldIndex].isEmpty {
                let (_, sharedWeight) = overlap(entries[number].fields[fieldIndex], known)
                let coverage = sharedWeight / max(entries[number].fieldWeights[fieldIndex], 1e-9)
                if coverage > bestCoverage {
                    bestCoverage = coverage
                    bestField = fieldIndex
                }
            }
            // Mostly what of the sentence the claim explains, partly how much of the claim
            // the sentence says.
            var bestScore = 0.6 * precision + 0.4 * bestCoverage
            let differs = entries[number].negated != negated
            if differs { bestScore /= 2 }
            // A claim about something else the sentence mentions ranks below the claims about
            // its subject ("K2 stops calcium …" is about vitamin K2, not calcium).
            if let subject, !entries[number].substances.contains(subject) { bestScore *= 0.8 }
            guard bestScore >= threshold else { continue }
            if let current = best {
                if current.score > bestScore
                    || (current.score == bestScore
                        && entries[current.entry].id < entries[number].id)
                {
                    continue
                }
            }
            best = (number, bestScore, bestField, differs)
        }
        guard let best else { return nil }
        let entry = entries[best.entry]
        // The arrays, not the index: a closure capturing `self` copies the whole index.
        let termWeights = weights
        let names = termNames
        let matched = ClaimIndex.intersect(entry.all, known).sorted {
            let a = termWeights[Int($0)]
            let b = termWeights[Int($1)]
            return a != b ? a > b : names[Int($0)] < names[Int($1)]
        }.map { names[Int($0)] }
        let grade = claims.grade(at: best.entry)
        return ClaimMatch(
            claimID: entry.id, verdict: grade.verdict, certainty: grade.certainty,
            contradicted: grade.contradicted, score: (best.score * 100).rounded() / 100,
            matchedTerms: matched,
            polarityDiffers: best.differs, entry: best.entry)
    }

    /// What a match shares with its claim, in words a reviewer reads: each shared concept as
    /// the first phrase of the claim that names it (its statement first, then its quote,
    /// subjects, keywords and outcome: "Parkinson's disease" for its MeSH, DO and ICD-10-CM ids),
    /// else by its first name in `concepts.yaml` or `substances.yaml`; each shared word as the
    /// claim writes it. A concept broader than another shared one says nothing more (`vitamin-k`
    /// beside `vitamin-k2`, `bone` beside `bone-density`), and a phrase inside another one shown
    /// is left out ("bone density" in "increases bone density"); each phrase once, in the order
    /// of `matchedTerms` (rarest first). A concept with no name is shown by its id.
    func sharedWords(_ match: ClaimMatch) -> [String] {
        guard claims.claims.indices.contains(match.entry) else { return match.matchedTerms }
        let claim = claims.claims[match.entry]
        var texts = [claim.statement, claim.quote] + claim.subjects + claim.keywords
        if let outcome = claim.outcome { texts.append(outcome.name) }
        // Each text's tokens and phrases, read once they are needed.
        var read: [([Token], [(range: Range<Int>, concepts: Set<String>)])?] = Array(
            repeating: nil, count: texts.count)
        func phrases(_ number: Int) -> ([Token], [(range: Range<Int>, concepts: Set<String>)]) {
            if let known = read[number] { return known }
            let tokens = Tokenizer.tokens(texts[number])
            let found = (tokens, concepts.phrases(in: tokens.map(\.term)))
            read[number] = found
            return found
        }
        let shared = match.matchedTerms.filter { term in
            guard let id = termIDs[term], conceptIDs.contains(id) else { return true }
            return !match.matchedTerms.contains { concepts.isBroader(term, than: $0) }
        }
        // Per shared term: the text and the range of words that name it (`nil`: a plain word,
        // or a concept no text names).
        var places: [(text: Int, range: Range<Int>)?] = []
        for term in shared {
            var place: (text: Int, range: Range<Int>)? = nil
            if let id = termIDs[term], conceptIDs.contains(id) {
                search: for number in texts.indices {
                    for phrase in phrases(number).1 where phrase.concepts.contains(term) {
                        place = (number, phrase.range)
                        break search
                    }
                }
            }
            places.append(place)
        }
        var shown: [String] = []
        for (term, place) in zip(shared, places) {
            var words = term
            if let place {
                let inside = places.contains {
                    guard let other = $0, other.text == place.text, other.range != place.range
                    else { return false }
                    return other.range.lowerBound <= place.range.lowerBound
                        && place.range.upperBound <= other.range.upperBound
                }
                if inside { continue }
                let tokens = phrases(place.text).0
                let first = tokens[place.range.lowerBound]
                let last = tokens[place.range.upperBound - 1]
                let scalars = Array(texts[place.text].unicodeScalars)[first.start..<last.end]
                words = String(String.UnicodeScalarView(scalars))
                // A capital that only starts the text ("Vitamin K2 lowers …") is dropped.
                if first.start == 0,
                    let second = words.unicodeScalars.dropFirst().first,
                    CharacterSet.lowercaseLetters.contains(second)
                {
                    words = words.prefix(1).lowercased() + words.dropFirst()
                }
            } else if let id = termIDs[term], conceptIDs.contains(id) {
                words = concepts.firstName(of: term) ?? term
            }
            if !shown.contains(words) { shown.append(words) }
        }
        return shown
    }

    /// How many terms two sorted lists share, and their total weight.
    private func overlap(_ a: [Int32], _ b: [Int32]) -> (Int, Double) {
        ClaimIndex.overlap(a, b, weights: weights)
    }

    /// How many ids two ascending lists share, and their total weight (`weights` by id); the
    /// register's matcher weighs its targets the same way.
    static func overlap(_ a: [Int32], _ b: [Int32], weights: [Double]) -> (Int, Double) {
        var count = 0
        var weight = 0.0
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                count += 1
                weight += weights[Int(a[i])]
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return (count, weight)
    }

    /// Ids ascending, each once.
    static func distinct(_ ids: [Int32]) -> [Int32] {
        var sorted = ids.sorted()
        var kept = 0
        for index in sorted.indices where kept == 0 || sorted[kept - 1] != sorted[index] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    static func intersect(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var result: [Int32] = []
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                result.append(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return result
    }
}
