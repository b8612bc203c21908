import EvidentKit

/// A candidate reference for a claim (`evident suggest`), citable in one click when it is in
/// `Sources-Refs/` and not cited yet.
struct SuggestionView: Sendable {
    /// The key to cite it by.
    var key: String
    /// `Knapen: Title (Osteoporos Int)`.
    var heading: String
    /// `randomised controlled trial, 2013, humans`.
    var facts: String
    /// `https://pubmed.ncbi.nlm.nih.gov/<pmid>/`.
    var pubmedURL: String?
    /// Retracted.
    var retracted: Bool
    /// Already cited by the claim.
    var cited: Bool
    /// In `Sources-Refs/`, so `cite` can add it.
    var citable: Bool
    /// The id of the form's stance field.
    var stanceID: String
    /// The stance choices.
    var stances: [OptionView]

    /// The view of hit `rank` (1-based).
    init(_ hit: IndexSearchHit, rank: Int) {
        key = hit.key
        var heading = hit.title ?? "(no title)"
        if let author = hit.firstAuthor { heading = "\(author): \(heading)" }
        if let journal = hit.journal { heading += " (\(journal))" }
        self.heading = heading
        var facts = [hit.design.label]
        if let year = hit.year { facts.append(String(year)) }
        if hit.humans { facts.append("humans") }
        self.facts = facts.joined(separator: ", ")
        pubmedURL = hit.pmid.map { "https://pubmed.ncbi.nlm.nih.gov/\($0)/" }
        retracted = hit.retracted
        cited = hit.cited == true
        citable = hit.source == IndexKnowledgeBase.source && !cited
        stanceID = "s\(rank)-stance"
        stances = OptionView.list(Stance.allCases.map(\.rawValue), chosen: nil, blank: "(choose)")
    }
}
