import Foundation

/// The substance catalog kept between checks in `<kb>/.evident/substances.cache` (a
/// `CacheFile`, magic `EVSUBST` and a format byte), so that a check does not decode
/// `substances.yaml` and tokenise and join every name of it and of the EU register again. The
/// key is what the catalog is built from: the format, the running binary, the file's text, the
/// register file's bytes and the names that are no substance (`notSubstances`). A stale,
/// truncated or corrupt file, or one whose ids are out of range, is never read: the catalog is
/// built as before and the file written again, whole; a folder that cannot be written leaves the
/// check without it. The catalog, so the findings, are the same either way
/// (`SubstanceCatalogCacheTests`).
///
/// Payload, little-endian (`CacheWriter`): the stems (count + texts, each once); the groups
/// (count; each its id, lineage, register entries and names); the phrases (count + texts); the
/// matcher's entries (`PhraseMatcher+Cache.swift`).
extension SubstanceCatalog {
    static let cacheMagic: [UInt8] = Array("EVSUBST".utf8) + [1]

    /// The cache file in a folder.
    static func cacheFile(in folder: URL) -> CacheFile {
        CacheFile(url: folder.appendingPathComponent("substances.cache"), magic: cacheMagic)
    }

    /// The catalog of `substances.yaml`'s text joined to the register (whose file's bytes are
    /// `registerBytes`), read from `cache` when it holds it for these inputs and this binary,
    /// built and kept there otherwise (`init(yaml:path:register:notSubstances:)`).
    static func load(
        yaml: String, path: String, register: EURegister, registerBytes: Data,
        notSubstances: Set<[String]>, cache: CacheFile?
    ) throws -> SubstanceCatalog {
        guard let cache else {
            return try SubstanceCatalog(
                yaml: yaml, path: path, register: register, notSubstances: notSubstances)
        }
        let key = cacheKey(yaml: yaml, registerBytes: registerBytes, notSubstances: notSubstances)
        if let key,
            let cached = cache.read(
                key: key, { decode(&$0, registerEntries: register.entries.count) })
        {
            return cached
        }
        let catalog = try SubstanceCatalog(
            yaml: yaml, path: path, register: register, notSubstances: notSubstances)
        if let key { cache.write(key: key, payload: catalog.encoded()) }
        return catalog
    }

    /// The key of the catalog of these inputs for this binary (`nil`: the binary is not known).
    static func cacheKey(yaml: String, registerBytes: Data, notSubstances: Set<[String]>)
        -> ContentHash?
    {
        var hash = ContentHash()
        cacheMagic.withUnsafeBytes { hash.combine($0) }
        guard CacheFile.combineBinary(into: &hash) else { return nil }
        hash.combine(yaml)
        hash.combine(UInt64(registerBytes.count))
        hash.combine(registerBytes)
        // A name's words joined by a character no stem holds, the names sorted.
        hash.combine(texts: notSubstances.map { $0.joined(separator: "\u{1}") }.sorted())
        return hash
    }

    /// The payload of the catalog.
    func encoded() -> [UInt8] {
        var writer = CacheWriter()
        var stems = CacheTextTable()
        let entries = matcher.cacheEntries(&stems)
        stems.write(into: &writer)
        writer.count(groups.count)
        for group in groups {
            writer.text(group.id)
            writer.ids(group.lineage.map { Int32($0) })
            writer.ids(group.entries.map { Int32($0) })
            writer.count(group.names.count)
            for name in group.names { writer.text(name) }
        }
        writer.count(phrases.count)
        for phrase in phrases { writer.text(phrase) }
        PhraseMatcher.write(entries, into: &writer)
        return writer.bytes
    }

    /// The catalog of a payload, when it is whole and its ids are in range (`registerEntries`:
    /// the register's count of entries).
    static func decode(_ reader: inout CacheReader, registerEntries: Int) -> SubstanceCatalog? {
        guard let stems = CacheTextTable.read(&reader), let count = reader.count(),
            count <= reader.bytes.count
        else { return nil }
        // The groups' ids, read first; their lineages are checked against the count.
        var groups: [Group] = []
        groups.reserveCapacity(count)
        for _ in 0..<count {
            guard let id = reader.text(), let lineage = reader.ids(below: count),
                let entries = reader.ids(below: registerEntries),
                let names = CacheTextTable.read(&reader)
            else { return nil }
            groups.append(
                Group(
                    id: id, lineage: lineage.map { Int($0) }, entries: entries.map { Int($0) },
                    names: names))
        }
        guard let phrases = CacheTextTable.read(&reader),
            let matcher = PhraseMatcher.read(&reader, stems: stems, labels: groups.count)
        else { return nil }
        return SubstanceCatalog(groups: groups, matcher: matcher, phrases: phrases)
    }
}
