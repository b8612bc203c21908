import ArgumentParser
import EvidentKit
import EvidentServe
import Foundation

/// `evident serve`: the review app in the browser.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a review app for editors in the browser (loopback only by default).",
        discussion: """
            Pages: / (every claim, filtered by verdict, document, category and review state), \
            /claims/ID (quote in its paragraph, verdict, grading, evidence, reviews, and the \
            forms to sign off and cite), /documents/ID, /report (the HTML audit report). \
            Forms write the claim files through the code of `evident review`, \
            `evident cite` and `evident edit --status`; the files in Claims/ stay the source \
            of truth.
            Requests whose Host is not this server's are refused (421); forms must come from \
            the app's own pages and carry its secret token (403). A form sent against a claim \
            file that changed meanwhile is refused (409) and nothing is written.
            Exit status: 0 stopped (Ctrl-C); 2 the knowledge base cannot be read or the address \
            cannot be listened on; 64 bad usage.
            """)

    @Option(help: "The address to listen on (127.0.0.1: this machine only).")
    var host = "127.0.0.1"

    @Option(help: "The port (0 to 65535; 0 picks a free one).")
    var port = 8000

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @OptionGroup var index: IndexOptions

    func validate() throws {
        try OptionRange.check(port, in: 0...65535, option: "--port")
        if host.trimmingWhitespace().isEmpty {
            throw ValidationError("--host is empty (expected an address such as 127.0.0.1)")
        }
    }

    func run() async throws {
        let root = knowledgeBase.root
        do {
            // Refuse to start on something that is not a knowledge base.
            _ = try Evident.loadKnowledgeBase(at: root)
        } catch {
            KnowledgeBaseOptions.printError("\(error)")
            throw ExitCode(2)
        }
        if !["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased()) {
            KnowledgeBaseOptions.printError(
                "warning: listening on '\(host)': anyone who can reach this address can read "
                    + "and edit the knowledge base")
        }
        let configuration = ServeConfiguration(
            host: host, port: port, root: root, indexPath: knowledgeBase.indexPath(index))
        let folder = knowledgeBase.path
        do {
            try await ReviewServer(configuration: configuration).run { url in
                let line = "evident serve: \(url) (knowledge base '\(folder)'; Ctrl-C stops)\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            }
        } catch {
            KnowledgeBaseOptions.printError("\(error)")
            throw ExitCode(2)
        }
    }
}
