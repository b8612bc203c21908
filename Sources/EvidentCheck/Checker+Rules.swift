import EvidentModel

/// Rule evaluation: which rules fire on which sentences (or once per document), as candidate
/// findings before deduplication.
extension Checker {
    struct Candidate {
        var rule: CompiledRule
        var sentence: Int?
        var range: Range<Int>
        /// The EU register's verdict behind a `register:` rule's finding.
        var register: RegisterVerdict? = nil
        /// The interaction behind an `interaction:` rule's finding.
        var interaction: Interaction? = nil
        /// The lay-language reader's score and words behind a `lay-disease-claim` finding.
        var lay: LayReading? = nil
    }

    /// The candidate findings of the sentence rules on the sentences of `chunks` (numbers in
    /// `sentences`) that deduplication keeps (``deduplicate(_:)``), in its order, evaluated
    /// per chunk. Deduplication reads a sentence's candidates alone, so each chunk's are
    /// deduplicated by its own worker and the chunks' kept lists merged in the same order.
    /// Document rules are read by ``DocumentRules``. `firsts`: per sentence, the first
    /// sentence written the same (`-1`: none; see `tag`). With a `memo` and the sentences'
    /// `keys` (see `tag`), a sentence read in an earlier batch has the findings of the rules
    /// that read it alone found there (see `ReadMemo`), and what this batch reads is added
    /// to it.
    func evaluate(
        _ sentences: [TaggedSentence], matches: [ClaimMatch?], firsts: [Int],
        chunks: [[Int]], keys: [RepeatKey?] = [], memo reads: ReadMemo? = nil
    ) -> [Candidate] {
        // Per chunk, per rule: the sentence-level candidates. Sentence by sentence, every rule
        // in turn: a sentence's tags stay in the cache while its rules run (rule by rule, every
        // sentence would be fetched again from memory for every rule).
        let gates = RuleGates(rules)
        // Per rule, whether it reads a sentence alone (`readsAlone`), for a statement and for a
        // question; worked out once, not for every sentence.
        let aloneInStatement = rules.map { readsAlone($0, isQuestion: false) }
        let aloneInQuestion = rules.map { readsAlone($0, isQuestion: true) }
        // The rules read sentence by sentence (evidence and sentence rules), and of them those
        // a repeated sentence still runs: the ones that read more than the sentence alone.
        let sentenceRules = rules.indices.filter {
            rules[$0].rule.kind == .evidence || rules[$0].rule.scope == .sentence
        }
        let repeatedStatementRules = sentenceRules.filter { !aloneInStatement[$0] }
        let repeatedQuestionRules = sentenceRules.filter { !aloneInQuestion[$0] }
        // Per rule, whether it reads the claim (an evidence rule) rather than patterns: read
        // once here, not from the rule at every sentence.
        let isEvidence = rules.map { $0.rule.kind == .evidence }
        // The same lists as bits over the rules (`RuleGates.words` words), so that a sentence
        // reads only the rules its classes may open (`RuleGates.candidates`), in rule order.
        func bits(_ orders: [Int]) -> [UInt64] {
            var bits = [UInt64](repeating: 0, count: gates.words)
            for order in orders { bits[order >> 6] |= 1 << UInt64(order & 63) }
            return bits
        }
        let sentenceBits = bits(sentenceRules)
        let repeatedStatementBits = bits(repeatedStatementRules)
        let repeatedQuestionBits = bits(repeatedQuestionRules)
        // An evidence rule reads the claim, not patterns: no gate shuts it.
        let evidenceBits = bits(rules.indices.filter { isEvidence[$0] })
        // What earlier batches read, by key (read, never written, while the chunks run).
        let readBefore = reads?.alone ?? [:]
        let readingsBefore = reads?.readings ?? [:]
        let registerBefore = reads?.register ?? ReadMemo.Register()
        let keyed = reads != nil && keys.count == sentences.count
        // The rules' subject and `unless-context` lists, numbered (`ContextLists`).
        let contextLists = ContextLists(rules)
        let perChunk = Checker.perChunk(chunks) { chunk in
            var lists = [[Candidate]](repeating: [], count: rules.count)
            let memo = RegisterMemo(
                firsts: firsts, keys: keyed ? keys : [], before: registerBefore)
            let context = ContextMemo(
                firsts: firsts, sentences: sentences.count, lists: contextLists.count)
            var learnt: [RepeatKey: [(order: Int, range: Range<Int>)]] = [:]
            // The findings of the rules that read a sentence alone (`readsAlone`) on the first
            // sentence written the same (rule, range from the sentence's start): a repeated
            // sentence gets them moved to where it stands.
            var alone: [Int: [(order: Int, range: Range<Int>)]] = [:]
            // What the rules read of the first sentence written the same alone
            // (`AloneReading`), by rule order: a repeated sentence's rules that read more than
            // it (above) test only that.
            var readings: [Int: AloneReadings] = [:]
            for number in chunk {
                let sentence = sentences[number]
                let first = firsts[number]
                let start = sentence.range.lowerBound
                let present = sentence.presentSet
                let key = keyed && first >= 0 ? keys[number] : nil
                let known =
                    first >= 0 ? alone[first] ?? key.flatMap { readBefore[$0] } : nil
                if first >= 0, let known, alone[first] == nil { alone[first] = known }
                for (order, range) in known ?? [] {
                    lists[order].append(
                        Candidate(
                            rule: rules[order], sentence: number,
                            range: (range.lowerBound + start)..<(range.upperBound + start)))
                }
                var found: [(order: Int, range: Range<Int>)] = []
                let aloneRules = sentence.isQuestion ? aloneInQuestion : aloneInStatement
                // A repeated sentence has the findings of the rules that read it alone (above).
                let orders =
                    known == nil
                    ? sentenceBits
                    : sentence.isQuestion ? repeatedQuestionBits : repeatedStatementBits
                var read =
                    first < 0
                    ? AloneReadings()
                    : readings.removeValue(forKey: first)
                        ?? key.flatMap { readingsBefore[$0] } ?? AloneReadings()
                // (`orders` holds no document rule.) The rules of `orders` the sentence's
                // classes may open, in rule order.
                var open = evidenceBits
                gates.candidates(present, into: &open)
                for word in open.indices { open[word] &= orders[word] }
                for order in RuleGates.members(open) {
                    let candidates: [Candidate]
                    if isEvidence[order] {
                        guard hasKnowledgeBase,
                            let candidate = evidenceFinding(
                                rules[order], sentence: sentence, number: number,
                                match: matches[number])
                        else { continue }
                        candidates = [candidate]
                    } else {
                        // A sentence without the classes of any `when` pattern is not read.
                        guard gates.admits(order, present) else { continue }
                        var reading = read[order]
                        // A reading that failed, or holds its matches, is not changed by the
                        // rule (`sentenceFindings`): not written back.
                        let complete = reading.map { !$0.passes || $0.found != nil } ?? false
                        candidates = sentenceFindings(
                            rules[order], sentence: sentence, sentences: sentences,
                            number: number, matches: matches, memo: memo,
                            context: (contextLists, context), gated: gates.gates(order),
                            reading: &reading)
                        if first >= 0, !complete { read[order] = reading }
                        if candidates.isEmpty { continue }
                    }
                    let own = first >= 0 && aloneRules[order]
                    lists[order] += candidates
                    if own {
                        for candidate in candidates {
                            let range = candidate.range
                            found.append(
                                (order, (range.lowerBound - start)..<(range.upperBound - start)))
                        }
                    }
                }
                if first >= 0, known == nil {
                    alone[first] = found
                    if let key { learnt[key] = found }
                }
                if first >= 0 { readings[first] = read }
            }
            // What the chunk's rules read of its sentences alone, by key.
            var learntReadings: [RepeatKey: AloneReadings] = [:]
            if keyed {
                for (first, read) in readings {
                    if let key = keys[first] { learntReadings[key] = read }
                }
            }
            // The chunk's candidates in rule order, as deduplication reads them (list by list
            // into room made once: `Array(lists.joined())` copied them one by one).
            var all: [Candidate] = []
            all.reserveCapacity(lists.reduce(0) { $0 + $1.count })
            for list in lists { all += list }
            return (Checker.deduplicate(all), learnt, memo.learnt(), learntReadings)
        }
        if let reads {
            for part in perChunk {
                reads.learn(alone: part.1, register: part.2, readings: part.3)
            }
        }
        return Checker.merge(perChunk.map(\.0))
    }

