import CLibXML2
import EvidentModel

/// The importer's state machine, driven by libxml2's SAX2 callbacks.
///
/// Hot path: every element costs one pointer-hash lookup (names are interned in the parser's
/// dictionary) and a switch on its parent; elements the importer does not read are skipped
/// with a depth counter, and text is copied only inside a field that is kept. Mixed content
/// (`i`, `b`, `sup`, `sub`, `u`, MathML …) inside a kept field is read as plain text.
/// Non-copyable: it owns the element stack and the text buffer, freed once when it ends.
struct PubMedSAXState: ~Copyable {
    /// Longest text node or field accepted, in bytes (libxml2's own limit without HUGE).
    static let maximumTextLength = 10_000_000
    /// Deepest element nesting accepted. PubMed XML nests about a dozen levels (MathML in an
    /// abstract included; the deepest record of the corpus has 12); 256 is libxml2's own limit
    /// when it builds a tree. libxml2's push parser does not enforce it for a SAX reader like
    /// this one, and keeps every open element's name, so deeper input is refused here: memory
    /// stays bounded whatever the nesting.
    static let maximumNesting = 256

    let path: String
    var context: xmlParserCtxtPtr?
    private let tags = InternedNameTable()
    private let attributes = InternedNameTable()

    private var stack: UnsafeMutablePointer<PubMedTag>
    private var depth = 0
    /// Open elements, tracked or not.
    private var nesting = 0
    private var skipDepth = 0
    private var capturing = false
    private var captureNesting = 0
    private var captureTag = PubMedTag.other
    private var captureParent = PubMedTag.other
    private var text: UnsafeMutablePointer<UInt8>
    private var textCount = 0
    private var textCapacity: Int
    private var textRun = 0

    var rootSeen = false
    /// True once the whole input was handed to the parser.
    var atEnd = false
    var rootClosed = false
    var builder = PubMedRecordBuilder(origin: .pubmedArticle, line: nil)
    /// The `Version` of the `DeleteCitation` PMID being read.
    private var deleteVersion = 1
    /// Records finished since the caller last drained them.
    var pending: [PubMedRecord] = []
    var summary = PubMedReadSummary()
    /// The first error met; parsing stops there.
    var error: PubMedError?

    init(path: String) {
        self.path = path
        stack = .allocate(capacity: Self.maximumNesting)
        textCapacity = 64 * 1024
        text = .allocate(capacity: textCapacity)
    }

    deinit {
        stack.deallocate()
        text.deallocate()
    }

    /// Interns the names the importer knows in the parser's dictionary.
    mutating func attach(_ context: xmlParserCtxtPtr) {
        self.context = context
        let dictionary = context.pointee.dict
        for (tag, name) in PubMedTag.names {
            if let pointer = xmlDictLookup(dictionary, name, -1) {
                tags.insert(UnsafeRawPointer(pointer), tag.rawValue)
            }
        }
        for (attribute, name) in PubMedAttribute.names {
            if let pointer = xmlDictLookup(dictionary, name, -1) {
                attributes.insert(UnsafeRawPointer(pointer), attribute.rawValue)
            }
        }
    }

    // MARK: - Errors

    /// Records `message` at the parser's current position and stops the parser.
    mutating func fail(_ message: String) {
        guard error == nil else { return }
        let line = Int(evident_parserLine(context))
        let column = Int(evident_parserColumn(context))
        error = PubMedError(
            path: path, line: line > 0 ? line : nil, column: column > 0 ? column : nil,
            message: message)
        if let context { xmlStopParser(context) }
    }

