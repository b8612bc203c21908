import CLibXML2
import EvidentModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Streams the records of PubMed XML files (`.xml` or `.xml.gz`).
///
/// Contract (other modules code against it): `read(path:_:)` calls `body` once per record, in
/// document order, and throws `PubMedError` (whose description is
/// `path:line:col: error: …`) for unreadable or malformed input.
///
/// The file is fed in 256 KiB chunks to libxml2's SAX2 push parser; gzip input (recognised by
/// its magic bytes, not its name) is inflated with zlib on a second thread. Memory stays flat
/// however large the file. The parser never loads a DTD or anything from the network, and
/// refuses any entity declaration (XXE, billion laughs) instead of expanding it. Hostile input
/// is refused, not worked through: a text node or field longer than 10,000,000 bytes
/// (libxml2's own limit without HUGE), elements nested deeper than 256 levels, gzip data that
/// expands more than 100 times or beyond 4 GiB, and anything but another gzip member after
/// the last one (see ``GzipStream``).
///
/// How PubMed elements become `Reference` fields:
/// - `pmid`/`version`: `MedlineCitation/PMID` (or `BookDocument/PMID`) and its `Version`
///   (default 1); never a PMID of CommentsCorrections, DeleteCitation or ReferenceList.
/// - `title`: ArticleTitle; a whole-book record (no ArticleTitle) takes its BookTitle; an empty
///   or `[Not Available].` title falls back to VernacularTitle, else `nil`. For a book chapter
///   `journal` holds the BookTitle and Book/Volume.
/// - Text fields keep inline markup (`i`, `b`, `sup`, `sub`, `u`, MathML, DispFormula) as
///   plain text, nothing dropped (`D<sub>3</sub>` → `D3`, `&lt;` → `<`); values are trimmed,
///   and a white-space run holding a line break or tab becomes one space.
/// - `abstract`: AbstractText sections (Label, NlmCategory; an empty Label is `nil`), then
///   OtherAbstract sections with `otherType` and `language` (DTD default `eng`).
///   CopyrightInformation is not a section.
/// - `authors`: the record's AuthorList (editor lists and InvestigatorList are not authors; a
///   whole-book record without its own list takes the Book's author list);
///   ORCID normalised to `0000-0002-1825-0097` from its four spellings; `valid` defaults to
///   true (ValidYN), `equalContrib` is EqualContrib="Y".
/// - `pages`: MedlinePgn, else StartPage-EndPage, else a non-DOI ELocationID (e-locator).
/// - `pubDate`: PubDate Year, Month (1–12 from `Jan` or `01`), Day, Season, MedlineDate kept
///   raw with its first year as `year`. ArticleDate and History dates are not the PubDate.
/// - `doi`/`pmc`/`pii`: the first of each in the record's own ArticleIdList (PubmedData,
///   PubmedBookData or BookDocument; ArticleId@IdType defaults to `pubmed`); the ELocationID
///   doi/pii as fallback; ReferenceList identifiers never leak in.
/// - `publicationTypes` (with UI), `mesh` (MajorTopicYN default N, on descriptor and
///   qualifiers), `keywords` (all lists), `languages`, `commentsCorrections` (RefType, PMID,
///   RefSource). Retraction is `Reference.isRetracted` (publication type or RetractionIn).
public struct PubMedReader: Sendable {
    /// Bytes handed to the parser per chunk.
    public static let chunkSize = 256 * 1024

    /// Called on the reading thread after each chunk with the bytes of the file consumed so
    /// far, as stored (compressed bytes for `.gz` input): how far through the file reading is.
    public let progress: (@Sendable (Int) -> Void)?

    /// Creates a reader; `progress`, if given, follows the position in the file.
    public init(progress: (@Sendable (Int) -> Void)? = nil) {
        self.progress = progress
    }

    /// Reads one file, calling `body` for each record; returns what was read.
    @discardableResult
    public func read(path: String, _ body: (PubMedRecord) throws -> Void) throws
        -> PubMedReadSummary
    {
        var source = try PubMedByteSource(path: path)
        defer { source.close() }
        return try parse(path: path, source: &source, body)
    }

