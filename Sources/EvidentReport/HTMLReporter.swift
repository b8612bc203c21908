import EvidentModel

/// A self-contained HTML audit report: no external files, scripts or fonts; prints to PDF.
///
/// With a publisher (``ReportOptions/publisher``) the page embeds the ClaimReview JSON-LD of
/// every claim, whose `url`s point at the claims' sections of this page (absolute with
/// ``ReportOptions/baseURL``, else fragments that resolve against the page's own address).
public enum HTMLReporter: Reporter {
    /// `html`.
    public static let identifier = "html"
    /// Description.
    public static let summary = "self-contained audit report (inline CSS and SVG, prints to PDF)"
    /// `html`.
    public static let fileExtension = "html"

    /// Renders the page.
    public static func generate(_ report: EvidenceReport, options: ReportOptions) throws -> String {
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"en\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\">")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        out.append("<title>Evidence report</title>")
        out.append("<style>\n\(style)</style>")
        if let publisher = options.publisher, !publisher.isEmpty {
            let reviews = ClaimReviewReporter.reviews(
                report, url: options.baseURL ?? "", publisher: publisher)
            out.append("<script type=\"application/ld+json\">")
            // `<` only occurs inside JSON strings, where `\u003c` means the same: the script
            // element cannot be closed early.
            out.append(
                try JSONReporter.encode(reviews).replacingOccurrences(of: "<", with: "\\u003c")
                    + "</script>")
        }
        out.append("</head>")
        out.append("<body>")
        out.append("<header>")
        out.append("<h1>Evidence report</h1>")
        out.append("<dl class=\"meta\">")
        out.append(
            "<dt>Knowledge base (SHA-256)</dt><dd><code>\(escape(report.kbHash))</code></dd>")
        out.append("<dt>Tool</dt><dd>evident \(escape(report.toolVersion))</dd>")
        out.append("<dt>Generated</dt><dd>\(escape(report.generatedAt))</dd>")
        out.append("</dl>")
        out.append("</header>")
        out.append("<main>")
        out.append("<section id=\"summary\">")
        out.append("<h2>Summary</h2>")
        out.append("<p>\(escape(ReportWording.summary(report)))</p>")
        out.append(chart(report))
        for label in ReportWording.labels {
            let claims = ReportWording.claims(report, label)
            guard !claims.isEmpty else { continue }
            out.append("<h3>\(label.title) (\(claims.count))</h3>")
            out.append("<table class=\"index\">")
            out.append(
                "<thead><tr><th>Claim</th><th>Certainty</th><th>Statement</th></tr></thead>")
            out.append("<tbody>")
            for assessment in claims {
                let id = escape(assessment.claim.id.rawValue)
                out.append(
                    "<tr><td><a href=\"#\(id)\">\(id)</a></td>"
                        + "<td>\(escape(assessment.certainty.label))</td>"
                        + "<td>\(escape(assessment.claim.statement))</td></tr>")
            }
            out.append("</tbody>")
            out.append("</table>")
        }
        out.append("</section>")
        out.append("<section id=\"claims\">")
        out.append("<h2>Claims</h2>")
        for assessment in report.claims {
            out.append(contentsOf: article(assessment))
        }
        out.append("</section>")
        out.append("</main>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` for text and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    private static func article(_ assessment: ClaimAssessment) -> [String] {
        let claim = assessment.claim
        let verdict = VerdictLabel(assessment).rawValue
        var out: [String] = []
        out.append("<article id=\"\(escape(claim.id.rawValue))\" class=\"claim \(verdict)\">")
        out.append("<h3>\(escape(claim.id.rawValue))</h3>")
        out.append("<blockquote>\(escape(claim.quote))</blockquote>")
        out.append("<p class=\"statement\">\(escape(claim.statement))</p>")
        out.append("<p class=\"verdict\">")
        out.append("<span class=\"badge \(verdict)\">\(verdict)</span>")
        out.append("certainty <strong>\(escape(assessment.certainty.label))</strong>")
        if assessment.verdict != assessment.computedVerdict {
            out.append(
                "<span class=\"computed\">computed verdict: "
                    + "\(escape(assessment.computedVerdict.rawValue))</span>")
        }
        out.append("</p>")
        out.append("<p class=\"rationale\">\(escape(assessment.rationale))</p>")
        out.append("<p class=\"reason\">\(escape(assessment.verdictReason))</p>")
        for state in assessment.reviews {
            let review = state.review
            let decision =
                review.decision == .override
                ? "override to \(review.verdict?.rawValue ?? "?")" : review.decision.rawValue
            var line =
                "<p class=\"review\">Signed off by <strong>\(escape(review.reviewer))</strong> on "
                + "\(escape(review.date)): \(escape(decision)). \(escape(review.reason))"
            if state.isStale {
                line +=
                    " <span class=\"badge stale\">stale</span> "
                    + escape(state.staleReasons.joined(separator: "; "))
            }
            out.append(line + "</p>")
        }
        if !assessment.steps.isEmpty {
            out.append("<ol class=\"steps\">")
            for step in assessment.steps {
                out.append(
                    "<li><span class=\"domain\">\(escape(step.domain.label))</span> "
                        + "<span class=\"change\">\(escape(ReportWording.change(step)))</span> "
                        + escape(step.reason) + "</li>")
            }
            out.append("</ol>")
        }
        if !assessment.citations.isEmpty {
            out.append("<table class=\"evidence\">")
            out.append(
                "<thead><tr><th>#</th><th>Reference</th><th>Stance</th><th>Design</th>"
                    + "<th>Level</th><th>Population</th><th>Counted</th><th>Retraction</th>"
                    + "</tr></thead>")
            out.append("<tbody>")
            for (index, citation) in assessment.citations.enumerated() {
                let retraction =
                    citation.retracted
                    ? "<strong class=\"retracted\">retracted</strong>"
                    : (citation.concern ? "expression of concern" : "none")
                out.append(
                    "<tr><td>\(index + 1)</td>"
                        + "<td><code>\(escape(citation.reference.description))</code></td>"
                        + "<td>\(escape(citation.stance.rawValue))</td>"
                        + "<td>\(escape(citation.design.label))</td>"
                        + "<td>\(citation.level)</td>"
                        + "<td>\(escape(citation.population.label))</td>"
                        + "<td>\(citation.counted ? "yes" : "no")</td><td>\(retraction)</td></tr>")
            }
            out.append("</tbody>")
            out.append("</table>")
            out.append("<ol class=\"citations\">")
            for citation in assessment.citations {
                var links: [String] = []
                if let pmid = citation.pmid {
                    links.append(
                        "<a href=\"https://pubmed.ncbi.nlm.nih.gov/\(pmid)/\">PubMed</a>")
                }
                if let doi = citation.doi {
                    links.append(
                        "<a href=\"https://doi.org/\(escape(doi))\">DOI</a>")
                }
                var item = "<li>" + escape(citation.formatted)
                if !links.isEmpty { item += " " + links.joined(separator: " · ") }
                if let note = citation.note {
                    item += "<br><span class=\"note\">\(escape(note))</span>"
                }
                if !citation.reasoning.isEmpty {
                    item +=
                        "<br><span class=\"reasoning\">Graded: "
                        + escape(citation.reasoning.joined(separator: " ")) + "</span>"
                }
                out.append(item + "</li>")
            }
            out.append("</ol>")
        }
        out.append("</article>")
        return out
    }

