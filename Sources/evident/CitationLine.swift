import ArgumentParser

/// One line of an `evident cite --from` file: a reference key and its options, as they follow
/// the claim id on an `evident cite` command line (`pmid:23525894 --stance supports --note "…"`).
struct CitationLine: ParsableArguments {
    @Argument(help: ArgumentHelp("The reference key.", valueName: "ref"))
    var reference: String

    @OptionGroup var options: CitationOptions

    func validate() throws {
        if options.stance == nil { throw ValidationError(CitationOptions.missingStance) }
    }
}
