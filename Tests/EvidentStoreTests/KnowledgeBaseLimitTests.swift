import EvidentModel
import EvidentTestSupport
import Foundation
import Testing

@testable import EvidentStore

/// Knowledge-base files far larger than real ones are reported, not parsed.
@Suite("Knowledge-base size limits")
struct KnowledgeBaseLimitTests {
    @Test func aClaimFileLargerThanTheLimitIsReportedUnread() throws {
        let padding =
            "# " + String(repeating: "x", count: KnowledgeBaseLoader.maximumClaimFileBytes)
        let claim = KnowledgeBaseExample.claim() + padding + "\n"
        let size = claim.utf8.count
        let (load, diagnostics) = try validate(files: ["Claims/doc/k2-is-a-vitamin.yaml": claim])
        #expect(
            diagnostics.map(\.description).contains(
                "Claims/doc/k2-is-a-vitamin.yaml: error: file too large for a claim file "
                    + "(\(size) bytes; expected at most 1048576) [yaml-syntax]"))
        #expect(!load.knowledgeBase.claims.contains { $0.id.rawValue == "k2-is-a-vitamin" })
        // Just under the limit, the same claim is read.
        let fits =
            KnowledgeBaseExample.claim() + "# "
            + String(repeating: "x", count: KnowledgeBaseLoader.maximumClaimFileBytes - 2_000)
            + "\n"
        let (fitting, clean) = try validate(files: ["Claims/doc/k2-is-a-vitamin.yaml": fits])
        #expect(clean.isEmpty)
        #expect(fitting.knowledgeBase.claims.contains { $0.id.rawValue == "k2-is-a-vitamin" })
    }

    @Test func aDocumentOrCSLFileLargerThanTheLimitIsReportedUnread() throws {
        let document = String(
            repeating: " ", count: KnowledgeBaseLoader.maximumDocumentFileBytes + 1)
        let csl = String(repeating: " ", count: KnowledgeBaseLoader.maximumCSLFileBytes + 1)
        let (_, diagnostics) = try validate(files: [
            "Claims/big/_document.yaml": document, "Sources-Refs/big.json": csl,
        ])
        #expect(
            diagnostics.map(\.description) == [
                "Claims/big/_document.yaml: error: file too large for a document file "
                    + "(4194305 bytes; expected at most 4194304) [yaml-syntax]",
                "Sources-Refs/big.json: error: file too large for a CSL-JSON file "
                    + "(16777217 bytes; expected at most 16777216) [reference-file-unreadable]",
            ])
    }

    @Test func aStatementLongerThanOneSentenceIsReportedAtIt() throws {
        let long = String(repeating: "Vitamin K2 is a vitamin ", count: 42)
        let claim = KnowledgeBaseExample.claim(
            replacing: "statement: Vitamin K2 is a vitamin.", with: "statement: \(long)")
        let (load, diagnostics) = try validate(files: ["Claims/doc/k2-is-a-vitamin.yaml": claim])
        #expect(
            diagnostics.map(\.description).filter { $0.hasPrefix("Claims/doc/k2-") } == [
                "Claims/doc/k2-is-a-vitamin.yaml:10:12: error: statement too long (1007 "
                    + "characters; expected at most 1000: one sentence) [malformed-value]"
            ])
        #expect(!load.knowledgeBase.claims.contains { $0.id.rawValue == "k2-is-a-vitamin" })
    }
}
