import ArgumentParser

/// The rule packs beside the built-in ones: `--rules DIR` (repeatable), read after the
/// knowledge base's `Claims/rules/`.
struct RulePackOptions: ParsableArguments {
    @Option(
        name: .customLong("rules"),
        help: ArgumentHelp(
            "A folder of extra rule packs (*.yaml, the built-in format); repeatable.",
            valueName: "dir"))
    var folders: [String] = []
}
