import EvidentKit
import Foundation
import Testing

@testable import EvidentServe

/// The forms over real HTTP: each writes the claim file through the code of `evident review`
/// and `evident cite` and redirects to the re-graded claim; a refused form writes nothing.
@Suite("evident serve: forms", .serialized)
struct ServeActionsTests {
    static let claimID = "k2-increases-bone-density"
    static let path = "Claims/vitamin-k2-article/k2-increases-bone-density.yaml"
    static let reviewAction = "/claims/k2-increases-bone-density/review"
    static let citeAction = "/claims/k2-increases-bone-density/citations"
    static let reviewForm = "action=\"\(reviewAction)\" class=\"review\""
    static let citeForm = "action=\"\(citeAction)\" class=\"cite\""

    static let rejectedReviews: [([(String, String)], String)] = [
        (
            [("reviewer", "Ann Lee"), ("decision", "maybe"), ("reason", "Why.")],
            "error: unknown decision &#39;maybe&#39; (expected one of: approve, reject, "
                + "override)"
        ),
        (
            [("reviewer", "Ann Lee"), ("decision", "approve"), ("reason", "  ")],
            "error: the reason is empty"
        ),
        (
            [("reviewer", ""), ("decision", "approve"), ("reason", "Why.")],
            "error: the reviewer&#39;s name is empty"
        ),
        (
            [("reviewer", "Ann Lee"), ("decision", "override"), ("reason", "Why.")],
            "error: an override needs a verdict (expected one of: supported, weak, "
                + "unsupported)"
        ),
        (
            [
                ("reviewer", "Ann Lee"), ("decision", "approve"), ("verdict", "weak"),
                ("reason", "Why."),
            ],
            "error: a verdict is given only with decision &#39;override&#39;, not "
                + "&#39;approve&#39;"
        ),
        (
            [
                ("reviewer", "Ann Lee"), ("decision", "override"), ("verdict", "true"),
                ("reason", "Why."),
            ],
            "error: unknown verdict &#39;true&#39; (expected one of: supported, weak, "
                + "unsupported)"
        ),
    ]

    static let rejectedCitations: [([(String, String)], String)] = [
        (
            [("ref", "pmid:23525894"), ("stance", "proves")],
            "error: unknown stance &#39;proves&#39; (expected one of: supports, contradicts, "
                + "null, mixed, background)"
        ),
        (
            [("ref", "pmid:1"), ("stance", "supports")],
            "error: reference &#39;pmid:1&#39; resolves to no reference in Sources-Refs/"
        ),
        (
            [("ref", "not a key"), ("stance", "supports")],
            "error: invalid reference key &#39;not a key&#39;"
        ),
        (
            [("ref", "pmid:23525894"), ("stance", "supports"), ("participants", "-3")],
            "error: expected a whole number ≥ 0 for &#39;participants&#39;, found &#39;-3&#39;"
        ),
        (
            [("ref", "pmid:23525894"), ("stance", "supports"), ("risk-of-bias", "tiny")],
            "error: unknown risk of bias &#39;tiny&#39; (expected one of: low, some, high)"
        ),
        (
            [("ref", "pmid:23525894"), ("stance", "supports"), ("large-effect", "yes")],
            "error: expected true or false for &#39;large-effect&#39;, found &#39;yes&#39;"
        ),
    ]

    /// The hidden fields of a form on the claim page as it is now.
    func hidden(_ served: ServedKnowledgeBase, form: String) async throws -> [(String, String)] {
        let page = try await served.get("/claims/\(Self.claimID)")
        let fields = PageForm.hiddenFields(in: page.body, form: form)
        #expect(fields.map(\.0) == ["csrf", "version"])
        return fields
    }

