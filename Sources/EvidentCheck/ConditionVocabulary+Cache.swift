import Foundation

/// The vocabulary's phrases kept between checks in `<cache>/vocabulary.cache` (a `CacheFile`,
/// magic `EVVOCAB` and a format byte), so that a check does not tokenise and stem 55,000
/// phrases again: the key is a hash of the three files' bytes and the running binary; the
/// payload holds the trie (`TermTrie.encode(into:)`), the hashtag words, the coined-name stems
/// and each phrase's line, kind, sense and quoting. The files are read on every start (a
/// concept is built from its line when asked for).
extension ConditionVocabulary {
    static let cacheMagic: [UInt8] = Array("EVVOCAB".utf8) + [2]

    /// The cache file in a folder.
    static func cacheFile(in folder: URL) -> CacheFile {
        CacheFile(url: folder.appendingPathComponent("vocabulary.cache"), magic: cacheMagic)
    }

    /// The key of the vocabulary of these files for this binary (`nil`: not known).
    static func cacheKey(
        files: [(path: String, bytes: [UInt8])], sources: (path: String, bytes: [UInt8])
    ) -> ContentHash? {
        var hash = ContentHash()
        cacheMagic.withUnsafeBytes { hash.combine($0) }
        guard CacheFile.combineBinary(into: &hash) else { return nil }
        for file in files + [sources] {
            file.bytes.withUnsafeBytes { hash.combine($0) }
        }
        return hash
    }

    /// The vocabulary of `files` from the cache file, when it holds one for `key`.
    static func cached(
        _ file: CacheFile, key: ContentHash, files: [[UInt8]],
        sources: (path: String, bytes: [UInt8])
    ) throws -> ConditionVocabulary? {
        guard
            let parts = file.read(
                key: key,
                { reader in
                    ConditionVocabulary.decode(&reader, files: files)
                })
        else { return nil }
        return ConditionVocabulary(
            sources: try ConditionVocabulary.sources(sources), trie: parts.trie,
            words: parts.words, names: parts.names, files: files, entries: parts.entries,
            reordered: parts.reordered)
    }

    /// The payload of this vocabulary.
    func encoded() -> [UInt8] {
        var writer = CacheWriter()
        writer.count(entries.count)
        for entry in entries {
            writer.count(Int(entry.file))
            writer.count(Int(entry.start))
            writer.count(Int(entry.end))
            writer.count(ConditionKind.allCases.firstIndex(of: entry.kind) ?? 0)
            writer.count(ConditionSense.allCases.firstIndex(of: entry.sense) ?? 0)
            writer.count(entry.asWritten ? 1 : 0)
        }
        trie.encode(into: &writer)
        writer.count(words.count)
        for word in words.sorted() { writer.text(word) }
        writer.count(names.count)
        for name in names { writer.text(name) }
        reordered.encode(into: &writer)
        return writer.bytes
    }

    /// The parts of a payload, when every entry lies within its file and every value is in
    /// range.
    static func decode(_ reader: inout CacheReader, files: [[UInt8]]) -> (
        trie: TermTrie, words: Set<String>, names: [String], entries: [Entry],
        reordered: ReorderedTerms
    )? {
        guard let count = reader.count() else { return nil }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        let kinds = ConditionKind.allCases
        let senses = ConditionSense.allCases
        for _ in 0..<count {
            guard let file = reader.count(), file < files.count,
                let start = reader.count(), let end = reader.count(),
                start <= end, end <= files[file].count,
                let kind = reader.count(), kind < kinds.count,
                let sense = reader.count(), sense < senses.count,
                let asWritten = reader.count(), asWritten <= 1
            else { return nil }
            entries.append(
                Entry(
                    file: UInt8(file), start: Int32(start), end: Int32(end),
                    kind: kinds[kinds.index(kinds.startIndex, offsetBy: kind)],
                    sense: senses[senses.index(senses.startIndex, offsetBy: sense)],
                    asWritten: asWritten == 1))
        }
        guard let trie = TermTrie(reading: &reader, values: count),
            let wordCount = reader.count()
        else { return nil }
        var words: Set<String> = []
        words.reserveCapacity(wordCount)
        for _ in 0..<wordCount {
            guard let word = reader.text() else { return nil }
            words.insert(word)
        }
        guard let nameCount = reader.count() else { return nil }
        var names: [String] = []
        names.reserveCapacity(nameCount)
        for _ in 0..<nameCount {
            guard let name = reader.text() else { return nil }
            names.append(name)
        }
        guard let reordered = ReorderedTerms(reading: &reader, entries: count) else { return nil }
        return (trie, words, names, entries, reordered)
    }
}
