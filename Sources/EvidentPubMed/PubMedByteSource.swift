import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the parser's bytes come from: a plain file, a gzip file (inflated by zlib) or memory.
struct PubMedByteSource {
    private enum Kind {
        case file(Int32)
        case gzip(GzipPrefetcher)
        case memory([UInt8], Int)
        case closed
    }

    private var kind: Kind
    /// Size of the file as stored (0 for memory).
    private(set) var storedBytes = 0
    /// True for gzip input.
    private(set) var isCompressed = false

    /// Opens `path`: a regular file, plain or gzip-compressed.
    init(path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            throw PubMedError(path: path, line: nil, column: nil, message: Self.openMessage(code))
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let code = errno
            SystemFile.close(descriptor)
            throw PubMedError(path: path, line: nil, column: nil, message: Self.openMessage(code))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            SystemFile.close(descriptor)
            throw PubMedError(
                path: path, line: nil, column: nil,
                message: "is a directory (expected a PubMed XML file, .xml or .xml.gz)")
        }
        storedBytes = Int(info.st_size)
        var magic: (UInt8, UInt8) = (0, 0)
        let peeked = withUnsafeMutableBytes(of: &magic) { pread(descriptor, $0.baseAddress, 2, 0) }
        if peeked == 2, magic.0 == 0x1F, magic.1 == 0x8B {
            do {
                let stream = try GzipStream(
                    descriptor: descriptor, inputCapacity: PubMedReader.chunkSize)
                kind = .gzip(GzipPrefetcher(stream: stream, chunkSize: PubMedReader.chunkSize))
            } catch {
                SystemFile.close(descriptor)
                throw PubMedError(path: path, line: nil, column: nil, message: error.message)
            }
            isCompressed = true
        } else {
            kind = .file(descriptor)
        }
    }

    /// A source over bytes in memory.
    init(bytes: [UInt8]) {
        kind = .memory(bytes, 0)
    }

    private static func openMessage(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file (expected a PubMed XML file, .xml or .xml.gz)"
        case EACCES: return "permission denied (cannot read the file)"
        case EISDIR: return "is a directory (expected a PubMed XML file, .xml or .xml.gz)"
        default: return "cannot open the file (\(String(cString: strerror(code))))"
        }
    }

    /// Reads up to `capacity` bytes; 0 at the end of the input.
    mutating func read(into buffer: UnsafeMutableRawPointer, capacity: Int, path: String) throws
        -> Int
    {
        switch kind {
        case .file(let descriptor):
            var total = 0
            while total < capacity {
                let count = SystemFile.read(descriptor, buffer + total, capacity - total)
                if count < 0 {
                    if errno == EINTR { continue }
                    let code = errno
                    throw PubMedError(
                        path: path, line: nil, column: nil,
                        message: "read error (\(String(cString: strerror(code))))")
                }
                if count == 0 { break }
                total += count
            }
            return total
        case .gzip(let prefetcher):
            // `capacity` is always PubMedReader.chunkSize, the prefetcher's chunk size.
            do {
                return try prefetcher.read(into: buffer)
            } catch {
                throw PubMedError(path: path, line: nil, column: nil, message: error.message)
            }
        case .memory(let bytes, let offset):
            let count = min(capacity, bytes.count - offset)
            if count > 0 {
                bytes.withUnsafeBytes { raw in
                    guard let base = raw.baseAddress else { return }
                    buffer.copyMemory(from: base + offset, byteCount: count)
                }
            }
            kind = .memory(bytes, offset + count)
            return count
        case .closed:
            return 0
        }
    }

    /// Closes the file.
    mutating func close() {
        switch kind {
        case .file(let descriptor): SystemFile.close(descriptor)
        case .gzip(let prefetcher): prefetcher.close()
        default: break
        }
        kind = .closed
    }
}