    /// Records a libxml2 error (fatal ones only: well-formedness; namespace warnings and the
    /// like do not lose data) in Evident's wording.
    mutating func libxmlError(_ raised: UnsafePointer<xmlError>) {
        guard error == nil else { return }
        let problem = raised.pointee
        guard problem.level == XML_ERR_FATAL else { return }
        var detail = problem.message.map { String(cString: $0) } ?? "unknown error"
        while let last = detail.last, last == "\n" || last == " " { detail.removeLast() }
        detail = detail.split(separator: "\n").joined(separator: "; ")
        if let first = detail.first, first.isUppercase,
            detail.dropFirst().first?.isLowercase == true
        {
            detail = first.lowercased() + detail.dropFirst()
        }
        let code = Int32(problem.code)
        var message: String
        if code == Int32(XML_ERR_DOCUMENT_EMPTY.rawValue) || (!rootSeen && atEnd) {
            message = "not XML: no root element found (expected a PubmedArticleSet document)"
        } else if code == Int32(XML_ERR_UNDECLARED_ENTITY.rawValue) {
            let entity = problem.str1.map { String(cString: $0) } ?? ""
            message = Self.undefinedEntityMessage(entity)
        } else if detail.hasPrefix("input is not proper UTF-8") {
            let bytes = detail.split(separator: ";").last.map {
                $0.trimmingWhitespace().replacing("Bytes: ", with: "bytes ")
            }
            message = "invalid UTF-8" + (bytes.map { " (\($0))" } ?? "")
        } else if atEnd, rootSeen, !rootClosed {
            let open = context.flatMap { $0.pointee.name }.map { String(cString: $0) }
            message =
                "unexpected end of file"
                + (open.map { " inside '\($0)'" } ?? "") + " (the file is truncated)"
        } else if !rootSeen {
            message = "not XML: \(detail) (expected a PubmedArticleSet document)"
        } else {
            message = "malformed XML: \(detail)"
        }
        let line = Int(problem.line)
        let column = Int(problem.int2)
        error = PubMedError(
            path: path, line: line > 0 ? line : nil, column: column > 0 ? column : nil,
            message: message)
    }

    /// The message for a reference to an entity that PubMed XML never uses.
    static func undefinedEntityMessage(_ entity: String) -> String {
        "undefined entity '&\(entity);' (expected only &amp; &lt; &gt; &quot; &apos;"
            + " and numeric character references)"
    }

    // MARK: - SAX events

