/// One statement of a source document, with the evidence that bears on it.
public struct Claim: Hashable, Sendable, Codable {
    /// Stable id, kebab-case (`k2-increases-bone-density`).
    public var id: ClaimID
    /// The source document's id (`vitamin-k2-article`).
    public var document: String
    /// The exact quote from the source document.
    public var quote: String
    /// Where the quote sits in the source document.
    public var position: QuotePosition?
    /// The statement in normalised, neutral wording.
    public var statement: String
    /// What kind of statement it is.
    public var category: ClaimCategory
    /// What the claim is about (`vitamin K2`, `MK-7`, `MK-4`).
    public var subjects: [String]
    /// The outcome the claim speaks of, and its kind.
    public var outcome: Outcome?
    /// The population the claim is about (`postmenopausal women`, `general`).
    public var population: String?
    /// Terms and synonyms that help match copy to this claim (optional).
    public var keywords: [String]
    /// The citations, in order.
    public var citations: [Citation]
    /// Where the claim stands in the editor's workflow (`draft` until an editor has checked
    /// what `evident new` proposed); `nil` for a finished claim.
    public var status: ClaimStatus?
    /// The signed reviews, oldest first (the last one is in force).
    public var reviews: [Review]
    /// The claim file this record was read from.
    public var location: SourceLocation?

    /// Creates a claim.
    public init(
        id: ClaimID, document: String, quote: String, position: QuotePosition? = nil,
        statement: String, category: ClaimCategory, subjects: [String] = [],
        outcome: Outcome? = nil, population: String? = nil, keywords: [String] = [],
        citations: [Citation] = [], status: ClaimStatus? = nil, reviews: [Review] = [],
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.document = document
        self.quote = quote
        self.position = position
        self.statement = statement
        self.category = category
        self.subjects = subjects
        self.outcome = outcome
        self.population = population
        self.keywords = keywords
        self.citations = citations
        self.status = status
        self.reviews = reviews
        self.location = location
    }
}

extension Claim {
    /// The review in force: the latest one.
    public var review: Review? { reviews.last }
}

/// A claim's stable id: lowercase letters, digits and single hyphens.
public struct ClaimID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The id as written.
    public let rawValue: String

    /// Validates an id; `nil` unless kebab-case (`a-z0-9` separated by single `-`).
    public init?(_ rawValue: String) {
        // Checked byte by byte: a valid id is ASCII, one byte per character.
        var count = 0
        var afterDash = true  // no `-` first, nor two in a row
        for byte in rawValue.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                afterDash = false
            case UInt8(ascii: "-"):
                guard !afterDash else { return nil }
                afterDash = true
            default:
                return nil
            }
            count += 1
            guard count <= 120 else { return nil }
        }
        guard count > 0, !afterDash else { return nil }
        self.rawValue = rawValue
    }

    /// The id.
    public var description: String { rawValue }

    /// Orders alphabetically.
    public static func < (lhs: ClaimID, rhs: ClaimID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes from a string, validating it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = ClaimID(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "invalid claim id '\(text)'")
        }
        self = id
    }

    /// Encodes as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Where a quote sits in its source document.
public struct QuotePosition: Hashable, Sendable, Codable {
    /// The section heading it sits under (`Q: What effect does vitamin K2 have?`).
    public var section: String?
    /// 1-based line of the quote's first character.
    public var line: Int
    /// 0-based offset of the quote's first character, in Unicode scalars from the document start.
    public var start: Int
    /// 0-based offset just past the quote's last character, in Unicode scalars.
    public var end: Int

    /// Creates a position.
    public init(section: String? = nil, line: Int, start: Int, end: Int) {
        self.section = section
        self.line = line
        self.start = start
        self.end = end
    }
}

