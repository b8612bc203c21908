import Testing

@testable import EvidentCheck

/// What the rules read of a sentence alone, by rule order (`Checker.AloneReadings`): the same
/// answers as a dictionary by order, whatever order the readings are set, replaced or removed.
struct AloneReadingsTests {
    @Test func answersAsADictionaryByOrder() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<60 {
            var readings = Checker.AloneReadings()
            var dictionary: [Int: Checker.AloneReading] = [:]
            // Half the rounds set orders ascending (as a sentence's rules are read), half in
            // any order; some set nil (removed).
            var order = 0
            for step in 0..<30 {
                if round.isMultiple(of: 2) {
                    order += Int.random(in: 1...5, using: &generator)
                } else {
                    order = Int.random(in: 0..<30, using: &generator)
                }
                let match = PatternMatch(start: step, end: step + 1, anchor: step)
                let value: Checker.AloneReading? =
                    Int.random(in: 0..<6, using: &generator) == 0
                    ? nil
                    : Checker.AloneReading(
                        passes: step.isMultiple(of: 3),
                        found: step.isMultiple(of: 4) ? nil : [match])
                readings[order] = value
                dictionary[order] = value
                let same = (-1...(order + 2)).allSatisfy { probe in
                    readings[probe]?.passes == dictionary[probe]?.passes
                        && readings[probe]?.found == dictionary[probe]?.found
                }
                #expect(same, "round \(round), step \(step)")
            }
        }
    }
}
