import ArgumentParser

/// `evident check`: Fact-check copy against the knowledge base and regulatory rules.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Fact-check copy against the knowledge base and regulatory rules.")

    func run() async throws {
        throw CleanExit.message("evident check: not implemented yet")
    }
}
