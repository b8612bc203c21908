import ArgumentParser

/// `evident parse`: Parse PubMed XML files and print what the importer read.
struct RefsParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse", abstract: "Parse PubMed XML files and print what the importer read.")

    func run() async throws {
        throw CleanExit.message("evident parse: not implemented yet")
    }
}
