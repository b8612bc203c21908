extension Reference {
    /// True when either PubMed signal says the record was retracted: publication type
    /// `Retracted Publication`, or a `RetractionIn` / `RetractedandRepublishedIn` link (a
    /// retracted-and-republished paper is retracted in the version cited).
    public var isRetracted: Bool {
        publicationTypes.contains { $0.name == "Retracted Publication" }
            || commentsCorrections.contains {
                $0.type == "RetractionIn" || $0.type == "RetractedandRepublishedIn"
            }
    }

    /// True when an expression of concern was published about the record.
    public var hasExpressionOfConcern: Bool {
        commentsCorrections.contains { $0.type == "ExpressionOfConcernIn" }
    }

    /// True when an erratum or correction was published about the record.
    public var hasErratum: Bool {
        commentsCorrections.contains {
            $0.type == "ErratumIn" || $0.type == "CorrectedandRepublishedIn"
        }
    }

    /// True when the record is itself a notice (retraction, erratum, concern), not a study.
    public var isNotice: Bool {
        publicationTypes.contains {
            ["Retraction of Publication", "Published Erratum", "Expression of Concern"]
                .contains($0.name)
        }
    }

    /// The year of publication, if known.
    public var year: Int? { pubDate?.year }
}
