/// One labelled form field as the `field` template renders it: a select, a text area or an
/// input, with an optional hint tied to it by `aria-describedby`.
struct FieldView: Sendable {
    /// The element's id (unique on the page; the label's `for`).
    var id: String
    /// The form field's name.
    var name: String
    /// The label.
    var label: String
    /// A hint shown under the field.
    var hint: String?
    /// A `<select>` with ``options``.
    var select: Bool = false
    /// A `<textarea>`.
    var textarea: Bool = false
    /// An `<input>` of ``inputType``.
    var input: Bool = false
    /// `text`, `number` …
    var inputType: String = "text"
    /// The current value (inputs and text areas).
    var value: String = ""
    /// The options (selects).
    var options: [OptionView] = []
    /// Whether the browser must see a value before sending.
    var required: Bool = false

    /// A select of `values` with `chosen` selected, after a blank option labelled `blank`
    /// (none when `blank` is `nil`).
    static func choice(
        id: String, name: String, label: String, values: [String], chosen: String?,
        blank: String? = "(not set)", required: Bool = false, hint: String? = nil
    ) -> FieldView {
        FieldView(
            id: id, name: name, label: label, hint: hint, select: true,
            options: OptionView.list(values, chosen: chosen, blank: blank),
            required: required)
    }

    /// A one-line input.
    static func text(
        id: String, name: String, label: String, value: String?, type: String = "text",
        required: Bool = false, hint: String? = nil
    ) -> FieldView {
        FieldView(
            id: id, name: name, label: label, hint: hint, input: true, inputType: type,
            value: value ?? "", required: required)
    }

    /// A text area.
    static func area(
        id: String, name: String, label: String, value: String?, required: Bool = false,
        hint: String? = nil
    ) -> FieldView {
        FieldView(
            id: id, name: name, label: label, hint: hint, textarea: true, value: value ?? "",
            required: required)
    }
}
