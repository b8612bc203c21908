import EvidentStore
import Foundation
import GRDB
import Testing

/// The index through the real binary: concurrent first imports, files that are not Evident's
/// own, a read-only index.
@Suite("Index safety through the CLI")
struct IndexSafetyCommandTests {
    typealias T = ImportTestSupport

    @Test func tenConcurrentFirstImportsAllSucceed() throws {
        for _ in 0..<3 {
            let dir = try T.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            let index = dir.appendingPathComponent("index.sqlite").path
            let processes = try (0..<10).map { _ in
                let process = Process()
                process.executableURL = T.executable
                process.arguments = ["import", "--index", index, T.fixture("baseline.xml")]
                process.standardOutput = FileHandle.nullDevice
                let errors = Pipe()
                process.standardError = errors
                try process.run()
                return (process, errors)
            }
            var failures: [String] = []
            for (process, errors) in processes {
                let message = errors.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                if process.terminationStatus != 0 {
                    failures.append(String(decoding: message, as: UTF8.self))
                }
            }
            #expect(failures.isEmpty)
            let search = try T.run(["refs", "search", "--index", index, "--format", "json", "a"])
            #expect(search.status == 0)
        }
    }

    @Test func aForeignDatabaseIsRefusedByEveryCommandAndLeftByteIdentical() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("notes.sqlite").path
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('x')")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let message =
            "\(path): error: not an Evident index (it holds other tables: 'notes'); left "
            + "untouched (give --index another path)\n"
        for arguments in [
            ["import", "--index", path, T.fixture("baseline.xml")],
            ["refs", "search", "--index", path, "vitamin"],
        ] {
            let run = try T.run(arguments)
            #expect(run.status == 2)
            #expect(run.stderr == message)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aFutureIndexIsRefusedAndLeftByteIdentical() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("index.sqlite").path
        #expect(try T.run(["import", "--index", path, T.fixture("baseline.xml")]).status == 0)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('addSomethingLater')")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let run = try T.run(["import", "--index", path, T.fixture("update.xml")])
        #expect(run.status == 2)
        #expect(
            run.stderr
                == "\(path): error: the index was written by a newer Evident (unknown schema "
                + "migrations 'addSomethingLater'); left untouched (use that Evident, or delete "
                + "the file to rebuild the index)\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    static let setpriv = "/usr/bin/setpriv"

    /// Whether this machine can run `evident` without write access to a folder root owns: as
    /// `nobody` through `setpriv` when the tests run as root (root writes any file), else by
    /// removing the write permissions.
    static var canRunWithoutWriteAccess: Bool {
        getuid() != 0
            || (FileManager.default.isExecutableFile(atPath: setpriv)
                && othersCanRun(T.executable))
    }

    /// Runs `evident arguments…` unable to write `folder` or the files in it.
    static func runWithoutWriteAccess(_ arguments: [String], folder: URL) throws
        -> EvidentBinary.Run
    {
        let manager = FileManager.default
        for file in try manager.contentsOfDirectory(atPath: folder.path) {
            try manager.setAttributes(
                [.posixPermissions: 0o444], ofItemAtPath: folder.appendingPathComponent(file).path)
        }
        if getuid() != 0 {
            try manager.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
            defer {
                try? manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
            }
            return try T.run(arguments)
        }
        try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: setpriv)
        process.arguments =
            ["--reuid=65534", "--regid=65534", "--clear-groups", T.executable.path] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return EvidentBinary.Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Whether a user other than the owner can execute `url` (every folder above it searchable).
    static func othersCanRun(_ url: URL) -> Bool {
        var path = url.path
        while !path.isEmpty && path != "/" {
            var info = stat()
            guard stat(path, &info) == 0, info.st_mode & S_IXOTH != 0 else { return false }
            path = (path as NSString).deletingLastPathComponent
        }
        return true
    }

    @Test(.enabled(if: canRunWithoutWriteAccess))
    func aReadOnlyIndexCanStillBeSearchedButNotWritten() throws {
        let dir = try T.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let index = folder.appendingPathComponent("index.sqlite").path
        #expect(try T.run(["import", "--index", index, T.fixture("baseline.xml")]).status == 0)
        let expected = try T.run(["refs", "search", "--index", index, "the"])
        #expect(expected.status == 0)
        #expect(!expected.stdout.isEmpty)
        let before = try Data(contentsOf: URL(fileURLWithPath: index))

        let search = try Self.runWithoutWriteAccess(
            ["refs", "search", "--index", index, "the"], folder: folder)
        #expect(search.status == 0)
        #expect(search.stdout == expected.stdout)
        let imported = try Self.runWithoutWriteAccess(
            ["import", "--index", index, T.fixture("update.xml")], folder: folder)
        #expect(imported.status == 2)
        #expect(
            imported.stderr
                == "\(index): error: the index is read-only here (no write permission on the "
                + "file or its folder); cannot write to it\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: index)) == before)
    }
}
