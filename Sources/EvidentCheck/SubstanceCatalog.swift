import Foundation

/// The substances copy can name, from data only: the reviewed groups of `substances.yaml`
/// (synonyms, salts, forms, a `broader` substance) and every name of the EU register; each
/// substance knows its register entries.
struct SubstanceCatalog: Sendable {
    struct Group: Sendable {
        /// `vitamin-c`, or a register name for a substance no group covers.
        var id: String
        /// The group itself and its broader substances, nearest first.
        var lineage: [Int]
        /// Register entries of the group and of its broader substances.
        var entries: [Int]
        /// The names copy uses for it.
        var names: [String]
    }

    let groups: [Group]
    /// Phrase (stems) → group index.
    let matcher: PhraseMatcher
    /// Every name, as written (for the lexicon's `@substance` class).
    let phrases: [String]

    private struct File: Decodable {
        var substances: [String: GroupFile]
    }

    private struct GroupFile: Decodable {
        var names: [String]
        var register: [String]?
        var broader: String?
    }

    static let empty = SubstanceCatalog(groups: [], matcher: PhraseMatcher(), phrases: [])

    /// A catalog of its parts (`empty`, the built catalog, its cache file:
    /// `SubstanceCatalog+Cache.swift`).
    init(groups: [Group], matcher: PhraseMatcher, phrases: [String]) {
        self.groups = groups
        self.matcher = matcher
        self.phrases = phrases
    }

    /// Reads `substances.yaml` and joins it to the register's names; a register name in
    /// `notSubstances` (words the lexicon knows as a body function, biomarker or disease:
    /// "cholesterol") names no substance.
    init(
        yaml: String, path: String, register: EURegister, notSubstances: Set<[String]> = []
    ) throws {
        let file = try DataFile.decode(File.self, yaml: yaml, path: path)
        // Register names by their first stem, for "does an entry name contain this phrase".
        var entryNames: [(entry: Int, terms: [String])] = []
        var byFirst: [String: [Int]] = [:]
        for (index, entry) in register.entries.enumerated() {
            for name in entry.names {
                let terms = Tokenizer.terms(name)
                guard !terms.isEmpty else { continue }
                for term in Set(terms) { byFirst[term, default: []].append(entryNames.count) }
                entryNames.append((index, terms))
            }
        }
        func entries(containing phrase: [String]) -> [Int] {
            guard let first = phrase.first else { return [] }
            var found: Set<Int> = []
            for candidate in byFirst[first] ?? [] {
                let name = entryNames[candidate].terms
                guard name.count >= phrase.count else { continue }
                for start in 0...(name.count - phrase.count)
                where Array(name[start..<(start + phrase.count)]) == phrase {
                    found.insert(entryNames[candidate].entry)
                    break
                }
            }
            return found.sorted()
        }
        let ids = file.substances.keys.sorted()
        var index: [String: Int] = [:]
        for (position, id) in ids.enumerated() { index[id] = position }
        var matcher = PhraseMatcher()
        var phrases: [String] = []
        var own: [[Int]] = []
        var broader: [Int?] = []
        var names: [[String]] = []
        for (position, id) in ids.enumerated() {
            guard let group = file.substances[id] else { continue }
            if let parent = group.broader, index[parent] == nil {
                throw CheckError.invalidRulePack(
                    path: path,
                    message: "substance '\(id)': unknown broader substance '\(parent)' "
                        + "(expected a substance of this file)")
            }
            broader.append(group.broader.flatMap { index[$0] })
            var found: Set<Int> = []
            for name in group.names + (group.register ?? []) {
                found.formUnion(entries(containing: Tokenizer.terms(name)))
            }
            own.append(found.sorted())
            let all = group.names + SubstanceCatalog.codes(group.names)
            names.append(all)
            for name in all {
                let terms = Tokenizer.terms(name)
                guard !terms.isEmpty else { continue }
                matcher.add(terms, label: position)
                phrases.append(name)
            }
        }
        // Every register name no group claims is a substance of its own; one that contains a
        // group's name is a form of that substance ("plant sterols and plant stanols" of plant
        // sterols, "tomato lycopene" of lycopene) and reaches its entries too.
        let groupNames = matcher
        var seen = Set(phrases.map { Tokenizer.terms($0) }).union(notSubstances)
        var extraIDs: [String] = []
        for entry in register.entries {
            for name in entry.names {
                let terms = Tokenizer.terms(name)
                guard !terms.isEmpty, !seen.contains(terms) else { continue }
                seen.insert(terms)
                let position = ids.count + extraIDs.count
                extraIDs.append(name)
                matcher.add(terms, label: position)
                phrases.append(name)
                own.append(entries(containing: terms))
                broader.append(
                    terms.indices.lazy.compactMap { groupNames.longest(terms, at: $0) }.first?
                        .labels.first)
                names.append([name])
            }
        }
        var groups: [Group] = []
        for (position, id) in (ids + extraIDs).enumerated() {
            var lineage = [position]
            var next = broader[position]
            while let parent = next, !lineage.contains(parent) {
                lineage.append(parent)
                next = broader[parent]
            }
            var all: Set<Int> = []
            for member in lineage { all.formUnion(own[member]) }
            groups.append(
                Group(id: id, lineage: lineage, entries: all.sorted(), names: names[position]))
        }
        self.init(groups: groups, matcher: matcher, phrases: phrases)
    }

    /// The vitamin codes copy writes without the word "vitamin" ("B12", "D3"): the letter and
    /// number of each name "vitamin <letter><number>" the group does not list already. A letter
    /// alone ("C", "E") is no name: it is also a word or an initial.
    static func codes(_ names: [String]) -> [String] {
        let listed = Set(names.map { $0.lowercased() })
        var codes: [String] = []
        for name in names {
            let words = name.lowercased().split(separator: " ")
            guard words.count == 2, words[0] == "vitamin",
                let letter = words[1].first, letter.isLetter,
                words[1].count > 1, words[1].dropFirst().allSatisfy(\.isNumber),
                !listed.contains(String(words[1])), !codes.contains(String(words[1]))
            else { continue }
            codes.append(String(words[1]))
        }
        return codes
    }

    /// The index of a group by id.
    func group(_ id: String) -> Int? { groups.firstIndex { $0.id == id } }

    /// The names of a substance and of every narrower form of it (vitamin K: K1, K2, MK-7 …).
    func names(including group: Int) -> [String] {
        groups.filter { $0.lineage.contains(group) }.flatMap(\.names)
    }

    /// The substances named in a run of stems: (group, first stem, end), longest names first,
    /// left to right.
    func mentions(in terms: [String]) -> [(group: Int, start: Int, end: Int)] {
        var found: [(group: Int, start: Int, end: Int)] = []
        var position = 0
        while position < terms.count {
            if let best = matcher.longest(terms, at: position) {
                for label in best.labels { found.append((label, position, best.end)) }
                position = best.end
            } else {
                position += 1
            }
        }
        return found
    }
}
