import EvidentKit
import Foundation
import Hummingbird

@testable import EvidentServe

/// A temporary copy of the repository's knowledge base (never the repository's own `Claims/`)
/// served in-process on a free loopback port, for tests that drive the app over real HTTP.
struct ServedKnowledgeBase {
    /// The repository root.
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Reviews are signed on `SOURCE_DATE_EPOCH`'s day.
    static let reviewDate = "2026-11-18"
    static let environment = ["SOURCE_DATE_EPOCH": "1795000000"]

    /// The copy's root.
    let root: URL
    /// The port the server listens on.
    let port: Int
    private let task: Task<Void, any Error>

    /// Copies the knowledge base (after `prepare` edits the copy, if given) and starts a server
    /// on it.
    static func start(prepare: (URL) throws -> Void = { _ in }) async throws -> ServedKnowledgeBase
    {
        let root = try copyOfKnowledgeBase()
        try prepare(root)
        let configuration = ServeConfiguration(
            host: "127.0.0.1", port: 0, root: root,
            indexPath: root.appendingPathComponent(".evident/index.sqlite").path,
            environment: environment)
        let (urls, continuation) = AsyncStream.makeStream(of: String.self)
        let application = try await ReviewServer(configuration: configuration)
            .makeApplication { continuation.yield($0) }
        let task = Task { try await application.runService(gracefulShutdownSignals: []) }
        var iterator = urls.makeAsyncIterator()
        guard let url = await iterator.next(),
            let port = URLComponents(string: url)?.port
        else {
            task.cancel()
            throw HTTPTestClient.Failure(description: "the server did not report its URL")
        }
        return ServedKnowledgeBase(root: root, port: port, task: task)
    }

    /// A fresh copy of `Claims/` and `Sources-Refs/` in a temporary folder.
    static func copyOfKnowledgeBase() throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-serve-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["Claims", "Sources-Refs"] {
            try FileManager.default.copyItem(
                at: repoRoot.appendingPathComponent(folder),
                to: root.appendingPathComponent(folder))
        }
        return root
    }

    /// Stops the server and removes the copy, at once (a test's `defer` runs it before the test
    /// ends, so no temporary folder outlives the test run).
    func stop() {
        task.cancel()
        try? FileManager.default.removeItem(at: root)
    }

    /// `GET path`.
    func get(_ path: String, host: String? = nil) async throws -> HTTPReply {
        try await HTTPTestClient.request("GET", path, port: port, host: host)
    }

    /// `POST path` with a form.
    func post(
        _ path: String, _ form: [(String, String)], host: String? = nil,
        headers: [String: String] = [:]
    ) async throws -> HTTPReply {
        try await HTTPTestClient.request(
            "POST", path, port: port, host: host, headers: headers, form: form)
    }

    /// The bytes of a file of the copy.
    func file(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }

    /// The copy graded by the library, as `evident report` grades it.
    func graded() throws -> Evident.GradedKnowledgeBase {
        try Evident.grade(
            knowledgeBaseAt: root,
            indexPath: root.appendingPathComponent(".evident/index.sqlite").path,
            generatedAt: "2026-11-18T00:00:00Z")
    }
}

/// Reads a page's forms the way a browser submits them.
enum PageForm {
    /// The hidden fields of the first form whose attributes after `method="post"` begin
    /// with `attributes` (`action="/claims/x/review" class="review"`).
    static func hiddenFields(in html: String, form attributes: String) -> [(String, String)] {
        guard let start = html.range(of: "<form method=\"post\" " + attributes),
            let end = html.range(of: "</form>", range: start.upperBound..<html.endIndex)
        else { return [] }
        let form = String(html[start.upperBound..<end.lowerBound])
        var fields: [(String, String)] = []
        var rest = form[...]
        while let input = rest.range(of: "<input type=\"hidden\" name=\"") {
            let afterName = rest[input.upperBound...]
            guard let nameEnd = afterName.firstIndex(of: "\""),
                let valueStart = afterName.range(of: "value=\""),
                let valueEnd = afterName[valueStart.upperBound...].firstIndex(of: "\"")
            else { break }
            fields.append(
                (
                    String(afterName[..<nameEnd]),
                    unescape(String(afterName[valueStart.upperBound..<valueEnd]))
                ))
            rest = afterName[valueEnd...]
        }
        return fields
    }

    /// Every field of the form that follows `marker` in the page, as a browser sends it when
    /// nothing is changed: inputs with their values, each select's selected option (else its
    /// first), textareas with their text.
    static func fields(in html: String, after marker: String) -> [(String, String)] {
        guard let at = html.range(of: marker),
            let start = html.range(of: "<form ", range: at.upperBound..<html.endIndex),
            let end = html.range(of: "</form>", range: start.upperBound..<html.endIndex)
        else { return [] }
        let form = String(html[start.upperBound..<end.lowerBound])
        let field =
            /<input [^>]*?name="([^"]*)"[^>]*?value="([^"]*)"[^>]*>|<select [^>]*?name="([^"]*)"[^>]*>(.*?)<\/select>|<textarea [^>]*?name="([^"]*)"[^>]*>(.*?)<\/textarea>/
            .dotMatchesNewlines()
        return form.matches(of: field).compactMap { match in
            if let name = match.1, let value = match.2 {
                return (String(name), unescape(String(value)))
            }
            if let name = match.3, let options = match.4 {
                let values = options.matches(of: /<option value="([^"]*)"( selected)?>/)
                let chosen = values.first { $0.2 != nil } ?? values.first
                return (String(name), unescape(chosen.map { String($0.1) } ?? ""))
            }
            if let name = match.5, let text = match.6 {
                return (String(name), unescape(String(text)))
            }
            return nil
        }
    }

    /// Undoes the template's HTML escaping.
    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
