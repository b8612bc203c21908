import ArgumentParser

/// `evident import`: Import PubMed XML files into the SQLite index.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import PubMed XML files into the SQLite index.")

    func run() async throws {
        throw CleanExit.message("evident import: not implemented yet")
    }
}
