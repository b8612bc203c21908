import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Session 22: the six classes of the testimonial-arc reading once written by hand
/// (`@vigour-state`, `@state-timing`, `@age-phrase`, `@covering-gap`, `@arc-pain-state`,
/// `@well-verdict`) are derived from WordNet by `.ci/craft/derive-arc-states.py`, with a
/// reviewed overlay for what WordNet cannot give. Sentences written for this test (none from
/// an evaluation set): words the hand lists lacked and WordNet's senses give, read as the hand
/// words were; and the ordinary uses beside them.
struct ArcStateDerivationTests {
    static func rules(_ text: String) -> [String] {
        Fixtures.check(text, market: .us).filter { $0.severity == .error }.map(\.rule)
    }

    /// The committed classes are what the script derives (skipped where python3 or WordNet is
    /// missing).
    @Test func classesMatchRegeneration() throws {
        guard let run = try Fixtures.regenerationCheck(".ci/craft/derive-arc-states.py")
        else { return }
        #expect(run.status == 0, "\(run.errors)")
    }

    /// Every overlay line names a class of the script and gives a reason: an entry WordNet
    /// cannot give is kept only with the reason why.
    @Test func overlayLinesGiveReasons() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(
            contentsOf: root.appendingPathComponent(".ci/craft/arc-states-overlay.tsv"),
            encoding: .utf8)
        let classes: Set = [
            "vigour-state", "state-timing", "age-phrase", "covering-gap", "arc-pain-state",
            "well-verdict", "covering-place", "covering-hole", "covering-vanish",
            "covering-disguise", "arc-body-adjective", "arc-birth-state", "arc-small-hour",
            "arc-night-vigil", "arc-short-night", "arc-month", "arc-rest-place", "arc-predator",
            "arc-dark-room", "arc-carer", "arc-conceived",
        ]
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
        #expect(!lines.isEmpty)
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(fields.count == 3, "\(line)")
            #expect(classes.contains(String(fields.first ?? "")), "\(line)")
            #expect((fields.last ?? "").count >= 20, "a reason, not a word: \(line)")
        }
    }

    /// Words the hand lists lacked, given by WordNet's senses: continence ("continent": "having
    /// control over urination and defecation") promised at an age; lameness ("crippled": WordNet's
    /// lame) for a long time beside the product; a thin patch (rule G2) filling in; a holder
    /// too frail or too weak to walk or stand (rule B3) before the product.
    @Test(arguments: [
        ("Still continent all night at 78, no pads needed.", "implied-state-at-age"),
        (
            "Our old mare was crippled for two years; a month on the turmeric balancer and she trots again.",
            "testimonial-arc-complaint"
        ),
        (
            "The thin patches on his crown have filled in since the scalp drops.",
            "implied-covering-regrown"
        ),
        // rule B3: an act kept from a holder's body by its ill health ("too frail to")
        (
            "Grandpa was too frail to walk to the post box; after a month of the beetroot shots he strolls there and back.",
            "testimonial-pair-sign"
        ),
        (
            "Our ewe was too weak to stand after lambing. Since the mineral drench she is up and grazing with the others.",
            "testimonial-pair-sign"
        ),
    ])
    func readsDerivedWords(copy: String, rule: String) {
        #expect(Self.rules(copy).contains(rule), "\(copy)")
    }

    /// The same words in their ordinary uses: a continent on a map, a crippled budget, a thin
    /// patch of ice, a clinician's "fine" that names no condition, a signal or tea too weak.
    @Test(arguments: [
        "Still the best continent for hiking at 78 euros a night, no guide needed.",
        "The strike crippled the railway for two years; since the new timetable the trains run again.",
        "The thin patches of ice on the pond filled in overnight after the frost.",
        "Her coat was patchy in March - fine, the vet said. The fish oil capsules make it shine.",
        // rule B3's words said of things, with no holder before them
        "The wifi was too weak to reach the shed; since the new router it reaches the bottom of the garden.",
        "The tea was too weak to taste of anything. Since the new blend I brew it for five minutes.",
    ])
    func leavesOrdinaryUses(copy: String) {
        #expect(Self.rules(copy).isEmpty, "\(copy)")
    }
}
