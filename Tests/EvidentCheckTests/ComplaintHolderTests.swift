import EvidentCheck
import Testing

/// A condition a thing has (an artifact or a plant, `@holder-noun`; a possession, a piece of
/// writing or software, a natural object, `@thing-holder`) is a figure or a thing's fault, not
/// an illness (`TaggedSentence.hasThingHolder`): the thing is its possessive, the subject of
/// "suffer from", "recover from" or "has", or the object of the condition written as a past
/// verb. A person's, an animal's, a substance's or the product's word keeps the condition, and
/// so does a thing named as its cause ("from") or as where the person was ("on the trail").
struct ComplaintHolderTests {
    static func errors(_ text: String) -> [String] {
        Fixtures.check(text + "\n").filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        "The repair shop cured the old clock's chronic stutter with a new spring.",
        "The photo's red-eye and blemishes vanish with one tap in our editor.",
        "The pension fund is still recovering from a bruising year on the bond markets.",
        "Tech shares are suffering from a nasty case of the jitters this week.",
        "A silly bug plagued the old firmware for months before the patch.",
        "The worm infected every laptop on the office network overnight.",
    ])
    func aThingsComplaintIsNoIllness(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    /// A sign that no vocabulary term names (a discharge, a swelling, bleeding) held by a thing
    /// in the same frames, and two more for any complaint: the subject of the complaint written
    /// as a verb ("kept bleeding dye") and the subject of "show" or "develop" before it; and
    /// "of" with a thing after a determined complaint ("the swelling of the door").
    @Test(arguments: [
        "The radiator's discharge has stopped since the plumber bled the system.",
        "The tap's constant leaking has stopped since the new washer; not a drip.",
        "The red socks kept bleeding dye into the whites until I washed them in salt water.",
        "Our hedge showed every symptom of box blight until the sulphur spray.",
        "Our pear trees showed every symptom of fire blight before the spring spray.",
        // land that grows grass or a crop (WordNet's field and grassland) holds its patches
        "The meadow's bald patches filled in after the autumn reseeding and an iron feed.",
        "Our pasture's bald patches have filled in since the spring reseeding.",
        // a verb of a condition as a noun a thing has ("canker"), as a verb read only after a
        // body ("the lick flushes ..." below)
        "Our plum tree's canker needs cutting out this winter.",
        "Our cherry tree's canker needs pruning back to clean wood in summer.",
    ])
    func aThingsSignIsNoIllness(_ text: String) {
        #expect(Self.errors(text).isEmpty, "\(Self.errors(text))")
    }

    /// A body's sign keeps its reading in those frames: a part of the body after "of", an
    /// animal or a group of animals as the subject or possessor, a thing's kind before a bare
    /// condition ("kennel cough"), an adjective WordNet also lists as a thing ("the tender
    /// swelling"), a thing's possessive three words off ("the mushroom's beta-glucans starve
    /// tumours"), and a verb of a condition that is also a product's doing ("flushes").
    @Test(arguments: [
        "Our spaniel kept coughing at night until the honey syrup.",
        "The swelling of my knee went down in a week on the boswellia.",
        "Our flock's coughing has stopped since the oregano drench.",
        "Kennel cough gone in four days with our honey syrup for dogs.",
        "One of our zinc lozenges and the tender swelling under the jaw goes down by teatime.",
        "The mushroom's beta-glucans starve tumours of their blood supply.",
        "Our mineral lick flushes Leptospira out of the whole herd.",
        "My gums kept bleeding until the vitamin C; not a trace of blood since.",
        "My bald patches filled in after a month of the biotin.",
    ])
    func aBodysSignIsStillOne(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        "Elderberry's flu-fighting power keeps the whole family well.",
        "Our tea cures the dog's itch and eases its arthritis.",
        "Cures the stutter in your child's speech.",
        "The rose hip syrup cures my daughter's eczema.",
        "My husband is recovering from pneumonia thanks to these elderberry drops.",
        "Our herbal drops cure migraine headaches from screen glare.",
        "Our balm soothes eczema on the hands and arms in days.",
        "The cream cleared the infected cut on my son's knee.",
        "The sage gargle healed the ulcers on the roof of her mouth in two days.",
    ])
    func aBodysComplaintIsStillOne(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }

    /// A past verb's object phrase ends where a subject pronoun opens a clause of its own: the
    /// thing after it is where the body was ("bled every time I showered"), not what bled; the
    /// thing right in the object's phrase still holds it ("plagued the old firmware", above).
    @Test(arguments: [
        "My hands bled every time I washed up; the shea cream healed them.",
        "My hands bled every time I showered; two weeks on the shea cream and they are fine.",
    ])
    func aClauseAfterTheVerbIsNoHolder(_ text: String) {
        #expect(!Self.errors(text).isEmpty, "\(text)")
    }
}
