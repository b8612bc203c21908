import EvidentModel
import Foundation
import Testing

@testable import EvidentCheck

/// Long copy is checked in chunks of sentences on several threads; the findings must be the
/// same, in the same order, as with one thread.
struct ParallelCheckTests {
    static let copy: String = {
        let article = (try? String(contentsOfFile: ArticleTests.path, encoding: .utf8)) ?? ""
        let extra = """
            Our MK-7 increases bone density. It cures gout and is completely safe.
            Clinically proven: vitamin K2 increases bone density.

            """
        return String(repeating: article + "\n" + extra, count: 40)
    }()

    @Test func chunksCoverEverySentenceOnce() {
        #expect(Checker.chunks(0) == [0..<0])
        #expect(Checker.chunks(100) == [0..<100])
        #expect(Checker.chunks(1000, workers: 2) == [0..<500, 500..<1000])
        #expect(Checker.chunks(1001, workers: 3) == [0..<334, 334..<668, 668..<1001])
    }

    /// The sentences written the same go to one worker; the others stay in their contiguous
    /// chunk; every list is ascending and every sentence is in one.
    @Test func partitionPutsTheSentencesWrittenTheSameInOneChunk() {
        let text = "Hi. Bones. Teeth. Bones. Skin. Teeth. Hair. Bones. Skin. What? Bones."
        let source = SourceText(path: "p.txt", text: text, format: .plain)
        let ranges = SentenceSplitter.split(source.plain)
        let keys = Checker.repeatKeys(source, sentences: ranges)
        // The answer to the question is read on its own.
        #expect(keys[10] == nil)
        #expect(keys.compactMap { $0 }.count == 10)
        for workers in [2, 3] {
            let lists = Checker.partition(keys, count: ranges.count, workers: workers)
            #expect(lists.count == workers)
            #expect(lists.flatMap { $0 }.sorted() == Array(ranges.indices))
            #expect(lists.allSatisfy { $0 == $0.sorted() })
            func list(of number: Int) -> Int? { lists.firstIndex { $0.contains(number) } }
            for (a, b) in [(1, 3), (1, 7), (2, 5), (4, 8)] { #expect(list(of: a) == list(of: b)) }
            // Without keys, the contiguous chunks.
            #expect(
                Checker.partition(nil, count: ranges.count, workers: workers)
                    == Checker.chunks(ranges.count, workers: workers).map { Array($0) })
        }
        #expect(Checker.partition(keys, count: ranges.count, workers: 1) == [Array(ranges.indices)])
    }

    @Test(arguments: [2, 3, 7])
    func threadsDoNotChangeFindings(workers: Int) throws {
        let checker = Checker(book: Fixtures.book, assessments: ClaimMatchingTests.claims)
        let source = SourceText(path: "long.txt", text: Self.copy, format: .plain)
        #expect(SentenceSplitter.split(source.plain).count >= 512)
        let single = checker.check(source, workers: 1)
        let parallel = checker.check(source, workers: workers)
        #expect(single.findings.count > 100)
        #expect(parallel.findings == single.findings)
        #expect(checker.check(source) == single)
    }

    /// A batch's findings are deduplicated per chunk and rendered in slices, one per worker
    /// (from 512 kept candidates on), then put back in order: the same findings, in the same
    /// order, as one worker's, whether the copy is read in one batch or in several.
    @Test(arguments: [2, 3])
    func slicesDoNotChangeFindings(workers: Int) throws {
        let checker = Checker(book: Fixtures.book, assessments: ClaimMatchingTests.claims)
        let copy = String(repeating: Self.copy, count: 2)
        let source = SourceText(path: "long.txt", text: copy, format: .plain)
        let single = checker.check(source, workers: 1, batchScalars: .max)
        #expect(single.findings.count >= 2 * 512)
        #expect(checker.check(source, workers: workers, batchScalars: .max) == single)
        #expect(checker.check(source, workers: workers, batchScalars: 150_000) == single)
    }
}
