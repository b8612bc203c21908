import Crypto
import EvidentPubMed

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What an imported file is recorded by: its name (without folder), size and SHA-256 checksum
/// of its bytes as stored. A file with the same identity as one already imported is skipped; a
/// file with the same name but another size or checksum has changed and is imported again.
public struct IndexFileIdentity: Hashable, Sendable {
    /// The file as given (for reading and messages).
    public var path: String
    /// The file name, the key of the record (`pubmed25n0001.xml.gz`).
    public var name: String
    /// Size in bytes, as stored.
    public var size: Int
    /// `sha256:` and 64 lowercase hex digits.
    public var checksum: String

    /// Creates an identity from known values (tests, records read back).
    public init(path: String, name: String, size: Int, checksum: String) {
        self.path = path
        self.name = name
        self.size = size
        self.checksum = checksum
    }

    /// Reads the file once to compute its identity; throws a ``PubMedError`` when it cannot be
    /// read (with the messages the PubMed reader gives).
    public init(path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw PubMedError.cannotOpen(path: path, code: errno)
        }
        defer { _ = close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw PubMedError.cannotOpen(path: path, code: errno)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw PubMedError.cannotOpen(path: path, code: EISDIR)
        }
        let chunk = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        var hash = Crypto.SHA256()
        var size = 0
        while true {
            let count = read(descriptor, buffer.baseAddress, chunk)
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                throw PubMedError(
                    path: path, line: nil, column: nil,
                    message: "read error (\(String(cString: strerror(code))))")
            }
            if count == 0 { break }
            hash.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[..<count]))
            size += count
        }
        self.init(
            path: path, name: Self.fileName(path), size: size,
            checksum: "sha256:" + hash.finalize().hex)
    }

    /// The last path component.
    static func fileName(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if let slash = trimmed.lastIndex(of: "/") {
            return String(trimmed[trimmed.index(after: slash)...])
        }
        return String(trimmed)
    }
}
