import EvidentPubMed
import Foundation

/// A bounded queue of record batches between the parsing thread and the writing thread:
/// memory stays flat because the parser waits when the writer falls behind.
final class IndexRecordChannel: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[IndexPreparedRecord]] = []
    private var spent: [[IndexPreparedRecord]] = []
    private var finished = false
    private var failure: (any Error)?
    private var cancelled = false
    private let capacity: Int

    /// The parser was told to stop because the writer failed.
    struct Cancelled: Error {}

    private var consumed = 0

    init(capacity: Int) { self.capacity = capacity }

    /// How far the parser has read into its file (bytes as stored); set by the parser, read
    /// by the writer for progress.
    var position: Int {
        get {
            condition.lock()
            defer { condition.unlock() }
            return consumed
        }
        set {
            condition.lock()
            consumed = newValue
            condition.unlock()
        }
    }

    /// Parser side: hands over a batch, waiting while the queue is full. Batches the writer
    /// has finished with are released here, on the parsing thread, so that freeing thousands
    /// of records does not slow the writer.
    func push(_ batch: [IndexPreparedRecord]) throws {
        condition.lock()
        while batches.count >= capacity && !cancelled { condition.wait() }
        if cancelled {
            condition.unlock()
            throw Cancelled()
        }
        batches.append(batch)
        var garbage: [[IndexPreparedRecord]] = []
        swap(&garbage, &spent)
        condition.broadcast()
        condition.unlock()
        garbage.removeAll()
    }

    /// Writer side: gives back a processed batch, to be released by the parsing thread.
    func recycle(_ batch: consuming [IndexPreparedRecord]) {
        condition.lock()
        spent.append(batch)
        condition.unlock()
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
        spent.removeAll()
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
