import Foundation
import Testing

/// Copy linked to the knowledge base by concept (`concepts.yaml`): rewordings of the vitamin K2
/// article's claims, written for this test, reach the right claim first through the real
/// binary and the repository's knowledge base, and unrelated sentences that share a word with
/// a concept stay unmatched.
struct ConceptLinkTests {
    /// (sentence, the claim its first claim-naming finding must name; `nil`: none).
    static let cases: [(String, String?)] = [
        // Fracture sites and their lay forms (MeSH, HPO).
        ("Vitamin K2 helps older women avoid a broken hip.", "k2-osteoporosis-fracture-prevention"),
        ("Fewer broken wrists in later life with daily K2.", "k2-osteoporosis-fracture-prevention"),
        (
            "K2 may lower the odds of wrist fractures after menopause.",
            "k2-osteoporosis-fracture-prevention"
        ),
        // The gut's microbes (MeSH Gastrointestinal Microbiome).
        ("Gut microflora can make small amounts of K2.", "k2-produced-by-gut-bacteria"),
        // Mineralisation of bone is bone density; of teeth it is not.
        (
            "Vitamin K2 supports the mineralisation of bones in older women.",
            "k2-increases-bone-density"
        ),
        ("Vitamin K2 supports tooth mineralisation.", nil),
        // Words a concept has, in another sense.
        ("Our hip hop class starts at six.", nil),
        ("Break a leg at tonight's show, from all of us at the vitamin shop.", nil),
        ("The gut feeling of our founder started it all.", nil),
    ]

    @Test func rewordingsReachTheRightClaimFirst() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "evident-concepts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("copy.txt")
        // One sentence per paragraph: sentence i is on line 2i + 1.
        try (Self.cases.map(\.0).joined(separator: "\n\n") + "\n").write(
            to: copy, atomically: true, encoding: .utf8)
        let run = try EvidentBinary.run([
            "check", copy.path, "--kb", EvidentBinary.repoRoot.path, "--format", "json",
        ])
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        var first: [Int: String] = [:]
        for file in files {
            for finding in file["findings"] as? [[String: Any]] ?? [] {
                guard let line = finding["line"] as? Int,
                    let claim = finding["claim_id"] as? String,
                    first[line] == nil
                else { continue }
                first[line] = claim
            }
        }
        for (number, (sentence, expected)) in Self.cases.enumerated() {
            #expect(first[2 * number + 1] == expected, "\(sentence)")
        }
    }
}
