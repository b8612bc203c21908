@_exported import EvidentCheck
@_exported import EvidentReport
import Foundation

extension Evident {
    /// The largest copy file (or standard input) `evident check` reads, in bytes: ten times a
    /// book. Larger input is refused rather than held in memory (several times its size).
    public static let maximumCopyBytes = 64 << 20

    /// Reads what `evident check` was given: files, folders (searched recursively for `.txt`,
    /// `.md`, `.html` …, in path order) and `-` for standard input.
    ///
    /// Throws `CheckError.unreadableInput` for a path that does not exist or cannot be read.
    public static func checkSources(
        _ paths: [String],
        standardInput: () -> Data? = {
            FileHandle.standardInput.readData(ofLength: maximumCopyBytes + 1)
        }
    ) throws -> [SourceText] {
        var sources: [SourceText] = []
        for path in paths {
            if path == "-" {
                let data = standardInput()
                if let data, data.count > maximumCopyBytes {
                    throw CheckError.unreadableInput(
                        path: "-", reason: tooLarge(data.count, orMore: true))
                }
                guard let data, let text = String(data: data, encoding: .utf8)
                else {
                    throw CheckError.unreadableInput(
                        path: "-", reason: "standard input is not UTF-8")
                }
                sources.append(SourceText(path: "-", text: text, format: .plain))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CheckError.unreadableInput(path: path, reason: "no such file or folder")
            }
            let files = isDirectory.boolValue ? try folderFiles(path) : [path]
            for file in files {
                sources.append(
                    SourceText(path: file, text: try read(file), format: TextFormat(path: file)))
            }
        }
        return sources
    }

    static func read(_ path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CheckError.unreadableInput(path: path, reason: "cannot read the file")
        }
        defer { try? handle.close() }
        var info = stat()
        if fstat(handle.fileDescriptor, &info) == 0, Int(info.st_size) > maximumCopyBytes {
            throw CheckError.unreadableInput(path: path, reason: tooLarge(Int(info.st_size)))
        }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw CheckError.unreadableInput(path: path, reason: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CheckError.unreadableInput(path: path, reason: "not UTF-8 text")
        }
        return text
    }

    /// `too large: 70000000 bytes, expected at most 67108864`.
    static func tooLarge(_ size: Int, orMore: Bool = false) -> String {
        "too large: \(size)\(orMore ? " or more" : "") bytes, expected at most \(maximumCopyBytes)"
    }

    static func folderFiles(_ folder: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
            throw CheckError.unreadableInput(path: folder, reason: "cannot list the folder")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let ext = relative.split(separator: ".").last.map { $0.lowercased() } ?? ""
            guard relative.contains("."), TextFormat.checkedExtensions.contains(ext) else {
                continue
            }
            let path = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// The rule book: the bundled packs (or the packs of a folder), then the knowledge base's
    /// packs (`<kb>/Claims/rules/*.yaml`; without `kb`, the current folder's when it has
    /// them), then every `*.yaml` of each `rules` folder. All share one format; a bad pack
    /// throws `CheckError.invalidRulePack` with its `path:line:col`. In a knowledge base (a
    /// folder with `Claims/`) the condition vocabulary's phrases are kept in
    /// `<kb>/.evident/vocabulary.cache` between runs.
    public static func ruleBook(
        rulePacks: URL? = nil, kb: String? = nil, rules: [String] = []
    ) throws -> RuleBook {
        var extra: [RulePackSource] = []
        let root = kb.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? currentDirectory
        let kbRules = root.appendingPathComponent(knowledgeBaseRulesFolder)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: kbRules.path, isDirectory: &isFolder),
            isFolder.boolValue
        {
            let shown = URL(
                fileURLWithPath: kb.map {
                    ($0 as NSString).appendingPathComponent(
                        knowledgeBaseRulesFolder)
                } ?? knowledgeBaseRulesFolder)
            extra += try RulePackSource.folder(shown, origin: "knowledge base")
        }
        for folder in rules {
            extra += try RulePackSource.folder(URL(fileURLWithPath: folder), origin: "--rules")
        }
        // A knowledge base keeps what a check derives from the bundled data in its `.evident/`.
        let cache =
            FileManager.default.fileExists(atPath: root.appendingPathComponent("Claims").path)
            ? root.appendingPathComponent(".evident", isDirectory: true) : nil
        if let rulePacks {
            return try RuleBook(directory: rulePacks, extra: extra, cache: cache)
        }
        return try RuleBook.bundled(extra: extra, cache: cache)
    }

    /// Where a knowledge base keeps its own rule packs.
    public static let knowledgeBaseRulesFolder = "Claims/rules"

    /// Checks copy against graded claims and the market's rule packs; relative paths are
    /// relative to `root` (default: the working directory).
    public static func check(
        _ sources: [SourceText], market: Market = .all, assessments: [ClaimAssessment] = [],
        threshold: Double = Checker.defaultThreshold, book: RuleBook,
        root: String = FileManager.default.currentDirectoryPath
    ) -> CheckReport {
        check(
            sources, market: market, claims: GradedClaims(assessments), threshold: threshold,
            book: book, root: root)
    }

    /// ``check(_:market:assessments:threshold:book:root:)`` against claims graded when a
    /// sentence first matches them; with a `cache`, the claim index is kept there between
    /// checks (``ClaimIndexCache``: same findings).
    public static func check(
        _ sources: [SourceText], market: Market = .all, claims: GradedClaims,
        threshold: Double = Checker.defaultThreshold, book: RuleBook,
        root: String = FileManager.default.currentDirectoryPath, cache: ClaimIndexCache? = nil
    ) -> CheckReport {
        let checker = Checker(
            book: book, market: market, claims: claims, threshold: threshold, cache: cache)
        return CheckReport(
            files: sources.map(checker.check), rules: checker.ruleDescriptions, root: root)
    }

    /// Renders a check report; throws ``ReportError`` when it cannot be written.
    public static func render(_ report: CheckReport, format: CheckFormat) throws -> String {
        try format.reporter.render(report, toolVersion: version)
    }

    /// Writes a check report to `output` in pieces as it is rendered (a long report is never
    /// held whole); throws ``ReportError`` when it cannot be written.
    public static func write(
        _ report: CheckReport, format: CheckFormat, to output: inout some TextOutputStream
    ) throws {
        try format.reporter.write(report, toolVersion: version, to: &output)
    }

    /// The rules of a market, as `evident rules` lists them.
    public static func rules(market: Market, book: RuleBook) -> [RuleDescription] {
        book.rules(for: market).map(\.summary)
    }
}
