import Foundation

/// The diseases, symptoms and normal functions copy can name, derived from MeSH, the Disease
/// Ontology, the Symptom Ontology, ICD-10-CM and HPO layperson synonyms
/// (`Vocabulary/conditions.tsv`, written by `.ci/vocab/derive.py`), plus a reviewed alias
/// overlay of lay phrases no source has (`Vocabulary/aliases.tsv`).
///
/// Phrases are tokenised and stemmed like copy and found with a word trie, so looking up a
/// sentence costs one short walk per word, whatever the size of the vocabulary. A determiner or
/// possessive after a phrase's first word is one slot ("ringing in the ears" is also "ringing
/// in your ears"); a quoted one-word phrase (`"bends"`) counts only as written, or in its
/// plural in -s, because an everyday word shares its stem ("bend over backwards"); one quoted
/// in capitals (`"MS"`) counts only written in capitals.
public final class ConditionVocabulary: Sendable {
    /// The sources, with attribution, licence and version (`Vocabulary/sources.tsv`).
    public let sources: [VocabularySource]
    let trie: TermTrie
    /// The words of the phrases (lowercase, unstemmed, four letters or more), for splitting
    /// run-together hashtags ("#autismrecovery").
    let words: Set<String>
    /// The one-word disease and symptom names with no everyday sense, seven letters or more
    /// (lowercase, unstemmed, sorted), which coined product names are built on ("HyperTensa"
    /// on "hypertension"): see `coinedCondition(_:)`.
    let names: [String]
    /// The files' bytes (derived phrases, then aliases); a concept is built from its line only
    /// when asked for, so loading costs one pass over the bytes.
    let files: [[UInt8]]
    let entries: [Entry]
    /// The phrases also found with their words in another order or form (rule R).
    let reordered: ReorderedTerms

    /// Where a phrase's line is, and what the checker needs of it at every sentence.
    struct Entry: Sendable {
        var file: UInt8
        var start: Int32
        var end: Int32
        var kind: ConditionKind
        var sense: ConditionSense
        /// Whether the phrase is quoted: it counts only as written.
        var asWritten: Bool
    }

    /// The determiners and possessives that fill one slot inside a phrase (grammar, not
    /// product vocabulary). "a" and "an" are not among them: "a" is also a letter in names
    /// ("hepatitis a", "vitamin a deficiency").
    static let determiners = [
        "the", "this", "these", "those", "my", "your", "his", "her", "its", "our", "their",
    ]

    /// The HPO release the derived phrases come from (shown with every HPO id, as the HPO
    /// licence asks).
    public static let hpoVersion = "2025-01-16"

    /// How many phrases there are.
    public var count: Int { entries.count }

    /// How many phrases come from the reviewed alias overlay.
    public var aliasCount: Int { entries.lazy.filter { $0.file == 1 }.count }

    /// The phrase at an index (in file order: derived first, then aliases).
    public func concept(at index: Int) -> ConditionConcept {
        let entry = entries[index]
        let line = files[Int(entry.file)][Int(entry.start)..<Int(entry.end)]
        let fields = line.split(separator: 9, omittingEmptySubsequences: false)
        let ids = fields.count > 3 ? fields[3].split(separator: 32) : []
        return ConditionConcept(
            phrase: phrase(at: index), kind: entry.kind, sense: entry.sense,
            conceptIDs: ids.map { String(decoding: $0, as: UTF8.self) }.filter { $0 != "-" },
            isAlias: entry.file == 1, isAsWritten: entry.asWritten)
    }

    /// The phrase at an index, without the quotes of one that counts only as written.
    private func phrase(at index: Int) -> String {
        let entry = entries[index]
        let bytes = files[Int(entry.file)]
        var end = Int(entry.start)
        while end < Int(entry.end), bytes[end] != 9 { end += 1 }
        let quotes = entry.asWritten ? 1 : 0
        return String(
            decoding: bytes[(Int(entry.start) + quotes)..<(end - quotes)], as: UTF8.self)
    }

