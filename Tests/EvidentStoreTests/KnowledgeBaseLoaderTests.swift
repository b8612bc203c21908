import EvidentModel
import EvidentStore
import EvidentTestSupport
import Foundation
import Testing

/// The bundled knowledge base (the repository's Claims/ and Sources-Refs/) against the
/// verified facts it was built from.
struct KnowledgeBaseLoaderTests {
    static let load: Result<(KnowledgeBaseLoad, [Diagnostic]), Error> = Result {
        try KnowledgeBaseValidator().validate(root: repositoryRoot)
    }

    func loaded() throws -> (KnowledgeBaseLoad, [Diagnostic]) { try Self.load.get() }

    func key(_ text: String) throws -> ReferenceKey { try #require(ReferenceKey(text)) }

    /// evidence.json: the claims, their quotes and their references with stances (the vitamin
    /// K2 research unless another research file is named).
    func evidence(_ file: String = "research/evidence.json") throws -> [[String: Any]] {
        let url = sharedFolder.appendingPathComponent(file)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        return try #require(json?["claims"] as? [[String: Any]])
    }

    /// No errors; the only warnings are the reconstructed PubMed records, each partial
    /// against the DTD (see Sources-Refs/README.md).
    @Test func bundledKnowledgeBaseValidatesClean() throws {
        let (load, diagnostics) = try loaded()
        #expect(diagnostics.filter { $0.id != "pubmed-dtd-invalid" }.map(\.description) == [])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        #expect(load.knowledgeBase.claims.count >= 35 + 28)
        #expect(
            load.knowledgeBase.documents.keys.sorted() == ["omega3-article", "vitamin-k2-article"])
    }

    @Test(arguments: [
        ("vitamin-k2-article", "seed/vitamin-k2-article.txt"),
        ("omega3-article", "seed/omega3-article.txt"),
    ])
    func documentTextIsTheArticleExactly(document: String, article: String) throws {
        let (load, _) = try loaded()
        let article = try String(
            contentsOf: sharedFolder.appendingPathComponent(article), encoding: .utf8)
        #expect(load.knowledgeBase.documents[document]?.text == article)
    }

    @Test func everyQuoteSitsVerbatimAtItsPosition() throws {
        let (load, _) = try loaded()
        for claim in load.knowledgeBase.claims {
            let text = try #require(load.knowledgeBase.documents[claim.document]?.text)
            let scalars = Array(text.unicodeScalars)
            let position = try #require(claim.position, "\(claim.id)")
            try #require(position.start <= position.end && position.end <= scalars.count)
            var quote = String.UnicodeScalarView()
            quote.append(contentsOf: scalars[position.start..<position.end])
            #expect(String(quote) == claim.quote, "\(claim.id)")
            let line = scalars[..<position.start].filter { $0 == "\n" }.count + 1
            #expect(position.line == line, "\(claim.id)")
        }
    }

