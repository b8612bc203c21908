import ArgumentParser
import EvidentKit
import EvidentStore
import Foundation

/// Helpers shared by `evident refs search` and `evident suggest`.
enum IndexCommandSupport {
    /// Writes a line to standard error.
    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Opens the index for searching; exit 2 when there is none or it is unreadable. When there
    /// is no index yet but `knowledgeBase` holds a `Claims/` folder, the index is first built
    /// from that knowledge base, so search works on a fresh clone.
    static func openSearch(_ path: String, knowledgeBase: String? = nil) throws -> IndexSearch {
        if !IndexLocation.exists(path), let knowledgeBase {
            let root = URL(fileURLWithPath: knowledgeBase, isDirectory: true)
            if FileManager.default.fileExists(atPath: root.appendingPathComponent("Claims").path) {
                do {
                    try IndexKnowledgeBaseLoader(root: root.path, indexPath: path)
                        .refresh { try Evident.loadKnowledgeBase(at: root) }
                } catch {
                    printError("\(error)")
                    throw ExitCode(2)
                }
            }
        }
        guard IndexLocation.exists(path) else {
            printError(
                "\(path): error: no index here (run 'evident import FILE...' first, or "
                    + "give --index PATH)")
            throw ExitCode(2)
        }
        do {
            return IndexSearch(index: try IndexDatabase(path: path))
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
    }

    /// ` 1. pmid:22489217  rct  2012  humans  Knapen: Title… (Osteoporos Int)  [cited]`.
    static func line(_ hit: IndexSearchHit, rank: Int) -> String {
        var parts = [
            "\(rank).", hit.key, hit.design.rawValue, hit.year.map(String.init) ?? "-",
        ]
        if hit.humans { parts.append("humans") }
        if hit.retracted { parts.append("RETRACTED") }
        var title = hit.title ?? "(no title)"
        if let author = hit.firstAuthor { title = "\(author): \(title)" }
        if let journal = hit.journal { title += " (\(journal))" }
        parts.append(title)
        if hit.cited == true { parts.append("[cited]") }
        return parts.joined(separator: "  ")
    }

    /// Prints a value as pretty JSON with sorted keys; exit 2 when it cannot be encoded.
    static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            print(String(decoding: try encoder.encode(value), as: UTF8.self))
        } catch {
            printError("error: cannot write the output as JSON: \(error)")
            throw ExitCode(2)
        }
    }
}
