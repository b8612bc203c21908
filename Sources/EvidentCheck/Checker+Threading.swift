import Foundation

/// Threading: long copy is cut into chunks of sentences, one per core (contiguous, but for the
/// sentences written the same, which one chunk reads: `partition`), and each chunk's results
/// are put back in the single-threaded order.
extension Checker {
    /// Contiguous ranges of sentence numbers, one per worker: a single range for short copy
    /// (threads would cost more than they save), else one per core.
    static func chunks(_ count: Int, workers: Int? = nil) -> [Range<Int>] {
        let workers =
            workers ?? (count < 512 ? 1 : max(1, ProcessInfo.processInfo.activeProcessorCount))
        let size = (count + workers - 1) / max(1, workers)
        return stride(from: 0, to: max(count, 1), by: max(size, 1)).map {
            $0..<min($0 + max(size, 1), count)
        }
    }

    /// Sentence numbers `0..<count` in lists, one per worker, each ascending: the contiguous
    /// `chunks`, except that a sentence with a key (`RepeatKey`) goes to the list its key picks,
    /// so that the sentences written the same are read by one worker, which tags, matches and
    /// reads them once (in contiguous chunks, each worker read the sentences both met).
    /// Without keys (`nil`), the contiguous chunks.
    static func partition(_ keys: [RepeatKey?]?, count: Int, workers: Int) -> [[Int]] {
        let contiguous = chunks(count, workers: workers)
        guard contiguous.count > 1, let keys else { return contiguous.map { Array($0) } }
        var lists = [[Int]](repeating: [], count: contiguous.count)
        for (part, chunk) in contiguous.enumerated() {
            for number in chunk {
                let list = keys[number].map { Int($0.spread % UInt64(lists.count)) } ?? part
                lists[list].append(number)
            }
        }
        return lists
    }

    /// `body` run on every chunk (concurrently when there are several); results in chunk order.
    static func perChunk<Chunk: Sendable, Result>(
        _ chunks: [Chunk], _ body: @Sendable (Chunk) -> Result
    ) -> [Result] {
        if chunks.count == 1 { return [body(chunks[0])] }
        var slots = [Result?](repeating: nil, count: chunks.count)
        slots.withUnsafeMutableBufferPointer { buffer in
            // Each worker writes only its own slot.
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: chunks.count) { worker in
                output[worker] = body(chunks[worker])
            }
        }
        return slots.compactMap { $0 }
    }
}
