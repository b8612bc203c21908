/// A market whose rules apply: the United States, the European Union, or both.
public enum Market: String, Sendable, Codable, CaseIterable {
    /// United States (FDA, FTC).
    case us
    /// European Union.
    case eu
    /// Both.
    case all

    /// Whether a rule written for `self` applies when checking for `selection`.
    public func applies(to selection: Market) -> Bool {
        self == .all || selection == .all || self == selection
    }
}