    /// Lists of kept candidates, each in deduplication's order (``precedes(_:_:)``) and of
    /// sentences no other list has, merged into that order: the list deduplication keeps of
    /// all their candidates at once.
    static func merge(_ lists: [[Candidate]]) -> [Candidate] {
        guard lists.count > 1 else { return lists.first ?? [] }
        var merged: [Candidate] = []
        merged.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        var next = [Int](repeating: 0, count: lists.count)
        while true {
            var best: Int? = nil
            for list in lists.indices where next[list] < lists[list].count {
                if let b = best, !precedes(lists[list][next[list]], lists[b][next[b]]) {
                    continue
                }
                best = list
            }
            guard let best else { return merged }
            merged.append(lists[best][next[best]])
            next[best] += 1
        }
    }

    /// Whether a rule's findings on a sentence come from the sentence alone and its claim (a
    /// function of its words): an evidence rule, or a sentence rule with no subject, no
    /// `unless-context`, no register verdict (its own, `unless-register`, or the Article 14
    /// reading of a disease rule: `yieldsToRiskReduction`), and no required pattern it would
    /// look for in the answer to a question. The register's verdict reads past the sentence
    /// (the substances of the two before it, an Article 14 wording's other half), so a rule
    /// that asks for it is read again wherever the sentence is written (session 35: a disease
    /// rule read alone gave a sentence after an Article 14 wording the findings of the same
    /// sentence elsewhere, and the reverse).
    func readsAlone(_ rule: CompiledRule, isQuestion: Bool) -> Bool {
        switch (rule.rule.kind, rule.rule.scope) {
        case (.evidence, _):
            return true
        case (.pattern, .sentence):
            return rule.subject.isEmpty && rule.unlessContext.isEmpty && rule.rule.register == nil
                && rule.rule.unlessRegister.isEmpty && !yieldsToRiskReduction(rule)
                && (rule.requires.isEmpty || !isQuestion)
        case (.pattern, .document):
            return false
        }
    }

