import Foundation
import Testing

@testable import EvidentServe

/// The app's colours meet WCAG AA: every text colour has at least 4.5:1 contrast on the
/// background it is drawn on.
@Suite("Accessible style")
struct StyleTests {
    /// The relative luminance of `#rrggbb`.
    static func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        func channel(_ index: Int) -> Double {
            let value = Double(Int(String(digits[index...index + 1]), radix: 16) ?? 0) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
    }

    static func contrast(_ first: String, _ second: String) -> Double {
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    @Test("the contrast formula matches WCAG's reference values")
    func formula() {
        #expect(abs(Self.contrast("#000000", "#ffffff") - 21) < 0.01)
        #expect(abs(Self.contrast("#767676", "#ffffff") - 4.54) < 0.01)
    }

    @Test("every text colour of app.css has at least 4.5:1 contrast on its background")
    func contrast() async throws {
        let css = try #require(try await PageRenderer.load().assets["app.css"])
        var variables: [String: String] = [:]
        for match in css.matches(of: /--([a-z]+): (#[0-9a-f]{6});/) {
            variables[String(match.1)] = String(match.2)
        }
        func colour(_ name: String) throws -> String { try #require(variables[name]) }
        // Text and links on white; white text on the badges; text on the tinted boxes.
        for name in ["text", "muted", "link", "supported", "unsupported", "contradicted"] {
            #expect(Self.contrast(try colour(name), "#ffffff") >= 4.5, "\(name) on white")
        }
        for name in ["supported", "weak", "unsupported", "contradicted", "stale", "link"] {
            #expect(Self.contrast("#ffffff", try colour(name)) >= 4.5, "white on \(name)")
        }
        for background in ["#fff3bf", "#e8f5e9", "#fff8e1", "#ffebee", "#f3e5f5", "#f2f2f4"] {
            #expect(css.contains(background))
            #expect(Self.contrast(try colour("text"), background) >= 4.5, "text on \(background)")
        }
    }

    @Test("every page has one main landmark and a label for every form field")
    func labels() async throws {
        let served = try await ServedKnowledgeBase.start()
        defer { served.stop() }
        for path in ["/", "/claims/k2-increases-bone-density", "/documents/vitamin-k2-article"] {
            let html = try await served.get(path).body
            #expect(html.components(separatedBy: "<main").count == 2, "\(path)")
            let labelled = Set(html.matches(of: /<label for="([^"]+)">/).map { String($0.1) })
            let fields = html.matches(of: /<(input|select|textarea) id="([^"]+)"/).map {
                String($0.2)
            }
            let unlabelled = html.matches(of: /<(input|select|textarea) (?!id=)(?!type="hidden")/)
            #expect(unlabelled.isEmpty, "\(path): a field without an id")
            for id in fields { #expect(labelled.contains(id), "\(path): field '\(id)'") }
        }
    }
}
