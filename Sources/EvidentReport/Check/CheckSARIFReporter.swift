import EvidentModel
import Foundation

/// SARIF 2.1.0 as code-scanning dashboards accept it: one run, the rules as
/// `tool.driver.rules` (descriptions without placeholders, legal basis, examples), one result per
/// finding with a region in Unicode code points, the snippet as the file has it, a stable
/// `partialFingerprints` entry, and artifact URIs relative to `originalUriBaseIds.SRCROOT`.
public enum CheckSARIFReporter: CheckReporter {
    /// `sarif`.
    public static let identifier = "sarif"

    /// The `uriBaseId` of files under the checked folder.
    static let baseID = "SRCROOT"
    /// The key of the fingerprint in `partialFingerprints`.
    static let fingerprintKey = "evidentFindingHash/v1"

    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var originalUriBaseIds: [String: BaseLocation]?
        var columnKind = "unicodeCodePoints"
        var results: ResultList
    }

    /// A run's results: the list, or a marker that ``write(_:toolVersion:to:)`` replaces with
    /// the results written one by one.
    enum ResultList: Encodable {
        case list([Result])
        case marker

        /// The marker's text.
        static let markerText = "@@evident-sarif-results@@"

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .list(let results): try container.encode(results)
            case .marker: try container.encode(Self.markerText)
            }
        }
    }

    struct BaseLocation: Encodable {
        var uri: String
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var rules: [RuleMetadata]
    }

    struct Text: Encodable {
        var text: String
    }

    struct Help: Encodable {
        var text: String
        var markdown: String
    }

    struct RuleMetadata: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Help
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct RuleProperties: Encodable {
        var category: String
        var market: String
        var legalBasis: String
        var origin: String
        var tags: [String]
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Text
        var locations: [Location]
        var partialFingerprints: [String: String]
        var properties: ResultProperties
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
        var snippet: Text?
    }

    struct ResultProperties: Encodable {
        var category: String
        var claimId: String?
        var verdict: String?
        var certainty: String?
    }

    /// SARIF level for a severity.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// The SARIF log.
    public static func render(_ report: CheckReport, toolVersion: String) throws -> String {
        var out = ""
        try write(report, toolVersion: toolVersion, to: &out)
        return out
    }

    /// ``render(_:toolVersion:)`` in pieces: the log around the results is encoded once with
    /// a marker in their place, and the results are written one by one at their depth in the
    /// same layout (``write(_:to:)``), so that the output is byte for byte the log encoded
    /// whole.
    public static func write(
        _ report: CheckReport, toolVersion: String, to output: inout some TextOutputStream
    ) throws {
        var indices: [String: Int] = [:]
        for (index, rule) in report.rules.enumerated() { indices[rule.id] = index }
        let rules = report.rules.map { rule in
            RuleMetadata(
                id: rule.id, name: ruleName(rule.id),
                shortDescription: Text(text: rule.description),
                fullDescription: Text(text: "\(rule.description). Legal basis: \(rule.legalBasis)"),
                help: Help(text: help(rule), markdown: helpMarkdown(rule)),
                defaultConfiguration: Configuration(level: level(rule.severity)),
                properties: RuleProperties(
                    category: rule.category.rawValue, market: rule.market,
                    legalBasis: rule.legalBasis, origin: rule.origin,
                    tags: [rule.category.rawValue, rule.market]))
        }
        let root = report.root.map(SARIFPath.directory)
        func log(_ results: ResultList) -> Log {
            Log(
                runs: [
                    Run(
                        tool: Tool(
                            driver: Driver(name: "evident", version: toolVersion, rules: rules)),
                        originalUriBaseIds: root.map { [baseID: BaseLocation(uri: $0.uri)] },
                        results: results)
                ])
        }
        guard report.files.contains(where: { !$0.findings.isEmpty }) else {
            output.write(try JSONReporter.encode(log(.list([]))))
            return
        }
        let skeleton = try JSONReporter.encode(log(.marker))
        guard let marker = skeleton.range(of: "\"\(ResultList.markerText)\"") else {
            throw ReportError.cannotEncode(reason: "the results' place was not found")
        }
        output.write(String(skeleton[..<marker.lowerBound]) + "[")
        // The results are elements of `runs[0].results`, four levels deep.
        var json = JSONWriter(
            elementsAtDepth: 4, afterOthers: false, capacity: CheckReporterOutput.pieceBytes + 4_096
        )
        for file in report.files {
            let artifact = artifactLocation(file.path, root: root)
            var occurrences: [String: Int] = [:]
            let scalarLines = file.lines.mapValues { Array($0.unicodeScalars) }
            for finding in file.findings {
                let snippet = SARIFPath.snippet(finding, scalarLines: scalarLines)
                let key = [finding.rule, artifact.uri, SARIFPath.collapsed(finding.text)]
                    .joined(separator: "\u{0}")
                let occurrence = occurrences[key, default: 0]
                occurrences[key] = occurrence + 1
                let result = Result(
                    ruleId: finding.rule, ruleIndex: indices[finding.rule],
                    level: level(finding.severity), message: Text(text: finding.message),
                    locations: [
                        Location(
                            physicalLocation: PhysicalLocation(
                                artifactLocation: artifact,
                                region: Region(
                                    startLine: finding.line, startColumn: finding.column,
                                    endLine: finding.endLine, endColumn: finding.endColumn + 1,
                                    snippet: snippet.map(Text.init))))
                    ],
                    partialFingerprints: [
                        fingerprintKey: SARIFPath.fingerprint(key + "\u{0}\(occurrence)")
                    ],
                    properties: ResultProperties(
                        category: finding.category.rawValue,
                        claimId: finding.claimID?.rawValue, verdict: finding.verdict?.rawValue,
                        certainty: finding.certainty?.rawValue))
                write(result, to: &json)
                if json.bytes.count >= CheckReporterOutput.pieceBytes {
                    CheckReporterOutput.hand(json.bytes, to: &output)
                    json.removeAllBytes()
                }
            }
        }
        output.write(
            String(decoding: json.bytes, as: UTF8.self) + "\n      ]"
                + skeleton[marker.upperBound...])
    }

    /// A result as `JSONEncoder` writes it (`.prettyPrinted, .sortedKeys,
    /// .withoutEscapingSlashes`, absent values left out), in one pass.
    static func write(_ result: Result, to json: inout JSONWriter) {
        json.beginObject()
        json.key(fixed: "level")
        json.value(result.level)
        json.key(fixed: "locations")
        json.beginArray()
        for location in result.locations {
            let physical = location.physicalLocation
            json.beginObject()
            json.key(fixed: "physicalLocation")
            json.beginObject()
            json.key(fixed: "artifactLocation")
            json.beginObject()
            json.key(fixed: "uri")
            json.value(physical.artifactLocation.uri)
            json.entryIfPresent("uriBaseId", physical.artifactLocation.uriBaseId)
            json.endObject()
            json.key(fixed: "region")
            json.beginObject()
            json.key(fixed: "endColumn")
            json.value(physical.region.endColumn)
            json.key(fixed: "endLine")
            json.value(physical.region.endLine)
            if let snippet = physical.region.snippet {
                json.key(fixed: "snippet")
                write(snippet, to: &json)
            }
            json.key(fixed: "startColumn")
            json.value(physical.region.startColumn)
            json.key(fixed: "startLine")
            json.value(physical.region.startLine)
            json.endObject()
            json.endObject()
            json.endObject()
        }
        json.endArray()
        json.key(fixed: "message")
        write(result.message, to: &json)
        json.key(fixed: "partialFingerprints")
        json.beginObject()
        for (name, value) in result.partialFingerprints.sorted(by: { $0.key < $1.key }) {
            json.key(name)
            json.value(value)
        }
        json.endObject()
        json.key(fixed: "properties")
        json.beginObject()
        json.key(fixed: "category")
        json.value(result.properties.category)
        json.entryIfPresent("certainty", result.properties.certainty)
        json.entryIfPresent("claimId", result.properties.claimId)
        json.entryIfPresent("verdict", result.properties.verdict)
        json.endObject()
        json.key(fixed: "ruleId")
        json.value(result.ruleId)
        if let index = result.ruleIndex {
            json.key(fixed: "ruleIndex")
            json.value(index)
        }
        json.endObject()
    }

    /// `{"text" : …}`, a message or a snippet.
    static func write(_ text: Text, to json: inout JSONWriter) {
        json.beginObject()
        json.key(fixed: "text")
        json.value(text.text)
        json.endObject()
    }

    /// Where a checked file is: relative to `SRCROOT` when it lies under the root (or is given
    /// relative), else an absolute `file://` URI; standard input is `stdin`.
    static func artifactLocation(_ path: String, root: SARIFPath.Directory?) -> ArtifactLocation {
        if path == "-" { return ArtifactLocation(uri: "stdin", uriBaseId: nil) }
        let normalised = SARIFPath.normalise(path)
        if normalised.hasPrefix("/") {
            if let root, normalised.hasPrefix(root.path) {
                let relative = String(normalised.dropFirst(root.path.count))
                return ArtifactLocation(uri: SARIFPath.escape(relative), uriBaseId: baseID)
            }
            return ArtifactLocation(uri: "file://" + SARIFPath.escape(normalised), uriBaseId: nil)
        }
        if normalised.hasPrefix("../") || root == nil {
            // Outside the root, or no root known: resolved against the root when there is one.
            guard let root else {
                return ArtifactLocation(uri: SARIFPath.escape(normalised), uriBaseId: nil)
            }
            let absolute = SARIFPath.normalise(root.path + normalised)
            return ArtifactLocation(uri: "file://" + SARIFPath.escape(absolute), uriBaseId: nil)
        }
        return ArtifactLocation(uri: SARIFPath.escape(normalised), uriBaseId: baseID)
    }

    /// `disease-claim` → `DiseaseClaim`.
    static func ruleName(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func help(_ rule: RuleDescription) -> String {
        var lines = [rule.description, "Legal basis: \(rule.legalBasis)"]
        if !rule.failExamples.isEmpty {
            lines.append(
                "Flagged: " + rule.failExamples.map { "\"\($0)\"" }.joined(separator: "; "))
        }
        if !rule.passExamples.isEmpty {
            lines.append(
                "Accepted: " + rule.passExamples.map { "\"\($0)\"" }.joined(separator: "; "))
        }
        return lines.joined(separator: "\n")
    }

    static func helpMarkdown(_ rule: RuleDescription) -> String {
        var out = "\(SARIFPath.markdownEscaped(rule.description))\n\n"
        out += "**Legal basis:** \(SARIFPath.markdownEscaped(rule.legalBasis))\n"
        if !rule.failExamples.isEmpty {
            out += "\n**Flagged:**\n\n"
            for example in rule.failExamples { out += "- \(SARIFPath.markdownEscaped(example))\n" }
        }
        if !rule.passExamples.isEmpty {
            out += "\n**Accepted:**\n\n"
            for example in rule.passExamples { out += "- \(SARIFPath.markdownEscaped(example))\n" }
        }
        return out
    }
}
