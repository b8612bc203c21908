/// What a recognised condition phrase names.
public enum ConditionKind: String, Sendable, CaseIterable {
    /// A disease or disorder (MeSH C/F03, Disease Ontology, ICD-10-CM outside chapter R).
    case disease
    /// A symptom, sign or abnormal state (MeSH C23.888, Symptom Ontology, ICD-10-CM chapter R,
    /// HPO layperson synonyms).
    case symptom
    /// A normal function that authorised EU claims speak of ("tiredness and fatigue",
    /// "weight loss"): a disease claim only when the copy treats or cures it.
    case function
    /// A germ: the organism an infection term of the sources names ("Giardia", "West Nile
    /// virus"); it fills `@condition-germ`, which the lexicon's `@microbe` includes.
    case germ
}
