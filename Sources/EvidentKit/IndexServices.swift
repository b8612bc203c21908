import EvidentGrading
import EvidentStore

extension Evident {
    /// The design the grader assigns a reference (policy tables, recorded reasons dropped): the
    /// index stores it so that `refs search --design`, `suggest` and `report` agree.
    public static func indexDesign(policy: Policy = .default) -> IndexDesignClassifier.Classify {
        let classifier = ReferenceClassifier(policy: policy)
        return { classifier.classify($0).design }
    }

    /// An importer of PubMed files into `index`, classifying designs like the grader.
    public static func indexImporter(
        _ index: IndexDatabase, policy: Policy = .default
    ) -> IndexImporter {
        IndexImporter(index: index, classify: indexDesign(policy: policy))
    }
}
