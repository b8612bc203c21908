import EvidentModel

extension Evident {
    /// One citation to add with ``Evident/cite(claim:citations:root:expectedVersion:)``: the
    /// reference key as the user typed it, the stance, and the note and appraisal when given.
    public struct CitationRequest: Sendable, Hashable {
        /// `pmid:<PMID>`, `doi:<DOI>` or a CSL-JSON item's id.
        public var reference: String
        /// The reference's stance on the claim.
        public var stance: Stance
        /// The finding in the editor's words.
        public var note: String?
        /// The appraisal fields given (`nil`: none).
        public var appraisal: Appraisal?

        /// Creates a request.
        public init(
            reference: String, stance: Stance, note: String? = nil, appraisal: Appraisal? = nil
        ) {
            self.reference = reference
            self.stance = stance
            self.note = note
            self.appraisal = appraisal
        }
    }
}
