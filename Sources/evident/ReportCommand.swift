import ArgumentParser

/// `evident report`: Grade every claim and report which are supported, weak or unsupported.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Grade every claim and report which are supported, weak or unsupported.")

    func run() async throws {
        throw CleanExit.message("evident report: not implemented yet")
    }
}
