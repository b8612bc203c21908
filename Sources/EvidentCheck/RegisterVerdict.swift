/// The register's answer for one sentence: the outcome, the words naming the substance, and
/// the register entry behind the outcome (none for `unauthorised`).
struct RegisterVerdict: Sendable, Equatable {
    var outcome: RegisterOutcome
    /// The copy's words for the substance (plain-text range).
    var substance: Range<Int>
    var entry: RegisterEntry?
}
