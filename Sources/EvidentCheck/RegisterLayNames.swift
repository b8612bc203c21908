/// Lay names of what the EU register's wordings name, as stems (`EURegister.synonyms`: "blood
/// sugar" for "blood glucose"): the register's matcher reads the copy and the register's own
/// wordings through them, so either name is one target.
///
/// A lay name whose commoner sense is another is written with the words that select the
/// register's sense, in brackets after "beside" (`"nerves (beside normal, normally)"`: the
/// nerves of the body, whose normal working the register speaks of, not the nerves of a
/// feeling, "steadies your nerves"): it is read so only in a run of stems that holds one of them.
struct RegisterLayNames: Sendable {
    /// Per first stem of a lay name: the lay names starting with it (longest first), the
    /// register's phrase each stands for and the stems one of which the run must hold (none:
    /// read anywhere) (`StringTable`: looked up for every word read).
    private let byFirst: StringTable<[(name: [String], phrase: [String], beside: [String])]>

    init(_ synonyms: [String: String]) {
        var byFirst: [String: [(name: [String], phrase: [String], beside: [String])]] = [:]
        for (written, phrase) in synonyms.sorted(by: { $0.key < $1.key }) {
            let (name, beside) = RegisterLayNames.split(written)
            let from = Tokenizer.terms(name)
            let to = Tokenizer.terms(phrase)
            guard let first = from.first, !to.isEmpty, from != to else { continue }
            byFirst[first, default: []].append((from, to, beside))
        }
        for first in byFirst.keys {
            byFirst[first]?.sort { $0.name.count > $1.name.count }
        }
        self.byFirst = StringTable(byFirst)
    }

    /// A lay name as written in the register file and the stems of the words it is read
    /// beside ("nerves (beside normal, normally)": "nerves", ["normal"]).
    static func split(_ written: String) -> (name: String, beside: [String]) {
        guard written.hasSuffix(")"), let open = written.range(of: " (beside ") else {
            return (written, [])
        }
        let words = written[open.upperBound..<written.index(before: written.endIndex)]
        let beside = words.split(separator: ",").flatMap { Tokenizer.terms(String($0)) }
        return (String(written[..<open.lowerBound]), Array(Set(beside)).sorted())
    }

    /// `terms` with each lay name written as the register's phrase (the longest that fits).
    func read(_ terms: [String]) -> [String] {
        guard !byFirst.isEmpty, terms.contains(where: { byFirst[$0] != nil }) else { return terms }
        var read: [String] = []
        read.reserveCapacity(terms.count)
        var position = 0
        while position < terms.count {
            let fit = byFirst[terms[position]]?.first { option in
                position + option.name.count <= terms.count
                    && terms[position..<position + option.name.count].elementsEqual(option.name)
                    && (option.beside.isEmpty || option.beside.contains(where: terms.contains))
            }
            if let fit {
                read += fit.phrase
                position += fit.name.count
            } else {
                read.append(terms[position])
                position += 1
            }
        }
        return read
    }
}
