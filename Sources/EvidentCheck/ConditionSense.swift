/// When a condition phrase of the vocabulary counts as one in copy.
public enum ConditionSense: String, Sendable, CaseIterable {
    /// Always: the phrase names only the condition ("osteoporosis").
    case plain = "-"
    /// Only in a sentence that speaks of health: the phrase also has an everyday sense
    /// ("cold", "stroke", "depression").
    case ambiguous
    /// Only written as a possessive ("Alzheimer's"): a bare eponym is also a person's name.
    case eponym
    /// Only as the head of a noun phrase or before a word of treatment, in a sentence that
    /// speaks of health: an everyday adjective that also names the condition ("managing
    /// bipolar", "a coronary is off the table", "bipolar treatment"; not "bipolar cells",
    /// "coronary arteries"; rule F23 of `.ci/vocab/derive.py`).
    case head
}