    @Test func everyCitationResolves() throws {
        let (load, _) = try loaded()
        let citations = load.knowledgeBase.claims.flatMap(\.citations)
        #expect(citations.count > 100)
        for citation in citations {
            #expect(
                load.knowledgeBase.references[citation.reference] != nil, "\(citation.reference)")
        }
    }

    /// Stances re-examined against the finding evidence.json records for them: a trial or an
    /// assessment that found no effect (or no established one) is `null` here, not
    /// `contradicts` (which this knowledge base keeps for findings that show a statement wrong).
    static let reexamined: [String: Stance] = [
        "k2-prevents-cirrhosis-to-liver-cancer doi:10.1002/hep.24430": .null,
        "k2-extracts-vessel-calcium-to-bone pmid:31387121": .null,
        "k2-extracts-vessel-calcium-to-bone pmid:35465686": .null,
        "k2-extracts-vessel-calcium-to-bone pmid:27175730": .null,
        "k2-prevents-cardiovascular-disease doi:10.2903/j.efsa.2012.2714": .null,
        "k2-additional-bone-cv-roles doi:10.2903/j.efsa.2012.2714": .null,
    ]

    @Test func everyEvidenceClaimIsRecordedWithItsQuoteAndStances() throws {
        let (load, _) = try loaded()
        let claims = Dictionary(
            uniqueKeysWithValues: load.knowledgeBase.claims.map { ($0.id.rawValue, $0) })
        let evidence = try evidence()
        #expect(evidence.count == 35)
        var changed: Set<String> = []
        for entry in evidence {
            let id = try #require(entry["id"] as? String)
            let claim = try #require(claims[id], "missing claim \(id)")
            #expect(claim.quote == entry["quote"] as? String, "\(id)")
            let references = try #require(entry["references"] as? [[String: Any]])
            for reference in references {
                let key: String
                if let pmid = reference["pmid"] as? String {
                    key = "pmid:\(pmid)"
                } else if let doi = reference["doi"] as? String {
                    key = "doi:\(doi)"
                } else {
                    key = try #require(reference["ref_key"] as? String)
                }
                let recorded = try #require(
                    Stance(rawValue: reference["direction"] as? String ?? ""))
                let stance = Self.reexamined["\(id) \(key)"] ?? recorded
                if stance != recorded { changed.insert("\(id) \(key)") }
                let citation = claim.citations.first { $0.reference == ReferenceKey(key) }
                #expect(citation?.stance == stance, "\(id) \(key)")
                #expect(citation?.note == reference["finding"] as? String, "\(id) \(key)")
            }
        }
        #expect(changed == Set(Self.reexamined.keys))
    }

    /// Every PMID of a research file, with the number of distinct PMIDs it verifies.
    @Test(arguments: [("research/evidence.json", 36), ("research/omega3/evidence.json", 11)])
    func everyVerifiedPMIDHasAPubMedRecordWithItsFacts(research: String, pmids: Int) throws {
        let (load, _) = try loaded()
        var seen: Set<String> = []
        for entry in try evidence(research) {
            for reference in entry["references"] as? [[String: Any]] ?? [] {
                guard let pmid = reference["pmid"] as? String, seen.insert(pmid).inserted else {
                    continue
                }
                let record = try #require(
                    load.knowledgeBase.references[try key("pmid:\(pmid)")])
                // A record without a verified title is a CSL item carrying its PMID.
                let hasTitle = reference["title"] is String
                #expect(record.origin == (hasTitle ? .pubmedArticle : .csl), "\(pmid)")
                #expect(record.title == reference["title"] as? String, "\(pmid)")
                #expect(record.doi == reference["doi"] as? String, "\(pmid)")
                #expect(record.year == reference["year"] as? Int, "\(pmid)")
                #expect(record.journal?.volume == reference["volume"] as? String, "\(pmid)")
                #expect(record.pages == reference["pages"] as? String, "\(pmid)")
                #expect(
                    record.authors.count == (reference["authors"] as? [String])?.count, "\(pmid)")
                #expect(
                    record.publicationTypes.map(\.name) == reference["publication_types"]
                        as? [String],
                    "\(pmid)")
                guard hasTitle else {
                    #expect(
                        record.declaredPopulation?.rawValue == reference["population"] as? String)
                    continue
                }
                let tags = Set(record.mesh.map(\.descriptor)).intersection(["Humans", "Animals"])
                let expected: Set<String> =
                    switch (
                        reference["population"] as? String,
                        reference["mesh_check_tags"] as? [String]
                    ) {
                    case (_, let verified?): Set(verified).intersection(["Humans", "Animals"])
                    case ("humans", _): ["Humans"]
                    case ("animals", _): ["Animals"]
                    case ("mixed", _): ["Humans", "Animals"]
                    default: []
                    }
                #expect(tags == expected, "\(pmid)")
                if let doi = record.doi {
                    #expect(
                        load.knowledgeBase.references[ReferenceKey(doi: doi)]?.pmid == record.pmid)
                }
            }
        }
        #expect(seen.count == pmids)
    }

    /// The omega-3 references without a PMID are CSL items holding exactly the verified facts
    /// of ../shared/research/omega3/evidence.json (a missing fact stays missing).
    @Test func everyOmega3ReferenceWithoutAPMIDIsACSLItemWithItsFacts() throws {
        let (load, _) = try loaded()
        var seen: Set<String> = []
        for entry in try evidence("research/omega3/evidence.json") {
            for reference in entry["references"] as? [[String: Any]] ?? [] {
                guard reference["pmid"] as? String == nil,
                    let name = reference["ref_key"] as? String, seen.insert(name).inserted
                else { continue }
                let record = try #require(load.knowledgeBase.references[try key(name)], "\(name)")
                #expect(record.origin == .csl, "\(name)")
                #expect(record.title == reference["title"] as? String, "\(name)")
                #expect(record.doi == reference["doi"] as? String, "\(name)")
                #expect(record.year == reference["year"] as? Int, "\(name)")
                #expect(record.pages == reference["pages"] as? String, "\(name)")
                // An organisation named only as `first_author` is the one (literal) author.
                let listed = reference["authors"] as? [String] ?? []
                let authors =
                    listed.isEmpty
                    ? (reference["first_author"] as? String).map { [$0] } ?? [] : listed
                #expect(record.authors.count == authors.count, "\(name)")
                #expect(record.declaredPopulation?.rawValue == reference["population"] as? String)
            }
        }
        #expect(seen.count == 28)
    }

    /// Every claim of the omega-3 research is a claim of `omega3-article` citing each of its
    /// references with the research's direction as the stance (the research's quote may span two
    /// claims, split where it makes two assertions).
    @Test func everyOmega3ResearchClaimIsCitedWithItsStances() throws {
        let (load, _) = try loaded()
        let claims = load.knowledgeBase.claims.filter { $0.document == "omega3-article" }
        #expect(claims.count >= 28)
        for entry in try evidence("research/omega3/evidence.json") {
            let id = try #require(entry["id"] as? String)
            let claim = try #require(claims.first { $0.id.rawValue == id }, "missing claim \(id)")
            let quote = try #require(entry["quote"] as? String)
            #expect(quote.contains(claim.quote), "\(id)")
            for reference in entry["references"] as? [[String: Any]] ?? [] {
                let name =
                    (reference["pmid"] as? String).map { "pmid:\($0)" }
                    ?? (reference["ref_key"] as? String ?? "")
                let citation = claim.citations.first { $0.reference == ReferenceKey(name) }
                // A finding that calls the statement an overstatement may be recorded as
                // contradicting a narrower form of it (`fit: partial`), never as full opposition.
                let narrowerContradiction =
                    citation?.stance == .contradicts && citation?.appraisal?.fit == .partial
                #expect(
                    citation?.stance.rawValue == reference["direction"] as? String
                        || (reference["direction"] as? String == "background"
                            && narrowerContradiction),
                    "\(id) \(name)")
            }
        }
    }

    @Test func pubMedUIsComeFromTheRealCorpus() throws {
        let (load, _) = try loaded()
        let known = [
            "Journal Article": "D016428", "Review": "D016454", "Clinical Trial": "D016430",
            "Published Erratum": "D016425", "Systematic Review": "D000078182",
            "Meta-Analysis": "D017418", "Randomized Controlled Trial": "D016449",
            "Retracted Publication": "D016441",
        ]
        for reference in Set(load.knowledgeBase.references.values)
        where reference.origin == .pubmedArticle {
            for type in reference.publicationTypes {
                #expect(type.ui == known[type.name], "\(reference.key) \(type.name)")
            }
        }
    }

    @Test func cslItemsCarryDesignAndPopulation() throws {
        let (load, _) = try loaded()
        let habu = try #require(
            load.knowledgeBase.references[try key("doi:10.1001/jama.292.3.358")])
        #expect(habu.key.description == "habu2004")
        #expect(habu.origin == .csl)
        #expect(habu.declaredDesign == .rct)
        #expect(habu.declaredPopulation == .humans)
        #expect(habu.authors.first == Author(last: "Habu", initials: "D"))
        #expect(habu.authors.count == 7)
        #expect(habu.year == 2004)
        #expect(habu.journal == Journal(title: "JAMA", volume: "292", issue: "3"))
        #expect(habu.pages == "358-361")
        let csl = Set(load.knowledgeBase.references.values).filter { $0.origin == .csl }
        // 33 for vitamin K2, 38 for omega-3 (omega3-articles.json, omega3-regulatory.json).
        #expect(csl.count == 33 + 38)
        for reference in csl {
            #expect(reference.declaredDesign != nil, "\(reference.key)")
        }
    }

    @Test func regulatoryClaimsWithWrongDatesCiteTheRegulatorySourceAsContradicting() throws {
        let (load, _) = try loaded()
        let regulatory = load.knowledgeBase.claims.filter {
            $0.category == .regulatory && $0.document == "vitamin-k2-article"
        }
        #expect(
            regulatory.map(\.id.rawValue).sorted() == [
                "reg-eu-2007-food-fortification-approval",
                "reg-eu-2009-bioavailability-bone-cv-recognition",
                "reg-japan-2001-osteoporosis-approval",
                "reg-us-fda-2006-food-additive-approval",
            ])
        for claim in regulatory {
            let contradicting = claim.citations.filter { citation in
                citation.stance == .contradicts
                    && load.knowledgeBase.references[citation.reference]?.declaredDesign
                        == .regulatory
            }
            #expect(!contradicting.isEmpty, "\(claim.id)")
        }
    }

    @Test func claimFieldsAreRead() throws {
        let (load, _) = try loaded()
        let claim = try #require(
            load.knowledgeBase.claims.first { $0.id.rawValue == "k2-increases-bone-density" })
        #expect(claim.document == "vitamin-k2-article")
        #expect(claim.quote == "increases bone density")
        #expect(
            claim.position
                == QuotePosition(
                    section: "Q:What effect does vitamin K2 have?", line: 14, start: 1403, end: 1425
                ))
        #expect(claim.category == .efficacy)
        #expect(claim.subjects == ["vitamin K2", "MK-7", "MK-4"])
        #expect(claim.outcome == Outcome(name: "bone mineral density", kind: .surrogate))
        #expect(claim.keywords.contains("BMD"))
        #expect(claim.citations.map(\.stance) == [.supports, .null, .null, .null, .mixed])
        #expect(
            claim.location
                == SourceLocation(
                    path: "Claims/vitamin-k2-article/k2-increases-bone-density.yaml", line: 2,
                    column: 5))
        #expect(
            claim.citations.first?.location
                == SourceLocation(path: claim.location?.path ?? "", line: 19, column: 10))
        #expect(claim.reviews.isEmpty)
    }

    @Test func legacyReviewBlockIsReadAsAnOverride() throws {
        let claim =
            KnowledgeBaseExample.base["Claims/doc/k2-is-a-vitamin.yaml", default: ""]
            + "review:\n  reviewer: A. Reviewer\n  date: 2026-11-24\n  decision: weak\n  reason: Only a fact sheet.\n"
        let (load, diagnostics) = try validate(files: ["Claims/doc/k2-is-a-vitamin.yaml": claim])
        #expect(diagnostics.isEmpty)
        let read = try #require(
            load.knowledgeBase.claims.first { $0.id.rawValue == "k2-is-a-vitamin" })
        var review = try #require(read.review)
        review.location = nil
        #expect(
            review
                == Review(
                    reviewer: "A. Reviewer", date: "2026-11-24", decision: .override,
                    verdict: .weak, reason: "Only a fact sheet."))
    }

    @Test func fingerprintIsStableAndPinned() throws {
        let (load, _) = try loaded()
        let again = try KnowledgeBaseLoader().load(root: repositoryRoot)
        #expect(load.knowledgeBase.fingerprint == again.knowledgeBase.fingerprint)
        #expect(load.knowledgeBase.fingerprint.count == 64)
        // Value computed independently with Python's hashlib over the same byte stream.
        let (base, _) = try validate(files: [:])
        #expect(
            base.knowledgeBase.fingerprint
                == "257fa58f7f8e65d922499237b61255300d41a638ebf95b8a4b631b58fd8d900a")
    }

    @Test func fingerprintFollowsDataAndPolicyNotDocs() throws {
        let root = try copyRealKnowledgeBase()
        defer { removeTemporaryFolder(root) }
        let original = try KnowledgeBaseLoader().load(root: root).knowledgeBase.fingerprint
        #expect(original == (try loaded()).0.knowledgeBase.fingerprint)
        try Data("changed\n".utf8).write(to: root.appendingPathComponent("Sources-Refs/README.md"))
        #expect(try KnowledgeBaseLoader().load(root: root).knowledgeBase.fingerprint == original)
        // The policy decides verdicts: an auditor's fingerprint must cover it.
        let policy = root.appendingPathComponent("Claims/policy.yaml")
        try (try Data(contentsOf: policy) + Data("# tuned\n".utf8)).write(to: policy)
        let withPolicy = try KnowledgeBaseLoader().load(root: root).knowledgeBase.fingerprint
        #expect(withPolicy != original)
        try Data("changed again\n".utf8).write(
            to: root.appendingPathComponent("Sources-Refs/README.md"))
        #expect(try KnowledgeBaseLoader().load(root: root).knowledgeBase.fingerprint == withPolicy)
        let file = root.appendingPathComponent("Claims/vitamin-k2-article/k2-diuretic.yaml")
        try (try Data(contentsOf: file) + Data("# reviewed\n".utf8)).write(to: file)
        #expect(try KnowledgeBaseLoader().load(root: root).knowledgeBase.fingerprint != withPolicy)
    }

    @Test func referencesAreReachableByEveryKey() throws {
        let (load, _) = try loaded()
        let references = load.knowledgeBase.references
        #expect(references[try key("pmid:16801507")]?.doi == "10.1001/archinte.166.12.1256")
        #expect(
            references[try key("doi:10.1001/ARCHINTE.166.12.1256")]?.pmid?.description
                == "16801507")
        #expect(references[try key("fda-grn-000245")]?.declaredDesign == .regulatory)
        #expect(references[try key("efsa2009")]?.doi == "10.2903/j.efsa.2009.1228")
        #expect(references[try key("pmid:12110423")]?.isRetracted == true)
        #expect(references[try key("pmid:16801507")]?.hasErratum == true)
    }
}
