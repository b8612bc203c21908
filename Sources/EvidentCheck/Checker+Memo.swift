/// What the rules read of the sentences of the batches read so far, by what a sentence is made
/// from (`RepeatKey`), whatever chunk read it: a sentence written again in a later batch (copy
/// repeats itself) is not read again. Written only between batches (`learn`), read by every
/// chunk of a batch at once; the lay-language reader's readings (`lays`), written and read by
/// the one thread that reads a batch's lay candidates after its chunks are done (`learn(lay:of:)`);
/// at most `limit` entries of each kind, so that the memory held stays
/// bounded however long the copy is. What it holds is what the same sentence would give read
/// afresh (a function of its words), so the findings do not depend on it.
final class ReadMemo: @unchecked Sendable {
    /// The findings of the rules that read a sentence alone (`Checker.readsAlone`): rule order
    /// and range from the sentence's start.
    private(set) var alone: [Checker.RepeatKey: [(order: Int, range: Range<Int>)]] = [:]
    /// What the register read in a sentence alone (see `Checker.RegisterMemo`).
    private(set) var register = Register()
    /// What the sentence rules read of a sentence alone (`Checker.AloneReading`), by rule
    /// order.
    private(set) var readings: [Checker.RepeatKey: Checker.AloneReadings] = [:]
    /// The lay-language reader's reading of a sentence (``LayModel/read(terms:)``, `nil` below
    /// the threshold).
    private(set) var lays: [Checker.RepeatKey: LayReading?] = [:]
    static let limit = 8_192

    /// What the register read in sentences alone, by key.
    struct Register {
        var mentions: [Checker.RepeatKey: [(group: Int, start: Int, end: Int)]] = [:]
        var targets: [Checker.RepeatKey: RegisterTargets] = [:]
        var readings: [Checker.RepeatKey: Checker.SentenceReading] = [:]
        /// The verdicts reached on a sentence's words alone (`Checker.RegisterMemo.alone`).
        var alone: [Checker.RepeatKey: RegisterVerdict] = [:]
    }

    /// Adds what a chunk read, up to `limit` entries of each kind.
    func learn(
        alone found: [Checker.RepeatKey: [(order: Int, range: Range<Int>)]],
        register read: Register,
        readings learnt: [Checker.RepeatKey: Checker.AloneReadings] = [:]
    ) {
        ReadMemo.add(found, to: &alone)
        // A sentence read again in a later batch may have worked out more of the same.
        for (key, read) in learnt where readings.count < ReadMemo.limit || readings[key] != nil {
            readings[key] = read
        }
        ReadMemo.add(read.mentions, to: &register.mentions)
        ReadMemo.add(read.targets, to: &register.targets)
        ReadMemo.add(read.readings, to: &register.readings)
        ReadMemo.add(read.alone, to: &register.alone)
    }

    /// Keeps the lay-language reader's reading of a sentence (while there is room).
    func learn(lay reading: LayReading?, of key: Checker.RepeatKey) {
        if lays.count < ReadMemo.limit { lays[key] = reading }
    }

    private static func add<Value>(
        _ found: [Checker.RepeatKey: Value], to table: inout [Checker.RepeatKey: Value]
    ) {
        for (key, value) in found where table.count < limit && table[key] == nil {
            table[key] = value
        }
    }
}
