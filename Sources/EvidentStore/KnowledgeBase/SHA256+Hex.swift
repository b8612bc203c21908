import Crypto
import Foundation

extension SHA256 {
    /// The SHA-256 of `data` as 64 lowercase hex digits (file versions, fingerprints).
    static func hex(_ data: some DataProtocol) -> String {
        hash(data: data).hex
    }
}

extension SHA256.Digest {
    /// The digest as lowercase hex digits.
    var hex: String {
        map { byte in
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }
}
