import Foundation

/// Judges a health claim against the EU register: the substances the copy names (from data:
/// `SubstanceCatalog`), their authorised and non-authorised entries, and how much of an
/// entry's relationship the sentence says.
///
/// A sentence and an entry are compared on their targets: the canonical terms of the words
/// (synonyms merged by the lexicon) less stopwords, the substance's names, the words of the
/// claim frame (`@eu-claim-frame`: "contributes to", "normal", "maintenance" …) and the
/// intensifiers (`@eu-exaggeration`). *Coverage* is the share of the entry's targets the
/// sentence has, *precision* the share of the sentence's targets the entry has.
///
/// - authorised: an authorised entry with coverage ≥ 2/3 and precision ≥ 1/2, without an
///   intensifier, unless a non-authorised entry that names the substance as the copy does has
///   its own wording (without its relationship) said near-exactly (coverage and precision ≥
///   0.9) and strictly more closely (on targets, then on all the words): then it is that
///   non-authorised claim ("Omega 3 fatty acids support a healthy heart") (a disease risk reduction claim only against Art 14(1)(a) entries, whose
///   two-sentence wording is compared with the sentence and its neighbours);
/// - wording: coverage and precision ≥ 1/2 otherwise (or a general claim with no target);
/// - non-authorised: a non-authorised or revoked entry covering half the sentence's targets;
/// - risk-reduction: risk-reduction wording (`@risk-reduction`) with no authorised match;
/// - unauthorised: anything else.
struct RegisterMatcher: Sendable {
    let register: EURegister
    let catalog: SubstanceCatalog
    let ignored: Set<String>
    let concepts: ConceptMatcher
    let exaggerationClass: Int?
    let riskClass: Int?
    /// The entries read as targets, built when a sentence is first judged (a check whose rules
    /// never ask the register, such as `--market us`, does not read its 2,300 entries).
    private let lazyIndex: LazyIndex

    /// Per entry: its targets (ids, ascending), their summed weight, and its names as stems,
    /// computed once, so a sentence costs only the entries of the substances it names; the id
    /// of every target some entry has and, per id, its inverse document frequency over the
    /// register's entries.
    struct Index: Sendable {
        let entryTargets: [[Int32]]
        let entryWeights: [Double]
        /// Per entry: the targets of its wording alone and their summed weight (a non-authorised
        /// entry's targets add its relationship).
        let wordingTargets: [[Int32]]
        let wordingWeights: [Double]
        /// Per entry: every word of its wording (stems, its substance's names left out), the
        /// claim frame included, to tell an exact wording from a paraphrase.
        let wordingTerms: [Set<String>]
        let entryNames: [[[String]]]
        /// Per entry: whether it is authorised, and whether it is an Article 14(1)(a) disease
        /// risk reduction claim (read per sentence without copying the entry).
        let entryAuthorised: [Bool]
        let entryRiskReduction: [Bool]
        let targetIDs: [String: Int32]
        let weights: [Double]
        /// The weight of a target no entry has (the rarest).
        let unknownWeight: Double
    }

    /// Builds the index once, on first use, whichever thread asks first.
    private final class LazyIndex: @unchecked Sendable {
        private let lock = NSLock()
        private var built: Index?
        private let build: @Sendable () -> Index

        init(_ build: @escaping @Sendable () -> Index) { self.build = build }

        var value: Index {
            lock.lock()
            defer { lock.unlock() }
            if let built { return built }
            let index = build()
            built = index
            return index
        }
    }

    /// The register's entries as targets (built on first use).
    var index: Index { lazyIndex.value }

    init(
        register: EURegister, catalog: SubstanceCatalog, lexicon: Lexicon,
        concepts: ConceptMatcher
    ) {
        let ignored = lexicon.words(ofClass: "eu-claim-frame").union(
            lexicon.words(ofClass: "eu-exaggeration"))
        self.register = register
        self.catalog = catalog
        self.ignored = ignored
        self.concepts = concepts
        self.exaggerationClass = lexicon.classID("eu-exaggeration")
        self.riskClass = lexicon.classID("risk-reduction")
        self.lazyIndex = LazyIndex {
            RegisterMatcher.index(
                register: register, catalog: catalog, concepts: concepts, ignored: ignored)
        }
    }

