/// A tiny open-addressing map from libxml2 dictionary pointers to small codes.
///
/// libxml2 interns every element and attribute name in the parser context's dictionary, so a
/// name is identified by its pointer: one multiply, a shift and a compare per element instead
/// of a string comparison. Unknown names map to 0. Non-copyable: it owns its storage, freed
/// once when it ends.
struct InternedNameTable: ~Copyable {
    private static let slotBits = 8
    private static let slotCount = 1 << slotBits
    private let keys: UnsafeMutablePointer<UnsafeRawPointer?>
    private let values: UnsafeMutablePointer<UInt8>

    /// An empty table.
    init() {
        keys = .allocate(capacity: Self.slotCount)
        keys.initialize(repeating: nil, count: Self.slotCount)
        values = .allocate(capacity: Self.slotCount)
        values.initialize(repeating: 0, count: Self.slotCount)
    }

    deinit {
        keys.deallocate()
        values.deallocate()
    }

    @inline(__always)
    private static func slot(_ pointer: UnsafeRawPointer) -> Int {
        let bits = UInt(bitPattern: pointer) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: bits >> UInt(UInt.bitWidth - slotBits))
    }

    /// Maps `pointer` to `value` (non-zero).
    func insert(_ pointer: UnsafeRawPointer, _ value: UInt8) {
        var index = Self.slot(pointer)
        while let key = keys[index], key != pointer { index = (index + 1) & (Self.slotCount - 1) }
        keys[index] = pointer
        values[index] = value
    }

    /// The code for `pointer`, 0 when unknown.
    @inline(__always)
    func lookup(_ pointer: UnsafeRawPointer) -> UInt8 {
        var index = Self.slot(pointer)
        while let key = keys[index] {
            if key == pointer { return values[index] }
            index = (index + 1) & (Self.slotCount - 1)
        }
        return 0
    }
}
