import EvidentModel

extension Policy {
    /// Problems with the policy's values: unknown design or category names, missing kinds,
    /// numbers out of range, forms named twice. Each message names the key and what was
    /// expected.
    public func problems() -> [String] {
        var problems: [String] = []
        let designs = StudyDesign.allCases.map(\.rawValue)
        let populations = Population.allCases.map(\.rawValue)
        let categories = ClaimCategory.allCases.map(\.rawValue)
        func check(_ keys: some Sequence<String>, in section: String, against known: [String]) {
            for key in keys.sorted() where !known.contains(key) {
                problems.append(
                    "unknown key '\(key)' in '\(section)' (expected one of: "
                        + known.joined(separator: ", ") + ")")
            }
        }
        func range(_ values: [String: Int], _ section: String, _ bounds: ClosedRange<Int>) {
            for (key, value) in values.sorted(by: { $0.key < $1.key })
            where !bounds.contains(value) {
                problems.append(
                    "\(section) \(value) of '\(key)' is out of range (expected "
                        + "\(bounds.lowerBound) to \(bounds.upperBound))")
            }
        }
        check(levels.keys, in: "levels", against: designs)
        check(starts.keys, in: "starts", against: designs)
        check(kinds.keys, in: "kinds", against: categories)
        check(
            classification.primaryStudyFallback.keys, in: "primary-study-fallback",
            against: populations)
        check(
            classification.primaryStudyFallback.values, in: "primary-study-fallback",
            against: designs)
        check(classification.cslTypes.values, in: "csl-types", against: designs)
        range(levels, "level", 1...5)
        range(starts, "start", 1...4)
        for (name, kind) in kinds.sorted(by: { $0.key < $1.key }) {
            check(kind.starts.keys, in: "kinds.\(name).starts", against: designs)
            range(kind.starts, "start", 1...4)
        }
        for category in ClaimCategory.allCases where kinds[category.rawValue] == nil {
            problems.append("no kind for claim category '\(category.rawValue)'")
        }
        var named: [String: String] = [:]
        for form in forms {
            for name in [form.name] + form.aliases {
                if let other = named[name.lowercased()] {
                    problems.append(
                        "form name '\(name)' is used twice (by '\(other)' and '\(form.name)')")
                }
                named[name.lowercased()] = form.name
            }
        }
        return problems
    }
}
