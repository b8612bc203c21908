import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a knowledge-base file (or a report) whole or not at all: the bytes go to a temporary file in the
/// target's own folder (`.NAME.XXXXXX`, so the final step never crosses a file system), are
/// flushed to disk, and the temporary file is then renamed over the target (`rename(2)`), or
/// linked to it when the target must not exist yet (`link(2)` refuses an existing name, so two
/// writers cannot both create it). On any failure the temporary file is removed and the target
/// is exactly as it was. Nothing is written anywhere else (Foundation's atomic write leaves
/// `TemporaryDirectory.*` folders behind on Linux).
public enum FileReplacement {
    /// What to do when the target exists.
    public enum Mode: Sendable {
        /// Replace it (keeping its permission bits).
        case replace
        /// Refuse: the target must be a new file.
        case create
    }

    /// Writes `data` to `url` as described above; `path` names the file in error messages.
    /// Throws ``KnowledgeBaseEditError/io(path:reason:)`` with the system's reason.
    public static func write(_ data: Data, to url: URL, path: String, mode: Mode) throws {
        let target = url.path
        let folder = url.deletingLastPathComponent().path
        var template = Array("\(folder)/.\(url.lastPathComponent).XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else {
            throw KnowledgeBaseEditError.io(path: path, reason: failure("cannot write the file"))
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map(UInt8.init), as: UTF8.self)
        var moved = false
        defer {
            if !moved { unlink(temporary) }
        }
        var problem = fill(descriptor, with: data, existing: target)
        if close(descriptor) != 0, problem == nil {
            problem = failure("cannot write the file")
        }
        if let problem {
            throw KnowledgeBaseEditError.io(path: path, reason: problem)
        }
        switch mode {
        case .replace:
            guard rename(temporary, target) == 0 else {
                throw KnowledgeBaseEditError.io(
                    path: path, reason: failure("cannot replace the file"))
            }
            moved = true
        case .create:
            guard link(temporary, target) == 0 else {
                let reason =
                    errno == EEXIST ? "the file exists already" : failure("cannot create the file")
                throw KnowledgeBaseEditError.io(path: path, reason: reason)
            }
        }
    }

    /// Writes every byte, gives the file the target's permission bits (or `rw-r--r--` for a
    /// new file) and flushes it; returns the failure, if any.
    private static func fill(_ descriptor: Int32, with data: Data, existing target: String)
        -> String?
    {
        let written = data.withUnsafeBytes { bytes -> Bool in
            guard let base = bytes.baseAddress else { return true }  // Nothing to write.
            var offset = 0
            while offset < bytes.count {
                let count = systemWrite(descriptor, base + offset, bytes.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
        guard written else { return failure("cannot write the file") }
        var status = stat()
        let permissions = stat(target, &status) == 0 ? status.st_mode & 0o7777 : 0o644
        guard fchmod(descriptor, permissions) == 0, fsync(descriptor) == 0 else {
            return failure("cannot write the file")
        }
        return nil
    }

    /// `write(2)` (the name `write` is this type's own).
    private static func systemWrite(
        _ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int
    ) -> Int {
        #if canImport(Glibc)
            return Glibc.write(descriptor, bytes, count)
        #elseif canImport(Darwin)
            return Darwin.write(descriptor, bytes, count)
        #endif
    }

    /// `what (the system's reason)`, from `errno`.
    private static func failure(_ what: String) -> String {
        "\(what) (\(String(cString: strerror(errno)).lowercased()))"
    }
}
