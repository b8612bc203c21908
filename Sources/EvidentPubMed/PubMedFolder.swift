#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The PubMed XML files of a folder, in the order NLM means them to be applied.
///
/// NLM ships the annual baseline as `baseline/pubmed25n0001.xml.gz` … and the daily updates as
/// `updatefiles/pubmed25n1275.xml.gz` …, each file numbered, each update applied after the
/// baseline and after the updates before it. A folder is searched recursively for `.xml` and
/// `.xml.gz` files (other files, such as NLM's `.md5` checksums, and hidden entries are left
/// out; symbolic links to files are followed, to folders not). Baseline files come first, then
/// update files (those below a folder named `updatefiles`); within each, files are ordered by
/// name with runs of digits compared as numbers (`pubmed25n2` before `pubmed25n10`), then by
/// path.
public enum PubMedFolder {
    /// Whether `path` names a folder (following a symbolic link).
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The PubMed files under `folder`, in NLM order. Throws when the folder cannot be read or
    /// holds no PubMed file.
    public static func files(in folder: String) throws -> [String] {
        var found: [Entry] = []
        try list(folder, relative: [], into: &found)
        if found.isEmpty {
            throw PubMedError(
                path: folder, line: nil, column: nil,
                message: "no PubMed XML file in this folder (expected .xml or .xml.gz files)")
        }
        return found.sorted(by: Entry.precedes).map(\.path)
    }

    /// Whether a file name is one a folder import takes: `.xml` or `.xml.gz`.
    public static func isPubMedFileName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".xml") || lower.hasSuffix(".xml.gz")
    }

    /// The name of the folder NLM keeps its daily update files in.
    public static let updateFolderName = "updatefiles"

    struct Entry {
        var path: String
        var name: String
        var isUpdate: Bool

        /// NLM order: baseline before update, then by name (numbers as numbers), then path.
        static func precedes(_ a: Entry, _ b: Entry) -> Bool {
            if a.isUpdate != b.isUpdate { return !a.isUpdate }
            switch naturalOrder(a.name, b.name) {
            case .some(let before): return before
            case .none: return a.path < b.path
            }
        }
    }

    /// Whether file name `a` sorts before `b`: runs of ASCII digits compare by value (then by
    /// length, so `01` follows `1`), the rest byte by byte.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        naturalOrder(a, b) ?? false
    }

    /// `true` when `a` sorts before `b`, `false` when after, `nil` when they are equal: runs of
    /// ASCII digits compare by value (then by length, so `01` follows `1`), the rest by bytes.
    static func naturalOrder(_ a: String, _ b: String) -> Bool? {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        var i = 0
        var j = 0
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        while i < x.count && j < y.count {
            if isDigit(x[i]) && isDigit(y[j]) {
                let startX = i
                let startY = j
                while i < x.count && isDigit(x[i]) { i += 1 }
                while j < y.count && isDigit(y[j]) { j += 1 }
                let digitsX = x[startX..<i].drop { $0 == 0x30 }
                let digitsY = y[startY..<j].drop { $0 == 0x30 }
                if digitsX.count != digitsY.count { return digitsX.count < digitsY.count }
                if !digitsX.elementsEqual(digitsY) {
                    return digitsX.lexicographicallyPrecedes(digitsY)
                }
                if i - startX != j - startY { return i - startX < j - startY }
            } else {
                if x[i] != y[j] { return x[i] < y[j] }
                i += 1
                j += 1
            }
        }
        if x.count - i != y.count - j { return x.count - i < y.count - j }
        return nil
    }

    private static func list(
        _ directory: String, relative: [String], into found: inout [Entry]
    ) throws {
        guard let handle = opendir(directory) else {
            let code = errno
            throw PubMedError(
                path: directory, line: nil, column: nil,
                message: "cannot read the folder (\(String(cString: strerror(code))))")
        }
        defer { closedir(handle) }
        var folders: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                raw.bindMemory(to: CChar.self).baseAddress.map { String(cString: $0) } ?? ""
            }
            if name.isEmpty || name.hasPrefix(".") { continue }
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            var kind = info.st_mode & S_IFMT
            if kind == S_IFLNK {
                // A link to a file is followed; a link to a folder is not (no cycles).
                guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
                kind = S_IFREG
            }
            if kind == S_IFDIR {
                folders.append(name)
            } else if kind == S_IFREG, isPubMedFileName(name) {
                let isUpdate = relative.contains { $0.lowercased() == updateFolderName }
                found.append(Entry(path: path, name: name, isUpdate: isUpdate))
            }
        }
        for name in folders {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            try list(path, relative: relative + [name], into: &found)
        }
    }
}
