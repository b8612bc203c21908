import ArgumentParser

/// The ranges of the numeric options a user types: a value outside its range is bad usage
/// (exit 64) with a message naming the option, the value and the range.
enum OptionRange {
    /// Throws `ValidationError` unless `value` lies in `range`:
    /// `--limit '0' is out of range (expected 1 to 10000)`.
    static func check(_ value: Int, in range: ClosedRange<Int>, option: String) throws {
        guard !range.contains(value) else { return }
        throw ValidationError(
            "\(option) '\(value)' is out of range (expected \(range.lowerBound) to "
                + "\(range.upperBound))")
    }
}
