/// A generated evaluation set: disease claims (templates × hedges × verbs × diseases ×
/// products, plus testimonials, biomarker, drug-class and substitution claims) and compliant
/// wordings (structure/function, natural-state qualifiers, EU-authorised wordings).
///
/// `tuning` is what the lexicon and rules were developed against; `heldOut` uses different
/// products, diseases, verbs and templates and was written before the first measurement and
/// never used to change a rule.
enum EvaluationSet {
    /// Items: the copy and whether it is a disease claim.
    struct Item: Sendable {
        var text: String
        var isDiseaseClaim: Bool
    }

    /// A small deterministic generator (SplitMix64), so the set is stable across runs.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    // MARK: Tuning slice

    static let products = [
        "Vitamin K2", "Our turmeric blend", "This elderberry syrup", "CBD oil", "Our formula",
        "These gummies", "Colloidal silver", "Sea moss", "Ashwagandha", "This herbal tea",
        "MK-7", "Fish oil", "Our probiotic", "Black seed oil", "Vitamin D3",
    ]

    /// (hedge, whether the verb takes the third-person form).
    static let hedges: [(String, Bool)] = [
        ("", true), ("may", false), ("can", false), ("may help", false), ("can help", false),
        ("could help", false), ("is shown to", false), ("helps", false),
        ("is clinically shown to", false), ("has been used to", false),
        ("is believed to", false), ("naturally", true),
    ]

    /// (base, third person) verb forms.
    static let verbs: [(String, String)] = [
        ("treat", "treats"), ("cure", "cures"), ("prevent", "prevents"), ("fight", "fights"),
        ("reverse", "reverses"), ("relieve symptoms of", "relieves symptoms of"),
        ("reduce the risk of", "reduces the risk of"), ("protect against", "protects against"),
        ("combat", "combats"), ("heal", "heals"),
        ("slow the progression of", "slows the progression of"),
        ("ward off", "wards off"), ("support recovery from", "supports recovery from"),
        ("alleviate", "alleviates"), ("lower your risk of", "lowers your risk of"),
    ]

    static let diseases = [
        "osteoporosis", "cancer", "breast cancer", "type 2 diabetes", "high blood pressure",
        "hypertension", "Alzheimer's disease", "dementia", "rheumatoid arthritis", "arthritis",
        "depression", "COVID-19", "the flu", "infections", "Parkinson's disease", "cirrhosis",
        "heart disease", "atherosclerosis", "stroke", "asthma", "psoriasis", "eczema",
        "kidney stones", "fatty liver disease", "hepatitis C", "leukemia", "migraines",
        "insomnia", "fibromyalgia", "Crohn's disease", "irritable bowel syndrome", "gout",
        "macular degeneration", "glaucoma", "Lyme disease", "herpes", "shingles", "colds",
        "urinary tract infections", "anemia", "obesity", "multiple sclerosis", "epilepsy",
        "ADHD", "autism", "lupus", "prostate cancer", "colon cancer", "tumors",
        "heart attacks", "blood clots", "tooth decay", "gingivitis", "bronchitis",
        "pneumonia", "sinusitis", "tendinitis", "neuropathy", "metabolic syndrome",
    ]

    static let drugs = [
        "warfarin", "statins", "Fosamax", "metformin", "insulin", "antidepressants",
        "blood pressure medication", "chemotherapy", "ibuprofen", "antibiotics",
    ]

    static let biomarkers = [
        "cholesterol", "LDL cholesterol", "blood pressure", "blood sugar", "triglycerides",
        "A1C levels", "blood glucose", "arterial plaque",
    ]

    static let drugClasses = [
        "anti-inflammatory", "antiviral", "antibiotic", "antidepressant", "blood thinner",
        "painkiller", "anti-cancer agent", "antifungal",
    ]

    static let structures = [
        "healthy bones", "normal immune function", "joint comfort and flexibility",
        "a healthy mood", "restful sleep", "cardiovascular health",
        "healthy blood sugar levels already within the normal range",
        "healthy cholesterol levels already within the normal range", "healthy circulation",
        "memory and focus", "healthy digestion", "natural energy levels",
        "a healthy inflammatory response", "healthy skin, hair and nails", "prostate health",
        "normal liver function", "eye health", "muscle recovery after exercise",
        "strong teeth", "a healthy gut microbiome", "normal bone mineralisation",
        "healthy blood pressure levels already within the normal range",
        "the body's natural defences", "cognitive performance", "healthy aging",
    ]

    static let sfVerbs = [
        "supports", "helps maintain", "promotes", "helps support", "nourishes",
        "is formulated to support", "contributes to", "helps you maintain",
    ]

    static let benign = [
        "occasional constipation", "occasional sleeplessness", "occasional bloating",
        "minor muscle aches after exercise", "mild anxiety", "occasional stress",
        "mild memory problems associated with aging", "occasional heartburn",
        "hot flashes associated with menopause", "mild cramps associated with the menstrual cycle",
    ]

