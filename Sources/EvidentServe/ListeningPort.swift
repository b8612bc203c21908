import Synchronization

/// The port the server listens on, known once it is bound (port 0 picks a free one).
final class ListeningPort: Sendable {
    private let value: Mutex<Int>

    /// Starts with the configured port.
    init(_ port: Int) {
        value = Mutex(port)
    }

    /// The port.
    var port: Int {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}
