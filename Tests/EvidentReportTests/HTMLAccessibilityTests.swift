import EvidentModel
import EvidentReport
import Foundation
import Testing

/// The HTML report against WCAG 2.1 AA: a `main` landmark, and text contrast of at least
/// 4.5:1 computed from the report's own CSS.
struct HTMLAccessibilityTests {
    /// One CSS rule: its selectors and declarations.
    struct Rule {
        var selectors: [String]
        var declarations: [String: String]
    }

    static func html() throws -> String {
        try HTMLReporter.generate(SampleReport.report, options: ReportOptions())
    }

    /// The rules of the page's `<style>` element (`@media` blocks flattened).
    static func rules(_ html: String) throws -> [Rule] {
        let start = try #require(html.range(of: "<style>"))
        let end = try #require(html.range(of: "</style>"))
        let css = String(html[start.upperBound..<end.lowerBound])
        return css.components(separatedBy: "}").compactMap { chunk in
            guard let open = chunk.lastIndex(of: "{") else { return nil }
            let head = chunk[..<open]
            let selectorText = head.split(separator: "{").last.map(String.init) ?? String(head)
            var declarations: [String: String] = [:]
            for part in chunk[chunk.index(after: open)...].split(separator: ";") {
                let pair = part.split(separator: ":", maxSplits: 1)
                guard pair.count == 2 else { continue }
                declarations[pair[0].trimmingCharacters(in: .whitespacesAndNewlines)] =
                    pair[1].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            let selectors = selectorText.split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            return Rule(selectors: selectors, declarations: declarations)
        }
    }

    /// WCAG relative luminance of `#rgb` or `#rrggbb`.
    static func luminance(_ hex: String) throws -> Double {
        var digits = String(try #require(hex.hasPrefix("#") ? hex.dropFirst() : nil))
        if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
        let value = try #require(UInt32(digits, radix: 16))
        func channel(_ shift: UInt32) -> Double {
            let c = Double((value >> shift) & 0xFF) / 255
            return c <= 0.039_28 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }

    static func contrast(_ a: String, _ b: String) throws -> Double {
        let (x, y) = (try luminance(a), try luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test func contrastFormulaMatchesWCAG() throws {
        #expect(abs(try Self.contrast("#000", "#fff") - 21) < 0.001)
        // The weak badge before this was fixed: white on #b26a00.
        #expect(abs(try Self.contrast("#fff", "#b26a00") - 4.24) < 0.01)
    }

    @Test func contentSitsInAMainLandmark() throws {
        let html = try Self.html()
        #expect(html.components(separatedBy: "<main>").count == 2)
        let main = try #require(html.range(of: "<main>"))
        let end = try #require(html.range(of: "</main>"))
        #expect(try #require(html.range(of: "</header>")).upperBound <= main.lowerBound)
        #expect(
            try #require(html.range(of: "<section id=\"summary\">")).lowerBound > main.lowerBound)
        #expect(try #require(html.range(of: "</body>")).lowerBound > end.upperBound)
    }

    /// Every badge's white text on its background, and every coloured text on the white page,
    /// reaches 4.5:1.
    @Test func textContrastIsAtLeastFourAndAHalf() throws {
        let html = try Self.html()
        let rules = try Self.rules(html)
        let badge = try #require(rules.first { $0.selectors.contains(".badge") })
        let badgeText = try #require(badge.declarations["color"])
        var checked = 0
        for rule in rules {
            for selector in rule.selectors where selector.hasPrefix(".badge.") {
                let background = try #require(rule.declarations["background"], "\(selector)")
                let ratio = try Self.contrast(badgeText, background)
                #expect(ratio >= 4.5, "\(selector): \(badgeText) on \(background) is \(ratio)")
                checked += 1
            }
            if let colour = rule.declarations["color"] ?? rule.declarations["fill"],
                colour.hasPrefix("#"), rule.declarations["background"] == nil,
                !rule.selectors.contains(".badge")
            {
                let ratio = try Self.contrast(colour, "#fff")
                #expect(ratio >= 4.5, "\(rule.selectors): \(colour) on white is \(ratio)")
                checked += 1
            }
        }
        #expect(checked >= 6)
        // Every badge the page uses has a background rule (none is white on white).
        let used = Set(
            html.components(separatedBy: "class=\"badge ").dropFirst().compactMap {
                $0.split(separator: "\"").first.map(String.init)
            })
        #expect(!used.isEmpty)
        for name in used {
            #expect(rules.contains { $0.selectors.contains(".badge.\(name)") }, "\(name)")
        }
    }
}
