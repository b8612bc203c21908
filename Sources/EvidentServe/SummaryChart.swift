import EvidentKit

/// The summary chart: one bar per verdict label (contradicted apart), as inline SVG (no script, no style attribute).
struct SummaryChart: Sendable {
    /// One bar.
    struct Bar: Sendable {
        /// `supported` … (the CSS class that colours it).
        var verdict: String
        /// `Supported` …
        var heading: String
        /// How many claims.
        var count: Int
        /// Its width in pixels.
        var width: Int
        /// Its top edge.
        var top: Int
        /// Where its label's baseline is.
        var baseline: Int
        /// Where the count is written.
        var countX: Int
    }

    /// The bars, supported first.
    var bars: [Bar]
    /// The chart's description for assistive technology (the summary).
    var description: String
    /// The chart's height.
    var height: Int
    /// The chart's width.
    let width = 480

    /// The chart of a report.
    init(_ report: EvidenceReport) {
        let total = max(1, report.claims.count)
        let rowHeight = 28
        bars = ReportWording.labels.enumerated().map { index, label in
            let count = ReportWording.claims(report, label).count
            let width = count * (480 - 160) / total
            return Bar(
                verdict: label.rawValue, heading: label.title, count: count,
                width: width, top: index * rowHeight + 4, baseline: index * rowHeight + 18,
                countX: 118 + width)
        }
        description = ReportWording.summary(report)
        height = rowHeight * ReportWording.labels.count
    }
}
