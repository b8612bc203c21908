import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An HTTP/1.1 reply.
struct HTTPReply {
    /// The status code.
    var status: Int
    /// Header values by lowercase name.
    var headers: [String: String]
    /// The body, as UTF-8 text.
    var body: String
}

/// A bare HTTP/1.1 client over a real TCP socket to 127.0.0.1, so tests control every header
/// (a foreign `Host`, an `Origin`) the way a browser or an attacker's page would send it.
enum HTTPTestClient {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Sends one request (`Connection: close`) and reads the whole reply. `host` defaults to
    /// `127.0.0.1:<port>`; `form` is sent URL-encoded. The socket is used on a Dispatch thread,
    /// never on the cooperative pool the server's handlers need.
    static func request(
        _ method: String, _ path: String, port: Int, host: String? = nil,
        headers: [String: String] = [:], form: [(String, String)]? = nil
    ) async throws -> HTTPReply {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(
                    with: Result {
                        try blocking(
                            method, path, port: port, host: host, headers: headers, form: form)
                    })
            }
        }
    }

    private static func blocking(
        _ method: String, _ path: String, port: Int, host: String?,
        headers: [String: String], form: [(String, String)]?
    ) throws -> HTTPReply {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
            head += "\(name): \(value)\r\n"
        }
        var body = Data()
        if let form {
            body = Data(encode(form).utf8)
            head += "Content-Type: application/x-www-form-urlencoded\r\n"
        }
        if method == "POST" { head += "Content-Length: \(body.count)\r\n" }
        head += "Connection: close\r\n\r\n"
        let reply = try exchange(Data(head.utf8) + body, port: port)
        return try parse(reply)
    }

    /// `name=value&…`, percent-encoded.
    static func encode(_ form: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        func escape(_ text: String) -> String {
            text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        }
        return form.map { escape($0.0) + "=" + escape($0.1) }.joined(separator: "&")
    }

    private static func exchange(_ request: Data, port: Int) throws -> Data {
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failure(description: "socket() failed") }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 120, tv_usec: 0)
        setsockopt(
            descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            throw Failure(description: "cannot connect to 127.0.0.1:\(port)")
        }
        try request.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let sent = send(descriptor, base + offset, buffer.count - offset, 0)
                guard sent > 0 else { throw Failure(description: "send() failed") }
                offset += sent
            }
        }
        var reply = Data()
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(descriptor, &chunk, chunk.count, 0)
            if count == 0 { break }
            guard count > 0 else { throw Failure(description: "recv() failed or timed out") }
            reply.append(contentsOf: chunk[0..<count])
        }
        return reply
    }

    private static func parse(_ data: Data) throws -> HTTPReply {
        let separator = Data("\r\n\r\n".utf8)
        guard let end = data.range(of: separator) else {
            throw Failure(description: "no header end in a reply of \(data.count) bytes")
        }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw Failure(description: "bad status line")
        }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] =
                line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(data[end.upperBound...])
        if headers["transfer-encoding"]?.lowercased() == "chunked" {
            body = try dechunk(body)
        }
        return HTTPReply(
            status: status, headers: headers, body: String(decoding: body, as: UTF8.self))
    }

    private static func dechunk(_ data: Data) throws -> Data {
        var out = Data()
        var rest = data[...]
        let crlf = Data("\r\n".utf8)
        while let line = rest.range(of: crlf) {
            let sizeText = String(decoding: rest[..<line.lowerBound], as: UTF8.self)
            guard let size = Int(sizeText.split(separator: ";")[0], radix: 16) else {
                throw Failure(description: "bad chunk size '\(sizeText)'")
            }
            if size == 0 { break }
            let start = line.upperBound
            out.append(rest[start..<(start + size)])
            rest = rest[(start + size + 2)...]
        }
        return out
    }
}
