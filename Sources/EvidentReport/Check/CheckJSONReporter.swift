import EvidentModel

/// `{files: [{path, findings: [{line, column, end_line, end_column, severity, rule, category,
/// message, text, claim_id, verdict, certainty, matched}]}]}`, keys sorted, absent values
/// `null` (`matched`: the concepts the copy and the claim share, why the claim matched).
public enum CheckJSONReporter: CheckReporter {
    /// `json`.
    public static let identifier = "json"

    /// The JSON document, pretty-printed with sorted keys (the layout `JSONEncoder` produces
    /// with `.sortedKeys, .prettyPrinted`, written in one pass by ``JSONWriter`` because reports
    /// can hold tens of thousands of findings).
    public static func render(_ report: CheckReport, toolVersion: String) -> String {
        var out = ""
        write(report, toolVersion: toolVersion, to: &out)
        return out
    }

    /// ``render(_:toolVersion:)`` in pieces.
    public static func write(
        _ report: CheckReport, toolVersion: String, to output: inout some TextOutputStream
    ) {
        var json = JSONWriter(capacity: CheckReporterOutput.pieceBytes + 4_096)
        var finding = FindingBytes()
        defer { finding.deallocate() }
        json.beginObject()
        json.key(fixed: "files")
        json.beginArray()
        for file in report.files {
            json.beginObject()
            json.key(fixed: "findings")
            json.beginArray()
            for (index, f) in file.findings.enumerated() {
                json.appendElements(finding.write(f, afterOthers: index > 0))
                if json.bytes.count >= CheckReporterOutput.pieceBytes {
                    CheckReporterOutput.hand(json.bytes, to: &output)
                    json.removeAllBytes()
                }
            }
            json.endArray()
            json.key(fixed: "path")
            json.value(file.path)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.endLine()
        CheckReporterOutput.hand(json.bytes, to: &output)
    }
}

/// A finding as an element of a report's `findings` array, laid out as ``JSONWriter`` lays it
/// out there (pretty, keys sorted, at the array's fixed depth: the object at 8 spaces, its keys
/// at 10, `matched`'s texts at 12), written straight into one buffer kept from finding to
/// finding: a report holds tens of thousands of findings, and writing each key and value
/// through the writer cost about 11,000 instructions a finding (`CheckJSONReporterTests` pin
/// the bytes against the writer's).
struct FindingBytes {
    private var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 4_096)
    private var capacity = 4_096

    mutating func deallocate() {
        buffer.deallocate()
    }

    /// The bytes of `f` (a comma first when `afterOthers`), valid until the next write.
    mutating func write(_ f: Finding, afterOthers: Bool) -> UnsafeBufferPointer<UInt8> {
        let category = f.category.rawValue
        let severity = f.severity.rawValue
        let certainty = f.certainty?.rawValue
        let claim = f.claimID?.rawValue
        let verdict = f.verdict?.rawValue
        // The keys and the layout take under 400 bytes; the values at most their bounds.
        var bound = 512 + 4 * JSONWriter.integerBound
        bound += JSONWriter.quotedBound(category) + JSONWriter.quotedBound(severity)
        bound += JSONWriter.quotedBound(f.message) + JSONWriter.quotedBound(f.rule)
        bound += JSONWriter.quotedBound(f.text)
        bound += certainty.map(JSONWriter.quotedBound) ?? 4
        bound += claim.map(JSONWriter.quotedBound) ?? 4
        bound += verdict.map(JSONWriter.quotedBound) ?? 4
        for text in f.matched ?? [] { bound += 16 + JSONWriter.quotedBound(text) }
        if bound > capacity {
            buffer.deallocate()
            capacity = max(bound, 2 * capacity)
            buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        }
        var out = Cursor(at: buffer)
        if afterOthers { out.put(",") }
        out.put("\n        {\n          \"category\" : ")
        out.quoted(category)
        out.put(",\n          \"certainty\" : ")
        out.quoted(certainty)
        out.put(",\n          \"claim_id\" : ")
        out.quoted(claim)
        out.put(",\n          \"column\" : ")
        out.integer(f.column)
        out.put(",\n          \"end_column\" : ")
        out.integer(f.endColumn)
        out.put(",\n          \"end_line\" : ")
        out.integer(f.endLine)
        out.put(",\n          \"line\" : ")
        out.integer(f.line)
        out.put(",\n          \"matched\" : ")
        if let matched = f.matched {
            if matched.isEmpty {
                out.put("[\n\n          ]")
            } else {
                out.put("[")
                for (index, text) in matched.enumerated() {
                    if index > 0 { out.put(",") }
                    out.put("\n            ")
                    out.quoted(text)
                }
                out.put("\n          ]")
            }
        } else {
            out.put("null")
        }
        out.put(",\n          \"message\" : ")
        out.quoted(f.message)
        out.put(",\n          \"rule\" : ")
        out.quoted(f.rule)
        out.put(",\n          \"severity\" : ")
        out.quoted(severity)
        out.put(",\n          \"text\" : ")
        out.quoted(f.text)
        out.put(",\n          \"verdict\" : ")
        out.quoted(verdict)
        out.put("\n        }")
        return UnsafeBufferPointer(start: buffer, count: out.position - buffer)
    }

    /// Where the next byte goes (a value, not captured by closures: a captured variable's
    /// every access is checked at run time).
    private struct Cursor {
        var position: UnsafeMutablePointer<UInt8>

        init(at start: UnsafeMutablePointer<UInt8>) {
            position = start
        }

        mutating func put(_ fixed: StaticString) {
            let start = position
            position += fixed.withUTF8Buffer { bytes in
                guard let base = bytes.baseAddress else { return 0 }
                start.update(from: base, count: bytes.count)
                return bytes.count
            }
        }

        mutating func quoted(_ text: String?) {
            guard let text else { return put("null") }
            position += JSONWriter.writeQuoted(text, to: position)
        }

        mutating func integer(_ number: Int) {
            position += JSONWriter.writeInteger(number, to: position)
        }
    }
}
