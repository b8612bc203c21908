import EvidentModel
import Testing

@Test func pmidParsesDigitsOnly() {
    #expect(PMID("22489217")?.value == 22_489_217)
    #expect(PMID(" 42 ")?.value == 42)
    #expect(PMID("0") == nil)
    #expect(PMID("12a") == nil)
    #expect(PMID("") == nil)
}

@Test(arguments: [
    ("pmid:22489217", ReferenceKey.Scheme.pmid, "22489217"),
    ("doi:10.3402/FNR.v56i0.5505", .doi, "10.3402/fnr.v56i0.5505"),
    ("efsa2009", .local, "efsa2009"),
    // Stored keys are read from their bytes; others as written, to the same values.
    ("pmid:0022489217", .pmid, "22489217"),
    (" pmid:42\n", .pmid, "42"),
    ("pmid: 42", .pmid, "42"),
    ("pmid:1", .pmid, "1"),
    ("pmid:9999999999999999999", .pmid, "9999999999999999999"),
])
func referenceKeysParse(text: String, scheme: ReferenceKey.Scheme, value: String) throws {
    let key = try #require(ReferenceKey(text))
    #expect(key.scheme == scheme)
    #expect(key.value == value)
}

@Test(arguments: [
    "pmid:abc", "doi:nope", "Efsa 2009", "", "pmid:", "pmid:0", "pmid:00", "pmid:12a",
    "pmid:99999999999999999999", "pmid:٤٢", "PMID:42",
])
func malformedReferenceKeysAreRejected(text: String) {
    #expect(ReferenceKey(text) == nil)
}

@Test func claimIDsAreKebabCase() {
    #expect(ClaimID("k2-increases-bone-density") != nil)
    #expect(ClaimID("K2-bone") == nil)
    #expect(ClaimID("k2--bone") == nil)
    #expect(ClaimID("-k2") == nil)
    #expect(ClaimID("k2-") == nil)
    #expect(ClaimID("-") == nil)
    #expect(ClaimID("") == nil)
    #expect(ClaimID("k2 bone") == nil)
    #expect(ClaimID("k2-bóne") == nil)
    #expect(ClaimID("k2-bo\u{301}ne") == nil)
    #expect(ClaimID("a") != nil)
    #expect(ClaimID("0-1-2") != nil)
    #expect(ClaimID(String(repeating: "a", count: 120)) != nil)
    #expect(ClaimID(String(repeating: "a", count: 121)) == nil)
}

@Test func retractionIsReadFromEitherSignal() {
    let byType = Reference(
        key: ReferenceKey(pmid: PMID(1)!), origin: .pubmedArticle,
        publicationTypes: [PublicationType(ui: "D016441", name: "Retracted Publication")])
    let byLink = Reference(
        key: ReferenceKey(pmid: PMID(2)!), origin: .pubmedArticle,
        commentsCorrections: [CommentsCorrection(type: "RetractionIn", pmid: PMID(3))])
    let republished = Reference(
        key: ReferenceKey(pmid: PMID(5)!), origin: .pubmedArticle,
        commentsCorrections: [CommentsCorrection(type: "RetractedandRepublishedIn", pmid: PMID(6))])
    let clean = Reference(key: ReferenceKey(pmid: PMID(4)!), origin: .pubmedArticle)
    #expect(republished.isRetracted)
    #expect(byType.isRetracted)
    #expect(byLink.isRetracted)
    #expect(!clean.isRetracted)
}

@Test func diagnosticsPrintLikeCompilers() {
    let d = Diagnostic(
        location: SourceLocation(path: "Claims/a.yaml", line: 3, column: 9), severity: .error,
        message: "unknown stance 'proves'", id: "unknown-stance")
    #expect(d.description == "Claims/a.yaml:3:9: error: unknown stance 'proves' [unknown-stance]")
}
