import ArgumentParser

/// `evident suggest`: Suggest candidate references for a claim from the index.
struct SuggestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "suggest", abstract: "Suggest candidate references for a claim from the index.")

    func run() async throws {
        throw CleanExit.message("evident suggest: not implemented yet")
    }
}
