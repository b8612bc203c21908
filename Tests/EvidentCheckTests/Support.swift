import EvidentCheck
import EvidentModel
import Foundation

/// Shared fixtures for the EvidentCheck tests.
enum Fixtures {
    /// The bundled rule book, loaded once.
    static let book: RuleBook = {
        do { return try RuleBook.bundled() } catch {
            preconditionFailure("bundled rule packs do not load: \(error)")
        }
    }()

    /// `<repo>/../shared`.
    static var shared: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
                "shared")
    }

    /// Checks a string and returns its findings.
    static func check(
        _ text: String, market: Market = .all, assessments: [ClaimAssessment] = [],
        format: TextFormat = .plain, path: String = "copy.txt"
    ) -> [Finding] {
        let checker = Checker(book: book, market: market, assessments: assessments)
        return checker.check(SourceText(path: path, text: text, format: format)).findings
    }

    /// The message of the first finding of `rule` on `text` under the US market, if any.
    static func message(_ text: String, _ rule: String) -> String? {
        check(text, market: .us).first { $0.rule == rule }?.message
    }
}
