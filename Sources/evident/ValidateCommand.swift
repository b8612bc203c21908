import ArgumentParser

/// `evident validate`: Check the whole knowledge base and report every problem.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Check the whole knowledge base and report every problem.")

    func run() async throws {
        throw CleanExit.message("evident validate: not implemented yet")
    }
}