    /// Every phrase, in file order (derived first, then aliases); builds them all.
    public var concepts: [ConditionConcept] { entries.indices.map { concept(at: $0) } }

    /// The kind of the phrase at an index.
    func kind(at index: Int) -> ConditionKind { entries[index].kind }

    /// When the phrase at an index counts.
    func sense(at index: Int) -> ConditionSense { entries[index].sense }

    /// Whether the phrase at an index is quoted in capitals: it counts only written so ("MS").
    func isCapitalsOnly(at index: Int) -> Bool {
        entries[index].asWritten && phrase(at: index).contains(where: \.isUppercase)
    }

    /// The vocabulary bundled with Evident, loaded once per process: the first call's `cache`
    /// (a folder, see `init(directory:cache:)`) is the one used.
    public static func bundled(cache: URL? = nil) throws -> ConditionVocabulary {
        let state = bundledState
        state.lock.lock()
        defer { state.lock.unlock() }
        if let result = state.result { return try result.get() }
        let result = loadBundled(cache: cache)
        state.result = result
        return try result.get()
    }

    /// The folder of the bundled vocabulary's files.
    static var bundledDirectory: URL? {
        Bundle.module.url(forResource: "Vocabulary", withExtension: nil)
    }

    /// The bundled vocabulary once loaded (or its error), guarded by `lock`.
    private final class BundledState: @unchecked Sendable {
        let lock = NSLock()
        var result: Result<ConditionVocabulary, CheckError>?
    }

    private static let bundledState = BundledState()

    private static func loadBundled(cache: URL?) -> Result<ConditionVocabulary, CheckError> {
        guard let folder = bundledDirectory else {
            return .failure(
                .invalidRulePack(path: "Vocabulary", message: "the bundled vocabulary is missing"))
        }
        do {
            return .success(try ConditionVocabulary(directory: folder, cache: cache))
        } catch let error as CheckError {
            return .failure(error)
        } catch {
            return .failure(.invalidRulePack(path: folder.path, message: "\(error)"))
        }
    }

    /// Loads `conditions.tsv`, `aliases.tsv` and `sources.tsv` from a folder; with a `cache`
    /// folder, the phrases' trie is read from `<cache>/vocabulary.cache` when that file was
    /// written for these files' bytes by this binary, and written there otherwise (see
    /// `CacheFile`): the same vocabulary either way.
    public convenience init(directory: URL, cache: URL? = nil) throws {
        func read(_ name: String) throws -> (path: String, bytes: [UInt8]) {
            let url = directory.appendingPathComponent(name)
            do {
                return (url.path, [UInt8](try Data(contentsOf: url)))
            } catch {
                throw CheckError.invalidRulePack(path: url.path, message: "cannot read the file")
            }
        }
        let files = [try read("conditions.tsv"), try read("aliases.tsv")]
        let sources = try read("sources.tsv")
        let forms = try read("forms.tsv")
        guard let cache,
            let key = ConditionVocabulary.cacheKey(files: files + [forms], sources: sources)
        else {
            try self.init(bytes: files, sources: sources, forms: forms)
            return
        }
        let file = ConditionVocabulary.cacheFile(in: cache)
        if let cached = try ConditionVocabulary.cached(
            file, key: key, files: files.map(\.bytes), sources: sources)
        {
            self.init(
                sources: cached.sources, trie: cached.trie, words: cached.words,
                names: cached.names, files: cached.files, entries: cached.entries,
                reordered: cached.reordered)
            return
        }
        try self.init(bytes: files, sources: sources, forms: forms)
        file.write(key: key, payload: encoded())
    }

    /// A vocabulary of parts read from a cache (`ConditionVocabulary+Cache`).
    init(
        sources: [VocabularySource], trie: TermTrie, words: Set<String>, names: [String],
        files: [[UInt8]], entries: [Entry], reordered: ReorderedTerms
    ) {
        self.sources = sources
        self.trie = trie
        self.words = words
        self.names = names
        self.files = files
        self.entries = entries
        self.reordered = reordered
    }