/// What kind of statement a claim is; decides which kind of source can grade it.
public enum ClaimCategory: String, Hashable, Sendable, Codable, CaseIterable {
    /// What a substance is (`K2 is a fat-soluble vitamin`).
    case definition
    /// How it works in the body (`activates osteocalcin`).
    case mechanism
    /// What foods contain it, or what a product contains.
    case composition
    /// What it does for health in people (`increases bone density`).
    case efficacy
    /// That it prevents, treats or cures a disease, or lowers its risk (`prevents fractures`).
    case disease
    /// Whether it is safe.
    case safety
    /// What a regulator decided, and when.
    case regulatory
}

/// The outcome a claim speaks of.
public struct Outcome: Hashable, Sendable, Codable {
    /// Name (`fracture`, `bone mineral density`, `osteocalcin carboxylation`).
    public var name: String
    /// Clinical, surrogate or mechanistic.
    public var kind: OutcomeKind

    /// Creates an outcome.
    public init(name: String, kind: OutcomeKind) {
        self.name = name
        self.kind = kind
    }
}

/// Whether an outcome is what patients feel, a stand-in for it, or a mechanism.
public enum OutcomeKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Fractures, deaths, disease events.
    case clinical
    /// Bone density, biomarkers, calcification scores.
    case surrogate
    /// Biochemical or cellular mechanism.
    case mechanistic
    /// Not a health outcome (regulatory, composition, definition).
    case none
}

/// A citation: a reference and the stance it takes on the claim.
public struct Citation: Hashable, Sendable, Codable {
    /// The cited reference.
    public var reference: ReferenceKey
    /// Its stance on this claim.
    public var stance: Stance
    /// The structured appraisal the grader reads (risk of bias, outcome, funding, fit …).
    public var appraisal: Appraisal?
    /// Why it has that stance (finding in own words), for people: the grader never reads it.
    public var note: String?
    /// Where it is written in the claim file.
    public var location: SourceLocation?

    /// Creates a citation.
    public init(
        reference: ReferenceKey, stance: Stance, appraisal: Appraisal? = nil,
        note: String? = nil, location: SourceLocation? = nil
    ) {
        self.reference = reference
        self.stance = stance
        self.appraisal = appraisal
        self.note = note
        self.location = location
    }
}

/// The stance of a reference on a claim.
public enum Stance: String, Hashable, Sendable, Codable, CaseIterable {
    /// The reference's findings support the claim.
    case supports
    /// The reference's findings are against the claim.
    case contradicts
    /// The reference tested the claim and found no effect.
    case null
    /// Some findings for, some against.
    case mixed
    /// Context only; does not test the claim.
    case background
}

/// A source document that claims were taken from.
public struct SourceDocument: Hashable, Sendable, Codable {
    /// Stable id (`vitamin-k2-article`), also the folder name under `Claims/`.
    public var id: String
    /// Title.
    public var title: String
    /// Where it came from (URL or description).
    public var origin: String
    /// When it was retrieved, `YYYY-MM-DD`.
    public var retrieved: String
    /// The full text, exactly as retrieved.
    public var text: String
    /// The file it was read from.
    public var location: SourceLocation?

    /// Creates a source document.
    public init(
        id: String, title: String, origin: String, retrieved: String, text: String,
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.origin = origin
        self.retrieved = retrieved
        self.text = text
        self.location = location
    }
}

/// The whole knowledge base in memory: documents, claims and references.
public struct KnowledgeBase: Sendable {
    /// Source documents by id.
    public var documents: [String: SourceDocument]
    /// Claims in id order.
    public var claims: [Claim]
    /// References by key (each reference may be reachable under several keys: pmid and doi).
    public var references: [ReferenceKey: Reference]
    /// SHA-256 over every claim and reference file (stable across machines), hex.
    public var fingerprint: String

    /// Creates a knowledge base.
    public init(
        documents: [String: SourceDocument] = [:], claims: [Claim] = [],
        references: [ReferenceKey: Reference] = [:], fingerprint: String = ""
    ) {
        self.documents = documents
        self.claims = claims
        self.references = references
        self.fingerprint = fingerprint
    }
}
