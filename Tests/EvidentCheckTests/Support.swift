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

    /// The EU register's findings of a line of copy under `--market eu`: unauthorised health
    /// claims and authorised wordings (`eu-authorised-health-claim`).
    static func registerFindings(_ text: String) -> [Finding] {
        check(text + "\n", market: .eu).filter {
            $0.category == .unauthorisedHealthClaim || $0.rule == "eu-authorised-health-claim"
        }
    }

    /// Whether `found` holds the disease-claim finding that presents `named` as a disease the
    /// product acts on (the message rules U9 and U15 give a name no vocabulary has).
    static func presentsAsDisease(_ found: [Finding], _ named: String) -> Bool {
        found.contains {
            $0.rule == "disease-claim"
                && $0.message == "disease claim: the copy presents '\(named)' as a disease "
                    + "the product acts on"
        }
    }

    /// The rules of the EU register's category (`unauthorised-health-claim` findings) that fire
    /// on one line of copy under `--market eu`.
    static func registerRules(_ text: String) -> [String] {
        check(text + "\n", market: .eu).filter { $0.category == .unauthorisedHealthClaim }.map(
            \.rule)
    }

    /// The rules of the error findings on one line of copy.
    static func errorRules(_ text: String, market: Market = .all) -> [String] {
        check(text + "\n", market: market).filter { $0.severity == .error }.map(\.rule)
    }

    /// The message of the first finding of `rule` on `text` under the US market, if any.
    static func message(_ text: String, _ rule: String) -> String? {
        check(text, market: .us).first { $0.rule == rule }?.message
    }

    /// Runs a regeneration script of the repository with `--check` and the given arguments:
    /// its standard error and exit status, or nil where python3 or WordNet is missing.
    static func regenerationCheck(_ script: String, arguments: [String] = []) throws -> (
        status: Int32, errors: String
    )? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        guard let python, FileManager.default.fileExists(atPath: "/usr/share/wordnet/index.noun")
        else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [root.appendingPathComponent(script).path, "--check"] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(
            decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, message)
    }
}
