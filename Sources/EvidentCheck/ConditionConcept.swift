/// A condition phrase of the vocabulary: what it names and where it comes from.
public struct ConditionConcept: Hashable, Sendable {
    /// The phrase as the vocabulary has it (lowercase): "high blood pressure".
    public let phrase: String
    /// Disease, symptom or normal function.
    public let kind: ConditionKind
    /// When it counts: always, only in a health context (an everyday sense besides the
    /// medical one: "cold", "stroke"), or only as a possessive eponym ("Alzheimer's").
    public let sense: ConditionSense
    /// Concept ids in source order: `MESH:D006973`, `DOID:10763`, `ICD10CM:I10`, `HP:0000822`.
    public let conceptIDs: [String]
    /// Whether it comes from the reviewed alias overlay rather than a source vocabulary.
    public let isAlias: Bool
    /// Whether it counts only as written, or in its plural in -s (an everyday word shares its
    /// stem: "bends" and "bend").
    public let isAsWritten: Bool

    /// Creates a concept.
    public init(
        phrase: String, kind: ConditionKind, sense: ConditionSense, conceptIDs: [String],
        isAlias: Bool, isAsWritten: Bool = false
    ) {
        self.isAsWritten = isAsWritten
        self.phrase = phrase
        self.kind = kind
        self.sense = sense
        self.conceptIDs = conceptIDs
        self.isAlias = isAlias
    }

    /// Whether the phrase has an everyday sense, so that it counts only in a health context.
    public var isAmbiguous: Bool { sense == .ambiguous }

    /// Where the phrase comes from, for messages: `MeSH D006973, ICD-10-CM I10` (an HPO id
    /// carries the HPO version, as its licence asks; `WN` is a WordNet synset), or `alias overlay`.
    public var provenance: String {
        var parts: [String] = []
        for id in conceptIDs {
            let pieces = id.split(separator: ":", maxSplits: 1).map(String.init)
            guard pieces.count == 2 else { continue }
            switch pieces[0] {
            case "MESH": parts.append("MeSH \(pieces[1])")
            case "DOID": parts.append(id)
            case "SYMP": parts.append(id)
            case "ICD10CM": parts.append("ICD-10-CM \(pieces[1])")
            case "HP": parts.append("\(id) (HPO \(ConditionVocabulary.hpoVersion))")
            case "WN": parts.append("WordNet \(pieces[1])")
            default: parts.append(id)
            }
        }
        if isAlias { parts.append("alias overlay") }
        return parts.joined(separator: ", ")
    }
}
