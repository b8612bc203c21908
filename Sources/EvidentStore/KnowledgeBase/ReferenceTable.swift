import EvidentModel

/// References by every key they are reachable under: `pmid:`, `doi:` and local id.
struct ReferenceTable {
    var byKey: [ReferenceKey: Reference] = [:]

    /// Adds `reference` under each of its keys. A key already taken is reported as
    /// `duplicate-reference-key` (with both places) and keeps its first reference, except for
    /// a PubMed record met again in the same file: a later record of a PMID replaces the
    /// earlier one, as PubMed's own files intend.
    mutating func add(_ reference: Reference, _ diagnostics: inout [Diagnostic]) {
        var keys = [reference.key]
        if let pmid = reference.pmid { keys.append(ReferenceKey(pmid: pmid)) }
        if let doi = reference.doi, let key = ReferenceKey("doi:" + doi) { keys.append(key) }
        for key in Set(keys).sorted() {
            if let other = byKey[key], !Self.replaces(reference, other) {
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

    /// Whether `reference` may silently replace `other`: both PubMed records of one PMID in one
    /// file (a CSL item never replaces another, even with the same id in the same file).
    static func replaces(_ reference: Reference, _ other: Reference) -> Bool {
        reference.origin != .csl && other.origin != .csl
            && reference.location?.path == other.location?.path && reference.key == other.key
    }

    /// Removes the reference a `DeleteCitation` PMID names, when it is that version.
    mutating func delete(_ pmid: PMID, version: Int) {
        guard let reference = byKey[ReferenceKey(pmid: pmid)], reference.version == version
        else { return }
        byKey = byKey.filter { $0.value != reference }
    }
}
