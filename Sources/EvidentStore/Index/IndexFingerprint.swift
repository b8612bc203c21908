import EvidentModel

/// A fast, deterministic 64-bit content fingerprint (not cryptographic): the index compares
/// fingerprints to tell an identical re-imported record from a changed one.
struct IndexFingerprint {
    private(set) var state: UInt64

    private mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* 0x0000_0100_0000_01B3 &+ 0x2545_F491_4F6C_DD1D
        state ^= state >> 29
    }

    /// Starts from a seed (different seeds give independent fingerprints).
    init(seed: UInt64 = 0x9E37_79B9_7F4A_7C15) { state = seed }

    /// Adds bytes.
    mutating func add(bytes raw: UnsafeRawBufferPointer) {
        ByteWords.forEach(raw) { mix($0) }
    }

    /// Adds a string (or its absence).
    mutating func add(_ text: String?) {
        guard let text else {
            mix(0xFFFF_FFFF_FFFF_FFFF)
            return
        }
        var copy = text
        copy.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Adds an integer (or its absence).
    mutating func add(_ value: Int?) {
        guard let value else {
            mix(0xFFFF_FFFF_FFFF_FFFE)
            return
        }
        mix(UInt64(bitPattern: Int64(value)))
    }

    /// Adds a boolean.
    mutating func add(_ value: Bool) { mix(value ? 1 : 2) }

    /// The fingerprint of every field of a reference.
    static func of(_ reference: Reference) -> Int64 {
        var f = IndexFingerprint()
        f.add(reference.key.description)
        f.add(reference.origin.rawValue)
        f.add(reference.pmid.map { Int($0.value) })
        f.add(reference.version)
        f.add(reference.title)
        f.add(reference.vernacularTitle)
        f.add(reference.abstract.count)
        for section in reference.abstract {
            f.add(section.label)
            f.add(section.category)
            f.add(section.text)
            f.add(section.otherType)
            f.add(section.language)
        }
        f.add(reference.authors.count)
        for author in reference.authors {
            f.add(author.last)
            f.add(author.fore)
            f.add(author.initials)
            f.add(author.suffix)
            f.add(author.collective)
            f.add(author.orcid)
            f.add(author.affiliations.count)
            for affiliation in author.affiliations { f.add(affiliation) }
            f.add(author.equalContrib)
            f.add(author.valid)
        }
        f.add(reference.journal?.title)
        f.add(reference.journal?.isoAbbreviation)
        f.add(reference.journal?.issn)
        f.add(reference.journal?.volume)
        f.add(reference.journal?.issue)
        f.add(reference.pages)
        f.add(reference.pubDate?.year)
        f.add(reference.pubDate?.month)
        f.add(reference.pubDate?.day)
        f.add(reference.pubDate?.season)
        f.add(reference.pubDate?.medlineDate)
        f.add(reference.doi)
        f.add(reference.pmc)
        f.add(reference.pii)
        f.add(reference.publicationTypes.count)
        for type in reference.publicationTypes {
            f.add(type.ui)
            f.add(type.name)
        }
        f.add(reference.mesh.count)
        for heading in reference.mesh {
            f.add(heading.descriptor)
            f.add(heading.ui)
            f.add(heading.major)
            f.add(heading.qualifiers.count)
            for qualifier in heading.qualifiers {
                f.add(qualifier.name)
                f.add(qualifier.ui)
                f.add(qualifier.major)
            }
        }
        f.add(reference.keywords.count)
        for keyword in reference.keywords { f.add(keyword) }
        f.add(reference.languages.count)
        for language in reference.languages { f.add(language) }
        f.add(reference.commentsCorrections.count)
        for link in reference.commentsCorrections {
            f.add(link.type)
            f.add(link.pmid.map { Int($0.value) })
            f.add(link.source)
        }
        f.add(reference.cslType)
        f.add(reference.url)
        f.add(reference.publisher)
        f.add(reference.declaredDesign?.rawValue)
        f.add(reference.declaredPopulation?.rawValue)
        f.add(reference.note)
        return Int64(bitPattern: f.state)
    }
}