    private static func index(
        register: EURegister, catalog: SubstanceCatalog, concepts: ConceptMatcher,
        ignored: Set<String>
    ) -> Index {
        // Each entry's names and targets, read on every core (each entry on its own).
        let read = Checker.perChunk(Checker.chunks(register.entries.count)) { chunk in
            chunk.map {
                number -> (
                    names: [[String]], targets: [String], wording: [String], terms: Set<String>
                )
                in
                let entry = register.entries[number]
                let names = entry.names.map { Tokenizer.terms($0) }
                let nameTerms = Set(names.joined())
                func read(_ text: String) -> [String] {
                    let terms = Tokenizer.terms(text).filter { !nameTerms.contains($0) }
                    return RegisterMatcher.targets(
                        terms, mentions: catalog.mentions(in: terms), concepts: concepts,
                        ignored: ignored)
                }
                let wording = read(entry.wording)
                let terms = Set(Tokenizer.terms(entry.wording)).subtracting(nameTerms)
                guard entry.status != .authorised, let relationship = entry.relationship else {
                    return (names, wording, wording, terms)
                }
                return (names, read(entry.wording + " " + relationship), wording, terms)
            }
        }.joined()
        let own = read.map(\.targets)
        let names = read.map(\.names)
        var frequency: [String: Int] = [:]
        for targets in own {
            for term in targets { frequency[term, default: 0] += 1 }
        }
        let total = Double(max(1, own.count))
        var ids: [String: Int32] = [:]
        var weights: [Double] = []
        for (term, count) in frequency.sorted(by: { $0.key < $1.key }) {
            ids[term] = Int32(weights.count)
            weights.append(log(1 + total / Double(count)))
        }
        let entryTargets = own.map { targets in targets.compactMap { ids[$0] }.sorted() }
        let wordingTargets = read.map { $0.wording.compactMap { ids[$0] }.sorted() }
        return Index(
            entryTargets: entryTargets,
            entryWeights: entryTargets.map { $0.reduce(0) { $0 + weights[Int($1)] } },
            wordingTargets: wordingTargets,
            wordingWeights: wordingTargets.map { $0.reduce(0) { $0 + weights[Int($1)] } },
            wordingTerms: read.map(\.terms),
            entryNames: names, entryAuthorised: register.entries.map { $0.status == .authorised },
            entryRiskReduction: register.entries.map(\.isRiskReduction), targetIDs: ids,
            weights: weights, unknownWeight: log(1 + total))
    }

    /// The targets of a run of stems: canonical terms less every substance the catalog knows,
    /// the claim frame and the intensifiers. `mentions`: the catalog's substances in `terms`,
    /// when the caller has found them already.
    func targets(
        _ terms: [String], mentions: [(group: Int, start: Int, end: Int)]? = nil
    ) -> RegisterTargets {
        let targetIDs = index.targetIDs
        var found = RegisterTargets()
        for term in RegisterMatcher.targets(
            terms, mentions: mentions ?? catalog.mentions(in: terms), concepts: concepts,
            ignored: ignored)
        {
            if let id = targetIDs[term] {
                found.known.append(id)
            } else {
                found.unknown.append(term)
            }
        }
        found.known.sort()
        return found
    }

    /// `targets(_:)` as distinct terms, ascending.
    private static func targets(
        _ terms: [String], mentions: [(group: Int, start: Int, end: Int)],
        concepts: ConceptMatcher, ignored: Set<String>
    ) -> [String] {
        var kept: [String] = []
        var position = 0
        for mention in mentions where mention.start >= position {
            kept += terms[position..<mention.start]
            position = mention.end
        }
        kept += terms[min(position, terms.count)...]
        let read = concepts.terms(kept.filter { !ignored.contains($0) })
        var distinct: [String] = []
        for term in read.sorted() where !ignored.contains(term) && distinct.last != term {
            distinct.append(term)
        }
        return distinct
    }

    /// The summed weight of targets (rare terms of the register weigh most).
    func weight(_ targets: RegisterTargets) -> Double {
        weight(targets, index)
    }

    private func weight(_ targets: RegisterTargets, _ index: Index) -> Double {
        targets.known.reduce(0) { $0 + index.weights[Int($1)] }
            + Double(targets.unknown.count) * index.unknownWeight
    }

