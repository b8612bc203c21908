/// One vocabulary the condition phrases are derived from, with its attribution.
public struct VocabularySource: Hashable, Sendable {
    /// Short key (`mesh`, `doid`, `symp`, `icd10cm`, `hpo`, `eu`, `wordnet`).
    public let key: String
    /// Its name.
    public let name: String
    /// Its licence and the attribution it asks for.
    public let licence: String
    /// The version or release used.
    public let version: String
    /// How many of its concepts (or claims) the derivation used.
    public let count: String
}
