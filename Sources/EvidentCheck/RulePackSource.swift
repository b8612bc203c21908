import Foundation

/// A rule pack file: its path (as shown in messages), its text and where it comes from
/// (`built-in`, `knowledge base`, `--rules`).
public struct RulePackSource: Sendable, Equatable {
    /// The file's path.
    public var path: String
    /// Its YAML.
    public var yaml: String
    /// Where it comes from.
    public var origin: String

    /// Creates a pack source.
    public init(path: String, yaml: String, origin: String) {
        self.path = path
        self.yaml = yaml
        self.origin = origin
    }

    /// Every `*.yaml` file of a folder, by name; `origin` names the folder's role. A missing
    /// folder, or one that cannot be listed or read, is an error.
    public static func folder(_ folder: URL, origin: String) throws -> [RulePackSource] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder),
            isFolder.boolValue
        else {
            throw CheckError.invalidRulePack(
                path: folder.path, message: "no such folder (expected a folder of rule packs)")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.sorted()
        } catch {
            throw CheckError.invalidRulePack(path: folder.path, message: "cannot list the folder")
        }
        return try names.map { name in
            let url = folder.appendingPathComponent(name)
            let path = (folder.relativePath as NSString).appendingPathComponent(name)
            return RulePackSource(path: path, yaml: try RuleBook.read(url), origin: origin)
        }
    }
}
