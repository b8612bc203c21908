/// The vocabulary's phrases found with their words in another order or form (rule R,
/// `ReorderedTerms`): "swollen ankles" is "ankle swelling", "cancer of the gallbladder" is
/// "gallbladder cancer".
extension TaggedSentence {
    /// Adds the phrases `vocabulary.reordered` finds among the words no condition and no
    /// everyday phrase has taken, as the exact phrases are added: the same kinds, and the
    /// same sense gates (a phrase with an everyday sense counts only in a health context).
    /// `ids`: the stems' ids in `vocabulary.reordered`, when the caller has them (`StemTable`).
    static func tagReordered(
        _ tokens: [Token], text: [Unicode.Scalar], vocabulary: ConditionVocabulary,
        lexicon: Lexicon, everyday: [Int], ids: [Int32]? = nil,
        conditions: inout [(start: Int, end: Int, concept: Int)],
        ambiguous: inout [(start: Int, end: Int, kind: ConditionKind)], context: inout Bool,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        var covered = [Bool](repeating: false, count: tokens.count)
        for condition in conditions {
            for word in condition.start..<condition.end { covered[word] = true }
        }
        // An everyday phrase covers its words (`everyday[start]` is where it ends).
        var index = 0
        while index < tokens.count {
            let end = everyday[index]
            if end > index {
                for word in index..<min(end, tokens.count) { covered[word] = true }
                index = end
            } else {
                index += 1
            }
        }
        let found = vocabulary.reordered.matches(
            tokens.map(\.term), ids: ids,
            free: { !covered[$0] && !tokens[$0].isHashtag && !tokens[$0].isNamePiece },
            punctuated: { word in
                // A contraction's `n't` token overlaps the word before it ("don't" → do,
                // not): overlapping tokens have no gap.
                Self.gap(before: word, tokens: tokens, text: text).contains {
                    !$0.properties.isWhitespace
                }
            })
        for match in found {
            let kind = vocabulary.kind(at: match.entry)
            conditions.append((match.start, match.end, match.entry))
            if vocabulary.sense(at: match.entry) == .ambiguous {
                ambiguous.append((match.start, match.end, kind))
                continue
            }
            context = true
            for label in lexicon.vocabularyLabels["condition-" + kind.rawValue] ?? [] {
                tags[match.start].append((label, match.end))
                present[label] = true
            }
        }
        if !found.isEmpty {
            conditions.sort { $0.start < $1.start }
        }
    }
}

extension TaggedSentence {
    /// Whether the word at `position` is a sign of the zodiac read as the sign: a
    /// `@zodiac-sign` written with a capital, followed by a `@zodiac-follower` ("Cancer
    /// season", "Cancer rising"), or in a sentence with a `@zodiac-word` ("your Cancer
    /// horoscope") or another sign ("a Cancer with a Leo moon"), or addressed as a horoscope
    /// addresses its reader: opening a sentence that speaks to the reader, with a comma after
    /// it and no product in it ("Cancer, this week asks you to rest"). The disease is written
    /// lowercase mid-sentence, and no sign but Cancer names one.
    static func isZodiacSign(
        at position: Int, tokens: [Token], text: [Unicode.Scalar],
        tags: [[(classID: Int, end: Int)]], lexicon: Lexicon
    ) -> Bool {
        guard let sign = lexicon.classID("zodiac-sign"),
            tags[position].contains(where: { $0.classID == sign && $0.end == position + 1 }),
            tokens[position].start < text.count,
            text[tokens[position].start].properties.isUppercase
        else { return false }
        if position == 0, tokens.count > 1,
            gap(before: 1, tokens: tokens, text: text).first == ",",
            let reader = lexicon.classID("reader-address"),
            tags.contains(where: { $0.contains { $0.classID == reader } }),
            !tags.contains(where: {
                $0.contains {
                    $0.classID == lexicon.classID("product-topic")
                        || $0.classID == lexicon.classID("substance")
                }
            })
        {
            return true
        }
        if let follower = lexicon.classID("zodiac-follower"), position + 1 < tokens.count,
            tags[position + 1].contains(where: { $0.classID == follower })
        {
            return true
        }
        let word = lexicon.classID("zodiac-word")
        return tags.indices.contains { index in
            tags[index].contains { tag in
                tag.classID == word || (tag.classID == sign && index != position)
            }
        }
    }
}
