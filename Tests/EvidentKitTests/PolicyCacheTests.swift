import EvidentKit
import Foundation
import Testing

/// The grading policy `evident check` reads, kept as decoded in `<kb>/.evident/policy.cache`:
/// the policy read from the file is the policy decoded from the YAML (the bundled default, or
/// the knowledge base's `Claims/policy.yaml` laid over it); an edited policy is not read from a
/// stale file, a damaged file is decoded again and written whole, an invalid policy is never
/// kept and fails the same way every time.
@Suite("Grading policy cache", .serialized)
struct PolicyCacheTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A knowledge base with `Claims/` (and `policy`, when given, as `Claims/policy.yaml`).
    static func knowledgeBase(policy: String?) throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("evident-policy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("Claims"), withIntermediateDirectories: true)
        if let policy {
            try Data(policy.utf8).write(to: root.appendingPathComponent(Evident.policyFile))
        }
        return root
    }

    static func cacheFolder(_ root: URL) -> URL {
        root.appendingPathComponent(".evident", isDirectory: true)
    }

    static func cacheFile(_ root: URL) -> URL {
        cacheFolder(root).appendingPathComponent("policy.cache")
    }

    static func written(_ file: URL) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
    }

    @Test(arguments: [false, true])
    func theKeptPolicyIsThePolicyDecoded(ownPolicy: Bool) throws {
        let own =
            ownPolicy
            ? try String(
                contentsOf: Self.repository.appendingPathComponent(Evident.policyFile),
                encoding: .utf8) : nil
        let root = try Self.knowledgeBase(policy: own)
        defer { try? FileManager.default.removeItem(at: root) }
        let expected = try Evident.loadPolicy(knowledgeBase: root)
        #expect(expected.forms.isEmpty == !ownPolicy)
        let first = try Evident.loadPolicy(knowledgeBase: root, cache: Self.cacheFolder(root))
        let file = Self.cacheFile(root)
        let whole = try Data(contentsOf: file)
        let writtenAt = try Self.written(file)
        let second = try Evident.loadPolicy(knowledgeBase: root, cache: Self.cacheFolder(root))
        #expect(first == expected)
        #expect(second == expected)
        // Read, not written again.
        #expect(try Self.written(file) == writtenAt)
        #expect(try Data(contentsOf: file) == whole)
    }

    @Test func anEditedPolicyIsNotReadFromTheFile() throws {
        let root = try Self.knowledgeBase(policy: "mechanistic-level: 5\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let cache = Self.cacheFolder(root)
        #expect(try Evident.loadPolicy(knowledgeBase: root, cache: cache).mechanisticLevel == 5)
        try Data("mechanistic-level: 4\n".utf8).write(
            to: root.appendingPathComponent(Evident.policyFile))
        let edited = try Evident.loadPolicy(knowledgeBase: root, cache: cache)
        #expect(edited.mechanisticLevel == 4)
        #expect(edited == (try Evident.loadPolicy(knowledgeBase: root)))
        try FileManager.default.removeItem(at: root.appendingPathComponent(Evident.policyFile))
        #expect(
            try Evident.loadPolicy(knowledgeBase: root, cache: cache) == (try Policy.bundled()))
    }

    @Test(arguments: [0, 20, 40, 47, 60, -1])
    func aDamagedFileIsDecodedAgain(at offset: Int) throws {
        let root = try Self.knowledgeBase(policy: "mechanistic-level: 4\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let cache = Self.cacheFolder(root)
        let expected = try Evident.loadPolicy(knowledgeBase: root, cache: cache)
        let file = Self.cacheFile(root)
        let whole = try Data(contentsOf: file)
        var bytes = [UInt8](whole)
        bytes[offset >= 0 ? offset : bytes.count + offset] ^= 0x5A
        try Data(bytes).write(to: file)
        #expect(try Evident.loadPolicy(knowledgeBase: root, cache: cache) == expected)
        #expect(try Data(contentsOf: file) == whole)
        try Data(bytes.prefix(bytes.count / 2)).write(to: file)
        #expect(try Evident.loadPolicy(knowledgeBase: root, cache: cache) == expected)
        #expect(try Data(contentsOf: file) == whole)
    }

    @Test func anInvalidPolicyIsNeverKept() throws {
        let root = try Self.knowledgeBase(policy: "levles: {rct: 1}\n")
        defer { try? FileManager.default.removeItem(at: root) }
        let cache = Self.cacheFolder(root)
        var messages: [String] = []
        for _ in 0..<2 {
            #expect {
                try Evident.loadPolicy(knowledgeBase: root, cache: cache)
            } throws: { error in
                messages.append("\(error)")
                return error is GradingPolicyError
            }
        }
        #expect(messages.count == 2 && messages[0] == messages[1])
        #expect(
            messages.first?.hasPrefix("Claims/policy.yaml: error: unknown key 'levles'") == true)
        #expect(!FileManager.default.fileExists(atPath: Self.cacheFile(root).path))
    }
}
