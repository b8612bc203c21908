extension EvaluationSet {
    // MARK: Ninth held-out slice — hand-written last, after every change of this session, in
    // the style of warning-letter quotes and real compliant labels; measured once, never used
    // to change a rule or the lexicon.

    static let h9Claims: [String] = [
        "In these uncertain times, our elderberry and zinc lozenges give your immune system the "
            + "ammunition it needs to fight off COVID.",
        "Our hydrogen water machine has helped customers recover from long COVID fatigue and "
            + "breathlessness.",
        "This silver gel can be applied to wounds to kill MRSA and prevent infection.",
        "After my stroke I couldn't lift my arm; three months on these capsules and I'm "
            + "gardening again!",
        "CBD gummies for pain, anxiety, inflammation and sleep problems.",
        "Our calming chews help dogs with epilepsy have fewer episodes.",
        "The kratom extract that helped me walk away from painkillers for good.",
        "Cinnamon bark extract to bring down stubborn blood sugar numbers.",
        "My diabetic neuropathy used to keep me up all night; now I sleep like a baby.",
        "Doctors are amazed: this tea has put dozens of cancer patients into remission.",
        "Graviola capsules to support your fight against leukemia.",
        "Nutrients that protect your memory from Alzheimer's decline.",
        "Our kidney support formula can help patients delay dialysis.",
        "Milk thistle flushes toxins and reverses liver scarring.",
        "Bilberry eye formula for sharper night vision and to stop cataracts.",
        "Saw palmetto shrinks an enlarged prostate so you can sleep through the night.",
        "Men who suffer from erectile problems will love our natural formula.",
        "Hair growth gummies that reverse thinning caused by alopecia and stress.",
        "Calms the hyperactivity and outbursts that come with ADHD.",
        "Appetite suppressant that treats obesity without prescription drugs.",
        "Lowers LDL and triglycerides in just 30 days.",
        "Nattokinase: a natural clot buster for healthier arteries.",
        "Strengthens a weak heart muscle and improves ejection fraction.",
        "Kills the flu virus on contact.",
        "Echinacea tincture to shorten colds and fight sinus infections.",
        "Eucalyptus oil clears congested sinuses and stops coughing fits.",
        "Tea tree oil cures acne and fungal infections.",
        "Peppermint essential oil applied to the temples relieves tension headaches.",
        "Homeopathic pills to treat anxiety and panic.",
        "Homeopathic cold and flu relief for kids.",
        "Relieves the aching and stiffness of osteoarthritis.",
        "Clears up eczema and psoriasis flares in days.",
        "Natural relief from GERD and acid indigestion.",
        "Relief from painful hemorrhoids, fast.",
        "Stops urinary tract infections before they start.",
        "Our formula dissolves gallstones so you can avoid surgery.",
        "I've thrown away my CPAP since using these drops.",
        "#migrainerelief #naturalremedy our roller works in minutes",
        "Say goodbye to restless leg syndrome.",
        "ThyroCure Iodine Drops",
    ]

    static let h9Compliant: [String] = [
        "Supports healthy joint function and mobility.",
        "Helps maintain cholesterol levels that are already within a healthy range.",
        "Supports a strong, healthy immune system.",
        "Promotes a sense of calm.",
        "Helps you fall asleep on occasional restless nights.",
        "Promotes healthy digestion and regularity.",
        "Supports healthy blood glucose levels already in the normal range.",
        "Supports memory and learning.",
        "Supports healthy skin elasticity.",
        "Supports heart health.",
        "Supports prostate and urinary health in men.",
        "Supports healthy vision.",
        "Promotes healthy circulation in the legs.",
        "Supports energy and vitality.",
        "Supports recovery after exercise.",
        "Vitamin D contributes to the maintenance of normal bones and teeth.",
        "Vitamin C contributes to the reduction of tiredness and fatigue.",
        "Zinc contributes to normal carbohydrate metabolism.",
        "Magnesium contributes to normal protein synthesis.",
        "Iron contributes to the normal function of the immune system.",
        "Folate contributes to normal homocysteine metabolism.",
        "Vitamin B12 contributes to normal psychological function.",
        "Calcium contributes to normal neurotransmission.",
        "Take two tablets daily with food.",
        "Made in small batches in Vermont.",
    ]

    /// The ninth held-out slice.
    static func heldOut9() -> [Item] {
        h9Claims.map { Item(text: $0, isDiseaseClaim: true) }
            + h9Compliant.map { Item(text: $0, isDiseaseClaim: false) }
    }
}