    @Test("sign-off writes the review into the YAML and the page shows it")
    func signOff() async throws {
        let served = try await ServedKnowledgeBase.start()
        defer { served.stop() }
        let before = try String(decoding: served.file(Self.path), as: UTF8.self)
        let form =
            try await hidden(served, form: Self.reviewForm) + [
                ("reviewer", "Ann Lee"), ("decision", "approve"), ("verdict", ""),
                ("reason", "Bone loss is attenuated; the verdict stands."),
            ]
        let reply = try await served.post(Self.reviewAction, form)
        #expect(reply.status == 303)
        #expect(reply.headers["location"] == "/claims/\(Self.claimID)?done=review")
        let after = try String(decoding: served.file(Self.path), as: UTF8.self)
        #expect(after.hasPrefix(before))
        let added = String(after.dropFirst(before.count))
        #expect(added.hasPrefix("reviews:\n  - reviewer: Ann Lee\n"))
        #expect(added.contains("    date: \(ServedKnowledgeBase.reviewDate)\n"))
        #expect(added.contains("    decision: approve\n"))
        #expect(added.contains("    reason: Bone loss is attenuated; the verdict stands.\n"))
        #expect(added.contains("    fingerprint: "))
        let assessment = try #require(
            try served.graded().report.claims.first { $0.claim.id.rawValue == Self.claimID })
        #expect(assessment.reviews.count == 1)
        #expect(assessment.isReviewStale == false)
        let page = try await served.get("/claims/\(Self.claimID)?done=review")
        #expect(page.body.contains("Review recorded in the claim file"))
        #expect(
            page.body.contains(
                "<strong>Approved</strong> by Ann Lee on \(ServedKnowledgeBase.reviewDate): "
                    + "Bone loss is attenuated; the verdict stands."))
        #expect(page.body.contains("<span class=\"state approved\">approved</span>"))
        let listing = try await served.get("/?review=approved")
        #expect(listing.body.contains("<a href=\"/claims/\(Self.claimID)\">"))
        #expect(listing.body.contains("Showing 1 of"))
    }

    @Test("an override replaces the verdict in force")
    func override() async throws {
        let served = try await ServedKnowledgeBase.start()
        defer { served.stop() }
        let form =
            try await hidden(served, form: Self.reviewForm) + [
                ("reviewer", "Ben Ode"), ("decision", "override"), ("verdict", "weak"),
                ("reason", "Some real evidence points this way."),
            ]
        #expect(try await served.post(Self.reviewAction, form).status == 303)
        let text = String(decoding: try served.file(Self.path), as: UTF8.self)
        #expect(text.contains("    decision: override\n    verdict: weak\n"))
        let page = try await served.get("/claims/\(Self.claimID)")
        #expect(page.body.contains("<strong>Overridden to weak</strong> by Ben Ode"))
        #expect(page.body.contains("<span class=\"badge weak\">Weak</span>"))
    }

    @Test("a write against a file that changed meanwhile is refused with 409, nothing lost")
    func staleWrite() async throws {
        let served = try await ServedKnowledgeBase.start()
        defer { served.stop() }
        let form =
            try await hidden(served, form: Self.reviewForm) + [
                ("reviewer", "Ann Lee"), ("decision", "reject"),
                ("reason", "Statement overstates the trials."),
            ]
        // Someone edits the file after the page was shown: a new statement, a comment.
        let url = served.root.appendingPathComponent(Self.path)
        let original = String(decoding: try served.file(Self.path), as: UTF8.self)
        let statement = "statement: Vitamin K2 increases bone mineral density.\n"
        #expect(original.contains(statement))
        let edited =
            Data(
                original.replacingOccurrences(
                    of: statement, with: "statement: Vitamin K2 slows the loss of bone density.\n"
                ).utf8) + Data("# edited meanwhile\n".utf8)
        try edited.write(to: url)
        let reply = try await served.post(Self.reviewAction, form)
        #expect(reply.status == 409)
        #expect(reply.body.contains("The claim file changed since you opened this page."))
        #expect(reply.body.contains("error: the file changed since it was read"))
        #expect(reply.body.contains("value=\"Ann Lee\""))
        #expect(reply.body.contains(">Statement overstates the trials.</textarea>"))
        #expect(reply.body.contains("<option value=\"reject\" selected>"))
        #expect(try served.file(Self.path) == edited)
        // The page shows the claim as the file has it now.
        #expect(
            reply.body.contains(
                "<dd class=\"statement\">Vitamin K2 slows the loss of bone density.</dd>"))
        // The 409 page carries the file's current version: sending it again succeeds.
        let again = PageForm.hiddenFields(in: reply.body, form: Self.reviewForm)
        let retry = try await served.post(
            Self.reviewAction, again + form.filter { !["csrf", "version"].contains($0.0) })
        #expect(retry.status == 303)
        let text = String(decoding: try served.file(Self.path), as: UTF8.self)
        #expect(text.contains("# edited meanwhile\n"))
        #expect(text.contains("statement: Vitamin K2 slows the loss of bone density.\n"))
        #expect(text.contains("decision: reject"))
    }

    @Test(
        "a rejected sign-off answers 422 with validate's message and writes nothing",
        arguments: rejectedReviews)
    func rejectedReview(fields: [(String, String)], message: String) async throws {
        let served = try await ServedKnowledgeBase.start()
        defer { served.stop() }
        let before = try served.file(Self.path)
        let reply = try await served.post(
            Self.reviewAction, try await hidden(served, form: Self.reviewForm) + fields)
        #expect(reply.status == 422)
        #expect(reply.body.contains(message))
        #expect(reply.body.contains("Nothing was written."))
        #expect(try served.file(Self.path) == before)
    }

    @Test("a form without the file's version is refused")
    func missingVersion() async throws {
        let served = try await ServedKnowledgeBase.start()
        defer { served.stop() }
        let before = try served.file(Self.path)
        let csrf = try await hidden(served, form: Self.reviewForm).filter { $0.0 == "csrf" }
        let reply = try await served.post(
            Self.reviewAction,
            csrf + [("reviewer", "Ann Lee"), ("decision", "approve"), ("reason", "Why.")])
        #expect(reply.status == 422)
        #expect(reply.body.contains("error: missing field &#39;version&#39;"))
        #expect(try served.file(Self.path) == before)
    }

    @Test("adding a citation writes it through cite and re-grades the claim")
    func addCitation() async throws {
        let served = try await ServedKnowledgeBase.start()
        defer { served.stop() }
        let (kb, _) = try Evident.loadKnowledgeBase(at: served.root)
        let claim = try #require(kb.claims.first { $0.id.rawValue == Self.claimID })
        // A reference of Sources-Refs/ the claim does not cite yet.
        let key = try #require(
            kb.references.keys.map(\.description).sorted().first { key in
                key.hasPrefix("pmid:")
                    && !claim.citations.contains { $0.reference.description == key }
            })
        let before = try String(decoding: served.file(Self.path), as: UTF8.self)
        let form =
            try await hidden(served, form: Self.citeForm) + [
                ("ref", key), ("stance", "background"), ("note", "Context for the reader."),
                ("risk-of-bias", "low"), ("forms", "MK-7, MK-4"), ("participants", "120"),
                ("outcome", ""), ("dose-response", ""),
            ]
        let reply = try await served.post(Self.citeAction, form)
        #expect(reply.status == 303)
        #expect(reply.headers["location"] == "/claims/\(Self.claimID)?done=cite")
        let after = try String(decoding: served.file(Self.path), as: UTF8.self)
        #expect(after.hasPrefix(before))
        #expect(after.contains("  - ref: \"\(key)\"\n    stance: background\n"))
        #expect(after.contains("Context for the reader."))
        #expect(after.contains("risk-of-bias: low"))
        #expect(after.contains("participants: 120"))
        let regraded = try #require(
            try served.graded().report.claims.first { $0.claim.id.rawValue == Self.claimID })
        #expect(regraded.citations.contains { $0.reference.description == key })
        let page = try await served.get("/claims/\(Self.claimID)?done=cite")
        #expect(page.body.contains("Citation saved in the claim file"))
        #expect(page.body.contains("<code>\(key)</code>"))
        #expect(page.body.contains(HTMLReporter.escape(regraded.verdictReason)))
    }

    @Test("a suggested reference is cited in one click: its form writes the citation")
    func citeSuggestion() async throws {
        let served = try await ServedKnowledgeBase.start()
        defer { served.stop() }
        let before = try String(decoding: served.file(Self.path), as: UTF8.self)
        let page = try await served.get("/claims/\(Self.claimID)")
        let list = try #require(
            page.body.components(separatedBy: "<ol class=\"suggestions\">").dropFirst().first)
        // The first candidate with a form, sent as the browser sends it, a stance chosen.
        var form = PageForm.fields(in: list, after: "<li>")
        #expect(form.map(\.0) == ["csrf", "version", "ref", "stance"])
        let key = try #require(form.first { $0.0 == "ref" }?.1)
        #expect(form.last?.1 == "")  // No stance chosen until the editor picks one.
        form[form.count - 1].1 = "background"
        let reply = try await served.post(Self.citeAction, form)
        #expect(reply.status == 303)
        #expect(reply.headers["location"] == "/claims/\(Self.claimID)?done=cite")
        // Only the citation is added; every other byte of the file is as it was.
        let added = "  - ref: \"\(key)\"\n    stance: background\n"
        let after = try String(decoding: served.file(Self.path), as: UTF8.self)
        #expect(after.components(separatedBy: added).count == 2)
        #expect(after.replacingOccurrences(of: added, with: "") == before)
        // The page shows the citation in the evidence, and the candidate as cited.
        let shown = try await served.get("/claims/\(Self.claimID)?done=cite")
        #expect(shown.body.contains("Citation saved in the claim file"))
        let suggestions = try #require(
            shown.body.components(separatedBy: "<ol class=\"suggestions\">").dropFirst().first)
        let entry = try #require(
            suggestions.components(separatedBy: "<li>").first { $0.contains("<code>\(key)</code>") }
        )
        #expect(entry.contains("<p class=\"tag\">cited</p>"))
        #expect(!entry.contains("<form"))
        let evidence = try #require(
            shown.body.components(separatedBy: "Suggested references").first)
        #expect(evidence.contains("<code>\(key)</code>"))
    }

    @Test("a draft is marked checked through its form: only its status line goes")
    func markChecked() async throws {
        let draftLine = "status: draft\n"
        var original = ""
        let served = try await ServedKnowledgeBase.start { root in
            let url = root.appendingPathComponent(Self.path)
            original = try String(contentsOf: url, encoding: .utf8)
            let document = "document: vitamin-k2-article\n"
            #expect(original.contains(document))
            try Data(original.replacingOccurrences(of: document, with: document + draftLine).utf8)
                .write(to: url)
        }
        defer { served.stop() }
        let action = "/claims/\(Self.claimID)/status"
        let page = try await served.get("/claims/\(Self.claimID)")
        #expect(page.body.contains("<span class=\"tag\">draft</span>"))
        let form = PageForm.hiddenFields(
            in: page.body, form: "action=\"\(action)\" class=\"status\"")
        #expect(form.map(\.0) == ["csrf", "version", "status"])
        #expect(form.last?.1 == "checked")

        // A value the form never sends is refused, and nothing is written.
        let drafted = try served.file(Self.path)
        let bad = try await served.post(action, form.dropLast() + [("status", "done")])
        #expect(bad.status == 422)
        #expect(
            bad.body.contains(
                "error: unknown status &#39;done&#39; (expected one of: checked, draft)"))
        #expect(try served.file(Self.path) == drafted)

        let reply = try await served.post(action, form)
        #expect(reply.status == 303)
        #expect(reply.headers["location"] == "/claims/\(Self.claimID)?done=status")
        #expect(try String(decoding: served.file(Self.path), as: UTF8.self) == original)
        let shown = try await served.get("/claims/\(Self.claimID)?done=status")
        #expect(shown.body.contains("Status saved in the claim file."))
        #expect(!shown.body.contains("<span class=\"tag\">draft</span>"))
        #expect(!shown.body.contains("action=\"\(action)\""))
    }

    @Test("changing a citation's stance changes only that citation")
    func changeCitation() async throws {
        let served = try await ServedKnowledgeBase.start()
        defer { served.stop() }
        let before = try String(decoding: served.file(Self.path), as: UTF8.self)
        let form =
            try await hidden(served, form: Self.citeForm) + [
                ("ref", "pmid:27625301"), ("stance", "mixed"),
            ]
        #expect(try await served.post(Self.citeAction, form).status == 303)
        let after = try String(decoding: served.file(Self.path), as: UTF8.self)
        let item = "  - ref: \"pmid:27625301\"\n"
        let next = "  - ref: \"doi:10.1359/jbmr.081254\"\n"
        let head = try #require(before.components(separatedBy: item).first)
        let tail = try #require(before.components(separatedBy: next).last)
        #expect(after.hasPrefix(head + item + "    stance: mixed\n"))
        #expect(after.hasSuffix(next + tail))
        #expect(before.contains(item + "    stance: \"null\"\n"))
    }

    @Test("a citation's own form, sent as filled with two fields changed, edits only those")
    func editCitationForm() async throws {
        let served = try await ServedKnowledgeBase.start()
        defer { served.stop() }
        let before = try String(decoding: served.file(Self.path), as: UTF8.self)
        let page = try await served.get("/claims/\(Self.claimID)")
        let sent = PageForm.fields(in: page.body, after: "<code>pmid:27625301</code> (null)")
        // The form is filled with what the file says.
        #expect(sent.map(\.0).prefix(3) == ["csrf", "version", "ref"])
        let value = { (name: String) in sent.first { $0.0 == name }?.1 }
        #expect(value("ref") == "pmid:27625301")
        #expect(value("stance") == "null")
        #expect(value("risk-of-bias") == "low")
        #expect(value("forms") == "MK-7")
        #expect(value("participants") == "148")
        #expect(value("fit") == "")
        #expect(value("pools") == "")
        #expect(value("note")?.hasPrefix("MK-7 375 ug/day for a year did not change BMD") == true)
        let changed = sent.map { field -> (String, String) in
            switch field.0 {
            case "note": ("note", "No change in BMD at any site after a year.")
            case "fit": ("fit", "partial")
            case "pools": ("pools", "trials")
            default: field
            }
        }
        #expect(try await served.post(Self.citeAction, changed).status == 303)
        let after = try String(decoding: served.file(Self.path), as: UTF8.self)
        let item = "  - ref: \"pmid:27625301\"\n"
        let next = "  - ref: \"doi:10.1359/jbmr.081254\"\n"
        let head = try #require(before.components(separatedBy: item).first)
        let tail = try #require(before.components(separatedBy: next).last)
        #expect(after.hasPrefix(head + item))
        #expect(after.hasSuffix(next + tail))
        let graded = try #require(
            try served.graded().report.claims.first { $0.claim.id.rawValue == Self.claimID })
        let citation = try #require(
            graded.claim.citations.first { $0.reference.description == "pmid:27625301" })
        #expect(citation.stance == .null)
        #expect(citation.note == "No change in BMD at any site after a year.")
        #expect(citation.appraisal?.fit == .partial)
        #expect(citation.appraisal?.pools == .trials)
        #expect(citation.appraisal?.riskOfBias == .low)
        #expect(citation.appraisal?.forms == ["MK-7"])
        #expect(citation.appraisal?.participants == 148)
    }

    @Test(
        "a rejected citation answers 422 with validate's message and writes nothing",
        arguments: rejectedCitations)
    func rejectedCitation(fields: [(String, String)], message: String) async throws {
        let served = try await ServedKnowledgeBase.start()
        defer { served.stop() }
        let before = try served.file(Self.path)
        let reply = try await served.post(
            Self.citeAction, try await hidden(served, form: Self.citeForm) + fields)
        #expect(reply.status == 422)
        #expect(reply.body.contains(message))
        #expect(try served.file(Self.path) == before)
        // What was typed is put back into the form.
        let ref = try #require(fields.first { $0.0 == "ref" }?.1)
        #expect(
            reply.body.contains("name=\"ref\" type=\"text\" value=\"\(HTMLReporter.escape(ref))\""))
    }
}
