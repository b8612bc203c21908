import Testing

@testable import EvidentCheck

/// The class gate's set: a sentence's classes against a pattern's required classes.
struct ClassSetTests {
    @Test func classIdsBelowTheCapacityFitAndOthersDoNot() {
        #expect(ClassSet.capacity == 512)
        #expect(ClassSet([0, 63, 64, 255, 256, 511]) != nil)
        #expect(ClassSet([3, 512]) == nil)
        #expect(ClassSet([-1]) == nil)
    }

    @Test func aSentenceHasAPatternsClassesOnlyWhenItHasEveryOne() throws {
        var present = [Bool](repeating: false, count: 600)
        for id in [1, 200, 300, 511, 550] { present[id] = true }
        let sentence = ClassSet(present: present)
        #expect(sentence.isSuperset(of: try #require(ClassSet([1, 300]))))
        #expect(sentence.isSuperset(of: try #require(ClassSet([200, 511]))))
        #expect(!sentence.isSuperset(of: try #require(ClassSet([300, 301]))))
        #expect(!sentence.isSuperset(of: try #require(ClassSet([2]))))
        // A class past the capacity is left out of a sentence's set.
        #expect(sentence == ClassSet([1, 200, 300, 511]))
    }

    /// Every one of the eight words of bits is compared: a class missing from any of them
    /// (ids 0, 64, … 448, and the last bit of each) makes the sentence lack the pattern.
    @Test func aClassMissingFromAnyWordOfBitsIsMissed() throws {
        let all = [Bool](repeating: true, count: ClassSet.capacity)
        for word in 0..<8 {
            for id in [word * 64, word * 64 + 63] {
                var present = all
                present[id] = false
                let sentence = ClassSet(present: present)
                #expect(!sentence.isSuperset(of: try #require(ClassSet([(id + 1) % 512, id]))))
                #expect(sentence.isSuperset(of: try #require(ClassSet([(id + 1) % 512]))))
            }
        }
        #expect(ClassSet(present: all).isSuperset(of: try #require(ClassSet(Array(0..<512)))))
        #expect(ClassSet().isSuperset(of: ClassSet()))
    }
}
