extension EvaluationSet {
    // MARK: Tenth held-out slice — hand-written last, after every change of this session, in
    // the style of warning-letter quotes and real compliant labels; measured once, never used
    // to change a rule or the lexicon.

    static let h10Claims: [String] = [
        "Our immunity gummies are formulated to help your body fight the coronavirus and other "
            + "germs kids bring home from school.",
        "Black seed oil: the remedy for everything but death, including the flu.",
        "Use our ionic silver spray daily during cold and flu season to kill viruses in your "
            + "nose and throat.",
        "My wife's lupus has been in remission since she started our protocol.",
        "This turmeric blend is a powerful natural COX-2 inhibitor for joint pain.",
        "CBD tincture that helped my veteran husband sleep through his PTSD nightmares.",
        "Cannabis oil cured my father's stage 3 colon cancer.",
        "Our mushroom blend may help people on chemotherapy feel stronger.",
        "Natural detox support for those quitting heroin or fentanyl.",
        "Berberine lowers fasting glucose as effectively as metformin.",
        "Keeps blood sugar from spiking for people with insulin resistance.",
        "A diabetic's best friend: our sugar-control capsules.",
        "Beta glucan boosts natural killer cell activity against tumors.",
        "Lion's mane may help regrow nerves damaged by neuropathy.",
        "Reverses early memory loss in just 90 days.",
        "Protects the kidneys of people with high blood pressure.",
        "Cleanses the liver of fat deposits and heals hepatitis damage.",
        "Astaxanthin slows the progression of macular degeneration.",
        "Eye drops that dissolve floaters and cataracts.",
        "Restore your manhood: reverses erectile dysfunction naturally.",
        "Topical serum that regrows hair in bald patches.",
        "Reduces meltdowns in children on the autism spectrum.",
        "Burns belly fat and lowers your risk of type 2 diabetes.",
        "Semaglutide-like results without injections.",
        "Lowers blood pressure as well as lisinopril.",
        "Clears plaque from arteries and prevents heart attacks.",
        "Red yeast rice works like a statin to cut cholesterol.",
        "Antibacterial and antiviral throat spray.",
        "Garlic oil drops for ear infections.",
        "Our essential oil protocol helped my son overcome his seizures.",
        "Rosemary and peppermint oil blend to stop hair loss.",
        "Homeopathic remedy for chickenpox itching.",
        "Homeopathic drops to ease autism symptoms.",
        "Relieves the agony of sciatica and slipped discs.",
        "Soothes inflamed joints and reduces morning stiffness from RA.",
        "Relief for chronic constipation and IBS-C.",
        "Heals cracked, bleeding skin from psoriasis.",
        "Stops recurring yeast infections.",
        "I no longer need my inhaler or my allergy pills.",
        "#diabetesfree #noinsulin #healingnaturally",
    ]

    static let h10Compliant: [String] = [
        "Supports joint health and comfort with glucosamine and chondroitin.",
        "Helps maintain healthy blood sugar levels already within the normal range, as part of a "
            + "healthy diet.",
        "Promotes a healthy immune system all year long.",
        "Helps you unwind and get restful sleep.",
        "For occasional sleeplessness, take one tablet before bed.",
        "Helps relieve occasional constipation within 12 to 72 hours.",
        "Supports a healthy gut and digestive comfort.",
        "Supports brain function and mental clarity.",
        "Supports healthy skin and a radiant complexion.",
        "Supports heart and cardiovascular health.",
        "Supports prostate health and normal urine flow.",
        "Promotes healthy liver function.",
        "Supports eye health and visual performance.",
        "Helps maintain normal cholesterol levels already in the healthy range.",
        "Supports healthy energy and stamina.",
        "Vitamin D contributes to normal blood calcium levels.",
        "Vitamin C contributes to normal collagen formation for the normal function of skin.",
        "Magnesium contributes to the reduction of tiredness and fatigue.",
        "Zinc contributes to the maintenance of normal bones.",
        "Iron contributes to normal energy-yielding metabolism.",
        "Vitamin B6 contributes to normal psychological function.",
        "Iodine contributes to the maintenance of normal skin.",
        "Take one capsule daily with water.",
        "Keep in a cool, dry place.",
        "Contains no added sugar.",
    ]

    /// The tenth held-out slice.
    static func heldOut10() -> [Item] {
        h10Claims.map { Item(text: $0, isDiseaseClaim: true) }
            + h10Compliant.map { Item(text: $0, isDiseaseClaim: false) }
    }
}