    private static func chart(_ report: EvidenceReport) -> String {
        let total = max(1, report.claims.count)
        let width = 480
        let rowHeight = 28
        var rows: [String] = []
        for (index, label) in ReportWording.labels.enumerated() {
            let count = ReportWording.claims(report, label).count
            let bar = count * (width - 160) / total
            let y = index * rowHeight
            rows.append(
                "<text x=\"0\" y=\"\(y + 18)\">\(label.title)</text>"
                    + "<rect class=\"\(label.rawValue)\" x=\"110\" y=\"\(y + 4)\" "
                    + "width=\"\(bar)\" height=\"20\"/>"
                    + "<text x=\"\(118 + bar)\" y=\"\(y + 18)\">\(count)</text>")
        }
        let height = rowHeight * ReportWording.labels.count
        return "<svg class=\"chart\" role=\"img\" aria-label=\""
            + escape(ReportWording.summary(report))
            + "\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\">" + rows.joined() + "</svg>"
    }

    private static let style = """
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f;
          max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
        h1, h2, h3 { line-height: 1.2; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: 0.85em;
          word-break: break-all; }
        dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
        dl.meta dt { font-weight: 600; }
        dl.meta dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: 0.8rem 0; font-size: 0.9em; }
        th, td { border: 1px solid #d2d2d7; padding: 0.3rem 0.5rem; text-align: left;
          vertical-align: top; }
        th { background: #f5f5f7; }
        svg.chart text { font-size: 13px; fill: #1d1d1f; }
        rect.supported, .badge.supported { fill: #2e7d32; background: #2e7d32; }
        rect.weak, .badge.weak { fill: #a15c00; background: #a15c00; }
        rect.unsupported, .badge.unsupported { fill: #c62828; background: #c62828; }
        .badge { color: #fff; border-radius: 0.3rem; padding: 0.05rem 0.45rem; margin-right: 0.4rem;
          font-weight: 600; }
        rect.contradicted, .badge.contradicted { fill: #6a1b9a; background: #6a1b9a; }
        .badge.stale { background: #37474f; }
        .rationale { font-weight: 600; }
        article.claim { border-top: 2px solid #d2d2d7; padding-top: 0.5rem; margin-top: 1.5rem; }
        blockquote { margin: 0.5rem 0; padding-left: 0.8rem; border-left: 4px solid #d2d2d7;
          font-style: italic; }
        .computed, .note, .reasoning { color: #6e6e73; }
        .reasoning { font-size: 0.85em; }
        .domain { font-weight: 600; }
        .change { font-family: ui-monospace, Menlo, monospace; }
        .retracted { color: #c62828; }
        @media print {
          body { max-width: none; margin: 0; font-size: 10.5pt; }
          a { color: inherit; text-decoration: none; }
          article.claim { break-inside: avoid-page; }
          table, svg { break-inside: avoid; }
          .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """
}
