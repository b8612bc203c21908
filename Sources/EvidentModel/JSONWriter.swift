/// The one JSON writing core of Evident: writes JSON text straight into UTF-8 bytes, in one pass,
/// without building a tree (pure formatting, no I/O). `refs parse --format jsonl` and every JSON
/// reporter write through it, so escaping and layout are decided here once.
///
/// Layouts:
/// - ``Layout/pretty``: exactly what `JSONEncoder` writes with
///   `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two-space indentation,
///   `"key" : value`, empty containers as `[\n\n]`. Callers write an object's keys in sorted
///   order.
/// - ``Layout/compact``: no white space at all (`{"key":value}`); one record per line with
///   ``endLine()`` gives JSON Lines.
///
/// Strings: `"` and `\` are escaped, control characters (below U+0020) as `\b \f \n \r \t` or
/// `\u00XX`; everything else, `/` and non-ASCII included, is written as it is (valid UTF-8 in,
/// valid UTF-8 out).
public struct JSONWriter: Sendable {
    /// Where white space goes.
    public enum Layout: Sendable {
        /// `JSONEncoder`'s `.prettyPrinted` layout.
        case pretty
        /// No white space.
        case compact
    }

    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    /// The layout.
    public let layout: Layout
    private var depth = 0
    /// Whether each open container has an element yet (innermost last).
    private var hasElement: [Bool] = []
    /// Whether a key was just written (its value follows).
    private var pendingValue = false

    /// Creates an empty writer, reserving `capacity` bytes.
    public init(layout: Layout = .pretty, capacity: Int = 0) {
        self.layout = layout
        bytes.reserveCapacity(capacity)
        hasElement.reserveCapacity(16)
    }

    /// A writer for a run of elements of an array at `depth` (the depth of the elements),
    /// to be spliced into another writer with ``appendElements(_:)``; `afterOthers` when
    /// elements precede the run (it then starts with a comma).
    public init(
        elementsAtDepth depth: Int, afterOthers: Bool, layout: Layout = .pretty, capacity: Int = 0
    ) {
        self.init(layout: layout, capacity: capacity)
        self.depth = depth
        hasElement = [afterOthers]
    }

    /// Splices in elements written at this writer's depth by a writer made with
    /// ``init(elementsAtDepth:afterOthers:layout:capacity:)``.
    public mutating func appendElements(_ elements: [UInt8]) {
        guard !elements.isEmpty else { return }
        bytes.append(contentsOf: elements)
        if !hasElement.isEmpty { hasElement[hasElement.count - 1] = true }
    }

    /// ``appendElements(_:)`` for bytes held elsewhere (a reporter's own buffer).
    public mutating func appendElements(_ elements: UnsafeBufferPointer<UInt8>) {
        guard !elements.isEmpty else { return }
        bytes.append(contentsOf: elements)
        if !hasElement.isEmpty { hasElement[hasElement.count - 1] = true }
    }

