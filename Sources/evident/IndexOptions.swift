import ArgumentParser
import EvidentKit

/// Options shared by the commands that use the SQLite index.
struct IndexOptions: ParsableArguments {
    @Option(
        name: .customLong("index"),
        help: ArgumentHelp(
            "The index file (default: $EVIDENT_INDEX, else .evident/index.sqlite).",
            valueName: "path"))
    var path: String?

    /// The resolved index path.
    var resolvedPath: String { IndexLocation.path(option: path) }
}
