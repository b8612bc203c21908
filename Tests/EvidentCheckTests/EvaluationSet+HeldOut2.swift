extension EvaluationSet {
    // MARK: Held-out slice — written before its first measurement; never used for tuning.

    static let h2Products = [
        "Lion's mane", "Our bone broth powder", "Spirulina tablets", "The liver cleanse",
        "Garlic extract", "Our omega blend", "Pau d'arco bark", "The night-time formula",
        "Tart cherry juice", "Collagen peptides", "Milk thistle", "Our K2 + D3 drops",
    ]

    static let h2Diseases = [
        "laryngitis", "pharyngitis", "otitis", "esophagitis", "hepatic steatosis",
        "kidney cancer", "thyroid cancer", "ovarian cancer", "cervical cancer", "myeloma",
        "osteosarcoma", "retinopathy", "uveitis", "keratitis", "blepharitis", "rhinitis",
        "mastitis", "vaginitis", "urethritis", "pyelonephritis", "glomerulonephritis",
        "cardiomyopathy", "myocarditis", "pericarditis", "endocarditis", "vasculitis",
        "thrombophlebitis", "encephalopathy", "meningitis", "polyneuropathy", "myopathy",
        "fibrosis", "pulmonary fibrosis", "cystic fibrosis", "histoplasmosis", "toxoplasmosis",
        "giardiasis", "leishmaniasis", "listeriosis", "salmonellosis", "shigellosis",
        "norovirus", "rotavirus", "RSV", "whooping cough", "chickenpox", "mononucleosis",
        "scarlet fever", "rheumatic fever", "Kawasaki disease", "Addison's disease",
        "Cushing's syndrome", "acromegaly", "hyperparathyroidism", "hypoparathyroidism",
        "osteogenesis imperfecta", "Paget's disease of bone", "ankylosing spondylitis",
        "spondylosis", "degenerative disc disease", "gallbladder inflammation",
        "kidney disease", "alcoholic liver disease", "non-alcoholic steatohepatitis",
        "hemochromatosis", "thalassemia", "polycythemia", "thrombocytopenia", "neutropenia",
        "restless legs syndrome", "narcolepsy", "Tourette syndrome", "dyslexia",
        "age-related macular degeneration", "diabetic retinopathy", "presbyopia",
        "hearing loss", "Meniere's disease", "trigeminal neuralgia", "Bell's palsy",
        "Raynaud's disease", "lymphedema", "gangrene", "frostbite", "burns", "chronic wounds",
    ]

    static let h2Verbs: [(String, String)] = [
        ("halt", "halts"), ("destroy", "destroys"),
        ("reverse the damage of", "reverses the damage of"),
        ("relieve", "relieves"), ("soothe", "soothes"), ("fight off", "fights off"),
        ("protect you from", "protects you from"),
        ("prevent the onset of", "prevents the onset of"),
        ("lessen the severity of", "lessens the severity of"), ("resolve", "resolves"),
        ("put an end to", "puts an end to"), ("naturally correct", "naturally corrects"),
        ("control", "controls"), ("repair", "repairs"), ("neutralize", "neutralizes"),
        ("shorten the duration of", "shortens the duration of"),
    ]

    static let h2Hedges: [(String, Bool)] = [
        ("", true), ("may help to", false), ("is reported to", false), ("can naturally", false),
        ("has helped thousands", false), ("might be able to", false), ("is thought to", false),
        ("has the power to", false), ("is formulated to", false), ("is able to", false),
    ]

    static let h2Templates = [
        "{p} for fast {d} relief.", "If you suffer from {d}, {p} is for you.",
        "{p} is the holistic approach to {d}.", "Finally, hope for {d}: {p}.",
        "My mother's {d} improved within days of starting {p}.",
        "Customers report their {d} cleared up with {p}.",
        "{p} addresses {d} at the cellular level.", "Why {d} patients choose {p}.",
        "Your natural defence against {d}.", "{p} was developed to combat {d}.",
        "Living with {d}? Ask about {p}.", "Join thousands who beat {d} with {p}.",
    ]

    static let h2Other = [
        "Detoxifies heavy metals that cause autism.", "Flushes out kidney stones naturally.",
        "Lowers PSA levels.", "Brings your INR down without drugs.",
        "Stabilizes blood sugar in type 1 diabetics.", "Knocks out colds in 24 hours.",
        "Calms an overactive bladder.", "Soothes eczema flare-ups.",
        "Reduces tumour size.", "Strengthens the heart after a heart attack.",
        "Helps you get off blood pressure pills.", "Outperforms ibuprofen for pain.",
        "A gentle natural laxative for chronic constipation.",
        "Prevents cavities and gum disease.", "Reduces the frequency of migraines.",
        "Supports remission in autoimmune conditions.", "Regrows cartilage in arthritic knees.",
        "Restores memory in dementia patients.", "Kills the bacteria that cause ulcers.",
        "Clears psoriasis plaques.",
    ]

    static let h2Compliant = [
        "supports flexible, comfortable joints", "helps you wind down at night",
        "supports normal bone density as part of a healthy diet", "fuels an active lifestyle",
        "supports your body's natural detoxification", "helps maintain a healthy heart",
        "promotes healthy, glowing skin", "supports a positive outlook",
        "helps maintain healthy triglyceride levels already within the normal range",
        "supports normal blood clotting", "helps maintain bone strength",
        "supports healthy cognitive aging", "promotes healthy circulation to the extremities",
        "supports optimal hydration", "helps maintain healthy iron levels",
        "supports exercise performance and endurance", "promotes a healthy menstrual cycle",
        "helps support normal thyroid function", "supports eye comfort after screen time",
        "helps ease occasional muscle tension", "supports respiratory health",
        "helps maintain healthy gums", "supports the immune system during the winter months",
        "promotes nail strength", "supports a healthy metabolism",
    ]

    static let h2EU = [
        "Vitamin K contributes to normal blood clotting.",
        "Vitamin K contributes to the maintenance of normal bones.",
        "Calcium contributes to normal muscle function.",
        "Vitamin D contributes to the maintenance of normal muscle function.",
        "Magnesium contributes to electrolyte balance.",
        "Vitamin B6 contributes to the normal function of the immune system.",
        "Selenium contributes to normal spermatogenesis.",
        "Zinc contributes to normal acid-base metabolism.",
        "Vitamin C increases iron absorption.",
        "Iron contributes to normal formation of red blood cells and haemoglobin.",
        "Folate contributes to normal blood formation.",
        "Vitamin B2 contributes to the maintenance of normal mucous membranes.",
        "Chloride contributes to normal digestion by production of hydrochloric acid in the stomach.",
        "Molybdenum contributes to normal sulphur amino acid metabolism.",
        "Vitamin D has a role in the process of cell division.",
        "Docosahexaenoic acid contributes to the maintenance of normal vision.",
        "Oat grain fibre contributes to an increase in faecal bulk.",
        "Pectins contribute to the maintenance of normal blood cholesterol levels.",
        "Creatine increases physical performance in successive bursts of short-term, high intensity exercise.",
        "Carbohydrate-electrolyte solutions contribute to the maintenance of endurance performance during prolonged endurance exercise.",
        "Oat beta-glucan has been shown to lower blood cholesterol. High cholesterol is a risk factor in the development of coronary heart disease.",
        "Folic acid supplementation increases maternal folate status. Low maternal folate status is a risk factor in the development of neural tube defects in the developing foetus.",
    ]

    /// The held-out slice.
    static func heldOut() -> [Item] {
        var g = Generator(state: 0x4E1D_0002)
        var items: [Item] = []
        for _ in 0..<400 {
            let (hedge, third) = g.pick(h2Hedges)
            let verb = g.pick(h2Verbs)
            let text =
                [g.pick(h2Products), hedge, third ? verb.1 : verb.0, g.pick(h2Diseases)]
                .filter { !$0.isEmpty }.joined(separator: " ") + "."
            items.append(Item(text: text, isDiseaseClaim: true))
        }
        for _ in 0..<200 {
            let text = g.pick(h2Templates).replacingOccurrences(of: "{p}", with: g.pick(h2Products))
                .replacingOccurrences(of: "{d}", with: g.pick(h2Diseases))
            items.append(Item(text: text, isDiseaseClaim: true))
        }
        items += h2Other.map { Item(text: $0, isDiseaseClaim: true) }
        for _ in 0..<200 {
            items.append(
                Item(text: "\(g.pick(h2Products)) \(g.pick(h2Compliant)).", isDiseaseClaim: false))
        }
        items += h2EU.map { Item(text: $0, isDiseaseClaim: false) }
        return items
    }
}