    /// Reserves room for `capacity` bytes in all.
    public mutating func reserveCapacity(_ capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Starts a new run of elements in a writer made with
    /// ``init(elementsAtDepth:afterOthers:layout:capacity:)`` whose previous run is complete
    /// (handed on): forgets its bytes, keeping the storage, as if made again with
    /// `afterOthers`.
    public mutating func restartElements(afterOthers: Bool) {
        bytes.removeAll(keepingCapacity: true)
        hasElement.removeAll(keepingCapacity: true)
        hasElement.append(afterOthers)
        pendingValue = false
    }

    /// Records that elements of the current array were written elsewhere (runs from
    /// ``init(elementsAtDepth:afterOthers:layout:capacity:)`` handed straight to the output
    /// instead of through ``appendElements(_:)``), so the array's end is written as after
    /// elements.
    public mutating func noteElementsWrittenElsewhere() {
        if !hasElement.isEmpty { hasElement[hasElement.count - 1] = true }
    }

    /// The current depth (open containers).
    public var currentDepth: Int { depth }

    /// Forgets the bytes written (keeping the storage), e.g. after handing them to a file.
    public mutating func removeAllBytes() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// Ends a top-level value with a line break (JSON Lines).
    public mutating func endLine() {
        bytes.append(0x0A)
    }

    // MARK: - Containers

    /// Opens an object (as a value: after a key, as an array element, or at the top).
    public mutating func beginObject() { open(UInt8(ascii: "{")) }

    /// Closes the current object.
    public mutating func endObject() { close(UInt8(ascii: "}")) }

    /// Opens an array.
    public mutating func beginArray() { open(UInt8(ascii: "[")) }

    /// Closes the current array.
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes a key of the current object; its value comes next.
    public mutating func key(_ name: String) {
        separate()
        string(name)
        switch layout {
        case .pretty: append(" : ")
        case .compact: bytes.append(UInt8(ascii: ":"))
        }
        pendingValue = true
    }

    /// ``key(_:)`` for a key fixed in the program: ASCII with nothing to escape (checked in
    /// debug builds), so its bytes are copied as they are, without a scan.
    public mutating func key(fixed name: StaticString) {
        name.withUTF8Buffer { utf8 in
            assert(utf8.allSatisfy { $0 >= 0x20 && $0 < 0x80 && $0 != 0x22 && $0 != 0x5C })
            // The separator, the quoted name and the colon in one append (a report has a
            // dozen keys per finding).
            let pretty = layout == .pretty
            appendSeparated(room: utf8.count + 5) { buffer in
                var count = 0
                buffer[count] = UInt8(ascii: "\"")
                count += 1
                count += UnsafeMutableBufferPointer(rebasing: buffer[count...])
                    .initialize(fromContentsOf: utf8)
                buffer[count] = UInt8(ascii: "\"")
                count += 1
                if pretty {
                    buffer[count] = UInt8(ascii: " ")
                    buffer[count + 1] = UInt8(ascii: ":")
                    buffer[count + 2] = UInt8(ascii: " ")
                    count += 3
                } else {
                    buffer[count] = UInt8(ascii: ":")
                    count += 1
                }
                return count
            }
        }
        pendingValue = true
    }

    // MARK: - Values

    /// Writes a string value.
    public mutating func value(_ text: String) {
        if pendingValue {
            pendingValue = false
            string(text)
        } else {
            appendSeparated(room: 1) { buffer in
                buffer[0] = UInt8(ascii: "\"")
                return 1
            }
            unquoted(text)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// Writes a reference key as its written form (``ReferenceKey/description``), without
    /// making that string first.
    public mutating func value(_ key: ReferenceKey) {
        beginValue()
        bytes.append(UInt8(ascii: "\""))
        switch key.scheme {
        case .pmid: append("pmid:")
        case .doi: append("doi:")
        case .local: break
        }
        unquoted(key.value)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes an optional string value (`null` when absent).
    public mutating func value(_ text: String?) {
        guard let text else { return null() }
        value(text)
    }

    /// Writes an integer value.
    public mutating func value(_ number: Int) {
        beginValue()
        integer(number)
    }

    /// Writes an optional integer value (`null` when absent).
    public mutating func value(_ number: Int?) {
        guard let number else { return null() }
        value(number)
    }

    /// Writes a Boolean value.
    public mutating func value(_ flag: Bool) {
        beginValue()
        if flag { append("true") } else { append("false") }
    }

    /// Writes an array of strings.
    public mutating func value(_ texts: [String]) {
        beginArray()
        for text in texts { value(text) }
        endArray()
    }

    /// Writes `null`.
    public mutating func null() {
        beginValue()
        append("null")
    }

    /// Writes `"name" : text` unless `text` is `nil` (as a synthesised `encodeIfPresent`).
    public mutating func entryIfPresent(_ name: String, _ text: String?) {
        guard let text else { return }
        key(name)
        value(text)
    }

    /// ``entryIfPresent(_:_:)`` with a key fixed in the program (see ``key(fixed:)``).
    public mutating func entryIfPresent(fixed name: StaticString, _ text: String?) {
        guard let text else { return }
        key(fixed: name)
        value(text)
    }

    /// Writes a PMID as the string of its digits (``PMID/description``), without making that
    /// string first.
    public mutating func value(_ pmid: PMID) {
        beginValue()
        bytes.append(UInt8(ascii: "\""))
        if let number = Int(exactly: pmid.value) {
            integer(number)
        } else {
            unquoted(pmid.description)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `text` as a JSON string literal, quotes included.
    public static func quoted(_ text: String) -> String {
        var writer = JSONWriter(layout: .compact, capacity: text.utf8.count + 2)
        writer.string(text)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    // MARK: - Raw writing

    /// The most bytes ``writeQuoted(_:to:)`` writes for `text` (every byte escaped as
    /// `\u00XX`, and the quotes).
    public static func quotedBound(_ text: String) -> Int { 6 * text.utf8.count + 2 }

    /// The most bytes ``writeInteger(_:to:)`` writes.
    public static let integerBound = 20

    /// Writes `text` as a JSON string literal, quotes included (the bytes ``value(_:)`` writes
    /// for it), at `out`, which has room for ``quotedBound(_:)`` bytes; returns how many were
    /// written. For writers of many records of a fixed shape (a check report's findings),
    /// which lay out the rest of each record themselves.
    public static func writeQuoted(_ text: String, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var text = text
        return text.withUTF8 { quoted($0, to: out) }
    }

    /// ``writeQuoted(_:to:)`` of UTF-8 bytes (no closure or nested function captures the
    /// counts: each access to a captured variable is checked at run time).
    private static func quoted(
        _ utf8: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>
    ) -> Int {
        out[0] = UInt8(ascii: "\"")
        var count = 1
        guard let base = utf8.baseAddress else {
            out[1] = UInt8(ascii: "\"")
            return 2
        }
        let length = utf8.count
        var run = 0
        var index = 0
        while index < length {
            // Eight bytes at a time while none of them needs escaping.
            if length - index >= 8,
                !needsEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            {
                index += 8
                continue
            }
            let byte = base[index]
            index += 1
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
            else { continue }
            (out + count).update(from: base + run, count: index - 1 - run)
            count += index - 1 - run
            count += escape(byte, to: out + count)
            run = index
        }
        (out + count).update(from: base + run, count: length - run)
        count += length - run
        out[count] = UInt8(ascii: "\"")
        return count + 1
    }

    /// Writes an integer in decimal (the bytes ``value(_:)`` writes for it) at `out`, which has
    /// room for ``integerBound`` bytes; returns how many were written.
    public static func writeInteger(_ number: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var magnitude = number.magnitude
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let sign = number < 0 ? 1 : 0
        if sign == 1 { out[0] = UInt8(ascii: "-") }
        var index = sign + digits
        repeat {
            index -= 1
            out[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        return sign + digits
    }

    /// The escape of a byte `unquoted(_:)` escapes, written at `out`; returns its length.
    private static func escape(_ byte: UInt8, to out: UnsafeMutablePointer<UInt8>) -> Int {
        out[0] = 0x5C
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out[1] = byte
        case 0x08: out[1] = UInt8(ascii: "b")
        case 0x0C: out[1] = UInt8(ascii: "f")
        case 0x0A: out[1] = UInt8(ascii: "n")
        case 0x0D: out[1] = UInt8(ascii: "r")
        case 0x09: out[1] = UInt8(ascii: "t")
        default:
            let hex: StaticString = "0123456789abcdef"
            out[1] = UInt8(ascii: "u")
            out[2] = UInt8(ascii: "0")
            out[3] = UInt8(ascii: "0")
            hex.withUTF8Buffer { digits in
                out[4] = digits[Int(byte >> 4)]
                out[5] = digits[Int(byte & 0x0F)]
            }
            return 6
        }
        return 2
    }

    // MARK: - Layout

    /// Appends bytes fixed in the program. From a `StaticString`, not a static array: a global
    /// array is retained and released at each use, and the threads writing a report's claims
    /// side by side would share its reference count.
    @inline(__always)
    private mutating func append(_ fixed: StaticString) {
        fixed.withUTF8Buffer { bytes.append(contentsOf: $0) }
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
        if layout == .pretty {
            if empty { bytes.append(0x0A) }
            newLine()
        }
        bytes.append(bracket)
    }

    /// Starts a value: right after its key, or as the next element of the current container.
    @inline(__always)
    private mutating func beginValue() {
        if pendingValue {
            pendingValue = false
        } else {
            separate()
        }
    }

    /// A comma after the previous element, then (pretty) a new line and the indentation.
    @inline(__always)
    private mutating func separate() {
        guard !hasElement.isEmpty else { return }
        if hasElement[hasElement.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasElement[hasElement.count - 1] = true
        if layout == .pretty { newLine() }
    }

    /// `separate()` and then up to `room` bytes written by `body` (it returns how many), in one
    /// append: each append of an array checks its storage and its room, so the few bytes
    /// around a key or a value are gathered first.
    @inline(__always)
    private mutating func appendSeparated(
        room: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Int
    ) {
        // A comma, a line break and the indentation of the current depth.
        let separator = hasElement.isEmpty ? 0 : 2 + (layout == .pretty ? depth * 2 : 0)
        guard separator + room <= 256 else {
            separate()
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { buffer in
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<body(buffer)]))
            }
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: separator + room) { buffer in
            var count = 0
            if !hasElement.isEmpty {
                if hasElement[hasElement.count - 1] {
                    buffer[count] = UInt8(ascii: ",")
                    count += 1
                }
                hasElement[hasElement.count - 1] = true
                if layout == .pretty {
                    count += Self.lineBreakAndSpaces.withUTF8Buffer { run in
                        let line = min(depth * 2 + 1, run.count)
                        var written = UnsafeMutableBufferPointer(rebasing: buffer[count...])
                            .initialize(fromContentsOf: run[..<line])
                        while written < depth * 2 + 1 {
                            buffer[count + written] = UInt8(ascii: " ")
                            written += 1
                        }
                        return written
                    }
                }
            }
            count += body(UnsafeMutableBufferPointer(rebasing: buffer[count...]))
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// A line break and the indentation of the first 32 depths, to write in one append.
    private static let lineBreakAndSpaces: StaticString =
        "\n                                                                "

    /// A line break and the indentation of the current depth.
    @inline(__always)
    private mutating func newLine() {
        Self.lineBreakAndSpaces.withUTF8Buffer { run in
            let count = depth * 2 + 1
            guard count <= run.count else {
                bytes.append(0x0A)
                return indent()
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: run[..<count]))
        }
    }

    private mutating func indent() {
        var count = depth * 2
        while count > 0 {
            let run = min(count, 64)
            Self.lineBreakAndSpaces.withUTF8Buffer { spaces in
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: spaces[1...run]))
            }
            count -= run
        }
    }

    // MARK: - Scalars

    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func integer(_ number: Int) {
        if number >= 0 && number < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(number))
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var magnitude = number.magnitude
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                count += 1
                buffer[buffer.count - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
        }
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        withUnsafeBytes(of: &digits) { buffer in
            bytes.append(contentsOf: buffer[(buffer.count - count)...])
        }
    }

    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        unquoted(text)
        bytes.append(UInt8(ascii: "\""))
    }

    /// `text`, escaped, without quotes.
    private mutating func unquoted(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            var run = 0
            var index = 0
            while index < utf8.count {
                // Eight bytes at a time while none of them needs escaping.
                if index + 8 <= utf8.count,
                    !Self.needsEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                {
                    index += 8
                    continue
                }
                let byte = utf8[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<(index - 1)]))
                escape(byte)
                run = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
    }

    /// Whether any of a word's eight bytes is a control character (below 0x20), `"` or `\`
    /// (exact: the tests for a zero byte and for a byte below a bound have no false answers).
    @inline(__always)
    static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let below = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let zero = ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash) & highs
        return below | zero != 0
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
