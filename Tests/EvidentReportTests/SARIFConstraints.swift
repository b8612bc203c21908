import Foundation

/// The parts of the SARIF 2.1.0 JSON schema (and of GitHub code scanning's upload checks) that
/// the check reporter's output touches, as checks: required properties, enumerations, minimum
/// values, the property names each object may have, `uriBaseId`s that resolve, URI references
/// and texts without unfilled `{placeholders}`.
enum SARIFConstraints {
    static let known: [String: Set<String>] = [
        "log": ["$schema", "version", "runs"],
        "run": ["tool", "results", "originalUriBaseIds", "columnKind"],
        "tool": ["driver"],
        "driver": ["name", "version", "rules", "semanticVersion", "informationUri"],
        "rule": [
            "id", "name", "shortDescription", "fullDescription", "help", "defaultConfiguration",
            "properties",
        ],
        "result": [
            "ruleId", "ruleIndex", "level", "message", "locations", "partialFingerprints",
            "properties",
        ],
        "physicalLocation": ["artifactLocation", "region"],
        "artifactLocation": ["uri", "uriBaseId"],
        "region": ["startLine", "startColumn", "endLine", "endColumn", "snippet"],
    ]

    /// Every violation, as `path: problem`.
    static func violations(_ log: [String: Any]) -> [String] {
        var out: [String] = []
        func keys(_ object: [String: Any], _ kind: String, _ path: String) {
            for key in object.keys.sorted() where !(known[kind]?.contains(key) ?? true) {
                out.append("\(path): unknown property '\(key)'")
            }
        }
        func text(_ value: Any?, _ path: String, template: Bool = false) {
            guard let object = value as? [String: Any], let text = object["text"] as? String,
                !text.isEmpty
            else { return out.append("\(path): no text") }
            if template, let open = text.firstIndex(of: "{"), text[open...].contains("}") {
                out.append("\(path).text: unfilled placeholder in '\(text)'")
            }
        }
        keys(log, "log", "log")
        if log["version"] as? String != "2.1.0" { out.append("log: version is not '2.1.0'") }
        guard let runs = log["runs"] as? [[String: Any]] else { return out + ["log: no runs"] }
        for (r, run) in runs.enumerated() {
            let path = "runs[\(r)]"
            keys(run, "run", path)
            let bases = run["originalUriBaseIds"] as? [String: [String: Any]] ?? [:]
            for (name, base) in bases.sorted(by: { $0.key < $1.key }) {
                let uri = base["uri"] as? String ?? ""
                if !uri.hasPrefix("file:///") || !uri.hasSuffix("/") {
                    out.append(
                        "\(path).originalUriBaseIds.\(name): '\(uri)' is not an absolute folder URI"
                    )
                }
            }
            if let kind = run["columnKind"] as? String,
                !["utf16CodeUnits", "unicodeCodePoints"].contains(kind)
            {
                out.append("\(path): columnKind '\(kind)' is not valid")
            }
            guard let tool = run["tool"] as? [String: Any],
                let driver = tool["driver"] as? [String: Any], driver["name"] is String
            else {
                out.append("\(path): no tool.driver.name")
                continue
            }
            keys(tool, "tool", "\(path).tool")
            keys(driver, "driver", "\(path).tool.driver")
            let rules = driver["rules"] as? [[String: Any]] ?? []
            for (i, rule) in rules.enumerated() {
                let rulePath = "\(path).tool.driver.rules[\(i)]"
                keys(rule, "rule", rulePath)
                if !(rule["id"] is String) { out.append("\(rulePath): no id") }
                for key in ["shortDescription", "fullDescription", "help"] where rule[key] != nil {
                    text(rule[key], "\(rulePath).\(key)", template: true)
                }
            }
            for (i, result) in (run["results"] as? [[String: Any]] ?? []).enumerated() {
                let resultPath = "\(path).results[\(i)]"
                keys(result, "result", resultPath)
                text(result["message"], "\(resultPath).message")
                let level = result["level"] as? String ?? "warning"
                if !["none", "note", "warning", "error"].contains(level) {
                    out.append(
                        "\(resultPath): level '\(level)' is not one of none, note, warning, error")
                }
                if let index = result["ruleIndex"] as? Int {
                    if index < 0 || index >= rules.count {
                        out.append("\(resultPath): ruleIndex \(index) is out of range")
                    } else if rules[index]["id"] as? String != result["ruleId"] as? String {
                        out.append(
                            "\(resultPath): ruleIndex \(index) is not rule '\(result["ruleId"] ?? "")'"
                        )
                    }
                }
                for (l, location) in (result["locations"] as? [[String: Any]] ?? []).enumerated() {
                    let locationPath = "\(resultPath).locations[\(l)].physicalLocation"
                    guard let physical = location["physicalLocation"] as? [String: Any] else {
                        out.append("\(locationPath): missing")
                        continue
                    }
                    keys(physical, "physicalLocation", locationPath)
                    if let artifact = physical["artifactLocation"] as? [String: Any] {
                        keys(artifact, "artifactLocation", "\(locationPath).artifactLocation")
                        if let base = artifact["uriBaseId"] as? String, bases[base] == nil {
                            out.append(
                                "\(locationPath).artifactLocation: uriBaseId '\(base)' is not in originalUriBaseIds"
                            )
                        }
                        let uri = artifact["uri"] as? String ?? ""
                        if !isURIReference(uri) {
                            out.append(
                                "\(locationPath).artifactLocation: uri '\(uri)' is not a URI reference"
                            )
                        }
                        if artifact["uriBaseId"] != nil, uri.hasPrefix("/") || uri.contains("://") {
                            out.append(
                                "\(locationPath).artifactLocation: uri '\(uri)' is not relative to its base"
                            )
                        }
                        if uri.split(separator: "/").contains(where: { $0 == "." || $0 == ".." }) {
                            out.append(
                                "\(locationPath).artifactLocation: uri '\(uri)' is not normalised")
                        }
                    }
                    if let region = physical["region"] as? [String: Any] {
                        keys(region, "region", "\(locationPath).region")
                        for key in ["startLine", "startColumn", "endLine", "endColumn"] {
                            if let value = region[key] as? Int, value < 1 {
                                out.append("\(locationPath).region: \(key) \(value) is below 1")
                            }
                        }
                        if let start = region["startLine"] as? Int,
                            let end = region["endLine"] as? Int, end < start
                        {
                            out.append("\(locationPath).region: endLine is before startLine")
                        }
                        if let snippet = region["snippet"] {
                            text(snippet, "\(locationPath).region.snippet")
                        }
                    }
                }
                let fingerprints = result["partialFingerprints"] as? [String: String] ?? [:]
                if fingerprints.isEmpty { out.append("\(resultPath): no partialFingerprints") }
            }
        }
        return out
    }

    /// RFC 3986 URI reference characters only (percent-escapes allowed).
    static func isURIReference(_ uri: String) -> Bool {
        let allowed = Set(
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?#%")
        return !uri.isEmpty && uri.allSatisfy { allowed.contains($0) }
    }
}
