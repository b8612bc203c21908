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
}
