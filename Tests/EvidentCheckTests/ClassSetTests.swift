import Testing

@testable import EvidentCheck

/// The class gate's set: a sentence's classes against a pattern's required classes.
struct ClassSetTests {
    @Test func classIdsBelowTheCapacityFitAndOthersDoNot() {
        #expect(ClassSet.capacity == 1024)
        #expect(ClassSet([0, 63, 64, 255, 256, 511, 512, 1023]) != nil)
        #expect(ClassSet([3, 1024]) == nil)
        #expect(ClassSet([-1]) == nil)
    }

    @Test func aSentenceHasAPatternsClassesOnlyWhenItHasEveryOne() throws {
        var present = [Bool](repeating: false, count: 1100)
        for id in [1, 200, 300, 511, 550, 1050] { present[id] = true }
        let sentence = ClassSet(present: present)
        #expect(sentence.isSuperset(of: try #require(ClassSet([1, 300]))))
        #expect(sentence.isSuperset(of: try #require(ClassSet([200, 511]))))
        #expect(!sentence.isSuperset(of: try #require(ClassSet([300, 301]))))
        #expect(!sentence.isSuperset(of: try #require(ClassSet([2]))))
        // A class past the capacity is left out of a sentence's set.
        #expect(sentence.isSuperset(of: try #require(ClassSet([511, 550]))))
        #expect(sentence == ClassSet([1, 200, 300, 511, 550]))
    }

    /// The flags are read eight at a time: each flag alone, at every place of its eight and
    /// in the tail of a count that is no multiple of eight (701 flags), is its class alone.
    @Test func eachFlagAloneIsItsClassAlone() throws {
        for id in 0..<701 {
            var present = [Bool](repeating: false, count: 701)
            present[id] = true
            #expect(ClassSet(present: present) == ClassSet([id]))
        }
        var mixed = [Bool](repeating: false, count: 701)
        for id in stride(from: 3, to: 701, by: 7) { mixed[id] = true }
        #expect(ClassSet(present: mixed) == ClassSet(Array(stride(from: 3, to: 701, by: 7))))
    }

    /// Every one of the sixteen words of bits is compared: a class missing from any of them
    /// (ids 0, 64, … 960, and the last bit of each) makes the sentence lack the pattern.
    @Test func aClassMissingFromAnyWordOfBitsIsMissed() throws {
        let all = [Bool](repeating: true, count: ClassSet.capacity)
        for word in 0..<16 {
            for id in [word * 64, word * 64 + 63] {
                var present = all
                present[id] = false
                let sentence = ClassSet(present: present)
                #expect(!sentence.isSuperset(of: try #require(ClassSet([(id + 1) % 1024, id]))))
                #expect(sentence.isSuperset(of: try #require(ClassSet([(id + 1) % 1024]))))
            }
        }
        #expect(ClassSet(present: all).isSuperset(of: try #require(ClassSet(Array(0..<1024)))))
        #expect(ClassSet().isSuperset(of: ClassSet()))
    }
}
