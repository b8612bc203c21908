/// The register's answer for one sentence: the outcome, the words naming the substance (none
/// when the sentence names no substance: its claim is about the product), and the register
/// entry behind the outcome (none for `unauthorised`).
struct RegisterVerdict: Sendable, Equatable {
    var outcome: RegisterOutcome
    /// The copy's words for the substance (plain-text range); `nil` when no substance is named.
    var substance: Range<Int>?
    var entry: RegisterEntry?
    /// The further authorised entries of a list of objects, each saying one of them ("supports
    /// normal skin, hair and nails": `entry` for skin, these for hair and nails); empty
    /// otherwise.
    var listed: [RegisterEntry] = []
}
