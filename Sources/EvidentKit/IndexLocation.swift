import EvidentStore
import Foundation

/// Where the SQLite index lives: `--index PATH`, else `$EVIDENT_INDEX`, else
/// `<knowledge-base root>/.evident/index.sqlite`.
public enum IndexLocation {
    /// The environment variable naming the index file.
    public static let environmentVariable = "EVIDENT_INDEX"

    /// Resolves the index path.
    public static func path(
        option: String?, root: String = ".",
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        if let option, !option.isEmpty { return option }
        if let variable = environment[environmentVariable], !variable.isEmpty { return variable }
        return (root as NSString).appendingPathComponent(IndexDatabase.defaultRelativePath)
    }

    /// True when an index file exists at `path`.
    public static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }
}
