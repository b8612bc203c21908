import EvidentModel
import EvidentPubMed
import Foundation

/// Renders PubMed records as JSON lines and writes them to a file descriptor on a second
/// thread, so that parsing (the caller's thread) and JSON writing overlap on two cores. Records
/// travel in batches through a bounded queue: memory stays flat, order is kept.
final class JSONLinesPipe: @unchecked Sendable {
    /// Records per batch handed to the writing thread.
    static let batchSize = 256
    /// Batches waiting at most.
    static let capacity = 8

    private let descriptor: Int32
    private let condition = NSCondition()
    // Shared with the writing thread, under `condition`.
    private var queue: [[PubMedRecord]] = []
    private var writing = false
    private var finished = false
    private var exited = false
    // The caller's thread only.
    private var pending: [PubMedRecord] = []
    private var started = false

    /// A pipe to `descriptor`; its thread starts with the first batch.
    init(descriptor: Int32) {
        self.descriptor = descriptor
        pending.reserveCapacity(Self.batchSize)
    }

    /// Queues a record.
    func append(_ record: PubMedRecord) {
        pending.append(record)
        if pending.count >= Self.batchSize { push() }
    }

    /// Returns once every record appended so far is written.
    func drain() {
        if !pending.isEmpty { push() }
        guard started else { return }
        condition.lock()
        while !queue.isEmpty || writing { condition.wait() }
        condition.unlock()
    }

    /// Writes what is left and stops the thread.
    func finish() {
        drain()
        guard started else { return }
        condition.lock()
        finished = true
        condition.broadcast()
        while !exited { condition.wait() }
        condition.unlock()
    }

    private func push() {
        if !started {
            started = true
            let thread = Thread { [self] in run() }
            thread.name = "evident-jsonl"
            thread.start()
        }
        condition.lock()
        while queue.count >= Self.capacity { condition.wait() }
        queue.append(pending)
        condition.broadcast()
        condition.unlock()
        pending = []
        pending.reserveCapacity(Self.batchSize)
    }

    private func run() {
        var json = JSONWriter(layout: .compact, capacity: 1 << 20)
        while true {
            condition.lock()
            while queue.isEmpty && !finished { condition.wait() }
            if queue.isEmpty {
                exited = true
                condition.broadcast()
                condition.unlock()
                return
            }
            let batch = queue.removeFirst()
            writing = true
            condition.broadcast()
            condition.unlock()

            for record in batch {
                record.writeJSON(into: &json)
                json.endLine()
            }
            json.bytes.withUnsafeBytes { writeAll(descriptor, $0) }
            json.removeAllBytes()

            condition.lock()
            writing = false
            condition.broadcast()
            condition.unlock()
        }
    }
}
