import Foundation

/// The register's entries read as targets (`RegisterMatcher.Index`) kept between checks in
/// `<kb>/.evident/register-index.cache` (a `CacheFile`, magic `EVREGIX` and a format byte), so
/// that a check naming a substance does not tokenise, stem and read as concepts the 2,300
/// entries of the register again. The key is the rule book's (`RuleBook.contentHash()`: every
/// file of its data folders and every pack) with the running binary; a stale, truncated or
/// corrupt file is never read (the index is built and the file written again), and a folder
/// that cannot be written leaves the check without it: the index, so the findings, are the
/// same either way.
///
/// Payload, little-endian: the number of targets, each target's term (byte count + UTF-8) and
/// weight (64-bit pattern), the weight of an unknown target; the number of entries and per
/// entry its targets and their weight, its wording's targets and their weight, its wording's
/// words (count + texts, ascending), its names (count, then each a count + texts), its parts
/// (count, each a list of targets, then each part's weight); per substance of the catalog the
/// words naming it (count + texts, ascending); the health aspects (count + texts, ascending;
/// format 2).
extension RegisterMatcher {
    static let cacheMagic: [UInt8] = Array("EVREGIX".utf8) + [2]

    /// Keeps the index in `folder` under the key of the book it belongs to (`bookHash`) and
    /// this binary; nothing is kept when the binary cannot be told apart.
    func keepIndex(in folder: URL, bookHash: ContentHash) {
        var hash = bookHash
        RegisterMatcher.cacheMagic.withUnsafeBytes { hash.combine($0) }
        guard CacheFile.combineBinary(into: &hash) else { return }
        keepIndex(
            CacheFile(
                url: folder.appendingPathComponent("register-index.cache"),
                magic: RegisterMatcher.cacheMagic),
            key: hash)
    }
}

extension RegisterMatcher.Index {
    /// The payload of the index.
    func encoded() -> [UInt8] {
        var writer = CacheWriter()
        func texts(_ values: [String]) {
            writer.count(values.count)
            for value in values { writer.text(value) }
        }
        writer.count(terms.count)
        for (term, weight) in zip(terms, weights) {
            writer.text(term)
            writer.word(weight.bitPattern)
        }
        writer.word(unknownWeight.bitPattern)
        writer.count(entryTargets.count)
        for entry in entryTargets.indices {
            writer.ids(entryTargets[entry])
            writer.word(entryWeights[entry].bitPattern)
            writer.ids(wordingTargets[entry])
            writer.word(wordingWeights[entry].bitPattern)
            texts(wordingTerms[entry].sorted())
            writer.count(entryNames[entry].count)
            for name in entryNames[entry] { texts(name) }
            writer.count(partTargets[entry].count)
            for part in partTargets[entry] { writer.ids(part) }
            for weight in partWeights[entry] { writer.word(weight.bitPattern) }
        }
        writer.count(substanceTerms.count)
        for words in substanceTerms { texts(words.sorted()) }
        texts(aspectList)
        return writer.bytes
    }

    /// The index a payload holds for `register` and a catalog of `substances` substances, when
    /// it is whole and its counts are theirs.
    static func decode(
        _ reader: inout CacheReader, register: EURegister, substances: Int
    ) -> Self? {
        func texts() -> [String]? {
            guard let count = reader.count(), count <= reader.bytes.count else { return nil }
            var values: [String] = []
            values.reserveCapacity(count)
            for _ in 0..<count {
                guard let value = reader.text() else { return nil }
                values.append(value)
            }
            return values
        }
        func weight() -> Double? { reader.word().map(Double.init(bitPattern:)) }
        guard let count = reader.count(), count <= reader.bytes.count else { return nil }
        var terms: [String] = []
        var weights: [Double] = []
        var targetIDs: [String: Int32] = [:]
        for id in 0..<count {
            guard let term = reader.text(), let value = weight() else { return nil }
            terms.append(term)
            weights.append(value)
            targetIDs[term] = Int32(id)
        }
        guard let unknownWeight = weight(), let entries = reader.count(),
            entries == register.entries.count
        else { return nil }
        var entryTargets: [[Int32]] = []
        var entryWeights: [Double] = []
        var wordingTargets: [[Int32]] = []
        var wordingWeights: [Double] = []
        var wordingTerms: [Set<String>] = []
        var entryNames: [[[String]]] = []
        var partTargets: [[[Int32]]] = []
        var partWeights: [[Double]] = []
        for _ in 0..<entries {
            guard let targets = reader.ids(below: count), let targetWeight = weight(),
                let wording = reader.ids(below: count), let wordingWeight = weight(),
                let words = texts(), let nameCount = reader.count(),
                nameCount <= reader.bytes.count
            else { return nil }
            var names: [[String]] = []
            for _ in 0..<nameCount {
                guard let name = texts() else { return nil }
                names.append(name)
            }
            guard let partCount = reader.count(), partCount <= reader.bytes.count else {
                return nil
            }
            var parts: [[Int32]] = []
            for _ in 0..<partCount {
                guard let part = reader.ids(below: count) else { return nil }
                parts.append(part)
            }
            var partWeight: [Double] = []
            for _ in 0..<partCount {
                guard let value = weight() else { return nil }
                partWeight.append(value)
            }
            entryTargets.append(targets)
            entryWeights.append(targetWeight)
            wordingTargets.append(wording)
            wordingWeights.append(wordingWeight)
            wordingTerms.append(Set(words))
            entryNames.append(names)
            partTargets.append(parts)
            partWeights.append(partWeight)
        }
        guard reader.count() == substances else { return nil }
        var substanceTerms: [Set<String>] = []
        for _ in 0..<substances {
            guard let words = texts() else { return nil }
            substanceTerms.append(Set(words))
        }
        guard let aspects = texts() else { return nil }
        return Self(
            entryTargets: entryTargets, entryWeights: entryWeights,
            wordingTargets: wordingTargets, wordingWeights: wordingWeights,
            wordingTerms: wordingTerms, entryNames: entryNames, partTargets: partTargets,
            partWeights: partWeights, substanceTerms: substanceTerms, terms: terms,
            entryAuthorised: register.entries.map { $0.status == .authorised },
            entryRiskReduction: register.entries.map(\.isRiskReduction),
            targetIDs: targetIDs, weights: weights, unknownWeight: unknownWeight,
            aspects: Set(aspects))
    }
}
