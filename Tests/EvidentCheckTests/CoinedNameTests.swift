import EvidentCheck
import EvidentModel
import Testing

/// Product names cut from a condition's name and hashtags that join an acronym to a lowercase
/// word: the name is read as naming the condition, whatever the rest of it says; names cut
/// from ordinary words, or from a beginning other words share, name nothing.
struct CoinedNameTests {
    static func errors(_ text: String) -> [(rule: String, text: String)] {
        ProductNameTests.errors(text)
    }

    /// A camel-case name whose first piece is the clipped beginning of a one-word condition
    /// name (five letters or more, half the name or more), whatever its ending says; names
    /// whose pieces are ordinary words, too short, or cut from a beginning that words of
    /// another family share ("Calci": calcium; "Lumba": lumbar) name no condition. Each name
    /// is checked in the same label line.
    @Test func clippedConditionNamesAreClaims() {
        let named = ["ScoliAlign", "DiabeBalance", "InsomniDream", "HemorrhoComfort"]
        let ordinary = ["SunnyBrook", "Kidsy", "CalciBoost", "LumbaRest", "VitaBloom", "MoonRiver"]
        for name in named + ordinary {
            let found = Self.errors("Two \(name) tablets a day, with food.")
            #expect(
                found.map(\.text) == (named.contains(name) ? [name] : []),
                "\(name): \(found)")
        }
        let rule = Self.errors("Two DiabeBalance tablets a day.").first?.rule
        #expect(rule == "disease-product-name")
    }

    /// One solid word that runs a disease's stem into a cure ending is a name wherever it
    /// stands, with no capital, form or camel case after it ("Asthmaway inhaler rinse"); a word
    /// of the dictionary is that word ("Carefree").
    @Test func solidStemAndCureIsAName() {
        let found = Self.errors("Eczemaway bath soak, 500 ml, from a family firm in Devon.")
        #expect(found.contains { $0.text == "Eczemaway" }, "\(found)")
        #expect(Self.errors("Carefree picnics all summer, from a family firm in Devon.").isEmpty)
    }

    /// A hashtag joining an acronym to a lowercase word splits where its pieces are known
    /// words ("#RSVfighter": RSV, fighter), not at the last capital ("rs", "vfighter").
    @Test func hashtagAcronymJoinedToAWord() {
        let found = Self.errors("Day five of our #RSVfighter with elderberry syrup.")
        #expect(found.contains { $0.text == "RSVfighter" }, "\(found)")
        #expect(Self.errors("Day five of our #RSVP party with elderberry syrup.").isEmpty)
    }
}
