import Testing

@testable import EvidentServe

@Suite("Form bodies and the CSRF token")
struct FormBodyTests {
    @Test("pairs are percent-decoded, + is a space, a repeated name keeps its first value")
    func parse() {
        let fields = FormBody.parse("a=1&b=x+y%2Bz&c=&d&a=2&e=%C3%A9t%C3%A9")
        #expect(fields == ["a": "1", "b": "x y+z", "c": "", "d": "", "e": "été"])
    }

    @Test("malformed escapes and bytes that are not UTF-8 are refused")
    func malformed() {
        #expect(FormBody.parse("a=%") == nil)
        #expect(FormBody.parse("a=%4") == nil)
        #expect(FormBody.parse("a=%zz") == nil)
        #expect(FormBody.parse("a=%FF") == nil)
        #expect(FormBody.parse("%=1") == nil)
    }

    @Test("the token is 64 hexadecimal digits, new per server, matched exactly")
    func token() {
        let token = CSRFToken()
        #expect(token.value.count == 64)
        #expect(token.value.allSatisfy { $0.isHexDigit })
        #expect(token.value != CSRFToken().value)
        #expect(token.matches(token.value))
        #expect(!token.matches(nil))
        #expect(!token.matches(""))
        #expect(!token.matches(String(token.value.dropLast())))
        #expect(!token.matches(token.value.uppercased()) || token.value == token.value.uppercased())
    }
}
