import EvidentModel
import Foundation

/// The EU register as decoded from `eu-register.json`, kept between checks in
/// `<kb>/.evident/register.cache` (a `CacheFile`, magic `EVREGIS` and a format byte), so that a
/// check does not decode 2,300 entries of JSON again. The key is the format, the running binary
/// and the file's bytes; a stale, truncated or corrupt file is never read (the JSON is decoded
/// and the file written again, whole), a folder that cannot be written leaves the check without
/// it, and an invalid register is never cached (its error is reported from the JSON as before).
/// The register, so the findings, are the same either way (`RegisterCacheTests`).
///
/// Payload, little-endian (`CacheWriter`): the source (name, publisher, version, licence,
/// attribution, then its counts: count + name and value each, by name); the entries (count;
/// each its id, status, article, substance, names (count + texts), wording, and relationship,
/// conditions and restrictions, each a flag and, when present, its text); the derivations
/// (count + word and noun each, by word); the qualifiers (count + texts); the synonyms (count +
/// phrase and the register's phrase each, by phrase; format 2).
extension EURegister {
    static let cacheMagic: [UInt8] = Array("EVREGIS".utf8) + [2]

    /// The cache file in a folder.
    static func cacheFile(in folder: URL) -> CacheFile {
        CacheFile(url: folder.appendingPathComponent("register.cache"), magic: cacheMagic)
    }

    /// The register of a file's bytes, read from `cache` when it holds it for these bytes and
    /// this binary, decoded and kept there otherwise (`init(data:path:)`).
    static func load(data: Data, path: String, cache: CacheFile?) throws -> EURegister {
        guard let cache else { return try EURegister(data: data, path: path) }
        var hash = ContentHash()
        cacheMagic.withUnsafeBytes { hash.combine($0) }
        guard CacheFile.combineBinary(into: &hash) else {
            return try EURegister(data: data, path: path)
        }
        hash.combine(UInt64(data.count))
        hash.combine(data)
        if let cached = cache.read(key: hash, { decode(&$0) }) { return cached }
        let register = try EURegister(data: data, path: path)
        cache.write(key: hash, payload: register.encoded())
        return register
    }

    /// The payload of the register.
    func encoded() -> [UInt8] {
        var writer = CacheWriter()
        func optional(_ text: String?) {
            writer.count(text == nil ? 0 : 1)
            if let text { writer.text(text) }
        }
        for text in [
            source.name, source.publisher, source.version, source.licence, source.attribution,
        ] {
            writer.text(text)
        }
        writer.count(source.counts.count)
        for name in source.counts.keys.sorted() {
            writer.text(name)
            writer.word(UInt64(bitPattern: Int64(source.counts[name] ?? 0)))
        }
        writer.count(entries.count)
        for entry in entries {
            writer.text(entry.id)
            writer.text(entry.status.rawValue)
            writer.text(entry.article)
            writer.text(entry.substance)
            writer.count(entry.names.count)
            for name in entry.names { writer.text(name) }
            writer.text(entry.wording)
            optional(entry.relationship)
            optional(entry.conditions)
            optional(entry.restrictions)
        }
        writer.count(derivations.count)
        for word in derivations.keys.sorted() {
            writer.text(word)
            writer.text(derivations[word] ?? "")
        }
        writer.count(qualifiers.count)
        for qualifier in qualifiers { writer.text(qualifier) }
        writer.count(synonyms.count)
        for phrase in synonyms.keys.sorted() {
            writer.text(phrase)
            writer.text(synonyms[phrase] ?? "")
        }
        return writer.bytes
    }

    /// The register of a payload, when it is whole and every status is one the register knows.
    static func decode(_ reader: inout CacheReader) -> EURegister? {
        func optional() -> String?? {
            switch reader.count() {
            case 0: return .some(nil)
            case 1: return reader.text().map { .some($0) }
            default: return nil
            }
        }
        guard let name = reader.text(), let publisher = reader.text(),
            let version = reader.text(), let licence = reader.text(),
            let attribution = reader.text(), let countCount = reader.count(),
            countCount <= reader.bytes.count
        else { return nil }
        var counts: [String: Int] = [:]
        for _ in 0..<countCount {
            guard let key = reader.text(), let value = reader.word() else { return nil }
            counts[key] = Int(Int64(bitPattern: value))
        }
        guard let entryCount = reader.count(), entryCount <= reader.bytes.count else {
            return nil
        }
        var entries: [RegisterEntry] = []
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            guard let id = reader.text(),
                let status = reader.text().flatMap(RegisterEntry.Status.init(rawValue:)),
                let article = reader.text(), let substance = reader.text(),
                let names = CacheTextTable.read(&reader), let wording = reader.text(),
                let relationship = optional(), let conditions = optional(),
                let restrictions = optional()
            else { return nil }
            entries.append(
                RegisterEntry(
                    id: id, status: status, article: article, substance: substance,
                    names: names, wording: wording, relationship: relationship,
                    conditions: conditions, restrictions: restrictions))
        }
        guard let derivationCount = reader.count(), derivationCount <= reader.bytes.count else {
            return nil
        }
        var derivations: [String: String] = [:]
        for _ in 0..<derivationCount {
            guard let word = reader.text(), let noun = reader.text() else { return nil }
            derivations[word] = noun
        }
        guard let qualifiers = CacheTextTable.read(&reader), let synonymCount = reader.count(),
            synonymCount <= reader.bytes.count
        else { return nil }
        var synonyms: [String: String] = [:]
        for _ in 0..<synonymCount {
            guard let phrase = reader.text(), let target = reader.text() else { return nil }
            synonyms[phrase] = target
        }
        let source = DataSource(
            name: name, publisher: publisher, version: version, licence: licence,
            attribution: attribution, counts: counts)
        return EURegister(
            source: source, entries: entries, derivations: derivations, qualifiers: qualifiers,
            synonyms: synonyms)
    }
}
