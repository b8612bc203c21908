/// Every finding of a check report, file by file: a view over the files' own arrays that holds
/// no copy of them (a dense file can have 100,000 findings and more; a copy of them all would
/// double what a report holds).
public struct CheckFindings: BidirectionalCollection, Hashable, Sendable {
    /// The files whose findings this view walks (the report's array, shared, not copied).
    public let files: [CheckedFile]

    /// A finding's place: its file and its offset in that file's findings.
    public struct Index: Comparable, Hashable, Sendable {
        /// The file, in report order.
        public let file: Int
        /// The finding, in that file's order.
        public let offset: Int

        /// Orders by file, then by offset.
        public static func < (lhs: Index, rhs: Index) -> Bool {
            (lhs.file, lhs.offset) < (rhs.file, rhs.offset)
        }
    }

    /// A view over the findings of `files`.
    public init(files: [CheckedFile]) {
        self.files = files
    }

    /// The first finding of the first file that has one.
    public var startIndex: Index { skippingEmptyFiles(Index(file: 0, offset: 0)) }

    /// Past the last file.
    public var endIndex: Index { Index(file: files.count, offset: 0) }

    /// The finding at a place.
    public subscript(position: Index) -> Finding {
        files[position.file].findings[position.offset]
    }

    /// The next finding, in this file or the next one that has one.
    public func index(after position: Index) -> Index {
        skippingEmptyFiles(Index(file: position.file, offset: position.offset + 1))
    }

    /// The previous finding, in this file or the last earlier one that has one.
    public func index(before position: Index) -> Index {
        var file = position.file
        var offset = position.offset
        while offset == 0 {
            file -= 1
            offset = files[file].findings.count
        }
        return Index(file: file, offset: offset - 1)
    }

    /// `position`, or the first finding after it when its file has no more.
    private func skippingEmptyFiles(_ position: Index) -> Index {
        var file = position.file
        var offset = position.offset
        while file < files.count, offset >= files[file].findings.count {
            file += 1
            offset = 0
        }
        return Index(file: file, offset: offset)
    }

    /// The same findings in the same order (however they are spread over files).
    public static func == (lhs: CheckFindings, rhs: CheckFindings) -> Bool {
        lhs.elementsEqual(rhs)
    }

    /// Hashes the findings in order.
    public func hash(into hasher: inout Hasher) {
        for finding in self { hasher.combine(finding) }
    }
}