    typealias Attributes = UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    @inline(__always)
    mutating func startElement(
        _ name: UnsafePointer<xmlChar>, _ count: Int32, _ values: Attributes
    ) {
        textRun = 0
        nesting += 1
        if nesting > Self.maximumNesting {
            fail(
                "elements nested deeper than \(Self.maximumNesting) levels (PubMed XML nests "
                    + "about a dozen; refusing unbounded input)")
            return
        }
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        if capturing {
            captureNesting += 1
            return
        }
        let tag = PubMedTag(rawValue: tags.lookup(UnsafeRawPointer(name))) ?? .other
        if depth == 0 {
            startRoot(tag, name)
            return
        }
        let parent = stack[depth - 1]
        switch parent {
        case .pubmedArticleSet:
            switch tag {
            case .pubmedArticle: beginRecord(.pubmedArticle)
            case .pubmedBookArticle: beginRecord(.pubmedBook)
            case .deleteCitation: push(tag)
            default: skipDepth = 1
            }
        case .pubmedArticle:
            if tag == .medlineCitation || tag == .pubmedData { push(tag) } else { skipDepth = 1 }
        case .pubmedBookArticle:
            if tag == .bookDocument || tag == .pubmedBookData { push(tag) } else { skipDepth = 1 }
        case .deleteCitation:
            if tag == .pmid {
                deleteVersion = version(count, values)
                capture(tag, parent)
            } else {
                skipDepth = 1
            }
        case .medlineCitation:
            switch tag {
            case .pmid:
                readVersion(count, values)
                capture(tag, parent)
            case .article, .meshHeadingList, .keywordList, .commentsCorrectionsList: push(tag)
            case .otherAbstract:
                readOtherAbstract(count, values)
                push(tag)
            default: skipDepth = 1
            }
        case .bookDocument:
            switch tag {
            case .pmid:
                readVersion(count, values)
                capture(tag, parent)
            case .articleTitle, .vernacularTitle, .language: capture(tag, parent)
            case .articleIdList, .book, .pagination, .abstract, .keywordList: push(tag)
            case .authorList: startAuthorList(count, values)
            case .publicationType:
                readClassification(count, values)
                capture(tag, parent)
            case .otherAbstract:
                readOtherAbstract(count, values)
                push(tag)
            default: skipDepth = 1
            }
        case .book:
            switch tag {
            case .bookTitle, .volume: capture(tag, parent)
            case .pubDate: push(tag)
            case .authorList: startAuthorList(count, values)
            case .eLocationID:
                readKind(count, values, .eIdType, default: nil)
                capture(tag, parent)
            default: skipDepth = 1
            }
        case .pubmedData, .pubmedBookData:
            if tag == .articleIdList { push(tag) } else { skipDepth = 1 }
        case .article:
            switch tag {
            case .articleTitle, .vernacularTitle, .language: capture(tag, parent)
            case .journal, .pagination, .abstract, .publicationTypeList: push(tag)
            case .eLocationID:
                readKind(count, values, .eIdType, default: nil)
                capture(tag, parent)
            case .authorList: startAuthorList(count, values)
            default: skipDepth = 1
            }
        case .journal:
            switch tag {
            case .issn, .title, .isoAbbreviation: capture(tag, parent)
            case .journalIssue: push(tag)
            default: skipDepth = 1
            }
        case .journalIssue:
            switch tag {
            case .volume, .issue: capture(tag, parent)
            case .pubDate: push(tag)
            default: skipDepth = 1
            }
        case .pubDate:
            switch tag {
            case .year, .month, .day, .season, .medlineDate: capture(tag, parent)
            default: skipDepth = 1
            }
        case .pagination:
            switch tag {
            case .startPage, .endPage, .medlinePgn: capture(tag, parent)
            default: skipDepth = 1
            }
        case .abstract, .otherAbstract:
            if tag == .abstractText {
                readSection(count, values)
                capture(tag, parent)
            } else {
                skipDepth = 1
            }
        case .authorList:
            if tag == .author {
                startAuthor(count, values)
            } else {
                skipDepth = 1
            }
        case .author:
            switch tag {
            case .lastName, .foreName, .initials, .suffix, .collectiveName: capture(tag, parent)
            case .identifier:
                readKind(count, values, .source, default: nil)
                if builder.fieldKind?.lowercased() == "orcid" {
                    capture(tag, parent)
                } else {
                    skipDepth = 1
                }
            case .affiliationInfo: push(tag)
            default: skipDepth = 1
            }
        case .affiliationInfo:
            if tag == .affiliation { capture(tag, parent) } else { skipDepth = 1 }
        case .articleIdList:
            if tag == .articleId {
                readKind(count, values, .idType, default: "pubmed")
                switch builder.fieldKind {
                case "doi", "pmc", "pii": capture(tag, parent)
                default: skipDepth = 1
                }
            } else {
                skipDepth = 1
            }
        case .publicationTypeList:
            if tag == .publicationType {
                readClassification(count, values)
                capture(tag, parent)
            } else {
                skipDepth = 1
            }
        case .meshHeadingList:
            if tag == .meshHeading {
                builder.heading = nil
                push(tag)
            } else {
                skipDepth = 1
            }
        case .meshHeading:
            if tag == .descriptorName || tag == .qualifierName {
                readClassification(count, values)
                capture(tag, parent)
            } else {
                skipDepth = 1
            }
        case .keywordList:
            if tag == .keyword { capture(tag, parent) } else { skipDepth = 1 }
        case .commentsCorrectionsList:
            if tag == .commentsCorrections {
                readKind(count, values, .refType, default: nil)
                builder.correction = CommentsCorrection(type: builder.fieldKind ?? "")
                push(tag)
            } else {
                skipDepth = 1
            }
        case .commentsCorrections:
            if tag == .refSource || tag == .pmid { capture(tag, parent) } else { skipDepth = 1 }
        default:
            skipDepth = 1
        }
    }

