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
///   intensifier (a disease risk reduction claim only against Art 14(1)(a) entries, whose
///   two-sentence wording is compared with the sentence and its neighbours);
/// - wording: coverage and precision ≥ 1/2 otherwise (or a general claim with no target);
/// - non-authorised: a non-authorised or revoked entry covering half the sentence's targets;
/// - risk-reduction: risk-reduction wording (`@risk-reduction`) with no authorised match;
/// - unauthorised: anything else.
struct RegisterMatcher: Sendable {
    let register: EURegister
    let catalog: SubstanceCatalog
    /// Per entry, its targets.
    var targets: [Set<String>]
    /// Inverse document frequency of each target over the register's entries.
    var weights: [String: Double]
    var unknownWeight: Double
    let ignored: Set<String>
    let concepts: ConceptMatcher
    let exaggerationClass: Int?
    let riskClass: Int?

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
        self.targets = []
        self.weights = [:]
        self.unknownWeight = 0
        var targets: [Set<String>] = []
        var frequency: [String: Int] = [:]
        for entry in register.entries {
            var text = entry.wording
            if entry.status != .authorised, let relationship = entry.relationship {
                text += " " + relationship
            }
            let names = Set(entry.names.flatMap { Tokenizer.terms($0) })
            let terms = Tokenizer.terms(text).filter { !names.contains($0) }
            let own = self.targets(terms)
            for term in own { frequency[term, default: 0] += 1 }
            targets.append(own)
        }
        let total = Double(max(1, targets.count))
        self.targets = targets
        self.weights = frequency.mapValues { log(1 + total / Double($0)) }
        self.unknownWeight = log(1 + total)
    }

    /// The targets of a run of stems: canonical terms less every substance the catalog knows,
    /// the claim frame and the intensifiers.
    func targets(_ terms: [String]) -> Set<String> {
        var kept: [String] = []
        var position = 0
        for mention in catalog.mentions(in: terms) where mention.start >= position {
            kept += terms[position..<mention.start]
            position = mention.end
        }
        kept += terms[min(position, terms.count)...]
        return Set(concepts.terms(kept.filter { !ignored.contains($0) })).subtracting(ignored)
    }

    /// The summed weight of terms (rare terms of the register weigh most).
    func weight(_ terms: Set<String>) -> Double {
        terms.reduce(0) { $0 + (weights[$1] ?? unknownWeight) }
    }

    /// The outcome for a sentence about `groups` (`said`: the stems naming the first one), with
    /// its targets (alone, and with the
    /// sentences around it), whether it uses risk-reduction wording or an intensifier.
    func judge(
        groups: [Int], said: [String], sentence: Set<String>, context: Set<String>, risk: Bool,
        exaggerates: Bool
    ) -> (outcome: RegisterOutcome, entry: RegisterEntry?) {
        func named(_ entry: Int) -> Int {
            register.entries[entry].names.contains { Tokenizer.terms($0) == said } ? 1 : 0
        }
        var candidates: Set<Int> = []
        for group in groups { candidates.formUnion(catalog.groups[group].entries) }
        let ordered = candidates.sorted()
        var authorised: (entry: Int, coverage: Double, precision: Double)? = nil
        var refused: (entry: Int, score: Double, coverage: Double)? = nil
        for index in ordered {
            let entry = register.entries[index]
            let own = targets[index]
            guard !own.isEmpty else { continue }
            if entry.status == .authorised {
                let said = entry.isRiskReduction ? context : sentence
                let shared = weight(own.intersection(said))
                let coverage = shared / max(weight(own), 1e-9)
                let precision = said.isEmpty ? 0 : shared / max(weight(said), 1e-9)
                // Ties go to the entry that names the substance as the copy does.
                if let best = authorised,
                    (best.coverage, best.precision, named(best.entry))
                        >= (coverage, precision, named(index))
                {
                    continue
                }
                authorised = (index, coverage, precision)
            } else {
                let common = own.intersection(sentence)
                guard !common.isEmpty else { continue }
                let shared = weight(common)
                let score = shared / max(weight(sentence), 1e-9)
                let coverage = shared / max(weight(own), 1e-9)
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
