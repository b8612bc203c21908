import ArgumentParser
import EvidentKit
import Foundation

/// What an appraised study measured (an outcome kind other than `none`).
enum AppraisedOutcome: String, ExpressibleByArgument, CaseIterable {
    case clinical, surrogate, mechanistic

    var kind: OutcomeKind {
        switch self {
        case .clinical: return .clinical
        case .surrogate: return .surrogate
        case .mechanistic: return .mechanistic
        }
    }
}

extension RiskOfBias: ExpressibleByArgument {}
extension Funding: ExpressibleByArgument {}
extension Fit: ExpressibleByArgument {}
extension Pooled: ExpressibleByArgument {}

/// `evident cite`: add citations to a claim file.
struct CiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cite",
        abstract: "Add citations to a claim (or change the claim's citations of those references).",
        discussion: """
            REF is a reference key: pmid:<PMID> (a PubMed record in Sources-Refs/), \
            doi:<DOI>, or the id of a CSL-JSON item; it must resolve. Several REFs take the \
            same --stance, note and appraisal. With --from FILE (- for standard input) each \
            line is one citation: the key and its options as on this command line \
            (pmid:23525894 --stance supports --note "..."); blank lines and # comments are \
            skipped. `evident suggest CLAIM --format cite` writes such a file: choose each \
            stance, delete the lines not to cite. All citations are written at once, or none \
            (when a key does not resolve, every such line is named). The claim file is edited \
            in place: only its citations change, comments and the order of everything else \
            stay as they are.
            Exit status: 0 written; 2 a file could not be read or edited (nothing written); \
            64 bad usage (unknown claim, unresolved reference).
            """)

    @OptionGroup var knowledgeBase: KnowledgeBaseOptions

    @OptionGroup var citation: CitationOptions

    @Option(
        help: ArgumentHelp(
            "Read the citations from this file, one per line (- for standard input).",
            valueName: "file"))
    var from: String?

    @OptionGroup var claim: EditedClaimOptions

    @Argument(help: ArgumentHelp("The reference keys.", valueName: "ref"))
    var references: [String] = []

    func validate() throws {
        if from != nil {
            if !references.isEmpty {
                throw ValidationError(
                    "give the references on the command line or with --from, not both")
            }
            if !citation.isEmpty {
                throw ValidationError(
                    "with --from, each line gives its own --stance, note and appraisal")
            }
            return
        }
        if references.isEmpty {
            throw ValidationError("missing reference (expected REF... or --from FILE)")
        }
        if citation.stance == nil { throw ValidationError(CitationOptions.missingStance) }
    }

    func run() async throws {
        let root = knowledgeBase.root
        var entries: [CitationFile.Entry] = []
        var requests = references.compactMap { citation.request($0) }
        if let from {
            let file = try Self.readFile(from)
            for error in file.errors { KnowledgeBaseOptions.printError(error) }
            if !file.errors.isEmpty { throw ExitCode(64) }
            if file.entries.isEmpty {
                KnowledgeBaseOptions.printError(
                    "\(Self.name(from)): error: no citation in the file "
                        + "(expected lines such as: pmid:23525894 --stance supports)")
                throw ExitCode(64)
            }
            entries = file.entries
            requests = entries.map(\.request)
        }
        let edit: ClaimFileEditor.Edit
        do {
            edit = try Evident.cite(
                claim: claim.claimID, citations: requests, root: root,
                expectedVersion: claim.expectVersion)
        } catch let error as KnowledgeBaseEditError {
            let unresolved: [String]
            switch error {
            case .unresolvedReference(let key): unresolved = [key]
            case .unresolvedReferences(let keys): unresolved = keys
            default: unresolved = []
            }
            let located = entries.filter {
                ReferenceKey($0.request.reference).map { unresolved.contains($0.description) }
                    ?? false
            }
            guard let from, !located.isEmpty else { throw EditCommandSupport.fail(error) }
            for entry in located {
                KnowledgeBaseOptions.printError(
                    "\(Self.name(from)):\(entry.line):\(entry.column): error: "
                        + "reference '\(entry.request.reference)' resolves to no reference in "
                        + "Sources-Refs/ (expected a PubMed record or a CSL-JSON item with that "
                        + "key)")
            }
            KnowledgeBaseOptions.printError("error: nothing was written")
            throw ExitCode(64)
        } catch {
            throw EditCommandSupport.fail(error)
        }
        for request in requests {
            let key = ReferenceKey(request.reference)
            let changed = key.map { edit.changed.contains($0) } ?? false
            print(
                "\(knowledgeBase.display(edit.path)): \(changed ? "changed" : "added") citation "
                    + "'\(key?.description ?? request.reference)' (\(request.stance.rawValue)) "
                    + "of claim '\(claim.claimID)'")
        }
    }

    /// How messages name the `--from` file.
    static func name(_ from: String) -> String { from == "-" ? "<stdin>" : from }

    /// The largest `--from` file read, in bytes (a citation line is about a hundred).
    static let maximumFileBytes = 1 << 20

    /// The file `--from` names (`-`: standard input), read.
    static func readFile(_ from: String) throws -> CitationFile {
        let name = Self.name(from)
        let data: Data
        do {
            let handle =
                from == "-"
                ? FileHandle.standardInput
                : try FileHandle(forReadingFrom: URL(fileURLWithPath: from))
            data = try handle.read(upToCount: maximumFileBytes + 1) ?? Data()
        } catch {
            KnowledgeBaseOptions.printError("\(name): error: cannot read the file")
            throw ExitCode(2)
        }
        guard data.count <= maximumFileBytes else {
            KnowledgeBaseOptions.printError(
                "\(name): error: the file is too large (more than \(maximumFileBytes) bytes; "
                    + "expected one citation per line)")
            throw ExitCode(2)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            KnowledgeBaseOptions.printError(
                "\(name): error: cannot read the file (expected UTF-8 text)")
            throw ExitCode(2)
        }
        return CitationFile(text, path: name)
    }
}
