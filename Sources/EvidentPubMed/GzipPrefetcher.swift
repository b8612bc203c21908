import CLibXML2
import Foundation

/// Inflates a gzip file on a second thread, a few chunks ahead of the parser, so that
/// decompression and parsing overlap (two cores: `.gz` costs little more than plain XML).
///
/// A ring of four chunk buffers bounds the memory; `close()` stops the thread and waits for it
/// before closing the stream.
final class GzipPrefetcher: @unchecked Sendable {
    private static let slots = 4
    private let stream: GzipStream
    private let chunkSize: Int
    private let condition = NSCondition()
    private let buffers: [UnsafeMutableRawPointer]
    private var counts: [Int]
    private var filled = 0
    private var head = 0
    private var tail = 0
    private var finished = false
    private var failure: String?
    private var cancelled = false
    private var exited = false

    /// Starts inflating `stream` in chunks of `chunkSize` bytes.
    init(stream: GzipStream, chunkSize: Int) {
        self.stream = stream
        self.chunkSize = chunkSize
        buffers = (0..<Self.slots).map { _ in
            UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 16)
        }
        counts = Array(repeating: 0, count: Self.slots)
        let thread = Thread { [self] in produce() }
        thread.name = "evident-gunzip"
        thread.start()
    }

    deinit {
        for buffer in buffers { buffer.deallocate() }
    }

    private func produce() {
        while true {
            condition.lock()
            while filled == Self.slots, !cancelled { condition.wait() }
            if cancelled {
                exited = true
                condition.broadcast()
                condition.unlock()
                return
            }
            let slot = tail
            condition.unlock()

            var count = 0
            var message: String?
            do {
                count = try stream.read(into: buffers[slot], capacity: chunkSize)
            } catch {
                message = error.message
            }

            condition.lock()
            if let message {
                failure = message
                finished = true
            } else if count == 0 {
                finished = true
            } else {
                counts[slot] = count
                tail = (tail + 1) % Self.slots
                filled += 1
            }
            let stop = finished
            if stop { exited = true }
            condition.broadcast()
            condition.unlock()
            if stop { return }
        }
    }

    /// Copies the next inflated chunk into `buffer` (which holds `chunkSize` bytes); 0 at the
    /// end. Throws ``GzipStream``'s failure (corrupt, truncated, trailing data, a bomb).
    func read(into buffer: UnsafeMutableRawPointer) throws(GzipFailure) -> Int {
        condition.lock()
        while filled == 0, !finished { condition.wait() }
        if filled == 0 {
            let failure = self.failure
            condition.unlock()
            if let failure { throw GzipFailure(message: failure) }
            return 0
        }
        let slot = head
        let count = counts[slot]
        condition.unlock()

        buffer.copyMemory(from: buffers[slot], byteCount: count)

        condition.lock()
        head = (head + 1) % Self.slots
        filled -= 1
        condition.broadcast()
        condition.unlock()
        return count
    }

    /// Stops the thread, waits for it, and closes the stream.
    func close() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !exited { condition.wait() }
        condition.unlock()
        stream.close()
    }
}

/// Why gzip data could not be read: the message as the user sees it (lowercase).
struct GzipFailure: Error {
    /// What went wrong.
    var message: String
}
