import Foundation

/// Threading: long copy is cut into contiguous chunks of sentences, one per core, and each
/// chunk's results are put back in the single-threaded order.
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

    /// `body` run on every chunk (concurrently when there are several); results in chunk order.
    static func perChunk<Result>(
        _ chunks: [Range<Int>], _ body: @Sendable (Range<Int>) -> Result
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
