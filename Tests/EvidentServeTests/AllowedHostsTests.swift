import Testing

@testable import EvidentServe

@Suite("Host rule (DNS rebinding)")
struct AllowedHostsTests {
    @Test(
        "names of this server with its port are allowed",
        arguments: [
            "127.0.0.1:8000", "localhost:8000", "LocalHost:8000", "[::1]:8000", "10.1.2.3:8000",
        ])
    func allowed(host: String) {
        #expect(AllowedHosts(bindHost: "127.0.0.1", port: 8000).allows(host))
    }

    @Test(
        "foreign names, other ports and malformed values are refused",
        arguments: [
            "evil.example:8000", "127.0.0.1.nip.io:8000", "127.0.0.1:8001", "127.0.0.1",
            "localhost", "localhost:80", "", ":8000", "127.0.0.1:80000", "127.0.0.1:8o00",
            "[::1", "[::1]x", "999.1.1.1:8000",
        ])
    func refused(host: String) {
        #expect(!AllowedHosts(bindHost: "127.0.0.1", port: 8000).allows(host))
    }

    @Test("the bound name is allowed; port 80 may be left out")
    func boundName() {
        let hosts = AllowedHosts(bindHost: "Review.Internal", port: 80)
        #expect(hosts.allows("review.internal"))
        #expect(hosts.allows("review.internal:80"))
        #expect(!hosts.allows("other.internal"))
        #expect(!hosts.allows(nil))
        #expect(AllowedHosts(bindHost: "::1", port: 8000).canonical == "[::1]:8000")
    }
}
