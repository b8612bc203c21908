import EvidentModel

/// A compact binary form of ``Reference`` for the index's `data` column: decoding 100,000
/// references this way takes a fraction of what `JSONDecoder` needs, which is what makes a
/// knowledge base load faster from the index than from its files.
///
/// Layout: a format byte, then every field in declaration order; integers as zigzag varints,
/// strings as UTF-8 with a varint length (optional strings store length + 1, 0 for `nil`),
/// arrays as a count then elements. Lossless: `decode(encode(r)) == r` (tests cover every field).
enum IndexReferenceCodec {
    static let format: UInt8 = 1

    /// Malformed or foreign bytes.
    struct Malformed: Error {}

    // MARK: Encoding

    struct Writer {
        var bytes: [UInt8] = []

        mutating func varint(_ value: UInt64) {
            var v = value
            while v >= 0x80 {
                bytes.append(UInt8(v & 0x7F) | 0x80)
                v >>= 7
            }
            bytes.append(UInt8(v))
        }
        mutating func int(_ value: Int) {
            let v = Int64(value)
            varint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
        }
        mutating func int(_ value: Int?) {
            guard let value else { return bytes.append(0) }
            bytes.append(1)
            int(value)
        }
        mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }
        mutating func string(_ value: String) {
            var text = value
            text.withUTF8 { utf8 in
                varint(UInt64(utf8.count))
                bytes.append(contentsOf: utf8)
            }
        }
        mutating func string(_ value: String?) {
            guard var text = value else { return bytes.append(0) }
            text.withUTF8 { utf8 in
                varint(UInt64(utf8.count) + 1)
                bytes.append(contentsOf: utf8)
            }
        }
        mutating func strings(_ values: [String]) {
            varint(UInt64(values.count))
            for value in values { string(value) }
        }
    }

    static func encode(_ r: Reference) -> [UInt8] {
        var w = Writer()
        w.bytes.reserveCapacity(256)
        w.bytes.append(format)
        w.string(r.key.description)
        w.string(r.origin.rawValue)
        w.string(r.pmid?.description)
        w.int(r.version)
        w.string(r.title)
        w.string(r.vernacularTitle)
        w.varint(UInt64(r.abstract.count))
        for s in r.abstract {
            w.string(s.label)
            w.string(s.category)
            w.string(s.text)
            w.string(s.otherType)
            w.string(s.language)
        }
        w.varint(UInt64(r.authors.count))
        for a in r.authors {
            w.string(a.last)
            w.string(a.fore)
            w.string(a.initials)
            w.string(a.suffix)
            w.string(a.collective)
            w.string(a.orcid)
            w.strings(a.affiliations)
            w.bool(a.equalContrib)
            w.bool(a.valid)
        }
        w.bool(r.journal != nil)
        if let j = r.journal {
            w.string(j.title)
            w.string(j.isoAbbreviation)
            w.string(j.issn)
            w.string(j.volume)
            w.string(j.issue)
        }
        w.string(r.pages)
        w.bool(r.pubDate != nil)
        if let d = r.pubDate {
            w.int(d.year)
            w.int(d.month)
            w.int(d.day)
            w.string(d.season)
            w.string(d.medlineDate)
        }
        w.string(r.doi)
        w.string(r.pmc)
        w.string(r.pii)
        w.varint(UInt64(r.publicationTypes.count))
        for t in r.publicationTypes {
            w.string(t.ui)
            w.string(t.name)
        }
        w.varint(UInt64(r.mesh.count))
        for m in r.mesh {
            w.string(m.descriptor)
            w.string(m.ui)
            w.bool(m.major)
            w.varint(UInt64(m.qualifiers.count))
            for q in m.qualifiers {
                w.string(q.name)
                w.string(q.ui)
                w.bool(q.major)
            }
        }
        w.strings(r.keywords)
        w.strings(r.languages)
        w.varint(UInt64(r.commentsCorrections.count))
        for c in r.commentsCorrections {
            w.string(c.type)
            w.string(c.pmid?.description)
            w.string(c.source)
        }
        w.string(r.cslType)
        w.string(r.url)
        w.string(r.publisher)
        w.string(r.declaredDesign?.rawValue)
        w.string(r.declaredPopulation?.rawValue)
        w.string(r.note)
        w.bool(r.location != nil)
        if let l = r.location {
            w.string(l.path)
            w.int(l.line)
            w.int(l.column)
        }
        return w.bytes
    }

    // MARK: Decoding

    struct Reader {
        let raw: UnsafeRawBufferPointer
        var offset = 0

        mutating func byte() throws -> UInt8 {
            guard offset < raw.count else { throw Malformed() }
            defer { offset += 1 }
            return raw[offset]
        }
        mutating func varint() throws -> UInt64 {
            var result: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let b = try byte()
                result |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return result }
                shift += 7
                if shift > 63 { throw Malformed() }
            }
        }
        mutating func count() throws -> Int {
            let n = try varint()
            guard n <= UInt64(raw.count - offset) else { throw Malformed() }
            return Int(n)
        }
        mutating func int() throws -> Int {
            let z = try varint()
            return Int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
        }
        mutating func optionalInt() throws -> Int? {
            try byte() == 0 ? nil : try int()
        }
        mutating func bool() throws -> Bool { try byte() != 0 }
        mutating func text(_ length: Int) throws -> String {
            guard length <= raw.count - offset else { throw Malformed() }
            let slice = UnsafeRawBufferPointer(rebasing: raw[offset..<offset + length])
            offset += length
            return String(decoding: slice, as: UTF8.self)
        }
        mutating func string() throws -> String { try text(count()) }
        mutating func optionalString() throws -> String? {
            let n = try varint()
            if n == 0 { return nil }
            return try text(Int(n - 1))
        }
        mutating func skip(_ length: Int) throws {
            guard length <= raw.count - offset else { throw Malformed() }
            offset += length
        }
        mutating func skipOptionalString() throws {
            let n = try varint()
            guard n == 0 || n - 1 <= UInt64(raw.count - offset) else { throw Malformed() }
            if n > 0 { offset += Int(n - 1) }
        }
        mutating func strings() throws -> [String] {
            let n = try count()
            var result: [String] = []
            result.reserveCapacity(n)
            for _ in 0..<n { result.append(try string()) }
            return result
        }
    }

    /// The reference in `raw`. With `abstract`, its abstract is decoded only when `abstract`
    /// holds for the reference decoded without it (every other field); otherwise it is left
    /// empty (its bytes are still checked).
    static func decode(
        _ raw: UnsafeRawBufferPointer, abstract: ((Reference) -> Bool)? = nil
    ) throws -> Reference {
        var r = Reader(raw: raw)
        guard try r.byte() == format else { throw Malformed() }
        guard let key = ReferenceKey(try r.string()),
            let origin = Reference.Origin(rawValue: try r.string())
        else { throw Malformed() }
        let pmid = try r.optionalString().flatMap { PMID($0) }
        var ref = Reference(key: key, origin: origin, pmid: pmid, version: try r.int())
        ref.title = try r.optionalString()
        ref.vernacularTitle = try r.optionalString()
        let abstractStart = r.offset
        if abstract == nil {
            try readAbstract(&r, into: &ref)
        } else {
            try skipAbstract(&r)
        }
        let authors = try r.count()
        ref.authors.reserveCapacity(authors)
        for _ in 0..<authors {
            let last = try r.optionalString()
            let fore = try r.optionalString()
            let initials = try r.optionalString()
            let suffix = try r.optionalString()
            let collective = try r.optionalString()
            let orcid = try r.optionalString()
            let affiliations = try r.strings()
            let equal = try r.bool()
            ref.authors.append(
                Author(
                    last: last, fore: fore, initials: initials, suffix: suffix,
                    collective: collective, orcid: orcid, affiliations: affiliations,
                    equalContrib: equal, valid: try r.bool()))
        }
        if try r.bool() {
            let title = try r.optionalString()
            let iso = try r.optionalString()
            let issn = try r.optionalString()
            let volume = try r.optionalString()
            ref.journal = Journal(
                title: title, isoAbbreviation: iso, issn: issn, volume: volume,
                issue: try r.optionalString())
        }
        ref.pages = try r.optionalString()
        if try r.bool() {
            let year = try r.optionalInt()
            let month = try r.optionalInt()
            let day = try r.optionalInt()
            let season = try r.optionalString()
            ref.pubDate = PubDate(
                year: year, month: month, day: day, season: season,
                medlineDate: try r.optionalString())
        }
        ref.doi = try r.optionalString()
        ref.pmc = try r.optionalString()
        ref.pii = try r.optionalString()
        let types = try r.count()
        for _ in 0..<types {
            let ui = try r.optionalString()
            ref.publicationTypes.append(PublicationType(ui: ui, name: try r.string()))
        }
        let headings = try r.count()
        ref.mesh.reserveCapacity(headings)
        for _ in 0..<headings {
            let descriptor = try r.string()
            let ui = try r.optionalString()
            let major = try r.bool()
            let qualifierCount = try r.count()
            var qualifiers: [MeshHeading.Qualifier] = []
            qualifiers.reserveCapacity(qualifierCount)
            for _ in 0..<qualifierCount {
                let name = try r.string()
                let qui = try r.optionalString()
                qualifiers.append(.init(name: name, ui: qui, major: try r.bool()))
            }
            ref.mesh.append(
                MeshHeading(
                    descriptor: descriptor, ui: ui, major: major, qualifiers: qualifiers))
        }
        ref.keywords = try r.strings()
        ref.languages = try r.strings()
        let links = try r.count()
        for _ in 0..<links {
            let type = try r.string()
            let linked = try r.optionalString().flatMap { PMID($0) }
            ref.commentsCorrections.append(
                CommentsCorrection(
                    type: type, pmid: linked, source: try r.optionalString()))
        }
        ref.cslType = try r.optionalString()
        ref.url = try r.optionalString()
        ref.publisher = try r.optionalString()
        ref.declaredDesign = try r.optionalString().flatMap { StudyDesign(rawValue: $0) }
        ref.declaredPopulation = try r.optionalString().flatMap { Population(rawValue: $0) }
        ref.note = try r.optionalString()
        if try r.bool() {
            let path = try r.string()
            let line = try r.optionalInt()
            ref.location = SourceLocation(path: path, line: line, column: try r.optionalInt())
        }
        guard r.offset == raw.count else { throw Malformed() }
        if let abstract, abstract(ref) {
            var again = Reader(raw: raw, offset: abstractStart)
            try readAbstract(&again, into: &ref)
        }
        return ref
    }

    private static func readAbstract(_ r: inout Reader, into ref: inout Reference) throws {
        let sections = try r.count()
        ref.abstract.reserveCapacity(sections)
        for _ in 0..<sections {
            let label = try r.optionalString()
            let category = try r.optionalString()
            let text = try r.string()
            ref.abstract.append(
                AbstractSection(
                    label: label, category: category, text: text, otherType: try r.optionalString(),
                    language: try r.optionalString()))
        }
    }

    /// Moves past an abstract, checking its lengths as ``readAbstract(_:into:)`` does.
    private static func skipAbstract(_ r: inout Reader) throws {
        for _ in 0..<(try r.count()) {
            try r.skipOptionalString()
            try r.skipOptionalString()
            let text = try r.count()
            try r.skip(text)
            try r.skipOptionalString()
            try r.skipOptionalString()
        }
    }
}
