import EvidentModel

extension Policy {
    /// Problems with the policy's values: unknown design, population or category names, and
    /// numbers out of range. Each message names the key and what was expected.
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
        check(levels.keys, in: "levels", against: designs)
        check(starts.keys, in: "starts", against: designs)
        check(weights.keys, in: "weights", against: designs)
        check(populationWeights.keys, in: "population-weights", against: populations)
        check(paths.keys, in: "paths", against: categories)
        check(
            classification.primaryStudyFallback.keys, in: "primary-study-fallback",
            against: populations)
        check(
            classification.primaryStudyFallback.values, in: "primary-study-fallback",
            against: designs)
        check(classification.cslTypes.values, in: "csl-types", against: designs)
        for (name, path) in paths.sorted(by: { $0.key < $1.key }) {
            check(path.starts.keys, in: "paths.\(name).starts", against: designs)
        }
        for (key, level) in levels.sorted(by: { $0.key < $1.key }) where !(1...5).contains(level) {
            problems.append("level \(level) of '\(key)' is out of range (expected 1 to 5)")
        }
        for (key, start) in starts.sorted(by: { $0.key < $1.key }) where !(1...4).contains(start) {
            problems.append("start \(start) of '\(key)' is out of range (expected 1 to 4)")
        }
        for category in ClaimCategory.allCases where paths[category.rawValue] == nil {
            problems.append("no path for claim category '\(category.rawValue)'")
        }
        return problems
    }
}
