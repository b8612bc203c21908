/// The union of ranges of a text covered by claims or non-claim spans, as sorted disjoint
/// intervals, so the coverage check asks "is this covered?" with a binary search instead of
/// a scan of every claim.
struct CoveredRanges: Sendable {
    /// Disjoint, non-adjacent, non-empty intervals in ascending order.
    let intervals: [Range<Int>]

    /// The union of `ranges` (empty ones ignored).
    init(_ ranges: [Range<Int>]) {
        var merged: [Range<Int>] = []
        for range in ranges.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        intervals = merged
    }

    /// Whether any covered offset lies in `range`.
    func overlaps(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        let index = firstEnding(after: range.lowerBound)
        return index < intervals.count && intervals[index].lowerBound < range.upperBound
    }

    /// When `offset` is covered, the first offset after it that is not.
    func end(ofCoverAt offset: Int) -> Int? {
        let index = firstEnding(after: offset)
        guard index < intervals.count, intervals[index].contains(offset) else { return nil }
        return intervals[index].upperBound
    }

    /// The first covered offset at or after `offset` (`Int.max` when there is none).
    func nextCoveredOffset(after offset: Int) -> Int {
        let index = firstEnding(after: offset)
        guard index < intervals.count else { return Int.max }
        return max(intervals[index].lowerBound, offset)
    }

    /// The index of the first interval whose upper bound is above `offset`.
    private func firstEnding(after offset: Int) -> Int {
        var low = 0
        var high = intervals.count
        while low < high {
            let mid = (low + high) / 2
            if intervals[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
