import EvidentCheck
import EvidentModel
import Foundation
import Testing

struct DebugDump {
    @Test func dump() throws {
        guard ProcessInfo.processInfo.environment["EVIDENT_DUMP"] != nil else { return }
        let path = ProcessInfo.processInfo.environment["EVIDENT_DUMP"]!
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let market = Market(rawValue: ProcessInfo.processInfo.environment["EVIDENT_MARKET"] ?? "all") ?? .all
        for f in Fixtures.check(text, market: market, format: TextFormat(path: path)) {
            print("\(f.line):\(f.column)-\(f.endLine):\(f.endColumn) \(f.severity) [\(f.rule)] \(f.text)")
        }
    }
}
