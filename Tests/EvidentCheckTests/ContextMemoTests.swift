import EvidentModel
import Testing

@testable import EvidentCheck

/// A sentence rule's context (its subject in a window of sentences, its `unless-context`
/// patterns in the neighbours) is asked of each sentence once per list of patterns
/// (`Checker.ContextMemo`): what the memo answers must be what the sentence holds, asked
/// afresh, for every sentence and list, whatever the order they are asked in.
struct ContextMemoTests {
    @Test(arguments: [false, true])
    func theMemoAnswersWhatEachSentenceHolds(reversed: Bool) {
        let checker = Checker(book: Fixtures.book, market: .all)
        let source = SourceText(
            path: "examples.txt", text: RepeatedSentenceTests.copy, format: .plain)
        let ranges = SentenceSplitter.split(source.plain)
        let keys = Checker.repeatKeys(source, sentences: ranges)
        let tagged = checker.tag(
            source, sentences: ranges, keys: keys,
            chunks: Checker.partition(keys, count: ranges.count, workers: 1))
        // Sentences written more than once are what the memo answers for the first one.
        #expect(tagged.firsts.enumerated().contains { $0.element >= 0 && $0.element != $0.offset })
        let lists = Checker.ContextLists(checker.rules)
        let memo = Checker.ContextMemo(
            firsts: tagged.firsts, sentences: tagged.sentences.count, lists: lists.count)
        let numbers = Array(tagged.sentences.indices)
        var asked = 0
        for number in reversed ? numbers.reversed() : numbers {
            for rule in checker.rules {
                let within = rule.rule.within
                for (list, patterns) in [
                    (lists.subject(rule), rule.subject),
                    (lists.unlessContext(rule), rule.unlessContext),
                ] where list >= 0 {
                    let holds = patterns.contains {
                        tagged.sentences[number].contains($0, within: within)
                    }
                    let answered = memo.holds(list, number) {
                        patterns.contains { tagged.sentences[number].contains($0, within: within) }
                    }
                    #expect(answered == holds)
                    asked += 1
                }
            }
        }
        #expect(asked > 1_000)
    }

    /// Rules with the same subject (the same sources, the same gap) share a list; rules
    /// without one have none.
    @Test func rulesWithTheSameSubjectShareAList() {
        let rules = Fixtures.book.compiled
        let lists = Checker.ContextLists(rules)
        for a in rules {
            #expect((lists.subject(a) >= 0) == !a.rule.subject.isEmpty)
            #expect((lists.unlessContext(a) >= 0) == !a.rule.unlessContext.isEmpty)
            for b in rules where !a.rule.subject.isEmpty && !b.rule.subject.isEmpty {
                let same = a.rule.subject == b.rule.subject && a.rule.within == b.rule.within
                #expect((lists.subject(a) == lists.subject(b)) == same)
            }
        }
    }
}
