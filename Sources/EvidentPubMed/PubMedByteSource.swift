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
        /// The inflating thread and the descriptor its stream reads.
        case gzip(GzipPrefetcher, Int32)
        case memory([UInt8], Int)
        case closed
    }

    private var kind: Kind
    /// Size of the file as stored (0 for memory).
    private(set) var storedBytes = 0
    /// True for gzip input.
    private(set) var isCompressed = false
    /// Bytes of a plain file read so far.
    private var fileOffset = 0

    /// How far into the file as stored reading has gone: bytes read of a plain file, bytes
    /// taken from a gzip file (a little ahead of the data handed out), bytes of memory.
    var storedOffset: Int {
        switch kind {
        case .file: return fileOffset
        case .gzip(_, let descriptor): return max(0, Int(lseek(descriptor, 0, SEEK_CUR)))
        case .memory(_, let offset): return offset
        case .closed: return storedBytes
        }
    }

    /// Opens `path`: a regular file, plain or gzip-compressed.
    init(path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            throw PubMedError.cannotOpen(path: path, code: code)
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let code = errno
            SystemFile.close(descriptor)
            throw PubMedError.cannotOpen(path: path, code: code)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            SystemFile.close(descriptor)
            throw PubMedError.cannotOpen(path: path, code: EISDIR)
        }
        storedBytes = Int(info.st_size)
        var magic: (UInt8, UInt8) = (0, 0)
        let peeked = withUnsafeMutableBytes(of: &magic) { pread(descriptor, $0.baseAddress, 2, 0) }
        if peeked == 2, magic.0 == 0x1F, magic.1 == 0x8B {
            do {
                let stream = try GzipStream(
                    descriptor: descriptor, inputCapacity: PubMedReader.chunkSize)
                kind = .gzip(
                    GzipPrefetcher(stream: stream, chunkSize: PubMedReader.chunkSize), descriptor)
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
            fileOffset += total
            return total
        case .gzip(let prefetcher, _):
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
        case .gzip(let prefetcher, _): prefetcher.close()
        default: break
        }
        kind = .closed
    }
}
