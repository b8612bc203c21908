/// A compact binary form of `Codable` values for cache files (`RuleBookFiles`): the same
/// values as JSON, without text to parse. Reading it costs less than half `JSONDecoder`'s time
/// (the rule book's files: 197 → 84 million instructions, callgrind).
///
/// Every value starts with a tag byte: nil (0); a Bool (1, then a byte); a signed or unsigned
/// integer (2, 3) or a floating-point number (4), each in 8 bytes; a text (5, its UTF-8 byte
/// count in 4 bytes, then its bytes); a keyed container (6) or a list (7), each followed by
/// its length in bytes (4) and its count of entries (4), then the entries: a list's values, a
/// keyed container's key texts (count and bytes), each followed by its value. Integers are
/// little-endian. A value whose bytes are short, whose tag is unknown or whose type is not the
/// one asked for is never read past its end: decoding throws.
enum CacheCoding {
    enum Tag: UInt8 {
        case null = 0, bool, int, uint, double, string, keyed, list
    }

    /// The bytes of a value.
    static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let node = Node()
        try value.encode(to: NodeEncoder(node: node))
        var bytes: [UInt8] = []
        node.write(into: &bytes)
        return bytes
    }

    /// The value of `bytes`, which must hold exactly one value.
    static func decode<Value: Decodable>(_ type: Value.Type, from bytes: UnsafeRawBufferPointer)
        throws -> Value
    {
        let reader = ValueReader(bytes: bytes)
        guard try reader.end(of: 0) == bytes.count else { throw reader.corrupt() }
        return try Value(from: ValueDecoder(reader: reader, offset: 0))
    }
}

// MARK: - Writing

/// A value as encoded, before it is written (a container's values are added after the
/// container is asked for).
private final class Node {
    var tag = CacheCoding.Tag.keyed
    var scalar: UInt64 = 0
    var text = ""
    var keys: [String] = []
    var children: [Node] = []

    func set(_ tag: CacheCoding.Tag, _ scalar: UInt64) {
        self.tag = tag
        self.scalar = scalar
    }

    func set(_ text: String) {
        tag = .string
        self.text = text
    }

    /// A new value in this container (under `key` when it is keyed).
    func child(_ key: String?) -> Node {
        let node = Node()
        if let key { keys.append(key) }
        children.append(node)
        return node
    }

    func write(into bytes: inout [UInt8]) {
        bytes.append(tag.rawValue)
        switch tag {
        case .null:
            break
        case .bool:
            bytes.append(UInt8(truncatingIfNeeded: scalar))
        case .int, .uint, .double:
            withUnsafeBytes(of: scalar.littleEndian) { bytes.append(contentsOf: $0) }
        case .string:
            Self.count(text.utf8.count, into: &bytes)
            bytes.append(contentsOf: text.utf8)
        case .keyed, .list:
            let lengthAt = bytes.count
            Self.count(0, into: &bytes)
            Self.count(children.count, into: &bytes)
            // Keys in order, so that equal values have equal bytes (a dictionary's order is
            // its hashing's).
            let order = tag == .keyed ? keys.indices.sorted { keys[$0] < keys[$1] } : []
            for index in tag == .keyed ? order : Array(children.indices) {
                if tag == .keyed {
                    Self.count(keys[index].utf8.count, into: &bytes)
                    bytes.append(contentsOf: keys[index].utf8)
                }
                children[index].write(into: &bytes)
            }
            let length = UInt32(truncatingIfNeeded: bytes.count - lengthAt - 4).littleEndian
            withUnsafeBytes(of: length) { raw in
                for (offset, byte) in raw.enumerated() { bytes[lengthAt + offset] = byte }
            }
        }
    }

    static func count(_ value: Int, into bytes: inout [UInt8]) {
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian) {
            bytes.append(contentsOf: $0)
        }
    }
}

private struct NodeEncoder: Encoder {
    let node: Node
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.tag = .keyed
        return KeyedEncodingContainer(KeyedNodeEncoder<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.tag = .list
        return ListNodeEncoder(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleNodeEncoder(node: node, codingPath: codingPath)
    }
}

/// Puts a value into a node (shared by the three kinds of container).
private protocol NodeValueEncoder {
    var codingPath: [any CodingKey] { get }
}

extension NodeValueEncoder {
    func put<Value: Encodable>(_ value: Value, into node: Node) throws {
        switch value {
        case let text as String: node.set(text)
        case let flag as Bool: node.set(.bool, flag ? 1 : 0)
        case let number as Int: node.set(.int, UInt64(bitPattern: Int64(number)))
        case let number as Double: node.set(.double, number.bitPattern)
        default: try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
        }
    }
}

private struct SingleNodeEncoder: SingleValueEncodingContainer, NodeValueEncoder {
    let node: Node
    var codingPath: [any CodingKey]

