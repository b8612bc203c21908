import EvidentModel
import Testing

@testable import EvidentCheck

/// The rules' gates filed under one class of each set (`RuleGates.candidates`): the rules a
/// sentence's classes may open, read without testing every rule. The index must name every rule
/// `admits` admits, or a rule would stop reading sentences it matches.
struct RuleGatesTests {
    /// Every rule's own examples (fail and pass, the packs' widest spread of wordings), tagged
    /// by the bundled book: for each sentence, each rule the gates admit is a candidate, and the
    /// candidates are named in rule order.
    @Test func everyRuleTheGatesAdmitIsACandidate() {
        let checker = Checker(book: Fixtures.book, market: .all)
        let rules = checker.rules
        let gates = RuleGates(rules)
        let text = rules.flatMap { $0.rule.examples.fail + $0.rule.examples.pass }
            .joined(separator: "\n\n")
        let source = SourceText(path: "examples.txt", text: text, format: .plain)
        let ranges = SentenceSplitter.split(source.plain)
        let tagged = checker.tag(
            source, sentences: ranges, keys: nil, chunks: [Array(ranges.indices)]
        ).sentences
        #expect(tagged.count > 500)
        var admitted = 0
        var filtered = 0
        for sentence in tagged {
            let present = ClassSet(present: sentence.present)
            var bits = [UInt64](repeating: 0, count: gates.words)
            gates.candidates(present, into: &bits)
            let candidates = RuleGates.members(bits)
            #expect(candidates == candidates.sorted())
            let named = Set(candidates)
            for index in rules.indices where gates.admits(index, present) {
                admitted += 1
                #expect(named.contains(index), "rule \(rules[index].rule.id) admitted, not named")
            }
            filtered += rules.count - candidates.count
        }
        #expect(admitted > 0)
        // The index spares most tests: most rules are no candidate for most sentences.
        #expect(filtered > tagged.count * rules.count / 2)
    }

    /// The bits of rules and the classes of a set are read in ascending order.
    @Test func bitsAreReadInAscendingOrder() {
        #expect(RuleGates.members([0b1010, 0, 1 << 63]) == [1, 3, 191])
        #expect(RuleGates.members([0, 0]).isEmpty)
        var present = ClassSet()
        present.insert(70)
        present.insert(3)
        #expect(present.members == [3, 70])
        var other = ClassSet()
        other.insert(70)
        other.insert(400)
        var shared: [Int] = []
        present.forEachShared(with: other) { shared.append($0) }
        #expect(shared == [70])
    }
}
