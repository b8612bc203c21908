import ArgumentParser

/// `evident refs`: work with references (parse PubMed XML, search the index).
struct RefsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refs",
        abstract: "Parse PubMed XML and search references.",
        subcommands: [RefsParseCommand.self, RefsSearchCommand.self]
    )
}
