import CLibXML2
import Foundation

/// Validation of PubMed XML against NLM's DTD (`pubmed_250101.dtd`, bundled with the MathML
/// modules it includes; see `DTD/README.md`), with libxml2.
///
/// Nothing is fetched: the DTD and its modules are read from the bundle, and while Evident
/// runs, libxml2's external entities are served only from that folder (any other URL or path
/// is refused). The document is parsed with `XML_PARSE_NONET` and without entity
/// substitution. Callers validate only files the streaming reader has already read without
/// error (so the file declares no entity, nests at most 256 levels and inflates within bounds),
/// and at most ``maximumBytes`` of XML, since validation builds the document in memory.
public enum PubMedDTD {
    /// The DTD's file name, as messages name it.
    public static let name = "pubmed_250101.dtd"
    /// The largest document validated, in bytes of XML (a knowledge base's PubMed files are
    /// small; a whole baseline file is not validated).
    public static let maximumBytes = 64 * 1_048_576

    /// The bundled DTD folder.
    static let folder: URL? = Bundle.module.url(forResource: "DTD", withExtension: nil)

    /// Guards ``parsed`` and libxml2's error handler during a validation.
    private static let lock = NSLock()
    /// The DTD, parsed on first use and kept for the life of the process (read-only after).
    nonisolated(unsafe) private static var parsed: xmlDtdPtr?

    /// Validates the PubMed XML file at `path` (`.xml` or `.xml.gz`): `nil` when it is valid,
    /// else what is wrong with it. Throws ``PubMedError`` when the file or the bundled DTD
    /// cannot be read.
    public static func validate(path: String) throws -> PubMedDTDReport? {
        guard let folder else {
            throw PubMedError(
                path: path, line: nil, column: nil,
                message: "the bundled PubMed DTD is missing (expected DTD/\(name) in the "
                    + "EvidentPubMed resources)")
        }
        _ = loaderInstalled
        // One validation at a time: the parsed DTD is shared, and libxml2's error handler is
        // set for the duration.
        lock.lock()
        defer { lock.unlock() }
        let collector = ErrorCollector()
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        xmlSetStructuredErrorFunc(
            box.toOpaque(),
            { context, error in
                guard let context, let error else { return }
                Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
                    .add(UnsafePointer(error))
            })
        defer { xmlSetStructuredErrorFunc(nil, nil) }

        if parsed == nil {
            parsed = xmlParseDTD(nil, folder.appendingPathComponent(name).path)
        }
        guard let dtd = parsed else {
            throw PubMedError(
                path: path, line: nil, column: nil,
                message:
                    "cannot read the bundled PubMed DTD (\(collector.first ?? "unknown error"))")
        }
        collector.reset()

        // Read (and inflate) the file as the streaming reader does; libxml2 parses the bytes,
        // so its entity loader, which serves only the DTD folder, never opens the document.
        let bytes = try Self.contents(path: path)
        let read = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory(
                        $0, Int32(buffer.count), path, nil, Int32(XML_PARSE_NONET.rawValue))
                }
            }
        }
        guard let document = read else {
            throw PubMedError(
                path: path, line: collector.firstLine, column: nil,
                message: "cannot read the file to check it against the PubMed DTD ("
                    + (collector.first ?? "unknown error") + ")")
        }
        defer { xmlFreeDoc(document) }
        collector.reset()

        guard let context = xmlNewValidCtxt() else {
            throw PubMedError(
                path: path, line: nil, column: nil, message: "cannot create a DTD validator")
        }
        defer { xmlFreeValidCtxt(context) }
        // Messages go to the structured handler above, never to standard error.
        context.pointee.error = nil
        context.pointee.warning = nil
        if xmlValidateDtd(context, document, dtd) == 1 { return nil }
        return PubMedDTDReport(messages: collector.messages, lines: collector.lines)
    }

    /// The file's XML, inflated when it is gzip; at most ``maximumBytes``.
    static func contents(path: String) throws -> [UInt8] {
        var source = try PubMedByteSource(path: path)
        defer { source.close() }
        var bytes: [UInt8] = []
        let chunk = PubMedReader.chunkSize
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = try source.read(into: buffer, capacity: chunk, path: path)
            if count == 0 { break }
            guard bytes.count + count <= maximumBytes else {
                throw PubMedError(
                    path: path, line: nil, column: nil,
                    message: "more than \(maximumBytes) bytes of XML, more than the check reads "
                        + "into memory")
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(start: buffer, count: count))
        }
        return bytes
    }

    /// libxml2's loader for external entities while Evident runs: files inside the bundled DTD
    /// folder only. Installed once; the PubMed reader never loads external entities at all.
    private static let loaderInstalled: Bool = {
        xmlSetExternalEntityLoader { url, _, context in
            guard let url, let folder = PubMedDTD.folder?.standardizedFileURL.path else {
                return nil
            }
            let text = String(cString: url)
            let path =
                text.hasPrefix("file://")
                ? String(text.dropFirst("file://".count)) : text
            let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
            guard standardized.hasPrefix(folder + "/"),
                !text.contains("://") || text.hasPrefix("file://")
            else { return nil }
            return xmlNewInputFromFile(context, standardized)
        }
        return true
    }()

    /// Collects libxml2's structured errors (one validation at a time, on one thread).
    private final class ErrorCollector {
        var messages: [String] = []
        var lines: [Int?] = []

        var first: String? { messages.first }
        var firstLine: Int? { lines.first ?? nil }

        func add(_ error: UnsafePointer<xmlError>) {
            let problem = error.pointee
            var text = problem.message.map { String(cString: $0) } ?? "unknown error"
            while let last = text.last, last == "\n" || last == " " { text.removeLast() }
            messages.append(text)
            lines.append(problem.line > 0 ? Int(problem.line) : nil)
        }

        func reset() {
            messages.removeAll()
            lines.removeAll()
        }
    }
}