    func encodeNil() { node.set(.null, 0) }
    func encode(_ value: Bool) { node.set(.bool, value ? 1 : 0) }
    func encode(_ value: String) { node.set(value) }
    func encode(_ value: Double) { node.set(.double, value.bitPattern) }
    func encode(_ value: Float) { node.set(.double, Double(value).bitPattern) }
    func encode(_ value: Int) { node.set(.int, UInt64(bitPattern: Int64(value))) }
    func encode(_ value: Int8) { node.set(.int, UInt64(bitPattern: Int64(value))) }
    func encode(_ value: Int16) { node.set(.int, UInt64(bitPattern: Int64(value))) }
    func encode(_ value: Int32) { node.set(.int, UInt64(bitPattern: Int64(value))) }
    func encode(_ value: Int64) { node.set(.int, UInt64(bitPattern: value)) }
    func encode(_ value: UInt) { node.set(.uint, UInt64(value)) }
    func encode(_ value: UInt8) { node.set(.uint, UInt64(value)) }
    func encode(_ value: UInt16) { node.set(.uint, UInt64(value)) }
    func encode(_ value: UInt32) { node.set(.uint, UInt64(value)) }
    func encode(_ value: UInt64) { node.set(.uint, value) }
    func encode<Value: Encodable>(_ value: Value) throws { try put(value, into: node) }
}

private struct KeyedNodeEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol,
    NodeValueEncoder
{
    let node: Node
    var codingPath: [any CodingKey]

    func encodeNil(forKey key: Key) { node.child(key.stringValue).set(.null, 0) }
    func encode(_ value: Bool, forKey key: Key) throws {
        try put(value, into: node.child(key.stringValue))
    }
    func encode(_ value: String, forKey key: Key) throws {
        try put(value, into: node.child(key.stringValue))
    }
    func encode(_ value: Double, forKey key: Key) throws {
        try put(value, into: node.child(key.stringValue))
    }
    func encode(_ value: Float, forKey key: Key) throws {
        try put(value, into: node.child(key.stringValue))
    }
    func encode(_ value: Int, forKey key: Key) throws {
        try put(value, into: node.child(key.stringValue))
    }
    func encode(_ value: Int8, forKey key: Key) throws {
        try put(value, into: node.child(key.stringValue))
    }
    func encode(_ value: Int16, forKey key: Key) throws {
        try put(value, into: node.child(key.stringValue))
    }
    func encode(_ value: Int32, forKey key: Key) throws {
        try put(value, into: node.child(key.stringValue))
    }
    func encode(_ value: Int64, forKey key: Key) throws {
        try put(value, into: node.child(key.stringValue))
    }
    func encode(_ value: UInt, forKey key: Key) throws {
        try put(value, into: node.child(key.stringValue))
    }
    func encode(_ value: UInt8, forKey key: Key) throws {
        try put(value, into: node.child(key.stringValue))
    }
    func encode(_ value: UInt16, forKey key: Key) throws {
        try put(value, into: node.child(key.stringValue))
    }
    func encode(_ value: UInt32, forKey key: Key) throws {
        try put(value, into: node.child(key.stringValue))
    }
    func encode(_ value: UInt64, forKey key: Key) throws {
        try put(value, into: node.child(key.stringValue))
    }
    func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        try put(value, into: node.child(key.stringValue))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        NodeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key])
            .container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key])
            .unkeyedContainer()
    }

    func superEncoder() -> any Encoder {
        NodeEncoder(node: node.child("super"), codingPath: codingPath)
    }

    func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key])
    }
}

private struct ListNodeEncoder: UnkeyedEncodingContainer, NodeValueEncoder {
    let node: Node
    var codingPath: [any CodingKey]
    var count: Int { node.children.count }