    /// Whether a rule's finding yields to an authorised Article 14(1)(a) wording the register
    /// reads in the sentence (`sentenceFindings`): a disease rule, checking for the EU alone.
    func yieldsToRiskReduction(_ rule: CompiledRule) -> Bool {
        market == .eu && rule.rule.category == .diseaseClaim
    }

    func evidenceFinding(
        _ rule: CompiledRule, sentence: TaggedSentence, number: Int, match: ClaimMatch?
    ) -> Candidate? {
        if let match {
            guard rule.rule.verdicts.contains(match.verdict) else { return nil }
            return Candidate(rule: rule, sentence: number, range: sentence.range)
        }
        guard rule.rule.noMatch, !isQuestionSentence(sentence),
            book.healthStatement.contains(where: { sentence.contains($0, within: 8) })
        else { return nil }
        return Candidate(rule: rule, sentence: number, range: sentence.range)
    }

    /// What a sentence rule reads of a sentence alone (`sentenceFindings`), kept for the
    /// sentences written the same (`evaluate`): whether its own tests pass (a `when` pattern may
    /// match, its required pattern is there (a question's is read with its answer, each time),
    /// no `unless` pattern is, the claim is not certain enough), and, once worked out, its
    /// `when` matches that no qualifier before them drops, sorted and merged.
    struct AloneReading {
        var passes: Bool
        var found: [PatternMatch]? = nil
    }

    /// What the rules read of one sentence alone (`AloneReading`), by rule order: the orders
    /// ascending beside their readings. A sentence's rules are read in rule order, so a reading
    /// is appended, and found again by a binary search (a dictionary by order hashed every order
    /// of every rule read and grew as a sentence's rules were read: 110 million instructions of
    /// a 1 MB check, 210 million without repeats). Setting `nil` removes an order's reading, as
    /// a dictionary's subscript does.
    struct AloneReadings {
        private var orders: [Int] = []
        private var readings: [AloneReading] = []

        subscript(order: Int) -> AloneReading? {
            get {
                let index = position(of: order)
                return index < orders.count && orders[index] == order ? readings[index] : nil
            }
            set {
                let index = position(of: order)
                let found = index < orders.count && orders[index] == order
                if let newValue {
                    if found {
                        readings[index] = newValue
                    } else if index == orders.count {
                        // Orders come ascending: appended (`insert` at the end went through
                        // the generic `replaceSubrange`, 100 M instructions in a check of 1 MB
                        // of distinct sentences).
                        orders.append(order)
                        readings.append(newValue)
                    } else {
                        orders.insert(order, at: index)
                        readings.insert(newValue, at: index)
                    }
                } else if found {
                    orders.remove(at: index)
                    readings.remove(at: index)
                }
            }
        }

