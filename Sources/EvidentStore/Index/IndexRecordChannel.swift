import EvidentPubMed
import Foundation

/// A bounded queue of record batches between the parsing thread and the writing thread:
/// memory stays flat because the parser waits when the writer falls behind.
final class IndexRecordChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[IndexPreparedRecord]] = []
    private var finished = false
    private var failure: (any Error)?
    private var cancelled = false
    private let capacity: Int

    /// The parser was told to stop because the writer failed.
    struct Cancelled: Error {}

    init(capacity: Int) { self.capacity = capacity }

    /// Parser side: hands over a batch, waiting while the queue is full.
    func push(_ batch: [IndexPreparedRecord]) throws {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        batches.append(batch)
        condition.broadcast()
    }

    /// Parser side: no more batches; `error` when parsing failed.
    func finish(error: (any Error)?) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// Writer side: the next batch, `nil` at the end; rethrows the parser's error.
    func pop() throws -> [IndexPreparedRecord]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        if !batches.isEmpty {
            let batch = batches.removeFirst()
            condition.broadcast()
            return batch
        }
        if let failure { throw failure }
        return nil
    }

    /// Writer side: stops the parser and waits until it has finished.
    func cancelAndWait() {
        condition.lock()
        cancelled = true
        batches.removeAll()
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
