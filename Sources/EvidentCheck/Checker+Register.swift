/// The EU register: what it says about the health claim of a sentence.
extension Checker {
    /// The register's verdict for a sentence: about the substances it names (or, when it names
    /// none, those of the two sentences before it); `nil` when no substance is named.
    func registerVerdict(_ sentences: [TaggedSentence], number: Int) -> RegisterVerdict? {
        let matcher = book.register
        var found = matcher.catalog.mentions(in: sentences[number].terms)
        var source = number
        var back = 1
        while found.isEmpty, back <= 2, number - back >= 0 {
            found = matcher.catalog.mentions(in: sentences[number - back].terms)
            source = number - back
            back += 1
        }
        guard let first = found.first else { return nil }
        let sentence = sentences[number]
        let own = matcher.targets(sentence.terms)
        // An Article 14 wording is two sentences (the effect, then the risk factor).
        var context = own
        for neighbour in [number - 1, number + 1] where sentences.indices.contains(neighbour) {
            context.formUnion(matcher.targets(sentences[neighbour].terms))
        }
        func has(_ id: Int?) -> Bool { id.map { sentence.present[$0] } ?? false }
        let judged = matcher.judge(
            groups: found.map(\.group),
            said: Array(sentences[source].terms[first.start..<first.end]), sentence: own,
            context: context,
            risk: has(matcher.riskClass), exaggerates: has(matcher.exaggerationClass))
        let tokens = sentences[source].tokens
        return RegisterVerdict(
            outcome: judged.outcome,
            substance: tokens[first.start].start..<tokens[first.end - 1].end,
            entry: judged.entry)
    }
}
