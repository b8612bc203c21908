import ArgumentParser

/// `evident rules`: List the regulatory rules with their ids, severities and examples.
struct RulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the regulatory rules with their ids, severities and examples.")

    func run() async throws {
        throw CleanExit.message("evident rules: not implemented yet")
    }
}