        /// Where `order` is, or would be inserted to keep the orders ascending (after the last
        /// at once when it is greater: orders come ascending).
        private func position(of order: Int) -> Int {
            if let last = orders.last, last < order { return orders.count }
            var low = 0
            var high = orders.count
            while low < high {
                let middle = (low + high) / 2
                if orders[middle] < order { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    /// The candidates of a sentence rule on sentence `number` (`sentence`, passed as the caller
    /// holds it: a copy per rule retained and released each of its arrays, for every rule read).
    /// `reading`: what the rule read of the sentence alone (`AloneReading`), when a sentence
    /// written the same was read before (`nil`: worked out here, and kept in it). The tests
    /// read no state: in whatever order they run, the candidates are the same, and the register
    /// is asked where it was (its memo answers a neighbour asking back as it did). `context`:
    /// the rules' context lists and what the sentences hold of them (`ContextMemo`).
    func sentenceFindings(
        _ rule: CompiledRule, sentence: TaggedSentence, sentences: [TaggedSentence], number: Int,
        matches: [ClaimMatch?], memo: RegisterMemo,
        context: (lists: ContextLists, memo: ContextMemo), gated: Bool = false,
        reading: inout AloneReading?
    ) -> [Candidate] {
        let within = rule.rule.within
        if reading == nil {
            // Most rules stop at the first test (a rule its gates admitted has a `when` pattern
            // whose classes are all present: `RuleGates.admits`).
            var passes = gated || rule.when.contains(where: { sentence.mayMatch($0) })
            if passes, !rule.requires.isEmpty, !sentence.isQuestion {
                passes = Checker.anyPattern(rule.borrowedRequires) {
                    sentence.contains($0, within: within)
                }
            }
            if passes {
                passes = !Checker.anyPattern(rule.borrowedUnless) {
                    sentence.contains($0, within: within)
                }
            }
            if passes, let bar = rule.rule.certaintyBelow, let match = matches[number] {
                passes = match.certainty < bar
            }
            reading = AloneReading(passes: passes)
        }
        guard reading?.passes == true else { return [] }
        if !rule.subject.isEmpty {
            let low = Checker.paragraphStart(
                sentences, number: number, back: rule.rule.subjectWindow)
            let high = Checker.paragraphEnd(
                sentences, number: number, ahead: rule.rule.subjectAhead)
            let list = context.lists.subject(rule)
            let found = (low...high).contains { s in
                context.memo.holds(list, s) {
                    Checker.anyPattern(rule.borrowedSubject) {
                        sentences[s].contains($0, within: within)
                    }
                }
            }
            guard found else { return [] }
        }
        if sentence.isQuestion, !rule.requires.isEmpty {
            // A question ("Struggling with arthritis?") is answered by the next sentence.
            let next = number + 1 < sentences.count ? number + 1 : nil
            let met = Checker.anyPattern(rule.borrowedRequires) { p in
                sentence.contains(p, within: within)
                    || next.map { sentences[$0].contains(p, within: within) } ?? false
            }
            guard met else { return [] }
        }
        if !rule.unlessContext.isEmpty {
            let first = Checker.paragraphStart(sentences, number: number, back: 1)
            let last = Checker.paragraphEnd(sentences, number: number, ahead: 1)
            let list = context.lists.unlessContext(rule)
            if (first...last).contains(where: { s in
                context.memo.holds(list, s) {
                    Checker.anyPattern(rule.borrowedUnlessContext) {
                        sentences[s].contains($0, within: within)
                    }
                }
            }) {
                return []
            }
        }
        var verdict: RegisterVerdict? = nil
        if let wanted = rule.rule.register {
            guard let found = registerVerdict(sentences, number: number, memo: memo),
                found.outcome == wanted
            else { return [] }
            verdict = found
        }
        let merged: [PatternMatch]
        if let found = reading?.found {
            merged = found
        } else {
            merged = Checker.whenMatches(rule, in: sentence)
            reading?.found = merged
        }
        guard !merged.isEmpty else { return [] }
        // The register is asked only once the rule has matched, and only for the EU alone: under
        // `--market all` the US reading of the same words stands (21 CFR 101.93(g)), and
        // `--market us` never reads the register.
        if !rule.rule.unlessRegister.isEmpty, market == .eu,
            let judged = registerVerdict(sentences, number: number, memo: memo),
            rule.rule.unlessRegister.contains(judged.outcome)
        {
            return []
        }
        // An authorised Article 14(1)(a) wording names a risk factor and the disease it leads
        // to by law (Reg 1924/2006 Art 14(1)(a), 14(2)): when the register reads the sentence
        // as such a wording, checking for the EU alone, a disease rule's reading of its words
        // is the authorised claim, however the copy joins the effect and the risk factor ("Oat
        // beta-glucan has been shown to reduce blood cholesterol; high cholesterol is a risk
        // factor in the development of coronary heart disease").
        if yieldsToRiskReduction(rule),
            let judged = registerVerdict(sentences, number: number, memo: memo),
            judged.outcome == .authorised, judged.entry?.isRiskReduction == true
        {
            return []
        }
        return merged.map { match in
            let range =
                rule.rule.span == .sentence
                ? sentence.range
                : sentence.tokens[match.start].start..<sentence.tokens[match.end - 1].end
            return Candidate(rule: rule, sentence: number, range: range, register: verdict)
        }
    }

    /// A sentence rule's `when` matches in a sentence that no `unless-before` pattern (kept by
    /// no `keep-if-before` one) qualifies, sorted; adjacent matches are one ("Parkinson's" +
    /// "disease"), and a rule read once per sentence keeps the first.
    static func whenMatches(_ rule: CompiledRule, in sentence: TaggedSentence) -> [PatternMatch] {
        let within = rule.rule.within
        var found: [PatternMatch] = []
        let window = rule.rule.beforeWindow
        for borrowed in rule.borrowedWhen {
            borrowed._withUnsafeGuaranteedRef { pattern in
                sentence.forEachMatch(pattern, within: within) { match in
                    func before(_ patterns: [Unmanaged<Pattern>]) -> Bool {
                        Checker.anyPattern(patterns) {
                            sentence.occursBefore(
                                $0, anchor: match.anchor, window: window, within: within)
                        }
                    }
                    let qualified =
                        before(rule.borrowedUnlessBefore) && !before(rule.borrowedKeepIfBefore)
                    if !qualified { found.append(match) }
                }
            }
        }
        guard !found.isEmpty else { return [] }
        found.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        var merged: [PatternMatch] = []
        for match in found {
            if let last = merged.last, match.start <= last.end {
                merged[merged.count - 1].end = max(last.end, match.end)
            } else {
                merged.append(match)
            }
        }
        if rule.rule.perSentence == .first { merged = [merged[0]] }
        return merged
    }

    /// Whether `test` holds for one of `patterns` (`CompiledRule.borrowedWhen` …), each borrowed
    /// from the rule that keeps it, not retained.
    @inline(__always)
    static func anyPattern(
        _ patterns: [Unmanaged<Pattern>], _ test: (Pattern) -> Bool
    ) -> Bool {
        for pattern in patterns where pattern._withUnsafeGuaranteedRef(test) { return true }
        return false
    }

    /// The first of the `back` sentences before `number` (or `number` itself) in its
    /// paragraph: a paragraph is the scope of a rule's context (its subject window, its
    /// `unless-context` neighbours), so a sentence reads the same after any other paragraph.
    static func paragraphStart(_ sentences: [TaggedSentence], number: Int, back: Int) -> Int {
        var low = number
        while low > 0, number - low < back, !sentences[low].opensParagraph { low -= 1 }
        return low
    }

    /// The last of the `ahead` sentences after `number` (or `number` itself) in its paragraph.
    static func paragraphEnd(_ sentences: [TaggedSentence], number: Int, ahead: Int) -> Int {
        var high = number
        while high + 1 < sentences.count, high - number < ahead,
            !sentences[high + 1].opensParagraph
        {
            high += 1
        }
        return high
    }

    /// The interaction of a kind that the substance named by `terms` (or a broader one) has.
    func interaction(_ kind: String, in terms: [String]) -> Interaction? {
        let catalog = book.register.catalog
        for mention in catalog.mentions(in: terms) {
            for group in catalog.groups[mention.group].lineage {
                if let found = book.interactions.first(where: {
                    $0.kind == kind && $0.substance == catalog.groups[group].id
                }) {
                    return found
                }
            }
        }
        return nil
    }

    /// A document rule's candidate in the first of `sentences` where one of its `when`
    /// patterns matches (at the leftmost match there), or `nil`. A match that a finding of
    /// the rule's `unless-finding` categories overlaps (among `findings`, the batch's
    /// candidates) does not count.
    func firstDocumentMatch(
        _ rule: CompiledRule, in sentences: ArraySlice<TaggedSentence>,
        findings: [Candidate] = []
    ) -> Candidate? {
        let within = rule.rule.within
        let excluded = Checker.ranges(of: rule.rule.unlessFinding, in: findings)
        for sentence in sentences {
            var first: PatternMatch? = nil
            for pattern in rule.when {
                let found = sentence.matches(pattern, within: within).first { found in
                    let range =
                        sentence.tokens[found.start].start..<sentence.tokens[found.end - 1].end
                    return !excluded.contains { $0.overlaps(range) }
                }
                if let found, first.map({ found.start < $0.start }) ?? true {
                    first = found
                }
            }
            if let first {
                let range = sentence.tokens[first.start].start..<sentence.tokens[first.end - 1].end
                var candidate = Candidate(rule: rule, sentence: nil, range: range)
                if let kind = rule.rule.interaction {
                    candidate.interaction = interaction(
                        kind, in: Array(sentence.terms[first.start..<first.end]))
                }
                return candidate
            }
        }
        return nil
    }

    /// Keeps, per sentence and category, one finding per overlapping span: the most severe,
    /// then the earliest rule, once the findings that a refining rule's finding overlaps are
    /// dropped (``withoutRefined(_:)``).
    static func deduplicate(_ candidates: [Candidate]) -> [Candidate] {
        let ordered = inPrecedence(withoutRefined(withoutExcluded(candidates)))
        // Per sentence and category (`sentence * categories + category`), the ranges kept.
        let categories = FindingCategory.allCases.count
        var kept: [Candidate] = []
        kept.reserveCapacity(ordered.count)
        // The ranges kept of a key, as a chain through `ranges` (`next`: the one kept before
        // it of the same key, `-1`: none) from the last one (`last`): no list per key to make.
        var last: [Int: Int] = [:]
        var ranges: [Range<Int>] = []
        var next: [Int] = []
        ranges.reserveCapacity(ordered.count)
        next.reserveCapacity(ordered.count)
        for candidate in ordered {
            guard let sentence = candidate.sentence else {
                kept.append(candidate)
                continue
            }
            let key = sentence &* categories &+ candidate.rule.categoryIndex
            let head = last[key] ?? -1
            var link = head
            while link >= 0, !ranges[link].overlaps(candidate.range) { link = next[link] }
            if link >= 0 { continue }
            last[key] = ranges.count
            ranges.append(candidate.range)
            next.append(head)
            kept.append(candidate)
        }
        return kept
    }

    /// The candidates in deduplication's order (``precedes(_:_:)``), as a stable sort puts
    /// them. The sentence rules' candidates come in rule order and, per rule, in the order of
    /// the text: then only severity moves them, and a stable pass per severity, most severe
    /// first, gives the sorted list without comparing them pairwise. In any other order they
    /// are sorted.
    static func inPrecedence(_ candidates: [Candidate]) -> [Candidate] {
        var inRuleOrder = true
        for index in candidates.indices.dropFirst() {
            let a = candidates[index - 1]
            let b = candidates[index]
            if a.rule.order > b.rule.order
                || a.rule.order == b.rule.order && a.range.lowerBound > b.range.lowerBound
            {
                inRuleOrder = false
                break
            }
        }
        guard inRuleOrder else { return candidates.sorted(by: precedes) }
        var ordered: [Candidate] = []
        ordered.reserveCapacity(candidates.count)
        // Each candidate's severity read once (not copied out at every pass to be asked).
        let severities = candidates.map { $0.rule.rule.severity }
        for severity in Severity.allCases.sorted(by: >) {
            for index in candidates.indices where severities[index] == severity {
                ordered.append(candidates[index])
            }
        }
        return ordered
    }

    /// Deduplication's order: the most severe first, then the earliest rule, then the
    /// earliest in the text.
    static func precedes(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.rule.rule.severity != b.rule.rule.severity {
            return a.rule.rule.severity > b.rule.rule.severity
        }
        if a.rule.order != b.rule.order { return a.rule.order < b.rule.order }
        return a.range.lowerBound < b.range.lowerBound
    }

    /// The ranges of the candidates whose rule's category is one of `categories`.
    static func ranges(
        of categories: [FindingCategory], in candidates: [Candidate]
    ) -> [Range<Int>] {
        guard !categories.isEmpty else { return [] }
        return candidates.filter { categories.contains($0.rule.rule.category) }.map(\.range)
    }

    /// The candidates less those of a rule with `unless-finding` that a candidate of one of
    /// those categories overlaps in the same sentence (a disease claim is not a
    /// structure/function claim).
    static func withoutExcluded(_ candidates: [Candidate]) -> [Candidate] {
        guard candidates.contains(where: { !$0.rule.rule.unlessFinding.isEmpty }) else {
            return candidates
        }
        return candidates.filter { candidate in
            let categories = candidate.rule.rule.unlessFinding
            guard !categories.isEmpty, let sentence = candidate.sentence else { return true }
            return !candidates.contains { other in
                other.sentence == sentence && categories.contains(other.rule.rule.category)
                    && other.range.overlaps(candidate.range)
            }
        }
    }

    /// The candidates less those a candidate of a rule that `refines` theirs overlaps in the
    /// same sentence (or meets anywhere in it, with `refines-within: sentence`, where that
    /// candidate is itself kept: see `kept`), when it is at least as severe: the narrower
    /// reading names what the sentence says (a germ, a lost ability, a story's turn) where the
    /// generic one read the same words. One that falls to a rival of its category removes the
    /// generic one only where the rival reads the generic one's words too.
    static func withoutRefined(_ candidates: [Candidate]) -> [Candidate] {
        // Per sentence, the candidates of rules that refine another.
        var refining: [Int: [Int]] = [:]
        for (index, candidate) in candidates.enumerated() where !candidate.rule.refines.isEmpty {
            guard let sentence = candidate.sentence else { continue }
            refining[sentence, default: []].append(index)
        }
        guard !refining.isEmpty else { return candidates }
        // Whether a sentence-wide refining candidate is the finding `deduplicate` keeps for its
        // words: no candidate of its category that it does not refine, more severe or as severe
        // and of an earlier rule, overlaps it. A story read under a one-sentence before/after
        // reading does not take the sentence's testimonial away only to be dropped itself.
        func kept(_ other: Candidate) -> Bool {
            !candidates.contains { isRival($0, of: other) }
        }
        // Whether a candidate takes a refining candidate's words from it in `deduplicate`: of
        // its category and sentence, not refined by it, overlapping it, more severe or as
        // severe and of an earlier rule.
        func isRival(_ rival: Candidate, of other: Candidate) -> Bool {
            rival.sentence == other.sentence
                && rival.rule.rule.category == other.rule.rule.category
                && rival.rule.order != other.rule.order
                && !other.rule.refines.contains(rival.rule.order)
                && rival.range.overlaps(other.range)
                && (rival.rule.rule.severity > other.rule.rule.severity
                    || rival.rule.rule.severity == other.rule.rule.severity
                        && rival.rule.order < other.rule.order)
        }
        return candidates.filter { candidate in
            guard let sentence = candidate.sentence, let near = refining[sentence] else {
                return true
            }
            return !near.contains { index in
                let other = candidates[index]
                guard other.rule.refines.contains(candidate.rule.order),
                    other.rule.rule.severity >= candidate.rule.rule.severity
                else { return false }
                if other.rule.rule.refinesWithin == .sentence { return kept(other) }
                guard other.range.overlaps(candidate.range) else { return false }
                // A refining candidate that falls to a rival of its category removes the
                // broader one only where that rival reads the broader one's words too; else
                // the broader reading stands, or its words would be left unread (session 31:
                // rule F1 on "Our eye drops let you see …", lost to the condition read in "eye
                // drops", had taken the aid's reading of "see … without specs" with it).
                return !candidates.contains { rival in
                    isRival(rival, of: other) && !rival.range.overlaps(candidate.range)
                }
            }
        }
    }
}
