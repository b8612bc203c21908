import EvidentModel

extension Policy {
    /// The default policy: GRADE starts and domains, OCEBM 2011 levels, and the publication-type
    /// mapping of `research/standards.md` §1.4. `Claims/policy.yaml` spells out the same values.
    public static let `default` = Policy(
        version: 1,
        classification: Classification(
            designRules: [
                DesignRule(
                    design: .notice,
                    publicationTypes: [
                        "Retraction of Publication", "Published Erratum", "Expression of Concern",
                    ]),
                DesignRule(
                    design: .guideline,
                    publicationTypes: [
                        "Practice Guideline", "Guideline", "Consensus Development Conference",
                        "Consensus Development Conference, NIH",
                    ]),
                DesignRule(
                    design: .metaAnalysis,
                    publicationTypes: [
                        "Meta-Analysis", "Systematic Review", "Network Meta-Analysis",
                    ]),
                DesignRule(
                    design: .rct,
                    publicationTypes: [
                        "Randomized Controlled Trial", "Pragmatic Clinical Trial",
                        "Equivalence Trial",
                        "Randomized Controlled Trial, Veterinary",
                    ]),
                DesignRule(
                    design: .nonRandomisedTrial,
                    publicationTypes: [
                        "Clinical Trial", "Clinical Trial, Phase I", "Clinical Trial, Phase II",
                        "Clinical Trial, Phase III", "Clinical Trial, Phase IV",
                        "Controlled Clinical Trial", "Adaptive Clinical Trial",
                        "Clinical Trial, Veterinary", "Clinical Study",
                    ]),
                DesignRule(
                    design: .observational,
                    publicationTypes: [
                        "Observational Study", "Observational Study, Veterinary",
                        "Comparative Study",
                        "Multicenter Study", "Twin Study",
                    ],
                    mesh: [
                        "Cohort Studies", "Prospective Studies", "Retrospective Studies",
                        "Longitudinal Studies", "Follow-Up Studies", "Case-Control Studies",
                        "Cross-Sectional Studies",
                    ]),
                DesignRule(design: .caseReport, publicationTypes: ["Case Reports"]),
                DesignRule(design: .review, publicationTypes: ["Review", "Scoping Review"]),
                DesignRule(
                    design: .opinion,
                    publicationTypes: [
                        "Editorial", "Comment", "Letter", "News", "Newspaper Article", "Interview",
                        "Lecture", "Personal Narrative", "Biography",
                    ]),
            ],
            trialSynthesisMesh: ["Randomized Controlled Trials as Topic"],
            trialSynthesisPhrases: [
                "randomized controlled trials", "randomised controlled trials",
                "randomized clinical trials", "randomised clinical trials", "randomized trials",
                "randomised trials",
            ],
            otherSynthesisLevel: 3,
            otherSynthesisStart: 2,
            otherSynthesisWeight: 2,
            primaryStudyFallback: [
                "humans": "observational", "mixed": "observational", "animals": "experimental",
                "in-vitro": "experimental",
            ],
            cslTypes: [
                "legislation": "regulatory", "regulation": "regulatory", "bill": "regulatory",
                "legal_case": "regulatory", "webpage": "reference", "entry": "reference",
                "entry-encyclopedia": "reference", "entry-dictionary": "reference",
                "book": "reference", "dataset": "composition",
            ],
            inVitroMesh: [
                "In Vitro Techniques", "Cells, Cultured", "Cell Line", "Cell Line, Tumor",
            ],
            populationWithoutCheckTags: .inVitro,
            populationWithoutMesh: .unknown
        ),
        levels: [
            "meta-analysis": 1, "rct": 2, "non-randomised-trial": 3, "observational": 3,
            "case-report": 4, "experimental": 5, "review": 5, "opinion": 5, "guideline": 5,
            "regulatory": 5, "composition": 2, "reference": 5, "notice": 5, "unknown": 5,
        ],
        mechanisticLevel: 5,
        starts: [
            "meta-analysis": 4, "rct": 4, "non-randomised-trial": 2, "observational": 2,
            "case-report": 1, "experimental": 2, "guideline": 3, "regulatory": 3, "reference": 2,
            "composition": 2, "review": 1, "opinion": 1, "notice": 1, "unknown": 1,
        ],
        weights: [
            "meta-analysis": 4, "rct": 3, "non-randomised-trial": 1.5, "observational": 1,
            "case-report": 0.5, "experimental": 1, "guideline": 3, "regulatory": 3,
            "reference": 1, "composition": 2, "review": 1, "opinion": 0, "notice": 0,
            "unknown": 0,
        ],
        populationWeights: [
            "humans": 1, "mixed": 1, "unknown": 0.75, "animals": 0.25, "in-vitro": 0.25,
        ],
        paths: [
            "efficacy": Path(
                kind: .studies,
                counted: [
                    .metaAnalysis, .rct, .nonRandomisedTrial, .observational, .caseReport,
                    .experimental, .guideline, .regulatory,
                ],
                domains: [
                    .riskOfBias, .inconsistency, .indirectness, .imprecision, .publicationBias,
                ],
                mechanisticOnlyVerdict: .unsupported),
            "safety": Path(
                kind: .studies,
                counted: [
                    .metaAnalysis, .rct, .nonRandomisedTrial, .observational, .caseReport,
                    .experimental, .guideline, .regulatory, .reference,
                ],
                domains: [
                    .riskOfBias, .inconsistency, .indirectness, .imprecision, .publicationBias,
                ],
                mechanisticOnlyVerdict: .weak),
            "mechanism": Path(
                kind: .studies,
                counted: [
                    .metaAnalysis, .rct, .nonRandomisedTrial, .observational, .caseReport,
                    .experimental, .guideline, .regulatory,
                ],
                domains: [
                    .riskOfBias, .inconsistency, .indirectness, .imprecision, .publicationBias,
                ],
                mechanisticOnlyVerdict: .weak),
            "composition": authorityPath,
            "definition": authorityPath,
            "regulatory": Path(
                kind: .regulatory,
                counted: [.regulatory, .reference],
                starts: ["regulatory": 4, "reference": 3],
                domains: [.inconsistency],
                mechanisticOnlyVerdict: .supported),
        ],
        riskOfBias: RiskOfBias(
            concernWeight: 0.5,
            flagTerms: [
                "open-label", "open label", "no placebo", "no blinding", "not blinded",
                "unblinded", "uncontrolled", "single arm", "single-arm", "problematic",
                "integrity", "post hoc", "post-hoc", "risk of bias", "risk-of-bias",
                "low-risk-of-bias", "high-risk-of-bias", "high risk of bias",
                "lower-quality", "low-quality", "poor quality",
            ],
            flaggedShare: 0.5,
            change: -1),
        inconsistency: Inconsistency(seriousRatio: 0.5, mixedShare: 0.5, change: -1),
        indirectness: Indirectness(
            indirectOutcomeKinds: [.surrogate],
            outcomeChange: -1,
            surrogateTerms: [
                "bone mineral density", "bmd", "bmc", "bone loss", "bone density",
                "bone turnover", "arterial stiffness", "stiffness", "calcification",
                "calcium score", "osteocalcin", "matrix gla protein", "mgp", "dp-ucmgp",
                "biomarker", "biomarkers", "surrogate", "inr", "thrombin generation",
                "carboxylation", "carboxylated", "undercarboxylated", "microarchitecture",
            ],
            clinicalTerms: [
                "fracture", "fractures", "mortality", "death", "deaths", "coronary heart disease",
                "chd", "cardiovascular events", "cvd events", "hepatocellular carcinoma", "hcc",
                "recurrence", "survival", "parkinson", "thrombosis", "bleeding",
            ],
            surrogateEvidenceChange: -1,
            mechanisticChange: -2,
            forms: [
                Form(
                    name: "vitamin K1", family: "vitamin K1", generic: true,
                    terms: ["vitamin k1", "phylloquinone", "k1"]),
                Form(
                    name: "vitamin K2", family: "vitamin K2", generic: true,
                    terms: ["vitamin k2", "menaquinone", "menaquinones", "k2"]),
                Form(
                    name: "MK-4", family: "vitamin K2",
                    terms: ["mk-4", "menatetrenone", "menaquinone-4"]),
                Form(name: "MK-7", family: "vitamin K2", terms: ["mk-7", "menaquinone-7"]),
            ],
            formChange: -1),
        imprecision: Imprecision(
            minStudies: 2, pooledDesigns: [.metaAnalysis, .guideline, .regulatory], change: -1),
        publicationBias: PublicationBias(
            flagTerms: [
                "industry-funded", "industry funded", "sponsor-funded", "company-funded",
                "funded by the manufacturer",
            ],
            change: -1),
        upgrade: Upgrade(
            doseResponseTerms: [
                "dose-dependent", "dose-dependently", "dose-response", "dose response",
            ],
            maximumStart: 2,
            change: 1),
        verdict: VerdictRule(supportedMinimum: .moderate, contradictedRatio: 1)
    )

    /// The path for composition and definition claims: analyses and reference works.
    static let authorityPath = Path(
        kind: .authority,
        counted: [
            .composition, .reference, .review, .regulatory, .guideline, .metaAnalysis, .rct,
            .nonRandomisedTrial, .observational, .experimental,
        ],
        starts: [
            "composition": 4, "reference": 3, "review": 3, "regulatory": 4, "guideline": 4,
            "meta-analysis": 4, "rct": 4, "non-randomised-trial": 3, "observational": 3,
            "experimental": 3,
        ],
        domains: [.inconsistency, .imprecision],
        mechanisticOnlyVerdict: .supported)
}
