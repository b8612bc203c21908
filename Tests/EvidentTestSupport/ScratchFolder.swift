import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Temporary folders for tests. Each is made inside one folder per test process
/// (`evident-tests-PID-UUID` in the temporary directory) that is removed when the process
/// exits, so a test that forgets its own clean-up still leaves nothing behind.
public enum ScratchFolder {
    /// The folder holding this process's scratch folders; made, and its removal at exit
    /// registered, on first use.
    static let root: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-tests-\(getpid())-\(UUID().uuidString)")
        atexit { ScratchFolder.removeRoot() }
        return url
    }()

    /// A new, empty folder named `prefix-UUID`.
    public static func make(_ prefix: String) throws -> URL {
        let url = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Removes the process's folder with everything in it (at exit; a folder already gone is
    /// fine).
    static func removeRoot() {
        try? FileManager.default.removeItem(at: root)
    }
}
