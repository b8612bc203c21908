import EvidentModel
import EvidentTestSupport
import Foundation
import Testing

@testable import EvidentPubMed

/// Input built to exhaust the reader: deep nesting, decompression bombs, bytes after the last
/// gzip member. Each is refused early with a located error instead of being worked through.
@Suite struct HostileInputTests {
    /// A new empty folder, removed when the test process exits.
    static func folder() throws -> URL {
        try ScratchFolder.make("evident-hostile")
    }

    /// `bytes` compressed by the system gzip: one gzip member.
    static func gzipMember(_ bytes: Data) throws -> Data {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("member")
        try bytes.write(to: source)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-9", "-c", source.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// A document whose root holds `depth` nested `<a>` elements, one line per level.
    static func nested(_ depth: Int) -> String {
        TestSupport.set(String(repeating: "<a>\n", count: depth))
    }

    static let nestingMessage =
        "elements nested deeper than 256 levels (PubMed XML nests about a dozen; refusing "
        + "unbounded input)"

    @Test func nestingIsRefusedAtTheFirstElementTooDeep() throws {
        // The root is level 1, so the 256th <a> is level 257: line 2 + 256.
        let error = try #require(TestSupport.error(xml: Self.nested(300), path: "deep.xml"))
        #expect(error.description == "deep.xml:258:3: error: \(Self.nestingMessage)")
    }

    @Test func nestingWithinTheLimitIsRead() throws {
        // 255 levels under the root: as deep as allowed, then closed properly.
        let body =
            TestSupport.article(
                article: "<ArticleTitle>t</ArticleTitle>",
                data: String(repeating: "<x>", count: 250) + String(repeating: "</x>", count: 250))
        #expect(try TestSupport.records(xml: TestSupport.set(body)).count == 1)
        let deepest = String(repeating: "<a>", count: 255) + String(repeating: "</a>", count: 255)
        #expect(try TestSupport.records(xml: TestSupport.set(deepest)).isEmpty)
        let tooDeep = String(repeating: "<a>", count: 256) + String(repeating: "</a>", count: 256)
        #expect(TestSupport.error(xml: TestSupport.set(tooDeep))?.message == Self.nestingMessage)
    }

    @Test func aNestingBombStopsAtTheLimit() throws {
        // 30 million nested elements in a small .gz: refused where the limit is crossed, so
        // no more than a few hundred open elements are ever held.
        let level = try Self.gzipMember(Data(String(repeating: "<a>", count: 1 << 20).utf8))
        var file = try Self.gzipMember(Data("<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n".utf8))
        for _ in 0..<30 { file += level }
        let url = try Self.folder().appendingPathComponent("nest.xml.gz")
        try file.write(to: url)
        #expect(file.count < 200_000)
        let error = try #require(TestSupport.error(path: url.path))
        #expect(error.description == "\(url.path):3:768: error: \(Self.nestingMessage)")
    }

    @Test func bytesAfterTheLastGzipMemberAreAnError() throws {
        let plain = try Data(contentsOf: CompressionTests.plain)
        let member = try Self.gzipMember(plain)
        let folder = try Self.folder()
        for trailer in ["garbage\n", "\0\0\0\0", "\u{1F}"] {
            let url = folder.appendingPathComponent("trailing.xml.gz")
            try (member + Data(trailer.utf8)).write(to: url)
            let error = try #require(TestSupport.error(path: url.path))
            #expect(
                error.message
                    == "trailing data after the last gzip member at byte \(member.count) "
                    + "(expected the end of the file or another gzip member)")
            // Located after the document, which was read before the trailer was met.
            #expect(error.line == plain.filter { $0 == 0x0A }.count + 1)
        }
    }

    @Test func concatenatedGzipMembersReadAsOneFile() throws {
        let plain = try Data(contentsOf: CompressionTests.plain)
        let half = plain.count / 2
        let joined =
            try Self.gzipMember(plain.prefix(half)) + Self.gzipMember(plain.dropFirst(half))
        let url = try Self.folder().appendingPathComponent("joined.xml.gz")
        try joined.write(to: url)
        var records: [PubMedRecord] = []
        let summary = try PubMedReader().read(path: url.path) { records.append($0) }
        #expect(summary.xmlBytes == plain.count)
        #expect(
            records.map(CompressionTests.withoutLocation)
                == (try TestSupport.records(CompressionTests.plain.path))
                .map(CompressionTests.withoutLocation))
    }

    @Test func aDecompressionBombIsRefusedAfterTheAllowance() throws {
        // 1 GiB of tiny elements from about 1 MB: refused once 16 MiB came out of it.
        let block = try Self.gzipMember(Data(String(repeating: "<a/>", count: 1 << 18).utf8))
        var file = try Self.gzipMember(Data("<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n".utf8))
        for _ in 0..<1024 { file += block }
        let url = try Self.folder().appendingPathComponent("bomb.xml.gz")
        try file.write(to: url)
        let error = try #require(TestSupport.error(path: url.path))
        let message = try #require(
            error.message.wholeMatch(
                of:
                    /gzip data expands more than 100 times its size \((\d+) bytes from (\d+); PubMed files expand about 6 times\); refusing a decompression bomb/
            ))
        let inflated = try #require(Int(message.1))
        let compressed = try #require(Int(message.2))
        #expect(inflated > GzipStream.expansionAllowance)
        #expect(inflated <= GzipStream.expansionAllowance + PubMedReader.chunkSize)
        #expect(inflated / compressed > 100)
    }

    @Test func theTotalOutputIsBounded() throws {
        // A modest ratio but too much in all (limits scaled down: 1 MiB in all).
        let plain = try Data(contentsOf: CompressionTests.plain)
        let member = try Self.gzipMember(plain)
        let url = try Self.folder().appendingPathComponent("long.xml.gz")
        try Data(repeating: 0, count: 0).write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        for _ in 0..<20 { handle.write(member) }
        try handle.close()
        let descriptor = open(url.path, O_RDONLY)
        let stream = try GzipStream(
            descriptor: descriptor, inputCapacity: 4096,
            limits: (expansion: 100, allowance: 0, total: 1 << 20))
        defer { stream.close() }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: 65536, alignment: 16)
        defer { buffer.deallocate() }
        var total = 0
        var failure: GzipFailure?
        while failure == nil {
            do {
                let count = try stream.read(into: buffer, capacity: 65536)
                if count == 0 { break }
                total += count
            } catch {
                failure = error
            }
        }
        #expect(
            failure?.message
                == "gzip data inflates to more than 1048576 bytes (PubMed files are under 1 GB "
                + "uncompressed); refusing unbounded input")
        #expect(total <= 1 << 20 + 65536)
    }
}
