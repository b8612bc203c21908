import EvidentModel

/// Checks a review: it needs a name, a `YYYY-MM-DD` date, a reason, and a verdict when it
/// overrides the computed one.
public enum ReviewCheck {
    /// What is missing or malformed, lowercase, values quoted; empty when the review is valid.
    public static func problems(in review: Review) -> [String] {
        var problems: [String] = []
        if review.reviewer.trimmingWhitespace().isEmpty {
            problems.append("the review has no reviewer name")
        }
        if !isDate(review.date) {
            problems.append("review date '\(review.date)' is not a date (expected YYYY-MM-DD)")
        }
        if review.reason.trimmingWhitespace().isEmpty {
            problems.append("the review has no reason")
        }
        if review.decision == .override, review.verdict == nil {
            problems.append("the override names no verdict")
        }
        return problems
    }

    /// True for a real calendar date written `YYYY-MM-DD`.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }
}