    /// The outcome for a sentence about `groups` (`said`: the stems naming the first one), with
    /// its targets (alone, and with the sentences around it), whether it uses risk-reduction
    /// wording or an intensifier.
    func judge(
        groups: [Int], said: [String], terms: [String], sentence: RegisterTargets,
        context: RegisterTargets, risk: Bool, exaggerates: Bool
    ) -> (outcome: RegisterOutcome, entry: RegisterEntry?) {
        let built = index
        let entryTargets = built.entryTargets
        let entryWeights = built.entryWeights
        // How many targets an entry (`own`) and a sentence (`said`, both ascending) share, and
        // their summed weight.
        func shared(_ own: [Int32], _ said: [Int32]) -> (count: Int, weight: Double) {
            ClaimIndex.overlap(own, said, weights: built.weights)
        }
        func named(_ entry: Int) -> Int { built.entryNames[entry].contains(said) ? 1 : 0 }
        // A group's entries are ascending already.
        let ordered =
            groups.count == 1
            ? catalog.groups[groups[0]].entries
            : Set(groups.flatMap { catalog.groups[$0].entries }).sorted()
        let sentenceWeight = weight(sentence, built)
        let contextWeight = weight(context, built)
        var authorised: (entry: Int, coverage: Double, precision: Double)? = nil
        var refused: (entry: Int, score: Double, coverage: Double)? = nil
        // The non-authorised entry whose own wording the sentence says most closely.
        var closest: (entry: Int, coverage: Double, precision: Double)? = nil
        let isAuthorised = built.entryAuthorised
        let isRiskReduction = built.entryRiskReduction
        for index in ordered {
            let own = entryTargets[index]
            guard !own.isEmpty else { continue }
            if isAuthorised[index] {
                let riskReduction = isRiskReduction[index]
                let said = riskReduction ? context : sentence
                let shared = shared(own, said.known).weight
                let coverage = shared / max(entryWeights[index], 1e-9)
                let precision =
                    said.isEmpty
                    ? 0
                    : shared / max(riskReduction ? contextWeight : sentenceWeight, 1e-9)
                // Ties go to the entry that names the substance as the copy does.
                if let best = authorised,
                    (best.coverage, best.precision, named(best.entry))
                        >= (coverage, precision, named(index))
                {
                    continue
                }
                authorised = (index, coverage, precision)
            } else {
                let common = shared(own, sentence.known)
                guard common.count > 0 else { continue }
                let score = common.weight / max(sentenceWeight, 1e-9)
                let coverage = common.weight / max(entryWeights[index], 1e-9)
                let wording = shared(built.wordingTargets[index], sentence.known).weight
                let said = (
                    coverage: wording / max(built.wordingWeights[index], 1e-9),
                    precision: wording / max(sentenceWeight, 1e-9)
                )
                if closest.map({ ($0.coverage, $0.precision) < (said.coverage, said.precision) })
                    ?? true
                {
                    closest = (index, said.coverage, said.precision)
                }
                if let best = refused, (best.score, best.coverage) >= (score, coverage) {
                    continue
                }
                refused = (index, score, coverage)
            }
        }
        let best = authorised.map { register.entries[$0.entry] }
        if let found = authorised, let entry = best, found.coverage >= 2.0 / 3.0,
            found.precision >= 0.5, !exaggerates, !risk || entry.isRiskReduction
        {
            // A wording the register refuses for the substance as the copy names it, said
            // (near-)exactly and more closely than the nearest authorised one (on targets, then
            // on all its words), is that refused claim.
            if let refusal = closest, named(refusal.entry) == 1, refusal.coverage >= 0.9,
                refusal.precision >= 0.9, refusal.coverage >= found.coverage,
                refusal.precision >= found.precision
            {
                let words = Set(terms).subtracting(said)
                func likeness(_ entry: Int) -> Double {
                    let own = built.wordingTerms[entry]
                    let common = own.intersection(words).count
                    return 2 * Double(common) / Double(max(1, own.count + words.count))
                }
                let closer =
                    refusal.coverage > found.coverage || refusal.precision > found.precision
                    || likeness(refusal.entry) > likeness(found.entry)
                if closer { return (.nonAuthorised, register.entries[refusal.entry]) }
            }
            return (.authorised, entry)
        }
        if risk { return (.riskReduction, best?.isRiskReduction == true ? best : nil) }
        if sentence.isEmpty, let entry = best { return (.wording, entry) }
        if let found = refused, found.score >= 0.5 {
            let related = authorised.map { $0.coverage >= 0.5 && $0.precision >= found.score }
            if related != true { return (.nonAuthorised, register.entries[found.entry]) }
        }
        if let found = authorised, found.coverage >= 0.5, found.precision >= 0.5 {
            return (.wording, best)
        }
        return (.unauthorised, nil)
    }
}
