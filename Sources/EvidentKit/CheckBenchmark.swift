extension Evident {
    /// The most claims ``syntheticAssessments(count:)`` generates.
    public static let syntheticClaimLimit = 1_000_000

    /// A synthetic graded knowledge base of `count` claims, for benchmarking `evident check`
    /// (nutrients × effects × outcomes, verdicts and certainties in rotation). Deterministic;
    /// `count` is clamped to 0...``syntheticClaimLimit``.
    public static func syntheticAssessments(count: Int) -> [ClaimAssessment] {
        let count = min(max(count, 0), syntheticClaimLimit)
        let nutrients = [
            "vitamin K2", "vitamin D3", "magnesium", "zinc", "selenium", "vitamin C", "iron",
            "folate", "vitamin B12", "omega-3 fatty acids", "calcium", "iodine", "copper",
            "vitamin A", "vitamin E", "riboflavin", "niacin", "biotin", "chromium", "potassium",
            "curcumin", "quercetin", "resveratrol", "coenzyme Q10", "melatonin", "probiotics",
            "beta-glucan", "glucosamine", "collagen", "lutein", "astaxanthin", "berberine",
            "ashwagandha", "ginseng", "green tea extract", "garlic", "ginger", "elderberry",
            "echinacea", "spirulina",
        ]
        let effects = [
            "increases", "improves", "reduces", "supports", "maintains", "protects",
            "activates", "lowers", "enhances", "regulates",
        ]
        let outcomes = [
            "bone mineral density", "arterial stiffness", "blood pressure", "fasting glucose",
            "LDL cholesterol", "immune response", "muscle strength", "sleep quality",
            "cognitive performance", "fracture risk", "inflammation markers",
            "vascular calcification",
            "insulin sensitivity", "thyroid hormone levels", "iron absorption",
            "red blood cell formation",
            "collagen synthesis", "skin hydration", "joint pain", "exercise recovery", "mood",
            "fatigue", "homocysteine", "triglycerides", "osteocalcin carboxylation",
            "matrix Gla protein activation", "gut microbiota diversity", "visual acuity",
            "hair growth", "endothelial function",
        ]
        let populations = [
            "postmenopausal women", "older adults", "athletes", "children", "pregnant women",
            "adults with obesity", "healthy volunteers", "patients on dialysis",
        ]
        let verdicts: [Verdict] = [.supported, .weak, .unsupported]
        var result: [ClaimAssessment] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            let nutrient = nutrients[index % nutrients.count]
            let effect = effects[(index / nutrients.count) % effects.count]
            let outcome = outcomes[(index / 7) % outcomes.count]
            let population = populations[(index / 3) % populations.count]
            let statement =
                "\(nutrient.prefix(1).uppercased() + nutrient.dropFirst()) \(effect) "
                + "\(outcome) in \(population)."
            guard let id = ClaimID("synthetic-claim-\(index)") else { continue }
            let claim = Claim(
                id: id, document: "synthetic", quote: statement, statement: statement,
                category: .efficacy, subjects: [nutrient],
                outcome: Outcome(name: outcome, kind: .surrogate), population: population,
                keywords: [outcome, "study \(index % 997)"])
            result.append(
                ClaimAssessment(
                    claim: claim, computedVerdict: verdicts[index % 3], contradicted: false,
                    certainty: Certainty(score: 1 + index % 4), steps: [], citations: [],
                    verdictReason: "synthetic"))
        }
        return result
    }
}
