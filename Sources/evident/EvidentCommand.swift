import ArgumentParser
import EvidentKit

/// `evident`: claims-and-evidence knowledge base with fact checking for health content.
@main
struct EvidentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evident",
        abstract: "A claims-and-evidence knowledge base with fact checking for health content.",
        version: Evident.version,
        subcommands: [
            ReportCommand.self, ValidateCommand.self, CheckCommand.self, RulesCommand.self,
            RefsCommand.self, ImportCommand.self, SuggestCommand.self, NewCommand.self,
            CiteCommand.self, ReviewCommand.self, ServeCommand.self,
        ]
    )
}