    /// Reads a document held in memory (plain XML, not gzip); `path` names it in errors.
    @discardableResult
    public func read(bytes: [UInt8], path: String, _ body: (PubMedRecord) throws -> Void) throws
        -> PubMedReadSummary
    {
        var source = PubMedByteSource(bytes: bytes)
        return try parse(path: path, source: &source, body)
    }

    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    private func parse(
        path: String, source: inout PubMedByteSource, _ body: (PubMedRecord) throws -> Void
    ) throws -> PubMedReadSummary {
        _ = Self.initialized
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
        defer { buffer.deallocate() }

        var count = try source.read(into: buffer, capacity: Self.chunkSize, path: path)
        if count == 0 {
            throw PubMedError(
                path: path, line: nil, column: nil,
                message: "file is empty (expected a PubmedArticleSet document)")
        }

        let state = UnsafeMutablePointer<PubMedSAXState>.allocate(capacity: 1)
        state.initialize(to: PubMedSAXState(path: path))
        defer {
            state.deinitialize(count: 1)
            state.deallocate()
        }
        var handler = Self.handler()
        let first = Int32(min(count, 4))
        guard
            let context = xmlCreatePushParserCtxt(
                &handler, state, buffer.assumingMemoryBound(to: CChar.self), first, path)
        else {
            throw PubMedError(
                path: path, line: nil, column: nil, message: "cannot create an XML parser")
        }
        defer {
            // libxml2 builds a stand-in document for internal-subset declarations even in SAX
            // mode ("expat compatibility"); the context does not own it.
            if let document = context.pointee.myDoc {
                xmlFreeDoc(document)
                context.pointee.myDoc = nil
            }
            xmlFreeParserCtxt(context)
        }
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
        state.pointee.attach(context)
        state.pointee.summary.xmlBytes = count
        var offset = Int(first)

        func drain() throws {
            if state.pointee.pending.isEmpty { return }
            let records = state.pointee.pending
            state.pointee.pending.removeAll(keepingCapacity: true)
            for record in records { try body(record) }
        }

        while true {
            if count > offset {
                let chunk = (buffer + offset).assumingMemoryBound(to: CChar.self)
                xmlParseChunk(context, chunk, Int32(count - offset), 0)
            }
            try drain()
            if let error = state.pointee.error { throw error }
            if context.pointee.wellFormed == 0 || context.pointee.disableSAX != 0 {
                throw Self.fallbackError(path: path, context: context)
            }
            progress?(source.storedOffset)
            offset = 0
            do {
                count = try source.read(into: buffer, capacity: Self.chunkSize, path: path)
            } catch let error as PubMedError {
                var located = error
                let line = Int(evident_parserLine(context))
                if line > 0 { located.line = line }
                throw located
            }
            state.pointee.summary.xmlBytes += count
            if count == 0 { break }
        }
        state.pointee.atEnd = true
        xmlParseChunk(context, nil, 0, 1)
        try drain()
        if let error = state.pointee.error { throw error }
        if context.pointee.wellFormed == 0 {
            throw Self.fallbackError(path: path, context: context)
        }
        if !state.pointee.rootClosed {
            throw PubMedError(
                path: path, line: nil, column: nil,
                message: "no PubmedArticleSet element (expected a PubmedArticleSet document)")
        }
        var summary = state.pointee.summary
        summary.fileBytes = source.storedBytes
        summary.compressed = source.isCompressed
        return summary
    }

    private static func fallbackError(path: String, context: xmlParserCtxtPtr) -> PubMedError {
        let line = Int(evident_parserLine(context))
        let column = Int(evident_parserColumn(context))
        return PubMedError(
            path: path, line: line > 0 ? line : nil, column: column > 0 ? column : nil,
            message: "malformed XML (libxml2 error \(context.pointee.errNo))")
    }

    private static func handler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { user, name, _, _, _, _, count, _, values in
            guard let user, let name else { return }
            user.assumingMemoryBound(to: PubMedSAXState.self).pointee
                .startElement(name, count, values)
        }
        handler.endElementNs = { user, _, _, _ in
            guard let user else { return }
            user.assumingMemoryBound(to: PubMedSAXState.self).pointee.endElement()
        }
        handler.characters = { user, bytes, length in
            guard let user, let bytes else { return }
            user.assumingMemoryBound(to: PubMedSAXState.self).pointee.characters(bytes, length)
        }
        handler.ignorableWhitespace = handler.characters
        handler.entityDecl = { user, name, _, _, _, _ in
            guard let user else { return }
            let entity = name.map { String(cString: $0) } ?? ""
            user.assumingMemoryBound(to: PubMedSAXState.self).pointee.fail(
                "entity declaration '\(entity)' is not allowed (PubMed XML declares no entities;"
                    + " external and nested entities are refused)")
        }
        handler.reference = { user, name in
            guard let user else { return }
            let entity = name.map { String(cString: $0) } ?? ""
            user.assumingMemoryBound(to: PubMedSAXState.self).pointee.fail(
                PubMedSAXState.undefinedEntityMessage(entity))
        }
        handler.serror = { user, error in
            guard let user, let error else { return }
            user.assumingMemoryBound(to: PubMedSAXState.self).pointee.libxmlError(error)
        }
        return handler
    }
}
