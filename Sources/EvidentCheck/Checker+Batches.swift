import EvidentModel

/// Batches: long copy is read a batch of sentences at a time, so that the tagged sentences and
/// candidate findings held at once stay bounded however long the copy is; what a rule needs
/// from the whole document (a document rule's subject, a severity raised by a subject named
/// anywhere) is gathered batch by batch and applied at the end.
extension Checker {
    /// About how many scalars of copy a batch holds (a few hundred sentences of prose; a
    /// 10 MB line without a sentence end is read in about 40 batches).
    static let batchScalars = 262_144

    /// Consecutive ranges of sentence numbers of about `scalars` scalars each (at least one
    /// sentence each), covering every sentence once, in order; none for no sentences.
    static func batches(_ sentences: [Range<Int>], scalars: Int) -> [Range<Int>] {
        var batches: [Range<Int>] = []
        var start = 0
        var size = 0
        for (number, sentence) in sentences.enumerated() {
            size += sentence.count
            if size >= scalars {
                batches.append(start..<(number + 1))
                start = number + 1
                size = 0
            }
        }
        if start < sentences.count { batches.append(start..<sentences.count) }
        return batches
    }

    /// How many sentences before a sentence its rules may read: the longest subject window,
    /// and the two sentences before that name the substance of a register claim.
    var lookBehind: Int {
        rules.reduce(2) { max($0, $1.rule.subjectWindow) }
    }

    /// How many sentences after a sentence its rules may read: a question's answer, and the
    /// longest `subject-ahead`.
    var lookAhead: Int {
        rules.reduce(1) { max($0, $1.rule.subjectAhead) }
    }

    /// What the document rules and the escalations have seen in the batches read so far.
    struct DocumentRules {
        /// What one document rule has seen.
        struct Seen {
            var subject = false
            var requires = false
            var unless = false
            var first: Candidate? = nil
        }

        /// The document rules, in rule order, with what each has seen.
        private(set) var document: [(rule: CompiledRule, seen: Seen)]
        /// The rules that raise their severity, by `order`: whether their subject was seen.
        private(set) var escalating: [Int: (rule: CompiledRule, seen: Bool)]

        init(rules: [CompiledRule]) {
            document = rules.filter { $0.rule.kind == .pattern && $0.rule.scope == .document }
                .map { ($0, Seen()) }
            escalating = [:]
            for rule in rules where !rule.escalateSubject.isEmpty {
                escalating[rule.order] = (rule, false)
            }
        }

        /// Reads the sentences of one batch (each sentence once over all batches, in order);
        /// `findings`: the batch's candidate findings (for `unless-finding`).
        mutating func observe(
            _ sentences: ArraySlice<TaggedSentence>, findings: [Candidate] = [], checker: Checker
        ) {
            func anywhere(_ patterns: [Pattern], within: Int) -> Bool {
                patterns.contains { p in sentences.contains { $0.contains(p, within: within) } }
            }
            for index in document.indices {
                let rule = document[index].rule
                let within = rule.rule.within
                var seen = document[index].seen
                if !seen.subject { seen.subject = anywhere(rule.subject, within: within) }
                if !seen.requires { seen.requires = anywhere(rule.requires, within: within) }
                if !seen.unless { seen.unless = anywhere(rule.unless, within: within) }
                if seen.first == nil {
                    seen.first = checker.firstDocumentMatch(
                        rule, in: sentences, findings: findings)
                }
                document[index].seen = seen
            }
            for (order, entry) in escalating where !entry.seen {
                let within = entry.rule.rule.within
                if anywhere(entry.rule.escalateSubject, within: within) {
                    escalating[order]?.seen = true
                }
            }
        }

        /// The candidates of the document rules that apply: a subject and a required pattern
        /// (when the rule has them) seen somewhere, no `unless` anywhere, and a match.
        var candidates: [Candidate] {
            document.compactMap { rule, seen in
                if !rule.subject.isEmpty, !seen.subject { return nil }
                if !rule.requires.isEmpty, !seen.requires { return nil }
                if seen.unless { return nil }
                return seen.first
            }
        }

        /// Whether a rule's severity is raised: its escalation subject was seen somewhere.
        func escalated(_ rule: CompiledRule) -> Bool {
            escalating[rule.order]?.seen ?? false
        }
    }

    /// The findings of a file as they are collected, batch by batch.
    struct CollectedFindings {
        /// The findings, at their rule's own severity.
        private(set) var findings: [Finding] = []
        /// The findings whose rule may raise their severity (index in `findings`, rule).
        private(set) var escalations: [(index: Int, rule: CompiledRule)] = []
        /// The original text of every line a finding spans, by 1-based line number.
        var lines: [Int: String] = [:]
        /// The claim of a finding's clause, by the clause's and the sentence's words, for the
        /// batches to come (copy repeats itself; a clause that names no substance is about the
        /// sentence's): at most `wordLimit` of them, so that the memory held stays bounded.
        private(set) var wordMatches: [[[String]]: ClaimMatch?] = [:]
        static let wordLimit = 8_192

        /// A matched claim said in words (`describe(_:for:)`), by rule, claim and shared terms,
        /// for the batches to come: a claim matched again in a later batch is not said in words
        /// again (a finding is a function of its candidate and claim, so the findings are the
        /// same with or without it). At most `wordLimit` of them.
        private(set) var described: [DescribedKey: [String: String]] = [:]

        /// The findings of sentences with a key (`RenderedKey`), for the batches to come: a
        /// sentence written again in a later batch has the finding made for the first, moved
        /// to where it stands (a finding is a function of what the key holds, and of its
        /// place). At most `wordLimit` of them.
        private(set) var rendered: [RenderedKey: Finding] = [:]

        /// Keeps a finding made (see `rendered`).
        mutating func remember(_ finding: Finding, for key: RenderedKey) {
            if rendered.count < CollectedFindings.wordLimit || rendered[key] != nil {
                rendered[key] = finding
            }
        }

        /// Keeps a matched claim said in words (see `described`).
        mutating func remember(_ values: [String: String], for key: DescribedKey) {
            if described.count < CollectedFindings.wordLimit || described[key] != nil {
                described[key] = values
            }
        }

        /// Keeps the claim of a clause's words (see `wordMatches`).
        mutating func remember(_ match: ClaimMatch?, for words: [[String]]) {
            if wordMatches.count < CollectedFindings.wordLimit || wordMatches[words] != nil {
                wordMatches[words] = .some(match)
            }
        }

        /// Adds a finding made by `rule`.
        mutating func append(_ finding: Finding, rule: CompiledRule) {
            if rule.rule.escalate != nil { escalations.append((findings.count, rule)) }
            findings.append(finding)
        }

        /// The checked file: severities raised where `escalated` says so, findings sorted by
        /// position, then severity and rule (in place: a long file's findings are not copied).
        mutating func file(path: String, escalated: (CompiledRule) -> Bool) -> CheckedFile {
            for (index, rule) in escalations {
                if let raise = rule.rule.escalate, escalated(rule) {
                    findings[index].severity = max(raise.severity, rule.rule.severity)
                }
            }
            findings.sort {
                ($0.line, $0.column, $1.severity, $0.rule)
                    < ($1.line, $1.column, $0.severity, $1.rule)
            }
            defer { findings = [] }
            return CheckedFile(path: path, findings: findings, lines: lines)
        }
    }
}