    func encodeNil() { node.child(nil).set(.null, 0) }
    func encode(_ value: Bool) throws { try put(value, into: node.child(nil)) }
    func encode(_ value: String) throws { try put(value, into: node.child(nil)) }
    func encode(_ value: Double) throws { try put(value, into: node.child(nil)) }
    func encode(_ value: Float) throws { try put(value, into: node.child(nil)) }
    func encode(_ value: Int) throws { try put(value, into: node.child(nil)) }
    func encode(_ value: Int8) throws { try put(value, into: node.child(nil)) }
    func encode(_ value: Int16) throws { try put(value, into: node.child(nil)) }
    func encode(_ value: Int32) throws { try put(value, into: node.child(nil)) }
    func encode(_ value: Int64) throws { try put(value, into: node.child(nil)) }
    func encode(_ value: UInt) throws { try put(value, into: node.child(nil)) }
    func encode(_ value: UInt8) throws { try put(value, into: node.child(nil)) }
    func encode(_ value: UInt16) throws { try put(value, into: node.child(nil)) }
    func encode(_ value: UInt32) throws { try put(value, into: node.child(nil)) }
    func encode(_ value: UInt64) throws { try put(value, into: node.child(nil)) }
    func encode<Value: Encodable>(_ value: Value) throws { try put(value, into: node.child(nil)) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        NodeEncoder(node: node.child(nil), codingPath: codingPath).container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.child(nil), codingPath: codingPath).unkeyedContainer()
    }

    func superEncoder() -> any Encoder {
        NodeEncoder(node: node.child(nil), codingPath: codingPath)
    }
}

// MARK: - Reading

/// Bounds-checked reads of the bytes of encoded values.
private struct ValueReader {
    let bytes: UnsafeRawBufferPointer

    func corrupt(_ what: String = "damaged cache value") -> DecodingError {
        DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: what))
    }

    func tag(at offset: Int) throws -> CacheCoding.Tag {
        guard offset >= 0, offset < bytes.count, let tag = CacheCoding.Tag(rawValue: bytes[offset])
        else { throw corrupt() }
        return tag
    }

    func count(at offset: Int) throws -> Int {
        guard offset >= 0, bytes.count - offset >= 4 else { throw corrupt() }
        return Int(
            UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
    }

    func word(at offset: Int) throws -> UInt64 {
        guard offset >= 0, bytes.count - offset >= 8 else { throw corrupt() }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Where the value at `offset` ends.
    func end(of offset: Int) throws -> Int {
        let end: Int
        switch try tag(at: offset) {
        case .null: end = offset + 1
        case .bool: end = offset + 2
        case .int, .uint, .double: end = offset + 9
        case .string, .keyed, .list: end = offset + 5 + (try count(at: offset + 1))
        }
        guard end <= bytes.count else { throw corrupt() }
        return end
    }

    /// The 8-byte scalar of an integer or a floating-point number.
    func word(at offset: Int, _ tag: CacheCoding.Tag) throws -> UInt64 {
        guard try self.tag(at: offset) == tag else { throw corrupt("not a \(tag) value") }
        return try word(at: offset + 1)
    }

    func bool(at offset: Int) throws -> Bool {
        guard try tag(at: offset) == .bool, offset + 1 < bytes.count, bytes[offset + 1] <= 1
        else { throw corrupt("not a bool value") }
        return bytes[offset + 1] == 1
    }

    func integer<Value: FixedWidthInteger>(at offset: Int) throws -> Value {
        let signed = try tag(at: offset) == .int
        let bits = try word(at: offset, signed ? .int : .uint)
        let value = signed ? Value(exactly: Int64(bitPattern: bits)) : Value(exactly: bits)
        guard let value else { throw corrupt("an integer out of range") }
        return value
    }

    func double(at offset: Int) throws -> Double {
        Double(bitPattern: try word(at: offset, .double))
    }

    /// A `Float`, written as the `Double` it converts to exactly.
    func float(at offset: Int) throws -> Float {
        guard let value = Float(exactly: try double(at: offset)) else {
            throw corrupt("not a Float")
        }
        return value
    }

    func string(at offset: Int) throws -> String {
        guard try tag(at: offset) == .string else { throw corrupt("not a text") }
        let end = try end(of: offset)
        return String(
            decoding: UnsafeRawBufferPointer(rebasing: bytes[(offset + 5)..<end]), as: UTF8.self)
    }

    /// The value of a type at `offset` (texts, flags and numbers read directly).
    func value<Value: Decodable>(_ type: Value.Type, at offset: Int) throws -> Value {
        // The same type, so the cast is a copy (a dynamic cast costs as much as the read).
        if Value.self == String.self {
            return unsafeBitCast(try string(at: offset), to: Value.self)
        }
        if Value.self == Int.self {
            return unsafeBitCast(try integer(at: offset) as Int, to: Value.self)
        }
        if Value.self == Bool.self { return unsafeBitCast(try bool(at: offset), to: Value.self) }
        // Lists of texts and classes (a name and its phrases) are most of the rule book's
        // values (156,000 phrases): read straight, not through a container per value (and a
        // dictionary's keyed container looks each key up in its entries, one by one).
        if Value.self == [String].self {
            return unsafeBitCast(try strings(at: offset), to: Value.self)
        }
        if Value.self == [String: [String]].self {
            return unsafeBitCast(try classes(at: offset), to: Value.self)
        }
        return try Value(from: ValueDecoder(reader: self, offset: offset))
    }

    /// A list of texts (what the generic read of `[String]` gives, faster).
    func strings(at offset: Int) throws -> [String] {
        guard try tag(at: offset) == .list else { throw corrupt("not a list container") }
        let end = try end(of: offset)
        let count = try count(at: offset + 5)
        guard count <= end - offset else { throw corrupt() }
        var values: [String] = []
        values.reserveCapacity(count)
        var at = offset + 9
        for _ in 0..<count {
            guard try tag(at: at) == .string else { throw corrupt("not a text") }
            let next = at + 5 + (try self.count(at: at + 1))
            guard next <= end else { throw corrupt() }
            values.append(
                String(
                    decoding: UnsafeRawBufferPointer(rebasing: bytes[(at + 5)..<next]),
                    as: UTF8.self))
            at = next
        }
        guard at == end else { throw corrupt() }
        return values
    }

    /// A keyed container of lists of texts (what the generic read of `[String: [String]]`
    /// gives, faster; of two entries of one key, the first counts, as there).
    func classes(at offset: Int) throws -> [String: [String]] {
        let entries = try entries(at: offset, .keyed)
        var values: [String: [String]] = [:]
        values.reserveCapacity(entries.count)
        for entry in entries {
            let name = String(
                decoding: UnsafeRawBufferPointer(rebasing: bytes[entry.key]), as: UTF8.self)
            if let first = values.updateValue(try strings(at: entry.value), forKey: name) {
                values[name] = first
            }
        }
        return values
    }

    /// A container's entries: where each key's bytes and each value start.
    func entries(at offset: Int, _ tag: CacheCoding.Tag) throws -> [(key: Range<Int>, value: Int)] {
        guard try self.tag(at: offset) == tag else { throw corrupt("not a \(tag) container") }
        let end = try end(of: offset)
        let count = try count(at: offset + 5)
        guard count <= end - offset else { throw corrupt() }
        var entries: [(key: Range<Int>, value: Int)] = []
        entries.reserveCapacity(count)
        var at = offset + 9
        for _ in 0..<count {
            var key = at..<at
            if tag == .keyed {
                let length = try self.count(at: at)
                key = (at + 4)..<(at + 4 + length)
                at = key.upperBound
            }
            entries.append((key, at))
            at = try self.end(of: at)
            guard at <= end else { throw corrupt() }
        }
        guard at == end else { throw corrupt() }
        return entries
    }
}

private struct ValueDecoder: Decoder {
    let reader: ValueReader
    let offset: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try KeyedValueDecoder<Key>(reader: reader, offset: offset))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try ListValueDecoder(reader: reader, offset: offset)
    }

    func singleValueContainer() -> any SingleValueDecodingContainer {
        SingleValueDecoder(reader: reader, offset: offset)
    }
}

