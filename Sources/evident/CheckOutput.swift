/// Standard output as a text stream for `check`: what is written goes out as `print` sends it.
struct CheckOutput: TextOutputStream {
    mutating func write(_ string: String) {
        print(string, terminator: "")
    }
}
