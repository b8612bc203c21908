import Foundation

/// The lexicon's phrase tables kept between checks in `<kb>/.evident/lexicon.cache` (a
/// `CacheFile`, magic `EVLEXIC` and a format byte), so that a check does not tokenise and stem
/// every phrase of every class again (the lexicon's own, the substances', the lab analytes',
/// the packs'): the largest part of building the rule book. What the tables are built from is
/// the key: the format, the running binary, the lexicon file as read (classes, synonyms,
/// stopwords, hashtag words, suffix classes), the generated classes and the condition
/// vocabulary's files (whose words split hashtags). A stale, truncated or corrupt file is never
/// read: the tables are built and the file written again, whole, once the lexicon is built; a
/// folder that cannot be written leaves the check without it. The lexicon, so the findings,
/// are the same either way (`LexiconCacheTests`).
///
/// Payload, little-endian (`CacheWriter`): the class names (count + texts, sorted); the stems
/// (count + texts, each once); per class its phrases (count, each a list of stem ids; read into
/// one flat `LexiconClassPhrases`); the
/// phrase matcher's entries (count; each its stems' ids and its labels, grouped by first stem
/// in the matcher's order); the stopwords and the hashtags' known words (count + texts,
/// ascending); the vocabulary classes' labels (count; each a name and a list of class ids).
extension Lexicon {
    static let cacheMagic: [UInt8] = Array("EVLEXIC".utf8) + [1]

    /// The cache file in a folder.
    static func cacheFile(in folder: URL) -> CacheFile {
        CacheFile(url: folder.appendingPathComponent("lexicon.cache"), magic: cacheMagic)
    }

    /// The key of the tables of these inputs for this binary (`nil`: the binary is not known).
    static func cacheKey(
        file: File, generated: [String: [String]], vocabulary: ConditionVocabulary?
    ) -> ContentHash? {
        var hash = ContentHash()
        cacheMagic.withUnsafeBytes { hash.combine($0) }
        guard CacheFile.combineBinary(into: &hash) else { return nil }
        hash.combine(texts: file.stopwords)
        hash.combine(classes: file.synonyms ?? [:])
        hash.combine(classes: file.classes)
        hash.combine(texts: file.hashtagWords ?? [])
        let suffixes = file.suffixClasses ?? [:]
        hash.combine(UInt64(suffixes.count))
        for name in suffixes.keys.sorted() {
            guard let rule = suffixes[name] else { continue }
            hash.combine(name)
            hash.combine(texts: rule.suffixes)
            hash.combine(texts: rule.prefixes ?? [])
            hash.combine(UInt64(bitPattern: Int64(rule.minLength ?? -1)))
            hash.combine(texts: rule.exceptions ?? [])
        }
        hash.combine(classes: generated)
        let files = vocabulary?.files ?? []
        hash.combine(UInt64(files.count))
        for bytes in files {
            bytes.withUnsafeBytes { hash.combine($0) }
        }
        return hash
    }

    /// The tables a cache file holds for `key`.
    static func cached(_ file: CacheFile, key: ContentHash) -> Tables? {
        file.read(key: key) { Tables.decode(&$0) }
    }
}

extension Lexicon.Tables {
    /// The payload of the tables.
    func encoded() -> [UInt8] {
        var writer = CacheWriter()
        func texts(_ values: [String]) {
            writer.count(values.count)
            for value in values { writer.text(value) }
        }
        texts(names)
        var stems = CacheTextTable()
        let ids = classTerms.stems.map { stems.id($0) }
        let entries = matcher.cacheEntries(&stems)
        stems.write(into: &writer)
        for id in 0..<classTerms.count {
            let phrases = classTerms.phraseRange(ofClass: id)
            writer.count(phrases.count)
            for phrase in phrases {
                let range = classTerms.idRange(ofPhrase: phrase)
                writer.ids(range.map { ids[Int(classTerms.ids[$0])] })
            }
        }
        PhraseMatcher.write(entries, into: &writer)
        texts(stopwords.sorted())
        texts(hashtagWords.sorted())
        writer.count(vocabularyLabels.count)
        for name in vocabularyLabels.keys.sorted() {
            writer.text(name)
            writer.ids((vocabularyLabels[name] ?? []).map { Int32($0) })
        }
        return writer.bytes
    }

    /// The tables of a payload, when it is whole and every id is in range.
    static func decode(_ reader: inout CacheReader) -> Self? {
        guard let names = CacheTextTable.read(&reader), let stems = CacheTextTable.read(&reader)
        else { return nil }
        // Flat: one list of stem ids, one of phrase ends, one of class ends (no list per
        // phrase). Ids and ends fit 32 bits: a payload of 2 GiB or more is refused.
        guard reader.bytes.count < Int(Int32.max) else { return nil }
        var ids: [Int32] = []
        var phraseEnds: [Int32] = []
        var classEnds: [Int32] = []
        ids.reserveCapacity(reader.bytes.count / 16)
        phraseEnds.reserveCapacity(reader.bytes.count / 32)
        classEnds.reserveCapacity(names.count)
        for _ in names {
            guard let count = reader.count(), count <= reader.bytes.count else { return nil }
            for _ in 0..<count {
                guard reader.appendIDs(below: stems.count, to: &ids) else { return nil }
                phraseEnds.append(Int32(ids.count))
            }
            classEnds.append(Int32(phraseEnds.count))
        }
        let classTerms = LexiconClassPhrases(
            stems: stems, ids: ids, phraseEnds: phraseEnds, classEnds: classEnds)
        guard let matcher = PhraseMatcher.read(&reader, stems: stems, labels: names.count),
            let stopwords = CacheTextTable.read(&reader),
            let hashtagWords = CacheTextTable.read(&reader),
            let labelCount = reader.count(), labelCount <= reader.bytes.count
        else { return nil }
        var vocabularyLabels: [String: [Int]] = [:]
        for _ in 0..<labelCount {
            guard let name = reader.text(), let ids = reader.ids(below: names.count) else {
                return nil
            }
            vocabularyLabels[name] = ids.map { Int($0) }
        }
        return Self(
            names: names, matcher: matcher, classTerms: classTerms,
            stopwords: Set(stopwords), hashtagWords: Set(hashtagWords),
            vocabularyLabels: vocabularyLabels)
    }
}

extension ContentHash {
    /// Mixes in texts: their count, then each one.
    mutating func combine(texts: [String]) {
        combine(UInt64(texts.count))
        for text in texts { combine(text) }
    }

    /// Mixes in classes: their count, then each one's name and phrases, by name.
    mutating func combine(classes: [String: [String]]) {
        combine(UInt64(classes.count))
        for name in classes.keys.sorted() {
            combine(name)
            combine(texts: classes[name] ?? [])
        }
    }
}
