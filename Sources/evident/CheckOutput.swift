import EvidentKit
import Foundation

/// Standard output as a text stream for `check`: a string goes out as `print` sends it; a
/// reporter's UTF-8 bytes go out as they are (not made into a string and checked again), after
/// what `print` holds in its buffer, so the order is kept.
struct CheckOutput: UTF8OutputStream {
    mutating func write(_ string: String) {
        print(string, terminator: "")
    }

    func write(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        fflush(nil)
        var rest = UnsafeRawBufferPointer(bytes)
        while let base = rest.baseAddress, !rest.isEmpty {
            let written = Foundation.write(STDOUT_FILENO, base, rest.count)
            if written < 0 {
                if errno == EINTR { continue }
                return  // as `print`: a closed output ends nothing here
            }
            rest = UnsafeRawBufferPointer(rebasing: rest[written...])
        }
    }
}
