/// The targets of a sentence for `RegisterMatcher`: those some register entry has, as interned
/// ids, and the others by name (they weigh as the rarest term and match no entry).
struct RegisterTargets: Sendable, Equatable {
    /// Ids of the targets some entry has, ascending.
    var known: [Int32] = []
    /// The targets no entry has, ascending.
    var unknown: [String] = []

    /// Whether there is no target at all.
    var isEmpty: Bool { known.isEmpty && unknown.isEmpty }

    /// The targets of both.
    func union(_ other: RegisterTargets) -> RegisterTargets {
        RegisterTargets(
            known: RegisterTargets.merge(known, other.known),
            unknown: RegisterTargets.merge(unknown, other.unknown))
    }

    /// Two ascending lists as one, without repeats.
    static func merge<Element: Comparable>(_ a: [Element], _ b: [Element]) -> [Element] {
        var result: [Element] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                result.append(a[i])
                i += 1
            } else if i == a.count || b[j] < a[i] {
                result.append(b[j])
                j += 1
            } else {
                result.append(a[i])
                i += 1
                j += 1
            }
        }
        return result
    }
}
