/// What the tagger and the concept reader ask of a stem, looked up once per distinct stem of the
/// copy: the lexicon's class phrases that start with it, the suffix classes it falls in, its word
/// id in the condition vocabulary's trie and what the concept reader asks of it. Copy repeats its
/// words, so a word of a sentence costs one lookup here instead of one per table (the class
/// phrases, the trie, the concept reader), and a stem's suffix classes are worked out once.
///
/// One table per chunk position (kept with the chunk's `TagMemo`, never shared across threads).
/// It holds at most `limit` stems, so that the memory held stays bounded however long the copy
/// is; when full, it starts again (the facts of a stem are the same whenever they are worked
/// out, so what is read does not depend on it).
final class StemTable {
    /// A stem's facts; `classes` and `suffixes` index `buckets` and `suffixLists` (`-1`: none).
    struct Facts {
        var classes: Int32 = -1
        var suffixes: Int32 = -1
        var condition: Int32 = -1
        var concept: ConceptMatcher.Word = .none
        /// Its local stem id in the vocabulary's phrases read out of order (`ReorderedTerms`;
        /// `-1`: none).
        var reordered: Int32 = -1
    }

    private var known: [String: Facts] = [:]
    /// The lexicon's class phrases per first stem, for the stems met.
    private(set) var buckets: [[PhraseMatcher.Entry]] = []
    /// The suffix classes (in the lexicon's rule order) of the stems met that have any.
    private(set) var suffixLists: [[Int]] = []
    static let limit = 65_536

    /// The facts of each stem, in order (`lexicon`: the tagger's; `concepts`: the claim index's
    /// concept reader).
    func facts(_ terms: [String], lexicon: Lexicon, concepts: ConceptMatcher) -> [Facts] {
        if known.count + terms.count > StemTable.limit {
            known = [:]
            buckets = []
            suffixLists = []
        }
        var result: [Facts] = []
        result.reserveCapacity(terms.count)
        for term in terms {
            if let facts = known[term] {
                result.append(facts)
                continue
            }
            var facts = Facts()
            if let entries = lexicon.classMatcher.byFirst[term] {
                facts.classes = Int32(buckets.count)
                buckets.append(entries)
            }
            let scalars = Array(term.unicodeScalars)
            var suffixes: [Int] = []
            for index in lexicon.suffixRules.indices
            where lexicon.suffixRules[index].matches(term, scalars: scalars) {
                suffixes.append(lexicon.suffixRules[index].classID)
            }
            if !suffixes.isEmpty {
                facts.suffixes = Int32(suffixLists.count)
                suffixLists.append(suffixes)
            }
            facts.condition = lexicon.vocabulary?.trie.id(of: term) ?? -1
            facts.reordered = lexicon.vocabulary?.reordered.id(of: term) ?? -1
            facts.concept = concepts.words[term] ?? .none
            known[term] = facts
            result.append(facts)
        }
        return result
    }
}
