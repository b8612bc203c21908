extension EvaluationSet {
    // MARK: Second slice. Written as a held-out slice before its first measurement (recall
    // 89.4% of 770, false errors 0.4% of 230); its misses were then used to fix the lexicon, so
    // it is now a tuning slice. The held-out slice is `heldOut()` in EvaluationSet+HeldOut2.

    static let heldOutProducts = [
        "Nattokinase", "Our mushroom tincture", "Oregano oil", "Moringa powder", "This kombucha",
        "Quercetin", "Resveratrol capsules", "The detox drops", "Apple cider vinegar gummies",
        "Our hemp extract", "Berberine", "Chaga", "Zinc lozenges", "The immune shot",
    ]

    static let heldOutDiseases = [
        "gastritis", "tonsillitis", "conjunctivitis", "nephritis", "bladder cancer",
        "pancreatic cancer", "skin cancer", "lymphoma", "osteopenia", "chronic kidney disease",
        "coronary artery disease", "angina", "atrial fibrillation", "peripheral neuropathy",
        "diabetic neuropathy", "sleep apnea", "bipolar disorder", "schizophrenia",
        "anxiety disorders", "PTSD", "hay fever", "allergies", "sinus infections", "strep throat",
        "ear infections", "pink eye", "cold sores", "warts", "athlete's foot", "candida",
        "yeast infections", "H. pylori", "stomach ulcers", "GERD", "ulcerative colitis",
        "celiac disease", "diverticulitis", "hemorrhoids", "gallstones", "hypothyroidism",
        "Hashimoto's", "Graves' disease", "PCOS", "endometriosis", "erectile dysfunction",
        "infertility", "cataracts", "tinnitus", "vertigo", "cavities", "periodontal disease",
        "osteoarthritis", "bursitis", "plantar fasciitis", "carpal tunnel syndrome", "sciatica",
        "chronic fatigue syndrome", "Epstein-Barr virus", "coronavirus", "influenza",
        "pneumonia", "tuberculosis", "malaria", "HIV", "hepatitis B", "sepsis", "MRSA",
        "measles", "dengue fever", "Zika", "mpox", "rosacea", "vitiligo", "cystic acne",
        "dermatitis", "hives", "scleroderma", "sarcoidosis", "ALS", "Huntington's disease",
        "cerebral palsy", "brain tumors", "seizures", "dyslipidemia", "hyperglycemia",
        "prediabetes", "kidney failure", "liver damage", "blood poisoning", "arrhythmia",
        "varicose veins", "deep vein thrombosis", "aneurysms", "heart failure", "emphysema",
        "COPD", "bronchiectasis", "pancreatitis", "cystitis", "prostatitis", "enlarged prostate",
    ]

    static let heldOutVerbs: [(String, String)] = [
        ("kill", "kills"), ("eliminate", "eliminates"), ("get rid of", "gets rid of"),
        ("stop", "stops"), ("defeat", "defeats"), ("shrink", "shrinks"), ("beat", "beats"),
        ("mitigate", "mitigates"), ("inhibit", "inhibits"), ("block", "blocks"),
        ("stave off", "staves off"), ("guard against", "guards against"),
        ("ease the symptoms of", "eases the symptoms of"), ("help manage", "helps manage"),
        ("speed recovery from", "speeds recovery from"), ("counteract", "counteracts"),
        ("cut your chances of developing", "cuts your chances of developing"),
        ("provide relief from", "provides relief from"), ("remedy", "remedies"),
        ("tackle", "tackles"), ("overcome", "overcomes"), ("clear up", "clears up"),
    ]

    static let heldOutHedges: [(String, Bool)] = [
        ("", true), ("might", false), ("could", false), ("is known to", false),
        ("has been reported to", false), ("studies suggest it may", false),
        ("is traditionally used to", false), ("was found to", false), ("will", false),
        ("is proven to", false), ("works to", false), ("is designed to", false),
    ]

    static let heldOutStructures = [
        "supports healthy joints", "helps maintain strong bones as you age",
        "promotes a calm and relaxed mood", "supports healthy immune function",
        "helps maintain healthy blood sugar levels already within the normal range",
        "supports normal cardiovascular function", "promotes healthy sleep patterns",
        "supports healthy brain function", "helps maintain regularity",
        "supports healthy energy metabolism", "promotes healthy hair growth",
        "supports liver detoxification", "helps support a healthy weight",
        "supports the body's antioxidant defences", "promotes lean muscle mass",
        "supports urinary tract health", "helps maintain healthy vision",
        "supports healthy skin elasticity", "promotes mental clarity and focus",
        "supports healthy hormone balance", "helps maintain normal cholesterol levels",
        "supports the natural production of collagen", "helps the body adapt to stress",
        "supports healthy digestion and nutrient absorption", "builds strong bones and teeth",
        "helps relieve occasional gas and bloating", "supports a sense of well-being",
        "helps reduce occasional sleeplessness", "relieves minor joint stiffness after exercise",
        "eases occasional nervous tension", "supports normal stress response",
    ]

    static let heldOutEU = [
        "Vitamin D contributes to the maintenance of normal bones.",
        "Calcium contributes to normal blood clotting.",
        "Magnesium contributes to normal muscle function.",
        "Vitamin C contributes to normal collagen formation for the normal function of blood vessels.",
        "Thiamine contributes to the normal function of the heart.",
        "Vitamin B12 contributes to normal energy-yielding metabolism.",
        "Zinc contributes to normal fertility and reproduction.",
        "Iodine contributes to the maintenance of normal skin.",
        "Vitamin D contributes to normal absorption/utilisation of calcium and phosphorus.",
        "Pantothenic acid contributes to normal mental performance.",
        "Copper contributes to normal hair pigmentation.",
        "Niacin contributes to the reduction of tiredness and fatigue.",
        "Phosphorus contributes to the maintenance of normal teeth.",
        "Protein contributes to the growth in muscle mass.",
        "Water contributes to the maintenance of normal physical and cognitive functions.",
        "Walnuts contribute to the improvement of the elasticity of blood vessels.",
        "Olive oil polyphenols contribute to the protection of blood lipids from oxidative stress.",
        "Fluoride contributes to the maintenance of tooth mineralisation.",
        "Vitamin A contributes to the maintenance of normal vision.",
        "Plant sterols have been shown to lower blood cholesterol. High cholesterol is a risk factor in the development of coronary heart disease.",
        "Calcium and vitamin D help to reduce the loss of bone mineral in post-menopausal women. Low bone mineral density is a risk factor for osteoporotic bone fractures.",
        "Vitamin D helps to reduce the risk of falling associated with postural instability and muscle weakness. Falling is a risk factor for bone fractures among men and women 60 years of age and older.",
        "Barley beta-glucan has been shown to lower blood cholesterol. High cholesterol is a risk factor in the development of coronary heart disease.",
        "Sugar-free chewing gum helps neutralise plaque acids. Plaque acids are a risk factor in the development of dental caries.",
        "Activated charcoal contributes to reducing excessive flatulence after eating.",
        "Hydroxypropyl methylcellulose contributes to the reduction of the blood glucose rise after a meal.",
        "Lactulose contributes to an acceleration of intestinal transit.",
        "Cocoa flavanols help maintain the elasticity of blood vessels, which contributes to normal blood flow.",
        "Melatonin contributes to the reduction of time taken to fall asleep.",
        "Vitamin B6 contributes to normal homocysteine metabolism.",
    ]

    /// The second tuning slice (formerly held out).
    static func secondSlice() -> [Item] {
        var g = Generator(state: 0xB1_0D0E)
        var items: [Item] = []
        for _ in 0..<500 {
            let (hedge, third) = g.pick(heldOutHedges)
            let verb = g.pick(heldOutVerbs)
            let text =
                [g.pick(heldOutProducts), hedge, third ? verb.1 : verb.0, g.pick(heldOutDiseases)]
                .filter { !$0.isEmpty }.joined(separator: " ") + "."
            items.append(Item(text: text, isDiseaseClaim: true))
        }
        let templates = [
            "Thousands of {d} patients rely on {p}.", "{p} — the {d} solution nature intended.",
            "Ideal for anyone battling {d}.",
            "Clinical research shows {p} benefits people with {d}.",
            "Don't let {d} control your life: choose {p}.", "{p} gave me my life back after {d}.",
            "My doctor was amazed: no more {d} after {p}.",
            "Had {d} for years, now it's gone thanks to {p}.",
            "A proven protocol against {d}.", "{p} is used in hospitals to manage {d}.",
            "Nature's answer to {d}.", "Want to avoid {d}? Start with {p} today.",
            "Breakthrough: {p} targets the root cause of {d}.", "{p} restores health in {d}.",
        ]
        for _ in 0..<250 {
            let text = g.pick(templates).replacingOccurrences(
                of: "{p}", with: g.pick(heldOutProducts)
            )
            .replacingOccurrences(of: "{d}", with: g.pick(heldOutDiseases))
            items.append(Item(text: text, isDiseaseClaim: true))
        }
        let other = [
            "Kills 99.9% of viruses, including coronavirus.", "Lowers your A1C naturally.",
            "Brings high blood pressure back to normal.", "Unclogs arteries in weeks.",
            "Dissolves arterial plaque.", "Works as well as Xanax, without a prescription.",
            "You can stop taking your statins.", "A natural substitute for Adderall.",
            "Nature's Prozac.", "Potent antiviral and antibacterial properties.",
            "Anti-tumor activity shown in studies.", "A natural painkiller for chronic back pain.",
            "Reduces the need for insulin injections.", "Normalizes blood glucose in diabetics.",
            "Cuts LDL by 30%.", "Helps the body clear the Epstein-Barr virus.",
            "Boosts your immunity against COVID.", "Keeps the flu away all winter.",
            "Shrinks enlarged prostate.", "Reverses hair loss caused by alopecia.",
        ]
        items += other.map { Item(text: $0, isDiseaseClaim: true) }
        for _ in 0..<200 {
            items.append(
                Item(
                    text: "\(g.pick(heldOutProducts)) \(g.pick(heldOutStructures)).",
                    isDiseaseClaim: false))
        }
        items += heldOutEU.map { Item(text: $0, isDiseaseClaim: false) }
        return items
    }
}
