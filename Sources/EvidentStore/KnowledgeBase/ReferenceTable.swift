import EvidentModel

/// References by every key they are reachable under: `pmid:`, `doi:` and local id.
struct ReferenceTable {
    var byKey: [ReferenceKey: Reference] = [:]

    mutating func add(_ reference: Reference, _ diagnostics: inout [Diagnostic]) {
        var keys = [reference.key]
        if let pmid = reference.pmid { keys.append(ReferenceKey(pmid: pmid)) }
        if let doi = reference.doi, let key = ReferenceKey("doi:" + doi) { keys.append(key) }
        for key in Set(keys).sorted() {
            if let other = byKey[key],
                other.location?.path != reference.location?.path
                    || other.key != reference.key
            {
                let place = other.location?.description ?? "another file"
                diagnostics.append(
                    Diagnostic(
                        location: reference.location ?? SourceLocation(path: ""), severity: .error,
                        message: "reference key '\(key)' is defined twice (also in \(place))",
                        id: "duplicate-reference-key"))
                continue
            }
            byKey[key] = reference
        }
    }

    /// Removes the reference a `DeleteCitation` PMID names, when it is that version.
    mutating func delete(_ pmid: PMID, version: Int) {
        guard let reference = byKey[ReferenceKey(pmid: pmid)], reference.version == version
        else { return }
        byKey = byKey.filter { $0.value != reference }
    }
}
