/// A text prepared once for many exact searches (the validator looks up every claim's quote in
/// its document): its Unicode scalars, where its lines start and, for a long text, a sorted
/// index of its 8-scalar windows, so a search costs a few binary searches and verifications
/// instead of a scan of the whole text.
///
/// Offsets count Unicode scalars; no normalisation, no case folding (as ``TextSearch``).
struct SearchableText: Sendable {
    /// The window length of the index.
    static let gramLength = 8
    /// Texts shorter than this are scanned, not indexed.
    static let indexThreshold = 4_096

    /// The text's scalars.
    let scalars: [UInt32]
    /// Offsets where lines start (0 first).
    private let lineStarts: [Int]
    /// Window hashes, sorted (ties by position), and the position of each.
    private let gramHashes: [UInt64]
    private let gramPositions: [Int32]

    /// Prepares `text`.
    init(_ text: String) {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.utf8.count)
        var lineStarts = [0]
        for scalar in text.unicodeScalars {
            scalars.append(scalar.value)
            if scalar == "\n" { lineStarts.append(scalars.count) }
        }
        self.scalars = scalars
        self.lineStarts = lineStarts
        let k = Self.gramLength
        guard scalars.count >= Self.indexThreshold else {
            gramHashes = []
            gramPositions = []
            return
        }
        let count = scalars.count - k + 1
        var pairs: [(hash: UInt64, position: Int32)] = []
        pairs.reserveCapacity(count)
        scalars.withUnsafeBufferPointer { s in
            for position in 0..<count {
                pairs.append((Self.hash(s, from: position), Int32(position)))
            }
        }
        pairs.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.position < $1.position }
        gramHashes = pairs.map(\.hash)
        gramPositions = pairs.map(\.position)
    }

    private static func hash(_ s: UnsafeBufferPointer<UInt32>, from start: Int) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for index in start..<start + gramLength {
            h = (h ^ UInt64(s[index])) &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The start offsets of every occurrence of `needle` (overlapping ones too), ascending.
    func occurrences(of needle: String) -> [Int] {
        let pattern = needle.unicodeScalars.map(\.value)
        guard !pattern.isEmpty, pattern.count <= scalars.count else { return [] }
        let k = Self.gramLength
        if gramHashes.isEmpty || pattern.count < k { return scan(pattern) }
        // Anchor on the pattern's rarest window; verify each of its positions.
        var best: (offset: Int, range: Range<Int>)?
        pattern.withUnsafeBufferPointer { p in
            for offset in 0...(pattern.count - k) {
                let range = equalRange(Self.hash(p, from: offset))
                if best.map({ range.count < $0.range.count }) ?? true {
                    best = (offset, range)
                    if range.isEmpty { break }
                }
            }
        }
        guard let best, !best.range.isEmpty else { return [] }
        var result: [Int] = []
        let last = scalars.count - pattern.count
        for index in best.range {
            let start = Int(gramPositions[index]) - best.offset
            if start >= 0, start <= last, matches(pattern, at: start) { result.append(start) }
        }
        return result
    }

    /// The 1-based line of a scalar offset.
    func line(of offset: Int) -> Int {
        // Lines starting at or before `offset` (a newline at offset - 1 starts a line there;
        // the newline itself still belongs to the line it ends).
        var low = 0
        var high = lineStarts.count
        while low < high {
            let mid = (low + high) / 2
            if lineStarts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return max(low, 1)
    }

    /// The 1-based line and column (in scalars) of a scalar offset.
    func lineColumn(of offset: Int) -> (line: Int, column: Int) {
        let line = line(of: offset)
        return (line, offset - lineStarts[line - 1] + 1)
    }

    private func scan(_ pattern: [UInt32]) -> [Int] {
        var result: [Int] = []
        let first = pattern[0]
        for start in 0...(scalars.count - pattern.count)
        where scalars[start] == first && matches(pattern, at: start) {
            result.append(start)
        }
        return result
    }

    private func matches(_ pattern: [UInt32], at start: Int) -> Bool {
        for index in pattern.indices where scalars[start + index] != pattern[index] {
            return false
        }
        return true
    }

    private func equalRange(_ hash: UInt64) -> Range<Int> {
        var low = 0
        var high = gramHashes.count
        while low < high {
            let mid = (low + high) / 2
            if gramHashes[mid] < hash { low = mid + 1 } else { high = mid }
        }
        var upper = low
        high = gramHashes.count
        while upper < high {
            let mid = (upper + high) / 2
            if gramHashes[mid] <= hash { upper = mid + 1 } else { high = mid }
        }
        return low..<upper
    }
}
