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
            CiteCommand.self, EditCommand.self, ReviewCommand.self, ServeCommand.self,
        ]
    )

    /// The most command-line arguments taken. The argument parser's work grows with the square
    /// of their number; nothing needs more (a folder stands for its files, a query for its
    /// words).
    static let maximumArguments = 4_096

    /// Refuses an over-long command line (exit 64) before parsing it, then runs the command.
    /// The C heap is set to grow in large steps first, before the threads that run the
    /// command make their heaps (see ``HeapGrowth``).
    static func main() async {
        HeapGrowth.growInLargeSteps()
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard arguments.count <= maximumArguments else {
            exit(
                withError: ValidationError(
                    "too many arguments (\(arguments.count); expected at most "
                        + "\(maximumArguments): give a folder instead of its files)"))
        }
        await main(arguments)
    }
}
