import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A gzip file inflated by zlib, member after member, within bounds.
///
/// - Concatenated members (as `cat a.gz b.gz` makes) read as one stream; anything else after
///   the last member is an error, not silently ignored (zlib's `gzread` would ignore it).
/// - The expansion is bounded: once more than ``expansionAllowance`` bytes came out, the
///   output may not exceed ``maximumExpansion`` times the compressed bytes read (PubMed files
///   expand about 6 times, deflate at most about 1,000), and never ``maximumInflatedBytes``
///   in all (PubMed baseline files are under 1 GB uncompressed). A decompression bomb stops
///   after a few tens of megabytes instead of running for minutes.
///
/// Not thread-safe: one thread reads (``GzipPrefetcher``'s).
final class GzipStream {
    /// Most output bytes per compressed byte read, checked after ``expansionAllowance``.
    static let maximumExpansion = 100
    /// Output allowed before the expansion ratio is checked (small files may expand more).
    static let expansionAllowance = 16 << 20
    /// Most output bytes of one file.
    static let maximumInflatedBytes = 4 << 30

    private let descriptor: Int32
    private let stream: UnsafeMutablePointer<z_stream>
    private let input: UnsafeMutablePointer<UInt8>
    private let inputCapacity: Int
    private let limits: (expansion: Int, allowance: Int, total: Int)
    /// Compressed bytes read from the file so far.
    private var compressedBytes = 0
    /// Bytes inflated so far.
    private var inflatedBytes = 0
    private var endOfFile = false
    private var betweenMembers = false
    private var finished = false
    private var pendingFailure: GzipFailure?

    /// Takes over `descriptor` (positioned at the first gzip member); `limits` overrides the
    /// bounds (tests).
    init(
        descriptor: Int32, inputCapacity: Int,
        limits: (expansion: Int, allowance: Int, total: Int) = (
            GzipStream.maximumExpansion, GzipStream.expansionAllowance,
            GzipStream.maximumInflatedBytes
        )
    ) throws(GzipFailure) {
        self.descriptor = descriptor
        self.inputCapacity = inputCapacity
        self.limits = limits
        input = .allocate(capacity: inputCapacity)
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard evident_inflateInitGzip(stream) == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            input.deallocate()
            throw GzipFailure(message: "cannot start inflating the gzip data (out of memory)")
        }
    }

    /// Inflates up to `capacity` bytes into `buffer`; 0 at the end of the last member. A
    /// failure after some output is thrown by the next call, so that the bytes before it are
    /// parsed (and the error located after them).
    func read(into buffer: UnsafeMutableRawPointer, capacity: Int) throws(GzipFailure) -> Int {
        if let failure = pendingFailure { throw failure }
        var produced = 0
        do {
            try inflate(into: buffer, capacity: capacity, produced: &produced)
        } catch {
            guard produced > 0 else { throw error }
            pendingFailure = error
        }
        return produced
    }

    private func inflate(
        into buffer: UnsafeMutableRawPointer, capacity: Int, produced: inout Int
    ) throws(GzipFailure) {
        while produced < capacity, !finished {
            if betweenMembers {
                // The end of the file, or the next member's magic bytes: nothing else.
                if stream.pointee.avail_in < 2, !endOfFile {
                    try refill()
                    continue
                }
                if stream.pointee.avail_in == 0 {
                    finished = true
                    break
                }
                if let next = stream.pointee.next_in, stream.pointee.avail_in >= 2,
                    next[0] == 0x1F, next[1] == 0x8B
                {
                    inflateReset(stream)
                    betweenMembers = false
                } else {
                    throw GzipFailure(
                        message: "trailing data after the last gzip member at byte \(consumed) "
                            + "(expected the end of the file or another gzip member)")
                }
            }
            if stream.pointee.avail_in == 0 {
                if endOfFile {
                    throw GzipFailure(
                        message: "gzip data is corrupt or truncated (unexpected end of file)")
                }
                try refill()
                continue
            }
            stream.pointee.next_out = (buffer + produced).assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_out = UInt32(capacity - produced)
            let code = CLibXML2.inflate(stream, Z_NO_FLUSH)
            let written = capacity - produced - Int(stream.pointee.avail_out)
            produced += written
            inflatedBytes += written
            switch code {
            case Z_OK, Z_BUF_ERROR:
                break
            case Z_STREAM_END:
                betweenMembers = true
            default:
                let detail = stream.pointee.msg.map { String(cString: $0) } ?? "zlib error \(code)"
                throw GzipFailure(message: "gzip data is corrupt or truncated (\(detail))")
            }
            try checkBounds()
        }
    }

    /// Compressed bytes inflate has consumed.
    private var consumed: Int { compressedBytes - Int(stream.pointee.avail_in) }

    private func checkBounds() throws(GzipFailure) {
        if inflatedBytes > limits.total {
            throw GzipFailure(
                message: "gzip data inflates to more than \(limits.total) bytes (PubMed files "
                    + "are under 1 GB uncompressed); refusing unbounded input")
        }
        if inflatedBytes > limits.allowance, inflatedBytes / max(consumed, 1) > limits.expansion {
            throw GzipFailure(
                message: "gzip data expands more than \(limits.expansion) times its size "
                    + "(\(inflatedBytes) bytes from \(consumed); PubMed files expand about 6 "
                    + "times); refusing a decompression bomb")
        }
    }

    /// Keeps the unconsumed input and reads more after it.
    private func refill() throws(GzipFailure) {
        let kept = Int(stream.pointee.avail_in)
        if kept > 0, let next = stream.pointee.next_in, next != input {
            input.update(from: next, count: kept)
        }
        var count: Int
        repeat {
            count = SystemFile.read(descriptor, input + kept, inputCapacity - kept)
        } while count < 0 && errno == EINTR
        if count < 0 {
            throw GzipFailure(message: "read error (\(String(cString: strerror(errno))))")
        }
        if count == 0 { endOfFile = true }
        compressedBytes += count
        stream.pointee.next_in = input
        stream.pointee.avail_in = UInt32(kept + count)
    }

    /// Frees zlib's state and the buffer, and closes the file.
    func close() {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        input.deallocate()
        SystemFile.close(descriptor)
    }
}
