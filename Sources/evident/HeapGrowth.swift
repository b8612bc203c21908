#if canImport(Glibc)
    import Glibc
#endif

/// How the C heap grows. Commands build large graphs of small objects in a short time
/// (`report` on a 10,000-claim knowledge base: some 200 MB in about a second).
///
/// glibc extends a heap by what each allocation needs, one system call (`brk`, or `mprotect`
/// for a thread's heap) per step: a 10,000-claim report made thousands of them. With a top
/// pad the main heap grows, and each thread's heap starts, 64 MiB larger at once (so it must
/// be set before the threads allocate): memory is committed only when touched, so the
/// resident size is unchanged. Elsewhere than glibc, nothing changes.
enum HeapGrowth {
    /// The extra bytes reserved each time a heap grows.
    static let pad: Int32 = 64 << 20

    /// glibc's `M_TOP_PAD` parameter of `mallopt(3)` (`<malloc.h>`, not in Swift's Glibc
    /// module).
    static let topPadParameter: Int32 = -2

    /// Makes every later heap extension of this process reserve ``pad`` more bytes.
    static func growInLargeSteps() {
        #if canImport(Glibc)
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            // RTLD_DEFAULT: the C library's own `mallopt`, found among the loaded objects.
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else {
                return
            }
            _ = unsafeBitCast(symbol, to: Mallopt.self)(topPadParameter, pad)
        #endif
    }
}
