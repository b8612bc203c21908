/// Who paid for a study.
public enum Funding: String, Hashable, Sendable, Codable, CaseIterable {
    /// The maker or seller of the product studied.
    case industry
    /// Public or charitable funders only.
    case independent
    /// Both industry and independent funders.
    case mixed
    /// Not stated, or not checked.
    case unknown
}
