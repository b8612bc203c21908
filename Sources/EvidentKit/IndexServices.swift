import EvidentGrading
import EvidentStore

extension Evident {
    /// The design the grader assigns a reference (policy tables, recorded reasons dropped): the
    /// index stores it so that `refs search --design`, `suggest` and `report` agree. Without a
    /// policy, the bundled default's classification rules.
    public static func indexDesign(policy: Policy? = nil) throws -> IndexDesignClassifier.Classify {
        let classifier = ReferenceClassifier(policy: try policy ?? .bundled())
        return { classifier.classify($0).design }
    }

    /// An importer of PubMed files into `index`, classifying designs like the grader.
    public static func indexImporter(
        _ index: IndexDatabase, policy: Policy? = nil
    ) throws -> IndexImporter {
        IndexImporter(index: index, classify: try indexDesign(policy: policy))
    }

    /// The references whose abstracts grading under `policy` may read (only a meta-analysis's
    /// abstract is read, for its cue of pooling trials): a report loads no others.
    public static func abstractsGradingReads(policy: Policy) -> (Reference) -> Bool {
        let classifier = ReferenceClassifier(policy: policy)
        return { classifier.mayReadAbstract(of: $0) }
    }
}
