/// Lay names of what the EU register's wordings name, as stems (`EURegister.synonyms`: "blood
/// sugar" for "blood glucose"): the register's matcher reads the copy and the register's own
/// wordings through them, so either name is one target.
struct RegisterLayNames: Sendable {
    /// Per first stem of a lay name: the lay names starting with it (longest first) and the
    /// register's phrase each stands for (`StringTable`: looked up for every word read).
    private let byFirst: StringTable<[(name: [String], phrase: [String])]>

    init(_ synonyms: [String: String]) {
        var byFirst: [String: [(name: [String], phrase: [String])]] = [:]
        for (name, phrase) in synonyms.sorted(by: { $0.key < $1.key }) {
            let from = Tokenizer.terms(name)
            let to = Tokenizer.terms(phrase)
            guard let first = from.first, !to.isEmpty, from != to else { continue }
            byFirst[first, default: []].append((from, to))
        }
        for first in byFirst.keys {
            byFirst[first]?.sort { $0.name.count > $1.name.count }
        }
        self.byFirst = StringTable(byFirst)
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
