/// One `<option>` of a `<select>`.
struct OptionView: Sendable {
    /// The value sent.
    var value: String
    /// What the reader sees.
    var label: String
    /// Whether it is chosen.
    var selected: Bool

    /// Options for `values`, the one equal to `chosen` selected, after a blank first option
    /// labelled `blank` when one is given.
    static func list(_ values: [String], chosen: String?, blank: String? = nil) -> [OptionView] {
        var options: [OptionView] = []
        if let blank {
            options.append(OptionView(value: "", label: blank, selected: (chosen ?? "").isEmpty))
        }
        for value in values {
            options.append(OptionView(value: value, label: value, selected: value == chosen))
        }
        return options
    }
}
