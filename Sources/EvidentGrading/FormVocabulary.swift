/// A policy's substance forms prepared for matching: which forms a claim's subjects accept,
/// and whether a study's forms are among them. Names match case-insensitively, whole names.
struct FormVocabulary: Sendable {
    private let forms: [Policy.Form]

    /// Prepares `forms`.
    init(_ forms: [Policy.Form]) {
        self.forms = forms
    }

    /// The canonical names (lowercased) of the forms a claim about `subjects` accepts: every
    /// form of a family a subject names generically, and every specific form named.
    func accepted(by subjects: [String]) -> Set<String> {
        var accepted: Set<String> = []
        for subject in subjects {
            guard let form = forms.first(where: { $0.isNamed(subject) }) else { continue }
            if form.generic {
                for member in forms where member.family == form.family {
                    accepted.insert(member.name.lowercased())
                }
            } else {
                accepted.insert(form.name.lowercased())
            }
        }
        return accepted
    }

    /// The canonical name (lowercased) of a form as written; unknown names stand for
    /// themselves.
    func canonical(_ name: String) -> String {
        (forms.first { $0.isNamed(name) }?.name ?? name).lowercased()
    }

    /// True when a study of `studied` used only forms outside `accepted` (false when either
    /// is empty: nothing to compare).
    func isOther(_ studied: [String], accepted: Set<String>) -> Bool {
        guard !studied.isEmpty, !accepted.isEmpty else { return false }
        return studied.allSatisfy { !accepted.contains(canonical($0)) }
    }
}
