import EvidentModel

extension PMID {
    /// A PMID written in a test's source. A value PubMed cannot have stops the run naming it
    /// (a test fixture, never user data).
    public static func literal(_ value: UInt64) -> PMID {
        guard let pmid = PMID(value) else {
            preconditionFailure("invalid PMID literal \(value) (expected a positive number)")
        }
        return pmid
    }
}
