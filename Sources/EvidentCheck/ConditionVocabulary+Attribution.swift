extension ConditionVocabulary {
    /// What `evident rules --sources` prints: each source with its version, licence and the
    /// number of its concepts used, the size of the vocabulary, and the HPO statement.
    public var attribution: String {
        let aliases = aliasCount
        var out = "Condition vocabulary: \(count - aliases) phrases derived by "
        out += ".ci/vocab/derive.py, \(aliases) from the reviewed alias overlay\n\n"
        for source in sources where source.key != "total" {
            out += "\(source.key): \(source.name)\n"
            out += "  version: \(source.version)\n"
            out += "  licence: \(source.licence)\n"
            out += "  used: \(source.count)\n"
        }
        if let total = sources.first(where: { $0.key == "total" }) {
            out += "\nderived phrases: \(total.licence)\n"
        }
        out += "This product uses the Human Phenotype Ontology (version "
        out += "\(ConditionVocabulary.hpoVersion)).\n"
        return out
    }
}
