import EvidentCheck
import EvidentModel
import Testing

/// 21 CFR 101.93(g)(2): a disease claim is any effect, explicit or implied, that a product has
/// on a disease, its symptoms or an abnormal lab value — not only treating or curing it. One
/// group of sentences per mechanism of the grammar, written for these tests; each group's
/// lawful or everyday counterparts must pass.
struct EffectGrammarTests {
    static func diseaseErrors(_ text: String) -> [String] {
        ClaimGrammarTests.diseaseErrors(text)
    }

    /// An internal organ protected from damage: damage to an organ is a disease.
    @Test(arguments: [
        "Guards your pancreas against the wear that ends in diabetes.",
        "Keeps your kidneys safe from the damage high blood pressure does.",
        "Protects brain cells from the toxic build-up seen in dementia.",
        "Shields your lungs from the scarring that follows a bad infection.",
        "Protects your kidneys from wear and destruction.",
    ])
    func organProtection(_ text: String) {
        #expect(!Self.diseaseErrors(text).isEmpty, "\(text)")
    }

    /// A disease's cells, growths, deposits or germs destroyed, starved or dissolved.
    @Test(arguments: [
        "Melts away arterial plaque in weeks.",
        "Our mushroom blend hunts down tumour cells and leaves healthy ones alone.",
        "Breaks up blood clots before they reach your lungs.",
        "Shrinks fibroids without surgery.",
        "Turns off the immune attack on your joints.",
        "Flushes out the fatty build-up in your veins.",
    ])
    func mechanism(_ text: String) {
        #expect(!Self.diseaseErrors(text).isEmpty, "\(text)")
    }

    /// A body function brought back, which implies a disease took it.
    @Test(arguments: [
        ("Restores the sense of smell you lost.", "organ-repair-claim"),
        ("Restores bladder control in days.", "function-restoration-claim"),
        ("Gets your memory back to what it was.", "function-restoration-claim"),
        ("Restores lung function damaged by years of smoking.", "function-restoration-claim"),
        ("Gets your heart pumping like it did at twenty.", "function-restoration-claim"),
    ])
    func lostFunctionRestored(_ item: (String, String)) {
        #expect(Self.diseaseErrors(item.0).contains(item.1), "\(Self.diseaseErrors(item.0))")
    }

    /// A lab value moved toward normal from outside it.
    @Test(arguments: [
        "Your blood sugar will drop into the normal range within a month.",
        "Brings sky-high triglycerides back under control.",
        "Takes your blood pressure from 150 down to 120.",
        "Your PSA will come down within weeks.",
        "Corrects a sluggish insulin response.",
        "Bring your liver enzymes back to a healthy level.",
    ])
    func labValueTowardNormal(_ text: String) {
        #expect(!Self.diseaseErrors(text).isEmpty, "\(text)")
    }

    /// A first-person story: an ability back, an illness over, a treatment called off, a drug
    /// put away.
    @Test(arguments: [
        "My wife recognises our grandchildren again.",
        "I was laid up with a chest infection until a friend gave me this syrup; gone in days.",
        "The specialist wanted to operate, but after two months I cancelled.",
        "I haven't used my rescue inhaler since March.",
        "I threw my CPAP in the closet.",
        "5 stars. My sugar has been in the 90s every morning since week two!!",
    ])
    func testimonial(_ text: String) {
        #expect(!Self.diseaseErrors(text).isEmpty, "\(text)")
    }

    /// Outcome framings and protective verbs with a disease as their object.
    @Test(arguments: [
        "Kick psoriasis to the curb.",
        "Makes acid reflux a thing of the past.",
        "Keeps shingles at bay.",
        "Guards your heart against a second attack.",
        "Swipe up to see how Jen kicked her fibromyalgia for good.",
    ])
    func effectOnADisease(_ text: String) {
        #expect(!Self.diseaseErrors(text).isEmpty, "\(text)")
    }

    /// An organ's "problems" or "issues" name a disease of it; a drug or device left behind.
    @Test(arguments: [
        "Shoutout to this brand, my husband's prostate issues are way better.",
        "Finally something for bladder problems that works.",
        "Caption: from wheelchair to 5k in one year.",
    ])
    func organTroubleAndDrugLeftBehind(_ text: String) {
        #expect(!Self.diseaseErrors(text).isEmpty, "\(text)")
    }

    /// The same verbs about everyday things, maintenance wordings, stories without a disease,
    /// and illness words in another domain.
    @Test(arguments: [
        "Helps protect liver cells from oxidative damage.",
        "Protects your hair from heat damage when styling.",
        "Our packaging protects the capsules from light and moisture.",
        "Helps remove plaque from teeth and freshen breath.",
        "Breaks down easily in your home compost.",
        "Melt the butter in a pan and add the flour.",
        "Our app brings back memories of your holidays.",
        "Restores your phone to factory settings.",
        "Restores your energy after a long week.",
        "Supports healthy blood flow already within the normal range.",
        "Helps maintain healthy blood sugar levels as part of a balanced diet.",
        "My order was cancelled by mistake, can you help?",
        "I walk again every morning since we got the dog.",
        "My numbers on the scale are finally moving in the right direction.",
        "I haven't used my old blender since I bought this one.",
        "Why pay for expensive smoothies when you can make them at home?",
        "Say goodbye to soggy salads with this lunchbox.",
        "Shipping delays are down to zero this month.",
        "My dog finally sits still for his grooming.",
        "Order back issues of our magazine online.",
        "Helps with mild memory problems associated with normal ageing.",
        "Wipes out the virus on your laptop in seconds.",
        "Our coach helped the team beat the flu-ridden rivals 3-0.",
        "Our goalkeeper is recovering from a knee injury.",
    ])
    func everydayUseIsNoError(_ text: String) {
        #expect(Self.diseaseErrors(text).isEmpty, "\(Self.diseaseErrors(text))")
    }
}
