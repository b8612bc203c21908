import EvidentModel

/// SARIF 2.1.0: one run, the rules as `tool.driver.rules` with their legal basis and examples,
/// one result per finding with its region and claim properties.
public enum CheckSARIFReporter: CheckReporter {
    /// `sarif`.
    public static let identifier = "sarif"

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
        var results: [Result]
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

    struct RuleMetadata: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Text
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
        var tags: [String]
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Text
        var locations: [Location]
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
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
        var snippet: Text
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
    public static func render(_ report: CheckReport, toolVersion: String) -> String {
        var indices: [String: Int] = [:]
        for (index, rule) in report.rules.enumerated() { indices[rule.id] = index }
        let rules = report.rules.map { rule in
            RuleMetadata(
                id: rule.id, name: ruleName(rule.id),
                shortDescription: Text(text: rule.message),
                fullDescription: Text(text: "Legal basis: \(rule.legalBasis)"),
                help: Text(text: help(rule)),
                defaultConfiguration: Configuration(level: level(rule.severity)),
                properties: RuleProperties(
                    category: rule.category.rawValue, market: rule.market,
                    legalBasis: rule.legalBasis, tags: [rule.category.rawValue, rule.market]))
        }
        let results = report.files.flatMap { file in
            file.findings.map { finding in
                Result(
                    ruleId: finding.rule, ruleIndex: indices[finding.rule],
                    level: level(finding.severity), message: Text(text: finding.message),
                    locations: [
                        Location(
                            physicalLocation: PhysicalLocation(
                                artifactLocation: ArtifactLocation(uri: uri(finding.path)),
                                region: Region(
                                    startLine: finding.line, startColumn: finding.column,
                                    endLine: finding.endLine, endColumn: finding.endColumn + 1,
                                    snippet: Text(text: finding.text))))
                    ],
                    properties: ResultProperties(
                        category: finding.category.rawValue,
                        claimId: finding.claimID?.rawValue, verdict: finding.verdict?.rawValue,
                        certainty: finding.certainty?.rawValue))
            }
        }
        let log = Log(
            runs: [
                Run(
                    tool: Tool(
                        driver: Driver(
                            name: "evident", version: toolVersion, rules: rules)),
                    results: results)
            ])
        return CheckEncoding.json(log)
    }

    /// `disease-claim` → `DiseaseClaim`.
    static func ruleName(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func help(_ rule: RuleDescription) -> String {
        var lines = [rule.message, "Legal basis: \(rule.legalBasis)"]
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

    /// A path as a URI reference (spaces, `%`, `#`, `?` escaped): relative paths stay
    /// relative, absolute ones become `file://` URIs, `-` is `stdin`.
    static func uri(_ path: String) -> String {
        if path == "-" { return "stdin" }
        var out = path.hasPrefix("/") ? "file://" : ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case " ": out += "%20"
            case "%": out += "%25"
            case "#": out += "%23"
            case "?": out += "%3F"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
