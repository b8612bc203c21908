/// Which `Host` header values name this server, to refuse DNS rebinding: a page on a
/// foreign name that resolves to this machine sends that foreign name as its `Host`.
///
/// Allowed: the name the server was told to bind, `localhost`, and IP literals (a rebinding
/// attack needs a domain name), each with the server's own port (a missing port means 80).
struct AllowedHosts: Sendable, Equatable {
    /// The name or address the server binds, lowercase, without brackets.
    let bindHost: String
    /// The port the server listens on.
    let port: Int

    /// Creates the rule for a server bound to `bindHost` on `port`.
    init(bindHost: String, port: Int) {
        self.bindHost = Self.unbracketed(bindHost.lowercased())
        self.port = port
    }

    /// True when `value` (a `Host` header) names this server.
    func allows(_ value: String?) -> Bool {
        guard let value, let (name, port) = Self.split(value.lowercased()) else { return false }
        guard (port ?? 80) == self.port else { return false }
        return name == bindHost || name == "localhost" || Self.isIPv4(name) || Self.isIPv6(name)
    }

    /// How the server is reached, for messages: `127.0.0.1:8000`.
    var canonical: String {
        (Self.isIPv6(bindHost) ? "[\(bindHost)]" : bindHost) + ":\(port)"
    }

    /// `name` and port of `host`, `[v6]` and `[v6]:port` included; `nil` when malformed.
    static func split(_ host: String) -> (String, Int?)? {
        var name = Substring(host)
        var portText: Substring?
        if name.hasPrefix("[") {
            guard let close = name.firstIndex(of: "]") else { return nil }
            let rest = name[name.index(after: close)...]
            name = name[name.index(after: name.startIndex)..<close]
            if !rest.isEmpty {
                guard rest.hasPrefix(":") else { return nil }
                portText = rest.dropFirst()
            }
        } else if let colon = name.firstIndex(of: ":") {
            portText = name[name.index(after: colon)...]
            name = name[..<colon]
        }
        guard !name.isEmpty else { return nil }
        guard let portText else { return (String(name), nil) }
        guard (1...5).contains(portText.count), portText.allSatisfy(\.isASCIIDigit),
            let port = Int(portText), port <= 65535
        else { return nil }
        return (String(name), port)
    }

    /// `a.b.c.d`, each 0–255.
    static func isIPv4(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4
            && parts.allSatisfy {
                (1...3).contains($0.count) && $0.allSatisfy(\.isASCIIDigit)
                    && (Int($0) ?? 256) <= 255
            }
    }

    /// Hex groups and colons (an address inside `[…]`).
    static func isIPv6(_ name: String) -> Bool {
        name.contains(":") && name.allSatisfy { $0 == ":" || $0 == "." || $0.isHexDigit }
    }

    private static func unbracketed(_ host: String) -> String {
        host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    }
}

extension Character {
    /// `0`–`9`.
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
