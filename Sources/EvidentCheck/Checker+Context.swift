/// Context: what a sentence rule reads past its own sentence (a subject in a window of
/// sentences, an `unless-context` pattern in the neighbours), asked of each sentence once per
/// list of patterns, whatever rule asks and wherever the sentence is written again.
extension Checker {
    /// The context lists of the rules (`subject`, `unless-context`), each distinct list (the
    /// same pattern sources, the same `within`) numbered once: rules that share a subject ask
    /// the same question of a sentence (in a check of 1 MB of copy, 900,000 pattern tests of
    /// the windows' sentences, 6% of its instructions, most of them asked before).
    struct ContextLists {
        /// Per rule order (`CompiledRule.order`), the number of its subject list (`-1`: none).
        private let subjects: [Int]
        /// Per rule order, the number of its `unless-context` list (`-1`: none).
        private let unlessContexts: [Int]
        /// How many distinct lists.
        let count: Int

        init(_ rules: [CompiledRule]) {
            let size = (rules.map(\.order).max() ?? -1) + 1
            var subjects = [Int](repeating: -1, count: size)
            var unlessContexts = [Int](repeating: -1, count: size)
            var numbers: [ListKey: Int] = [:]
            func number(_ sources: [String], within: Int) -> Int {
                guard !sources.isEmpty else { return -1 }
                let key = ListKey(sources: sources, within: within)
                if let known = numbers[key] { return known }
                numbers[key] = numbers.count
                return numbers.count - 1
            }
            for rule in rules {
                subjects[rule.order] = number(rule.rule.subject, within: rule.rule.within)
                unlessContexts[rule.order] = number(
                    rule.rule.unlessContext, within: rule.rule.within)
            }
            self.subjects = subjects
            self.unlessContexts = unlessContexts
            self.count = numbers.count
        }

        /// The number of a rule's subject list (`-1`: none).
        func subject(_ rule: CompiledRule) -> Int { subjects[rule.order] }

        /// The number of a rule's `unless-context` list (`-1`: none).
        func unlessContext(_ rule: CompiledRule) -> Int { unlessContexts[rule.order] }

        /// A list as written: its patterns' sources (compiled with one lexicon, the same sources
        /// make the same patterns) and the gap they allow.
        private struct ListKey: Hashable {
            var sources: [String]
            var within: Int
        }
    }

    /// Whether the sentences of a batch hold a pattern of each context list (`ContextLists`),
    /// worked out the first time a rule asks: a sentence holds what the first sentence written
    /// the same holds (`firsts`: the same words, the same tags), so it is asked once for all of
    /// them. What it holds is a function of its words, so the findings do not depend on it. One
    /// per chunk; not shared across threads.
    final class ContextMemo {
        /// Per sentence, the first sentence written the same (`-1`: none; see `tag`).
        private let firsts: [Int]
        private let lists: Int
        /// Per sentence written first and list: 0 not asked yet, 1 holds none, 2 holds one
        /// (memory of its own, read and written without the checks a class's array gets).
        private let held: UnsafeMutableBufferPointer<UInt8>

        /// A memo for `sentences` sentences and `lists` lists.
        init(firsts: [Int], sentences: Int, lists: Int) {
            self.firsts = firsts
            self.lists = lists
            held = .allocate(capacity: max(1, sentences * lists))
            held.initialize(repeating: 0)
        }

        deinit { held.deallocate() }

        /// Whether sentence `number` holds a pattern of list `list` (`test`, asked of the
        /// sentence the first time one written the same is asked).
        @inline(__always)
        func holds(_ list: Int, _ number: Int, _ test: () -> Bool) -> Bool {
            let first = number < firsts.count ? firsts[number] : -1
            let slot = (first >= 0 ? first : number) * lists + list
            switch held[slot] {
            case 1: return false
            case 2: return true
            default:
                let found = test()
                held[slot] = found ? 2 : 1
                return found
            }
        }
    }
}
