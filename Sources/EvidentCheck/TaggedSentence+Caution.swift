/// A caution to the reader names a clinician as the one to consult ("ask your pharmacist",
/// "check with a physician before use"); a clinician named as the one who speaks of the
/// product or makes it ("…, says physician Tom Ellis", "pharmacist-formulated") cautions
/// nobody, and the claim beside them stays the product's.
extension TaggedSentence {
    /// Tags `@caution` over a verb of seeking advice (`@consult-verb`: "ask", "talk to",
    /// "check with", "consult") and the clinician it takes (`@clinician`, `@doctor-word`),
    /// right after it or after at most two words with no punctuation between ("ask your
    /// pharmacist", "consult your own physician", "check with a qualified healthcare
    /// provider"). Such a clinician is the reader's to consult; a bare clinician noun is no
    /// caution.
    static func tagConsultedClinicians(
        _ tokens: [Token], text: [Unicode.Scalar], lexicon: Lexicon,
        tags: inout [[(classID: Int, end: Int)]], present: inout [Bool]
    ) {
        guard let caution = lexicon.classID("caution"),
            let consult = lexicon.classID("consult-verb"), present[consult]
        else { return }
        let clinicians = ["clinician", "doctor-word"].compactMap(lexicon.classID)
        guard clinicians.contains(where: { present[$0] }) else { return }
        for index in tokens.indices {
            guard let verbEnd = tags[index].filter({ $0.classID == consult }).map(\.end).max()
            else { continue }
            for start in verbEnd..<min(tokens.count, verbEnd + 3) {
                if start > index + 1, isPunctuated(before: start, tokens: tokens, text: text) {
                    break
                }
                guard
                    let end = tags[start].filter({ clinicians.contains($0.classID) }).map(\.end)
                        .max()
                else { continue }
                tags[index].append((caution, end))
                present[caution] = true
                break
            }
        }
    }
}
