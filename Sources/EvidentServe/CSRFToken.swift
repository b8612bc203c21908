/// The per-server secret that every form of the app carries in a hidden `csrf` field: a page
/// of another site cannot read it, so it cannot forge a form the server accepts.
struct CSRFToken: Sendable {
    /// 64 hexadecimal digits.
    let value: String

    /// A fresh random token (256 bits from the system's secure generator).
    init() {
        var generator = SystemRandomNumberGenerator()
        value = (0..<4).map { _ in
            let word = generator.next() as UInt64
            let hex = String(word, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    /// True when `candidate` is the token (compared in constant time).
    func matches(_ candidate: String?) -> Bool {
        guard let candidate else { return false }
        let expected = Array(value.utf8)
        let given = Array(candidate.utf8)
        guard expected.count == given.count else { return false }
        var difference: UInt8 = 0
        for (left, right) in zip(expected, given) { difference |= left ^ right }
        return difference == 0
    }
}
