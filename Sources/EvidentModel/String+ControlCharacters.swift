extension String {
    /// The text with every character that would act on a terminal instead of showing written
    /// as a Swift escape: control characters (C0 with line breaks and tabs, DEL, C1) and the
    /// bidirectional controls (`U+202E` …). `"a\0b\u{1B}"` shows as `a\u{0}b\u{1B}`.
    ///
    /// Messages quote values read from files (ids, keys, paths); a value holding a NUL or an
    /// escape sequence is thus shown, never echoed raw to the terminal.
    public var escapingControlCharacters: String {
        // Printable ASCII, the common case, is checked byte by byte.
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return self }
        guard unicodeScalars.contains(where: Self.acts) else { return self }
        var shown = ""
        for scalar in unicodeScalars {
            if Self.acts(scalar) {
                shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    private static func acts(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar.properties.isBidiControl
    }
}
