extension EvaluationSet {
    // MARK: Eighth held-out slice — hand-written last, after every change of this session, in
    // the style of warning-letter quotes and real compliant labels; measured once, never used
    // to change a rule or the lexicon.

    static let h8Claims: [String] = [
        "Stock up now: our immune-boosting elixir is the natural way to keep coronavirus out of "
            + "your home.",
        "Doctors won't tell you this, but zinc and quercetin together stop COVID in its tracks.",
        "Our nasal drops neutralize respiratory viruses on contact.",
        "I beat breast cancer with diet, prayer and these capsules.",
        "Turkey tail mushroom has been shown to extend survival in cancer patients.",
        "Anti-tumor compounds in every dropper.",
        "Full spectrum CBD to calm seizures, tremors and PTSD flashbacks.",
        "Our CBD lotion is a game changer for fibromyalgia flares.",
        "Helps those in recovery stay off opioids.",
        "Support for alcohol withdrawal, naturally.",
        "A1C too high? Our cinnamon chromium blend brings it down.",
        "Blood sugar support for people who are tired of insulin shots.",
        "Say goodbye to diabetic foot pain.",
        "Keeps your memory sharp and wards off Alzheimer's.",
        "Clears the plaques linked to cognitive decline.",
        "Chanca piedra, the stone breaker, for kidney and gallbladder stones.",
        "Helps lower high creatinine levels.",
        "Rejuvenates a damaged liver.",
        "Clinically proven to reverse early cataracts.",
        "Eye vitamins that stop glaucoma from progressing.",
        "Herbal ED formula with horny goat weed.",
        "Grow back a full head of hair, even after years of balding.",
        "Our drops helped my nonverbal autistic son say his first words.",
        "Weight loss drops that cure obesity for good.",
        "Lowers cholesterol better than Crestor.",
        "Unclogs your arteries while you sleep.",
        "Regulates heart rhythm and prevents AFib episodes.",
        "Kills bacteria, viruses and fungi: the ultimate natural antibiotic.",
        "Clove oil stops toothache pain instantly.",
        "Rosemary oil is as effective as minoxidil for hair regrowth.",
        "Essential oil blend for bronchitis and chest congestion.",
        "Homeopathic drops for colic and teething fever.",
        "Homeopathic remedy to stop nosebleeds.",
        "Relieves joint inflammation and swelling in rheumatoid hands.",
        "Heals stomach ulcers and acid reflux.",
        "Stops the itching and spreading of ringworm.",
        "My sciatica is gone after 10 days!",
        "Since using the tonic my blood pressure dropped 30 points.",
        "#crohnswarrior these capsules are my lifeline",
        "NeuroCalm Anxiety Relief Drops",
    ]

    static let h8Compliant: [String] = [
        "Supports healthy joints as you age.",
        "Helps maintain healthy blood pressure already within a normal range.",
        "Supports the body's natural immune defenses.",
        "Promotes relaxation and restful sleep.",
        "Occasional sleeplessness relief.",
        "Supports healthy bowel function.",
        "Supports healthy vision and eye comfort.",
        "Supports focus and mental energy.",
        "Promotes healthy hair growth and shine.",
        "Supports healthy glucose levels already in the normal range.",
        "Supports liver detoxification.",
        "Supports heart health with omega-3s.",
        "Helps build and maintain strong bones.",
        "Supports a healthy response to everyday stress.",
        "Helps relieve occasional gas.",
        "Supports urinary comfort.",
        "Vitamin D contributes to normal absorption of calcium.",
        "Vitamin C contributes to the normal function of the immune system.",
        "Zinc contributes to normal acid-base metabolism.",
        "Magnesium contributes to normal energy-yielding metabolism.",
        "Iron contributes to normal formation of red blood cells.",
        "Vitamin B12 contributes to the normal function of the nervous system.",
        "Biotin contributes to the maintenance of normal hair.",
        "Calcium is needed for the maintenance of normal teeth.",
        "Selenium contributes to normal thyroid function.",
        "Pantothenic acid contributes to the reduction of tiredness and fatigue.",
        "Shake well before use.",
        "Store below 25°C.",
        "Each capsule contains 500 mg of magnesium glycinate.",
        "Join our newsletter for 10% off your first order.",
    ]

    /// The eighth held-out slice.
    static func heldOut8() -> [Item] {
        h8Claims.map { Item(text: $0, isDiseaseClaim: true) }
            + h8Compliant.map { Item(text: $0, isDiseaseClaim: false) }
    }
}
