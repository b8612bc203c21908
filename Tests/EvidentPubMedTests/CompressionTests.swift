import EvidentPubMed
import EvidentTestSupport
import Foundation
import Testing

/// `.gz` input is recognised by its magic bytes and reads exactly like the plain file.
@Suite struct CompressionTests {
    static let plain = TestSupport.corpus
        .appendingPathComponent("tipplerow__pubmed/test__pubmed_sample.xml")

    /// Compresses `source` with the system gzip into a temporary file named `name`.
    static func gzip(_ source: URL, as name: String) throws -> URL {
        let folder = try ScratchFolder.make("evident-gz")
        let target = folder.appendingPathComponent(name)
        _ = FileManager.default.createFile(atPath: target.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c", source.path]
        process.standardOutput = try FileHandle(forWritingTo: target)
        try process.run()
        process.waitUntilExit()
        return target
    }

    @Test(arguments: ["sample.xml.gz", "sample-compressed-but-named.xml"])
    func gzipReadsLikePlainWhateverTheName(_ name: String) throws {
        let compressed = try Self.gzip(Self.plain, as: name)
        let expected = try TestSupport.records(Self.plain.path)
        var records: [PubMedRecord] = []
        let summary = try PubMedReader().read(path: compressed.path) { records.append($0) }
        #expect(summary.compressed)
        #expect(summary.xmlBytes == 73_280)
        #expect(summary.fileBytes < summary.xmlBytes)
        // Same values except where each record was read from.
        #expect(records.map(Self.withoutLocation) == expected.map(Self.withoutLocation))
    }

    @Test func plainFileNamedGzReadsAsPlain() throws {
        let folder = try ScratchFolder.make("evident-gz")
        let target = folder.appendingPathComponent("not-really.xml.gz")
        try FileManager.default.copyItem(at: Self.plain, to: target)
        var count = 0
        let summary = try PubMedReader().read(path: target.path) { _ in count += 1 }
        #expect(!summary.compressed)
        #expect(count == 10)
    }

    static func withoutLocation(_ record: PubMedRecord) -> PubMedRecord {
        switch record {
        case .article(var reference):
            reference.location = nil
            return .article(reference)
        case .book(var reference):
            reference.location = nil
            return .book(reference)
        case .delete: return record
        }
    }
}