    @inline(__always)
    mutating func endElement() {
        textRun = 0
        nesting -= 1
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        if capturing {
            if captureNesting > 0 {
                captureNesting -= 1
                return
            }
            finishCapture()
            return
        }
        guard depth > 0 else { return }
        depth -= 1
        switch stack[depth] {
        case .pubmedArticle, .pubmedBookArticle: finishRecord()
        case .author:
            if depth >= 2, stack[depth - 2] == .book {
                builder.bookAuthors.append(builder.author)
            } else {
                builder.authors.append(builder.author)
            }
        case .meshHeading:
            if let heading = builder.heading { builder.mesh.append(heading) }
            builder.heading = nil
        case .commentsCorrections:
            builder.commentsCorrections.append(builder.correction)
        case .otherAbstract:
            builder.otherAbstractType = nil
            builder.otherAbstractLanguage = nil
        case .pubmedArticleSet: rootClosed = true
        default: break
        }
    }

    @inline(__always)
    mutating func characters(_ bytes: UnsafePointer<xmlChar>, _ length: Int32) {
        let count = Int(length)
        textRun &+= count
        if textRun > Self.maximumTextLength {
            fail("text node longer than \(Self.maximumTextLength) bytes (refusing unbounded input)")
            return
        }
        guard capturing else { return }
        if textCount + count > textCapacity {
            if textCount + count > Self.maximumTextLength {
                fail(
                    "text of '\(Self.name(of: captureTag))' longer than "
                        + "\(Self.maximumTextLength) bytes (refusing unbounded input)")
                return
            }
            var capacity = textCapacity * 2
            while capacity < textCount + count { capacity *= 2 }
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            grown.update(from: text, count: textCount)
            text.deallocate()
            text = grown
            textCapacity = capacity
        }
        (text + textCount).update(from: bytes, count: count)
        textCount += count
    }

    // MARK: - Structure

    private static func name(of tag: PubMedTag) -> String {
        PubMedTag.names.first { $0.0 == tag }?.1 ?? "?"
    }

    private mutating func startRoot(_ tag: PubMedTag, _ name: UnsafePointer<xmlChar>) {
        guard !rootSeen else { return }
        rootSeen = true
        if tag == .pubmedArticleSet {
            push(tag)
        } else {
            let found = String(cString: name)
            fail("root element is '\(found)' (expected 'PubmedArticleSet')")
        }
    }

    @inline(__always)
    private mutating func push(_ tag: PubMedTag) {
        guard depth < Self.maximumNesting else {
            skipDepth = 1
            return
        }
        stack[depth] = tag
        depth += 1
    }

    @inline(__always)
    private mutating func capture(_ tag: PubMedTag, _ parent: PubMedTag) {
        capturing = true
        captureNesting = 0
        captureTag = tag
        captureParent = parent
        textCount = 0
    }

    private mutating func finishCapture() {
        capturing = false
        let value = PubMedText.string(UnsafePointer(text), count: textCount)
        if captureTag == .pmid, captureParent == .deleteCitation {
            guard let pmid = PMID(value) else {
                fail("invalid PMID '\(value)' in 'DeleteCitation' (expected a positive integer)")
                return
            }
            pending.append(.delete(pmid, version: deleteVersion))
            summary.deletes += 1
            return
        }
        builder.set(captureTag, parent: captureParent, value)
    }

    private mutating func beginRecord(_ origin: Reference.Origin) {
        let line = Int(evident_parserLine(context))
        builder = PubMedRecordBuilder(origin: origin, line: line > 0 ? line : nil)
        push(origin == .pubmedBook ? .pubmedBookArticle : .pubmedArticle)
    }

