import EvidentModel

/// ANSI styling that does nothing when disabled.
struct Paint {
    let enabled: Bool

    func bold(_ text: String) -> String { style("1", text) }

    func verdict(_ label: VerdictLabel, _ text: String) -> String {
        switch label {
        case .supported: return style("1;32", text)
        case .weak: return style("1;33", text)
        case .unsupported: return style("1;31", text)
        case .contradicted: return style("1;35", text)
        }
    }

    private func style(_ code: String, _ text: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
