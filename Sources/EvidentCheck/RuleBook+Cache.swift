import EvidentModel
import Foundation

/// The rule book's YAML files as read — the lexicon, every pack (its rules with their places,
/// its classes and example claims), the interactions, the lab values and the concepts — kept between checks in
/// `<kb>/.evident/rule-book.cache` (a `CacheFile`, magic `EVRBOOK` and a format byte), so that a
/// check does not parse and decode 350 KB of YAML again (about a third of the cost of building
/// the book). What is built from them (the lexicon's phrases, the compiled patterns, the
/// register) is built on every start, from the same values: the book, so the findings, are the
/// same with or without the file.
///
/// The key is a hash of the format, the running binary and every file's path, origin and text;
/// a stale, truncated or corrupt file is never read (the files are decoded and the cache
/// written again, whole, once the book is built), and a folder that cannot be written leaves
/// the check without it. An invalid file is never cached: its error is reported from the YAML
/// as before. Payload (format 2): the values in `CacheCoding`'s binary form (`Codable`, so a
/// field added to `Rule` is kept without a change here; `RuleBookCacheTests` check that every
/// bundled value reads back equal). Format 1 was JSON, about twice as slow to read.
struct RuleBookFiles: Codable, Equatable {
    /// `lexicon.yaml` as read.
    var lexicon: Lexicon.File
    /// Each pack, in the order read.
    var packs: [PackFile]
    /// `interactions.yaml` as read, when there is one.
    var interactions: [Interaction]?
    /// `lab-values.yaml` as read, when there is one (format 3).
    var labValues: LabValueTable.File?
    /// `concepts.yaml` as read, when there is one (format 3).
    var concepts: ConceptMatcher.File?

    /// A pack as read (`RulePackReader.Pack`).
    struct PackFile: Codable, Equatable {
        var rules: [Rule]
        var lines: [Int?]
        var columns: [Int?]
        var classes: [String: [String]]
        var exampleClaims: [ClaimAssessment]

        init(_ pack: RulePackReader.Pack) {
            rules = pack.rules.map(\.rule)
            lines = pack.rules.map(\.line)
            columns = pack.rules.map(\.column)
            classes = pack.classes
            exampleClaims = pack.exampleClaims
        }

        /// The pack, when its lists agree in length.
        var pack: RulePackReader.Pack? {
            guard lines.count == rules.count, columns.count == rules.count else { return nil }
            return RulePackReader.Pack(
                rules: rules.indices.map { (rules[$0], lines[$0], columns[$0]) },
                classes: classes, exampleClaims: exampleClaims)
        }
    }

    static let cacheMagic: [UInt8] = Array("EVRBOOK".utf8) + [3]

    /// The cache file in a folder.
    static func cacheFile(in folder: URL) -> CacheFile {
        CacheFile(url: folder.appendingPathComponent("rule-book.cache"), magic: cacheMagic)
    }

    /// The key of the files' decoded values for this binary (`nil`: the binary is not known).
    static func cacheKey(
        lexicon: RulePackSource, packs: [RulePackSource], interactions: RulePackSource?,
        data: [RulePackSource] = []
    ) -> ContentHash? {
        var hash = ContentHash()
        cacheMagic.withUnsafeBytes { hash.combine($0) }
        guard CacheFile.combineBinary(into: &hash) else { return nil }
        let files = [lexicon] + packs + (interactions.map { [$0] } ?? [])
        hash.combine(UInt64(packs.count))
        hash.combine(files)
        hash.combine(data)
        return hash
    }

    /// The decoded files a cache file holds for `key`, with `packs` packs, and interactions,
    /// lab values and concepts when those are set.
    static func cached(
        _ file: CacheFile, key: ContentHash, packs: Int, interactions: Bool,
        labValues: Bool = false, concepts: Bool = false
    ) -> RuleBookFiles? {
        file.read(key: key) { reader in
            guard
                let files = try? CacheCoding.decode(RuleBookFiles.self, from: reader.restBytes()),
                files.packs.count == packs, (files.interactions != nil) == interactions,
                (files.labValues != nil) == labValues, (files.concepts != nil) == concepts,
                files.packs.allSatisfy({ $0.pack != nil })
            else { return nil }
            return files
        }
    }

    /// The payload of these values.
    func encoded() -> [UInt8]? {
        try? CacheCoding.encode(self)
    }
}

extension ContentHash {
    /// Mixes in files read as text: their count, then each one's path, origin and text.
    mutating func combine(_ sources: [RulePackSource]) {
        combine(UInt64(sources.count))
        for source in sources {
            combine(source.path)
            combine(source.origin)
            combine(source.yaml)
        }
    }
}