    private mutating func finishRecord() {
        let element = builder.origin == .pubmedBook ? "PubmedBookArticle" : "PubmedArticle"
        let parent = builder.origin == .pubmedBook ? "BookDocument" : "MedlineCitation"
        guard let text = builder.pmidText else {
            fail("'\(element)' has no PMID (expected '\(parent)/PMID')")
            return
        }
        guard let pmid = PMID(text) else {
            fail("invalid PMID '\(text)' in '\(element)' (expected a positive integer)")
            return
        }
        let reference = builder.reference(pmid: pmid, path: path)
        if builder.origin == .pubmedBook {
            pending.append(.book(reference))
            summary.books += 1
        } else {
            pending.append(.article(reference))
            summary.articles += 1
        }
    }

    private mutating func startAuthorList(_ count: Int32, _ values: Attributes) {
        readKind(count, values, .type, default: nil)
        if builder.fieldKind == "editors" {
            skipDepth = 1
        } else {
            push(.authorList)
        }
    }

    private mutating func startAuthor(_ count: Int32, _ values: Attributes) {
        var author = Author()
        forEachAttribute(count, values) { attribute, start, end in
            switch attribute {
            case .validYN: author.valid = !(end - start == 1 && start[0] == UInt8(ascii: "N"))
            case .equalContrib:
                author.equalContrib = end - start == 1 && start[0] == UInt8(ascii: "Y")
            default: break
            }
        }
        builder.author = author
        push(.author)
    }

    // MARK: - Attributes

    @inline(__always)
    private func forEachAttribute(
        _ count: Int32, _ values: Attributes,
        _ body: (PubMedAttribute, UnsafePointer<UInt8>, UnsafePointer<UInt8>) -> Void
    ) {
        guard count > 0, let values else { return }
        for index in 0..<Int(count) {
            guard let name = values[index * 5], let start = values[index * 5 + 3],
                let end = values[index * 5 + 4]
            else { continue }
            let attribute =
                PubMedAttribute(rawValue: attributes.lookup(UnsafeRawPointer(name))) ?? .other
            if attribute != .other { body(attribute, start, end) }
        }
    }

    private mutating func readVersion(_ count: Int32, _ values: Attributes) {
        builder.version = version(count, values)
    }

    /// The `Version` attribute of a PMID element (the DTD requires it; 1 when absent).
    private func version(_ count: Int32, _ values: Attributes) -> Int {
        var version = 1
        forEachAttribute(count, values) { attribute, start, end in
            if attribute == .version {
                version = Int(PubMedText.string(from: start, to: end)) ?? 1
            }
        }
        return version
    }

    private mutating func readKind(
        _ count: Int32, _ values: Attributes, _ wanted: PubMedAttribute, default value: String?
    ) {
        var kind = value
        forEachAttribute(count, values) { attribute, start, end in
            if attribute == wanted { kind = PubMedText.string(from: start, to: end) }
        }
        builder.fieldKind = kind
    }

    private mutating func readClassification(_ count: Int32, _ values: Attributes) {
        var ui: String?
        var major = false
        forEachAttribute(count, values) { attribute, start, end in
            switch attribute {
            case .ui: ui = PubMedText.string(from: start, to: end)
            case .majorTopicYN: major = end - start == 1 && start[0] == UInt8(ascii: "Y")
            default: break
            }
        }
        builder.fieldUI = ui
        builder.fieldMajor = major
    }

    private mutating func readSection(_ count: Int32, _ values: Attributes) {
        var label: String?
        var category: String?
        forEachAttribute(count, values) { attribute, start, end in
            switch attribute {
            case .label: label = PubMedText.string(from: start, to: end)
            case .nlmCategory: category = PubMedText.string(from: start, to: end)
            default: break
            }
        }
        builder.fieldLabel = label == "" ? nil : label
        builder.fieldCategory = category == "" ? nil : category
    }

    private mutating func readOtherAbstract(_ count: Int32, _ values: Attributes) {
        var type: String?
        var language: String?
        forEachAttribute(count, values) { attribute, start, end in
            switch attribute {
            case .type: type = PubMedText.string(from: start, to: end)
            case .language: language = PubMedText.string(from: start, to: end)
            default: break
            }
        }
        builder.otherAbstractType = type
        builder.otherAbstractLanguage = language ?? "eng"
    }
}
