/// Writes JSON straight into UTF-8 bytes in exactly the layout of `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (two-space indentation,
/// `"key" : value`, empty containers as `[\n\n]`, only `"`, `\` and control characters
/// escaped), without building an intermediate tree: the report of a large knowledge base is
/// rendered in one pass. Callers write an object's keys in sorted order.
struct JSONWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the current container has an element yet.
    private var hasElement: [Bool] = []

    /// Creates an empty writer, reserving `capacity` bytes.
    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// A writer for a run of elements of an array at `depth` (the depth of the elements),
    /// to be spliced into another writer with ``appendElements(_:)``; `afterOthers` when
    /// elements precede the run (it then starts with a comma).
    init(elementsAtDepth depth: Int, afterOthers: Bool, capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
        self.depth = depth
        hasElement = [afterOthers]
    }

    /// Splices in elements written at this writer's depth by a writer made with
    /// ``init(elementsAtDepth:afterOthers:capacity:)``.
    mutating func appendElements(_ elements: [UInt8]) {
        guard !elements.isEmpty else { return }
        bytes.append(contentsOf: elements)
        if !hasElement.isEmpty { hasElement[hasElement.count - 1] = true }
    }

    /// The current depth.
    var currentDepth: Int { depth }

    /// Opens an object (as a value: after a key, as an array element, or at the top).
    mutating func beginObject() { open(UInt8(ascii: "{")) }

    /// Closes the current object.
    mutating func endObject() { close(UInt8(ascii: "}")) }

    /// Opens an array.
    mutating func beginArray() { open(UInt8(ascii: "[")) }

    /// Closes the current array.
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes a key of the current object; its value comes next.
    mutating func key(_ name: String) {
        separate()
        string(name)
        bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
        pendingValue = true
    }

    /// Whether a key was just written (its value follows on the same line).
    private var pendingValue = false

    /// Writes a string value.
    mutating func value(_ text: String) {
        beginValue()
        string(text)
    }

    /// Writes an optional string value (`null` when absent).
    mutating func value(_ text: String?) {
        guard let text else {
            beginValue()
            bytes.append(contentsOf: Array("null".utf8))
            return
        }
        value(text)
    }

    /// Writes an integer value.
    mutating func value(_ number: Int) {
        beginValue()
        bytes.append(contentsOf: Array(String(number).utf8))
    }

    /// Writes a Boolean value.
    mutating func value(_ flag: Bool) {
        beginValue()
        bytes.append(contentsOf: flag ? Array("true".utf8) : Array("false".utf8))
    }

    /// Writes an array of strings.
    mutating func value(_ texts: [String]) {
        beginArray()
        for text in texts { value(text) }
        endArray()
    }

    /// Writes `"name" : text` unless `text` is `nil` (as a synthesised `encodeIfPresent`).
    mutating func entryIfPresent(_ name: String, _ text: String?) {
        guard let text else { return }
        key(name)
        value(text)
    }

    private mutating func open(_ bracket: UInt8) {
        beginValue()
        bytes.append(bracket)
        depth += 1
        hasElement.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        let empty = !(hasElement.popLast() ?? false)
        depth -= 1
        bytes.append(0x0A)
        if empty { bytes.append(0x0A) }
        indent()
        bytes.append(bracket)
    }

    /// Starts a value: right after its key, or as the next element of the current container.
    private mutating func beginValue() {
        if pendingValue {
            pendingValue = false
        } else {
            separate()
        }
    }

    /// A comma after the previous element, a new line and the indentation.
    private mutating func separate() {
        guard !hasElement.isEmpty else { return }
        if hasElement[hasElement.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasElement[hasElement.count - 1] = true
        bytes.append(0x0A)
        indent()
    }

    private mutating func indent() {
        for _ in 0..<(depth * 2) { bytes.append(0x20) }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var run = 0
            for (index, byte) in utf8.enumerated()
            where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
                escape(byte)
                run = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, byte])
        case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
        case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        default:
            bytes.append(contentsOf: [
                0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0x0F)],
            ])
        }
    }
}
