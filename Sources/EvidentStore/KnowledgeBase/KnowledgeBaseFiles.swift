import Foundation

/// The files of a knowledge base, as paths relative to its root, sorted.
struct KnowledgeBaseFiles {
    /// `Claims/<document>/_document.yaml` files.
    var documents: [String] = []
    /// `Claims/<document>/<claim>.yaml` files.
    var claims: [String] = []
    /// `Sources-Refs/*.xml`, `*.xml.gz` and `*.json` files.
    var references: [String] = []
    /// `Claims/policy.yaml`, when present: it decides verdicts, so it is part of the fingerprint.
    var policy: [String] = []

    /// Every data file (the fingerprint's input), sorted by path.
    var all: [String] {
        (documents + claims + references + policy).sorted {
            Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8))
        }
    }

    /// Lists the files under `root`; throws when `root` is not a knowledge base.
    init(root: URL) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: root.path, isDirectory: &isFolder), isFolder.boolValue
        else {
            throw KnowledgeBaseError.unreadable(path: root.path, reason: "no such folder")
        }
        let claimsURL = root.appendingPathComponent(KnowledgeBaseLoader.claimsFolder)
        let referencesURL = root.appendingPathComponent(KnowledgeBaseLoader.referencesFolder)
        let hasClaims = Self.isFolder(claimsURL)
        let hasReferences = Self.isFolder(referencesURL)
        guard hasClaims || hasReferences else {
            throw KnowledgeBaseError.unreadable(
                path: root.path, reason: "no Claims/ or Sources-Refs/ folder")
        }
        if hasClaims {
            if manager.fileExists(atPath: claimsURL.appendingPathComponent("policy.yaml").path) {
                policy.append("\(KnowledgeBaseLoader.claimsFolder)/policy.yaml")
            }
            // `Claims/rules/` holds the knowledge base's own rule packs, not a document.
            for folder in try Self.list(claimsURL)
            where folder != Self.rulesFolder
                && Self.isFolder(claimsURL.appendingPathComponent(folder))
            {
                let folderURL = claimsURL.appendingPathComponent(folder)
                for file in try Self.list(folderURL)
                where file.hasSuffix(".yaml") || file.hasSuffix(".yml") {
                    let path = "\(KnowledgeBaseLoader.claimsFolder)/\(folder)/\(file)"
                    if file == KnowledgeBaseLoader.documentFile {
                        documents.append(path)
                    } else {
                        claims.append(path)
                    }
                }
            }
        }
        if hasReferences {
            for file in try Self.list(referencesURL)
            where file.hasSuffix(".xml") || file.hasSuffix(".xml.gz") || file.hasSuffix(".json") {
                references.append("\(KnowledgeBaseLoader.referencesFolder)/\(file)")
            }
        }
    }

    /// The folder of `Claims/` that holds rule packs (`evident check` reads them).
    static let rulesFolder = "rules"

    private static func isFolder(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            && isFolder.boolValue
    }

    private static func list(_ url: URL) throws -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: url.path)
                .filter { !$0.hasPrefix(".") }
                .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        } catch {
            throw KnowledgeBaseError.unreadable(path: url.path, reason: "cannot list the folder")
        }
    }
}
