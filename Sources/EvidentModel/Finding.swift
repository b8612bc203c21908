/// What kind of problem a copy-check finding is.
public enum FindingCategory: String, Hashable, Sendable, Codable, CaseIterable {
    /// A claim that a product treats, cures, prevents or mitigates a disease.
    case diseaseClaim = "disease-claim"
    /// A health claim not authorised for the nutrient in the market.
    case unauthorisedHealthClaim = "unauthorised-health-claim"
    /// A claim the knowledge base grades weak or unsupported.
    case unsupportedByEvidence = "unsupported-by-evidence"
    /// A claim the knowledge base grades supported: the claim behind the sentence, named.
    case supportedByEvidence = "supported-by-evidence"
    /// A health statement that matches no claim in the knowledge base.
    case noEvidenceInKB = "no-evidence-in-kb"
    /// "Guaranteed", "miracle", "clinically proven" without the evidence.
    case overclaim
    /// "No side effects", "completely safe".
    case absoluteSafety = "absolute-safety"
    /// A required disclaimer or warning is missing.
    case missingDisclosure = "missing-disclosure"
    /// An authorised claim: the conditions of use that come with it.
    case conditionsOfUse = "conditions-of-use"
}

/// One problem found in checked copy.
public struct Finding: Hashable, Sendable, Codable {
    /// File path as given (`-` for standard input).
    public var path: String
    /// 1-based start line in the original file.
    public var line: Int
    /// 1-based start column in the original file.
    public var column: Int
    /// 1-based end line.
    public var endLine: Int
    /// 1-based end column (inclusive).
    public var endColumn: Int
    /// How serious it is.
    public var severity: Severity
    /// The rule id (kebab-case).
    public var rule: String
    /// The finding's category.
    public var category: FindingCategory
    /// What is wrong, in one sentence.
    public var message: String
    /// The offending text.
    public var text: String
    /// The matched claim, if any.
    public var claimID: ClaimID?
    /// The matched claim's verdict, if any.
    public var verdict: Verdict?
    /// The matched claim's certainty, if any.
    public var certainty: Certainty?
    /// Why the claim matched, if one did: the concepts (or words) the copy and the claim share,
    /// by weight.
    public var matched: [String]?

    /// Creates a finding.
    public init(
        path: String, line: Int, column: Int, endLine: Int, endColumn: Int, severity: Severity,
        rule: String, category: FindingCategory, message: String, text: String,
        claimID: ClaimID? = nil, verdict: Verdict? = nil, certainty: Certainty? = nil,
        matched: [String]? = nil
    ) {
        self.path = path
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.severity = severity
        self.rule = rule
        self.category = category
        self.message = message
        self.text = text
        self.claimID = claimID
        self.verdict = verdict
        self.certainty = certainty
        self.matched = matched
    }
}