private struct SingleValueDecoder: SingleValueDecodingContainer {
    let reader: ValueReader
    let offset: Int
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { (try? reader.tag(at: offset)) == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try reader.bool(at: offset) }
    func decode(_ type: String.Type) throws -> String { try reader.string(at: offset) }
    func decode(_ type: Double.Type) throws -> Double { try reader.double(at: offset) }
    func decode(_ type: Float.Type) throws -> Float { try reader.float(at: offset) }
    func decode(_ type: Int.Type) throws -> Int { try reader.integer(at: offset) }
    func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(at: offset) }
    func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(at: offset) }
    func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(at: offset) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(at: offset) }
    func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(at: offset) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.integer(at: offset) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.integer(at: offset) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.integer(at: offset) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.integer(at: offset) }
    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try reader.value(type, at: offset)
    }
}

private struct KeyedValueDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: ValueReader
    let entries: [(key: Range<Int>, value: Int)]
    var codingPath: [any CodingKey] { [] }

    init(reader: ValueReader, offset: Int) throws {
        self.reader = reader
        entries = try reader.entries(at: offset, .keyed)
    }

    var allKeys: [Key] {
        entries.compactMap { entry in
            Key(
                stringValue: String(
                    decoding: UnsafeRawBufferPointer(rebasing: reader.bytes[entry.key]),
                    as: UTF8.self))
        }
    }

    /// Where the value of `key` starts.
    func offset(of key: Key) -> Int? {
        var name = key.stringValue
        return name.withUTF8 { name in
            entries.first { entry in
                entry.key.count == name.count
                    && UnsafeRawBufferPointer(rebasing: reader.bytes[entry.key])
                        .elementsEqual(UnsafeRawBufferPointer(name))
            }?.value
        }
    }

    func required(_ key: Key) throws -> Int {
        guard let offset = offset(of: key) else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: [], debugDescription: "no value for '\(key.stringValue)'"))
        }
        return offset
    }

    func contains(_ key: Key) -> Bool { offset(of: key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        try reader.tag(at: try required(key)) == .null
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try reader.bool(at: try required(key))
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try reader.string(at: try required(key))
    }

    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try reader.double(at: try required(key))
    }

    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
        try reader.float(at: try required(key))
    }

    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        try reader.integer(at: try required(key))
    }

    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
        try reader.integer(at: try required(key))
    }

    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
        try reader.integer(at: try required(key))
    }

    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
        try reader.integer(at: try required(key))
    }

    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
        try reader.integer(at: try required(key))
    }

    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
        try reader.integer(at: try required(key))
    }

    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
        try reader.integer(at: try required(key))
    }

    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
        try reader.integer(at: try required(key))
    }

    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
        try reader.integer(at: try required(key))
    }

    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
        try reader.integer(at: try required(key))
    }

    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
        try reader.value(type, at: try required(key))
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let offset = offset(of: key), try reader.tag(at: offset) != .null else { return nil }
        return try reader.string(at: offset)
    }

    func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        guard let offset = offset(of: key), try reader.tag(at: offset) != .null else { return nil }
        return try reader.value(type, at: offset)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key)
        throws -> KeyedDecodingContainer<NestedKey>
    {
        try ValueDecoder(reader: reader, offset: try required(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try ValueDecoder(reader: reader, offset: try required(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        guard let key = Key(stringValue: "super") else { throw reader.corrupt() }
        return try superDecoder(forKey: key)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        ValueDecoder(reader: reader, offset: try required(key))
    }
}

private struct ListValueDecoder: UnkeyedDecodingContainer {
    let reader: ValueReader
    let entries: [(key: Range<Int>, value: Int)]
    var codingPath: [any CodingKey] { [] }
    var currentIndex = 0
    var count: Int? { entries.count }
    var isAtEnd: Bool { currentIndex >= entries.count }

    init(reader: ValueReader, offset: Int) throws {
        self.reader = reader
        entries = try reader.entries(at: offset, .list)
    }

    /// Where the next value starts (the list then moves past it).
    mutating func next() throws -> Int {
        guard currentIndex < entries.count else {
            throw DecodingError.valueNotFound(
                Any.self, .init(codingPath: [], debugDescription: "the list has ended"))
        }
        currentIndex += 1
        return entries[currentIndex - 1].value
    }

    mutating func decodeNil() throws -> Bool {
        guard currentIndex < entries.count,
            try reader.tag(at: entries[currentIndex].value) == .null
        else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool {
        try reader.bool(at: try next())
    }

    mutating func decode(_ type: String.Type) throws -> String {
        try reader.string(at: try next())
    }

    mutating func decode(_ type: Double.Type) throws -> Double {
        try reader.double(at: try next())
    }

    mutating func decode(_ type: Float.Type) throws -> Float {
        try reader.float(at: try next())
    }

    mutating func decode(_ type: Int.Type) throws -> Int {
        try reader.integer(at: try next())
    }

    mutating func decode(_ type: Int8.Type) throws -> Int8 {
        try reader.integer(at: try next())
    }

    mutating func decode(_ type: Int16.Type) throws -> Int16 {
        try reader.integer(at: try next())
    }

    mutating func decode(_ type: Int32.Type) throws -> Int32 {
        try reader.integer(at: try next())
    }

    mutating func decode(_ type: Int64.Type) throws -> Int64 {
        try reader.integer(at: try next())
    }

    mutating func decode(_ type: UInt.Type) throws -> UInt {
        try reader.integer(at: try next())
    }

    mutating func decode(_ type: UInt8.Type) throws -> UInt8 {
        try reader.integer(at: try next())
    }

    mutating func decode(_ type: UInt16.Type) throws -> UInt16 {
        try reader.integer(at: try next())
    }

    mutating func decode(_ type: UInt32.Type) throws -> UInt32 {
        try reader.integer(at: try next())
    }

    mutating func decode(_ type: UInt64.Type) throws -> UInt64 {
        try reader.integer(at: try next())
    }

    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try reader.value(type, at: try next())
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try ValueDecoder(reader: reader, offset: try next()).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try ValueDecoder(reader: reader, offset: try next()).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        ValueDecoder(reader: reader, offset: try next())
    }
}
