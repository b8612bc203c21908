import EvidentModel

extension ReferenceKey {
    /// A reference key written in a test's source (`pmid:1`, `doi:…`, a CSL id). A typo there
    /// stops the run naming the text (a test fixture, never user data).
    public static func literal(_ text: String) -> ReferenceKey {
        guard let key = ReferenceKey(text) else {
            preconditionFailure("invalid reference key literal '\(text)'")
        }
        return key
    }
}