    /// Parses the files' texts (each given with its path, for error messages); `forms`: the
    /// word families of rule R (`forms.tsv`; none: the phrases are read out of order by their
    /// own words only).
    public convenience init(
        conditions: (path: String, text: String), aliases: (path: String, text: String),
        sources: (path: String, text: String), forms: (path: String, text: String)? = nil
    ) throws {
        try self.init(
            bytes: [
                (conditions.path, Array(conditions.text.utf8)),
                (aliases.path, Array(aliases.text.utf8)),
            ],
            sources: (sources.path, Array(sources.text.utf8)),
            forms: forms.map { ($0.path, Array($0.text.utf8)) })
    }

    private init(
        bytes files: [(path: String, bytes: [UInt8])], sources: (path: String, bytes: [UInt8]),
        forms: (path: String, bytes: [UInt8])?
    )
        throws
    {
        var reordered =
            try forms.map { try ReorderedTerms(forms: $0.bytes, path: $0.path) }
            ?? ReorderedTerms()
        var entries: [Entry] = []
        var trie = TermTrie()
        // A phrase's word is a node at most; the files hold about one word per 16 bytes, and
        // one distinct word per 128.
        let size = files.reduce(0) { $0 + $1.bytes.count }
        trie.reserveCapacity(nodes: size / 16, words: size / 128)
        trie.fillSlot(with: ConditionVocabulary.determiners.map { Stemmer.stem($0) })
        // Most phrases are lowercase words and spaces: their words are the tokenizer's words,
        // and each distinct word is stemmed and interned once.
        var known: [String: Int32] = [:]
        known.reserveCapacity(size / 128)
        var ids: [Int32] = []
        var names: Set<String> = []
        // The kinds and senses as bytes, so a line's fields are compared, not made strings.
        let kinds = ConditionKind.allCases.map { (Array($0.rawValue.utf8), $0) }
        let senses = ConditionSense.allCases.map { (Array($0.rawValue.utf8), $0) }
        var tabs: [Int] = []
        tabs.reserveCapacity(3)
        for (number, file) in files.enumerated() {
            let bytes = file.bytes
            var line = 0
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 10 { end += 1 }
                line += 1
                defer { start = end + 1 }
                if end == start || bytes[start] == UInt8(ascii: "#") { continue }
                tabs.removeAll(keepingCapacity: true)
                for index in start..<end where bytes[index] == 9 {
                    tabs.append(index)
                    if tabs.count == 3 { break }
                }
                func text(_ range: Range<Int>) -> String {
                    String(decoding: bytes[range], as: UTF8.self)
                }
                guard tabs.count == 3,
                    let kind = kinds.first(where: {
                        $0.0.elementsEqual(bytes[(tabs[0] + 1)..<tabs[1]])
                    })?.1
                else {
                    throw CheckError.invalidRulePack(
                        path: "\(file.path):\(line):1",
                        message: "expected 'phrase<TAB>disease|symptom|function|germ<TAB>"
                            + "ambiguous|eponym|head|-<TAB>ids', got '\(text(start..<end))'")
                }
                guard
                    let sense = senses.first(where: {
                        $0.0.elementsEqual(bytes[(tabs[1] + 1)..<tabs[2]])
                    })?.1
                else {
                    let senseText = text((tabs[1] + 1)..<tabs[2])
                    throw CheckError.invalidRulePack(
                        path: "\(file.path):\(line):\(tabs[1] + 2 - start)",
                        message: "unknown sense '\(senseText)' (expected 'ambiguous', 'eponym', "
                            + "'head' or '-')")
                }
                ids.removeAll(keepingCapacity: true)
                let quote = UInt8(ascii: "\"")
                let asWritten = bytes[start] == quote
                if asWritten {
                    let inner = text((start + 1)..<max(start + 1, tabs[0] - 1))
                    guard tabs[0] - start >= 3, bytes[tabs[0] - 1] == quote,
                        Tokenizer.terms(inner).count == 1
                    else {
                        throw CheckError.invalidRulePack(
                            path: "\(file.path):\(line):1",
                            message: "expected one word between quotes, got "
                                + "'\(text(start..<tabs[0]))'")
                    }
                }
                if bytes[start..<tabs[0]].allSatisfy({ ConditionVocabulary.isPlain($0) }) {
                    var from = start
                    for index in start...tabs[0] where index == tabs[0] || bytes[index] == 32 {
                        if index > from {
                            let word = text(from..<index)
                            if let id = known[word] {
                                ids.append(id)
                            } else {
                                let id = trie.wordID(Stemmer.stem(word))
                                known[word] = id
                                ids.append(id)
                            }
                        }
                        from = index + 1
                    }
                } else {
                    for term in Tokenizer.terms(text(start..<tabs[0])) {
                        ids.append(trie.wordID(term))
                    }
                }
                guard !ids.isEmpty else { continue }
                if ids.count == 1, sense == .plain, kind != .function, tabs[0] - start >= 7,
                    bytes[start..<tabs[0]].allSatisfy({ (97...122).contains($0) })
                {
                    names.insert(text(start..<tabs[0]))
                }
                if ids.count >= 2, !asWritten, kind == .disease || kind == .symptom {
                    reordered.add(
                        text(start..<tabs[0]), entry: entries.count, kind: kind, sense: sense)
                }
                trie.insert(ids: ids, value: entries.count)
                entries.append(
                    Entry(
                        file: UInt8(number), start: Int32(start), end: Int32(end), kind: kind,
                        sense: sense, asWritten: asWritten))
            }
        }
        let list = try ConditionVocabulary.sources(sources)
        self.words = Set(known.keys.filter { $0.utf8.count >= 4 })
        self.names = names.sorted()
        self.files = files.map(\.bytes)
        self.entries = entries
        self.sources = list
        self.trie = trie
        reordered.finish()
        self.reordered = reordered
    }

    /// The sources of `sources.tsv` (key, name, licence, version, count per line).
    static func sources(_ sources: (path: String, bytes: [UInt8])) throws -> [VocabularySource] {
        var list: [VocabularySource] = []
        let text = String(decoding: sources.bytes, as: UTF8.self)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map(String.init)
            guard fields.count == 5 else {
                throw CheckError.invalidRulePack(
                    path: sources.path,
                    message: "expected 'key<TAB>name<TAB>licence<TAB>version<TAB>count', "
                        + "got '\(line)'")
            }
            list.append(
                VocabularySource(
                    key: fields[0], name: fields[1], licence: fields[2], version: fields[3],
                    count: fields[4]))
        }
        return list
    }

    /// Whether a byte of a phrase is a lowercase ASCII letter, a digit or a space (a phrase made
    /// of these splits into the tokenizer's words at its spaces).
    static func isPlain(_ byte: UInt8) -> Bool {
        (97...122).contains(byte) || (48...57).contains(byte) || byte == 32
    }

    /// The condition phrases in a sequence of stems (as `Tokenizer.terms` gives them): at each
    /// position the longest phrase, and matching resumes after it. `written` gives the word
    /// at a position as written (`writtenForm(at:of:in:)`); where it is not known, a phrase
    /// that counts only as written counts by its stem.
    public func matches(
        in terms: [String], written: (Int) -> String? = { _ in nil }
    ) -> [ConditionMatch] {
        var result: [ConditionMatch] = []
        var position = 0
        while position < terms.count {
            if let longest = longestPhrase(terms, at: position, written: written) {
                for value in longest.values {
                    result.append(
                        ConditionMatch(
                            start: position, end: longest.end, concept: concept(at: Int(value))))
                }
                position = longest.end
            } else {
                position += 1
            }
        }
        return result
    }

    /// The condition phrases of a text ("Lowers high blood pressure" → high blood pressure,
    /// `MESH:D006973` …), word positions counted in `Tokenizer.terms(text)`.
    public func lookup(_ text: String) -> [ConditionMatch] {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, in: 0..<scalars.count)
        return matches(in: tokens.map(\.term)) {
            ConditionVocabulary.writtenForm(at: $0, of: tokens, in: scalars)
        }
    }

    /// The word at `index` of `tokens` as written in `text`, as a phrase that counts only as
    /// written is compared with it: in its own case (a phrase quoted in capitals, "MS", is
    /// compared with it as written; any other in lowercase), without a possessive `'s` or
    /// apostrophes ("Johne's" → "Johne"); `nil` for a piece of a run-together hashtag or name,
    /// which shares its range with its other pieces ("#nomoreflu"): its own spelling is not
    /// known.
    public static func writtenForm(
        at index: Int, of tokens: [Token], in text: [Unicode.Scalar]
    ) -> String? {
        let token = tokens[index]
        if index > 0, tokens[index - 1].start == token.start { return nil }
        if index + 1 < tokens.count, tokens[index + 1].start == token.start { return nil }
        let end = min(token.end, text.count)
        var scalars = Array(text[min(token.start, end)..<end])
        if scalars.count > 2,
            scalars[scalars.count - 1] == "s" || scalars[scalars.count - 1] == "S",
            Tokenizer.isApostrophe(scalars[scalars.count - 2])
        {
            scalars.removeLast(2)
        }
        scalars.removeAll { Tokenizer.isApostrophe($0) }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Every stem that begins a phrase.
    var phraseStarts: [String] { trie.firstWords }

    /// The longest phrase starting at a word position (the first of `phrases(_:at:)`), leaving
    /// out a phrase that counts only as written unless the word there is written as it, or as
    /// its plural in -s (`written`, as in `matches(in:written:)`; where it is not known, by
    /// its stem).
    func longestPhrase(
        _ terms: [String], ids: [Int32]? = nil, at position: Int,
        written: (Int) -> String? = { _ in nil }
    ) -> (end: Int, values: [Int32])? {
        // `ids`: the stems' word ids in the trie, when the caller has them (`StemTable`).
        let found =
            if let ids { trie.longest(ids: ids, at: position) } else {
                trie.longest(terms, at: position)
            }
        guard let longest = found else { return nil }
        guard longest.values.contains(where: { entries[Int($0)].asWritten }),
            let form = written(position)
        else { return longest }
        let lowercase = form.lowercased()
        let values = longest.values.filter { value in
            guard entries[Int(value)].asWritten else { return true }
            let phrase = phrase(at: Int(value))
            // A phrase quoted in capitals ("MS") counts only written in capitals: in lowercase
            // or with one capital it is another word ("Ms", "ms").
            let compared = phrase.contains(where: \.isUppercase) ? form : lowercase
            return compared == phrase || compared == phrase + "s"
        }
        return values.isEmpty ? nil : (longest.end, values)
    }

    /// Every stem of a phrase, with its word id (for `longestPhrase(ids:at:)`).
    var wordIDs: [String: Int32] { trie.wordIDs }

    /// `longestPhrase(_:at:)` where the words as written are not known, over word ids (from
    /// `wordIDs`; `-1` for a stem no phrase has): a phrase that counts only as written counts
    /// by its stem.
    func longestPhrase(ids: [Int32], at position: Int) -> (end: Int, values: [Int32])? {
        trie.longest(ids: ids, at: position)
    }

    /// Every phrase starting at a word position: (end, concept indices), longest first.
    func phrases(_ terms: [String], at position: Int) -> [(end: Int, values: [Int32])] {
        guard trie.starts(terms[position]) else { return [] }
        return trie.matches(terms, at: position)
    }
}

extension ConditionVocabulary {
    /// How many phrases are also found out of order (rule R).
    public var reorderedCount: Int { reordered.terms.count }
}
