import ArgumentParser

/// `evident search`: Full-text search over the reference index.
struct RefsSearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Full-text search over the reference index.")

    func run() async throws {
        throw CleanExit.message("evident search: not implemented yet")
    }
}