    static let euWordings = [
        "Vitamin K contributes to normal blood clotting.",
        "Vitamin K contributes to the maintenance of normal bones.",
        "Vitamin D contributes to the normal function of the immune system.",
        "Calcium is needed for the maintenance of normal bones.",
        "Vitamin C contributes to the reduction of tiredness and fatigue.",
        "Magnesium contributes to normal psychological function.",
        "Zinc contributes to the maintenance of normal vision.",
        "Iron contributes to normal cognitive function.",
        "Potassium contributes to the maintenance of normal blood pressure.",
        "Chromium contributes to the maintenance of normal blood glucose levels.",
        "Biotin contributes to the maintenance of normal skin.",
        "Vitamin B12 contributes to normal red blood cell formation.",
        "Folate contributes to maternal tissue growth during pregnancy.",
        "Selenium contributes to the normal function of the thyroid gland.",
        "DHA contributes to the maintenance of normal brain function.",
        "EPA and DHA contribute to the normal function of the heart.",
        "Beta-glucans contribute to the maintenance of normal blood cholesterol levels.",
        "Glucomannan in the context of an energy-restricted diet contributes to weight loss.",
        "Vitamin B6 contributes to the regulation of hormonal activity.",
        "Copper contributes to normal connective tissues.",
        "Iodine contributes to normal thyroid hormone production.",
        "Vitamin A contributes to the normal function of the immune system.",
        "Manganese contributes to the protection of cells from oxidative stress.",
        "Vitamin E contributes to the protection of cells from oxidative stress.",
        "Riboflavin contributes to the maintenance of normal red blood cells.",
    ]

    /// The tuning slice (about 1,000 disease claims and 400 compliant wordings).
    static func tuning() -> [Item] {
        var g = Generator(state: 0x5EED_0001)
        var items: [Item] = []
        for _ in 0..<700 {
            let (hedge, third) = g.pick(hedges)
            let verb = g.pick(verbs)
            let text =
                [g.pick(products), hedge, third ? verb.1 : verb.0, g.pick(diseases)]
                .filter { !$0.isEmpty }.joined(separator: " ") + "."
            items.append(Item(text: text, isDiseaseClaim: true))
        }
        let targetTemplates = [
            "Try {p} for {d}.", "{p}: your natural {d} remedy.", "{D} sufferers swear by {p}.",
            "The best natural support for people with {d}.", "Struggling with {d}? {p} can help.",
            "Doctors use {p} to treat {d}.", "{p} is effective against {d}.",
            "Say goodbye to {d} with {p}.",
        ]
        for _ in 0..<150 {
            let d = g.pick(diseases)
            let text = g.pick(targetTemplates).replacingOccurrences(
                of: "{p}", with: g.pick(products)
            )
            .replacingOccurrences(of: "{d}", with: d)
            .replacingOccurrences(of: "{D}", with: d.prefix(1).uppercased() + d.dropFirst())
            items.append(Item(text: text, isDiseaseClaim: true))
        }
        let testimonials = [
            "My {d} disappeared after two weeks on {p}.",
            "I was diagnosed with {d}, and {p} changed my life.",
            "Since I started taking {p}, my {d} is gone.",
            "After a month my {b} dropped to normal.",
        ]
        for _ in 0..<60 {
            let text = g.pick(testimonials).replacingOccurrences(of: "{p}", with: g.pick(products))
                .replacingOccurrences(of: "{d}", with: g.pick(diseases))
                .replacingOccurrences(of: "{b}", with: g.pick(biomarkers))
            items.append(Item(text: text, isDiseaseClaim: true))
        }
        for _ in 0..<60 {
            let (hedge, third) = g.pick(hedges)
            let verb = g.pick([
                ("lower", "lowers"), ("reduce", "reduces"), ("regulate", "regulates"),
                ("normalize", "normalizes"),
            ])
            let text =
                [g.pick(products), hedge, third ? verb.1 : verb.0, g.pick(biomarkers)]
                .filter { !$0.isEmpty }.joined(separator: " ") + "."
            items.append(Item(text: text, isDiseaseClaim: true))
        }
        for _ in 0..<30 {
            items.append(
                Item(
                    text: "\(g.pick(products)) is a powerful natural \(g.pick(drugClasses)).",
                    isDiseaseClaim: true))
            items.append(
                Item(
                    text: "\(g.pick(products)) is a natural alternative to \(g.pick(drugs)).",
                    isDiseaseClaim: true))
        }
        for _ in 0..<300 {
            items.append(
                Item(
                    text: "\(g.pick(products)) \(g.pick(sfVerbs)) \(g.pick(structures)).",
                    isDiseaseClaim: false))
        }
        for _ in 0..<60 {
            items.append(
                Item(
                    text: "\(g.pick(products)) helps relieve \(g.pick(benign)).",
                    isDiseaseClaim: false))
        }
        items += euWordings.map { Item(text: $0, isDiseaseClaim: false) }
        return items
    }
}
