extension EvaluationSet {
    // MARK: Sixth held-out slice — hand-written last, after all tuning of this session, in the
    // style of warning-letter quotes and real compliant labels; measured once, never used to
    // change a rule or the lexicon.

    static let h6Claims: [String] = [
        "Boost your body's defenses against COVID-19 and other respiratory viruses with just one "
            + "scoop a day.",
        "This powerful tincture has helped countless families stay virus-free throughout the "
            + "pandemic.",
        "Our hand-crafted salve calms angry psoriasis patches and keeps them from coming back.",
        "My grandson's autism symptoms improved dramatically within six weeks of starting the "
            + "drops.",
        "Pure CBD: the plant-based answer to chronic migraines, sleeplessness and joint "
            + "inflammation.",
        "Help your pup fight off cancer naturally with our mushroom blend.",
        "Kratom tea helps ease the aches, sweats and restlessness of opiate detox.",
        "A non-prescription option for people who want to come off their antidepressants.",
        "After 3 months on our program my fasting sugar is in the 90s and I no longer need "
            + "Glipizide.",
        "Gymnema sylvestre is known as the sugar destroyer and helps repair the pancreas.",
        "Soursop leaf extract is 10,000 times stronger than chemo at killing cancer cells.",
        "Helps the body dissolve calcium deposits and kidney stones without surgery.",
        "Clinically shown to lower systolic blood pressure by 12 points.",
        "Prevent macular degeneration before it steals your sight.",
        "Our eye formula helps people with glaucoma and cataracts see more clearly.",
        "Rub it on your gums to stop the bleeding and reverse periodontal disease.",
        "The only hair serum proven to regrow hair lost to alopecia.",
        "Strengthens erections and helps you last longer — no little blue pill required.",
        "Melts fat while you sleep and reduces your risk of obesity-related diseases.",
        "Fights liver disease and flushes out years of toxins from alcohol.",
        "Dandelion and nettle tea to support kidney function in CKD patients.",
        "Relieves the burning, tingling and numbness of diabetic neuropathy.",
        "Drink your way to lower cholesterol.",
        "A natural remedy for gout flare-ups.",
        "Ease arthritis pain naturally with our turmeric and boswellia capsules.",
        "Our probiotic is a must for anyone struggling with Crohn's or colitis.",
        "Lion's mane regenerates nerve cells and may slow the progression of dementia.",
        "Peppermint oil for IBS relief.",
        "Protects you from the flu better than a flu shot.",
        "Oregano oil capsules: a natural alternative to antibiotics for sinus infections.",
        "Our immune drops helped my toddler kick his ear infection in two days!",
        "Clears up UTIs in 24 hours.",
        "Eliminates the herpes virus from your body.",
        "Activated charcoal drink that removes radiation and heavy metals from the body.",
        "Thyroid Rescue supports people with hypothyroidism and Hashimoto's.",
        "Hormone balance cream that shrinks fibroids and eases endometriosis.",
        "Reduces the pain of shingles and prevents postherpetic neuralgia.",
        "Lowers uric acid and prevents painful gout attacks.",
        "Nebulize our silver solution to clear pneumonia from your lungs.",
        "Natural relief for hay fever sufferers.",
        "#keto #diabetic friendly snack that lowers blood sugar",
        "Stop taking metformin and start taking control with our berberine.",
        "Your heart will thank you: reduces arterial plaque by up to 40%.",
        "Helps you kick nicotine cravings and quit for good.",
        "Essential oil roller for ADHD focus.",
        "Calms seizures in dogs and cats.",
        "Homeopathic flu remedy for the whole family.",
        "Reverses insulin resistance in 30 days.",
    ]

    static let h6Compliant: [String] = [
        "Supports healthy joint comfort and flexibility.",
        "Helps maintain healthy blood pressure levels that are already within a normal range.",
        "Promotes a healthy immune response during the winter months.",
        "Supports normal blood sugar metabolism as part of a healthy diet.",
        "Helps support restful sleep on occasional sleepless nights.",
        "For occasional constipation and irregularity.",
        "Supports healthy digestion and helps relieve occasional bloating.",
        "Helps maintain healthy vision.",
        "Supports cognitive health and mental sharpness.",
        "Helps promote a positive outlook and emotional balance.",
        "Supports healthy hair, skin and nails from within.",
        "Supports a healthy prostate.",
        "Supports urinary tract health with cranberry and D-mannose.",
        "Helps support healthy liver function.",
        "Supports cardiovascular function.",
        "Promotes strong bones and teeth.",
        "Supports lean muscle mass when combined with resistance training.",
        "Helps relieve occasional muscle cramps after exercise.",
        "Supports a healthy stress response.",
        "Supports normal energy production in cells.",
        "Vitamin B6 contributes to the normal function of the immune system.",
        "Zinc contributes to the normal function of the immune system.",
        "Folate contributes to normal psychological function.",
        "Iron contributes to normal cognitive function.",
        "Magnesium contributes to the maintenance of normal bones.",
        "Vitamin C contributes to the normal function of the nervous system.",
        "Riboflavin contributes to the reduction of tiredness and fatigue.",
        "Calcium contributes to normal muscle function.",
        "Vitamin D contributes to the maintenance of normal teeth.",
        "Selenium contributes to the maintenance of normal nails.",
        "Vitamin B12 contributes to normal energy-yielding metabolism.",
        "Iodine contributes to normal cognitive function.",
        "Suggested use: take one softgel daily with a meal containing fat.",
        "Each serving provides 2000 IU of vitamin D3 and 100 mcg of vitamin K2.",
        "Orders placed before 2 pm ship the same day.",
        "Manufactured in an FDA-registered facility that follows cGMP guidelines.",
        "If you are pregnant or nursing, consult your healthcare practitioner before use.",
        "Read what our customers are saying about the taste!",
    ]

    /// The sixth held-out slice.
    static func heldOut6() -> [Item] {
        h6Claims.map { Item(text: $0, isDiseaseClaim: true) }
            + h6Compliant.map { Item(text: $0, isDiseaseClaim: false) }
    }
}
