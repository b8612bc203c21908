import ArgumentParser
import EvidentKit

/// The option every command that reads or writes the SQLite index shares (`--index`).
struct IndexOptions: ParsableArguments {
    @Option(
        name: .customLong("index"),
        help: ArgumentHelp(
            "The index file (default: $EVIDENT_INDEX, else .evident/index.sqlite in the "
                + "knowledge-base folder).",
            valueName: "path"))
    var path: String?

    /// The resolved index path, for a command without a knowledge base (`import`).
    var resolvedPath: String { IndexLocation.path(option: path) }
}
