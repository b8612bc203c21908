import ArgumentParser

/// What every command that edits a claim file in place shares (`cite`, `review`, `edit`): the
/// claim's id and the version of its file the edit expects.
struct EditedClaimOptions: ParsableArguments {
    @Option(
        name: .customLong("expect-version"),
        help: "Refuse the edit unless the claim file still has this version (SHA-256 of its bytes)."
    )
    var expectVersion: String?

    @Argument(help: ArgumentHelp("The claim's id.", valueName: "claim-id"))
    var claimID: String
}
