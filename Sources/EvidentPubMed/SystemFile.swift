#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The POSIX file calls the PubMed reader makes, spelled once for every platform (inside types
/// with their own `read` and `close` methods the C functions must be named by module).
enum SystemFile {
    /// `read(2)`: bytes read, 0 at the end, -1 with `errno` set.
    @inline(__always)
    static func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            return Glibc.read(descriptor, buffer, count)
        #elseif canImport(Darwin)
            return Darwin.read(descriptor, buffer, count)
        #endif
    }

    /// `close(2)`; the result is not needed (a read-only descriptor has nothing to flush).
    static func close(_ descriptor: Int32) {
        #if canImport(Glibc)
            _ = Glibc.close(descriptor)
        #elseif canImport(Darwin)
            _ = Darwin.close(descriptor)
        #endif
    }
}
