import Estimates

/// One numeric or dated claim found in an article, with the exact quote it rests on.
///
/// ```swift
/// let article = try ArticleText("about 5,000 weapons containers", origin: "x")
/// let claim = ClaimExtractor.standard.extract(article)[0]
/// claim.quote        // "about 5,000 weapons containers"
/// claim.stated.nominal  // 5000
/// claim.counted      // "weapons containers"
/// claim.unit         // "container"
/// claim.hedge        // "about"
/// claim.estimate?.low   // 3000
/// ```
public struct ExtractedClaim: Sendable, Equatable {
    /// The kind of value, as in the claims file.
    public typealias Kind = Claim.Kind

    /// The numbers as the text states them, before any hedge is read: a single figure
    /// (`nominal`), a stated range (`low` and `high`), or nothing (a vague quantity).
    public struct Stated: Sendable, Equatable {
        /// The low end of a stated range.
        public var low: Double?
        /// The single figure stated.
        public var nominal: Double?
        /// The high end of a stated range.
        public var high: Double?

        /// Stated numbers.
        public init(low: Double? = nil, nominal: Double? = nil, high: Double? = nil) {
            self.low = low
            self.nominal = nominal
            self.high = high
        }
    }

    /// A quantity, a date or a set of dates.
    public var kind: Kind
    /// The offset of the first scalar of the quote (see `ArticleText` for offsets).
    public var start: Int
    /// The offset after the last scalar of the quote.
    public var end: Int
    /// The 1-based line of `start`.
    public var line: Int
    /// The 1-based column of `start`, in scalars.
    public var column: Int
    /// The exact text between `start` and `end`: hedge, figure and what it counts.
    public var quote: String
    /// The figure as written: hedge and number(s) for a quantity ("about 5,000"), the date
    /// expression for a date ("as early as January 2024").
    public var asWritten: String
    /// The numbers as stated.
    public var stated: Stated
    /// The quantity with the hedge read (`Datasets/hedges.csv`); `nil` for dates.
    public var estimate: Estimate?
    /// A registry unit (`km`, `%`, or a counted noun in the singular, `container`) when the
    /// figure's unit or noun is one the registry or `Datasets/nouns.csv` knows.
    public var unit: String?
    /// What is counted or measured: a unit symbol (`km`, `%`, `USD`) or the counted noun
    /// phrase as written ("152-mm shells", "people killed"); empty when the text names none.
    public var counted: String
    /// The hedge phrase, lower case (`about`, `more than`, `several dozen`, `as early as`).
    public var hedge: String?
    /// How the hedge was read, with the rule and `u`.
    public var reading: String?
    /// A caliber label that is part of what is counted ("152-mm").
    public var caliber: String?
    /// Claims sharing a group number are alternatives ("X or Y"), never to be added.
    public var alternativeGroup: Int?
    /// The date or dates of a date claim.
    public var date: ExtractedDate?
    /// The consistency check of a figure given in two units ("7,500 km (4,600 miles)").
    public var unitCheck: UnitPairCheck?
    /// Anything else an analyst should know (a unit the registry refuses, an inferred noun).
    public var notes: [String]
    /// Who the text says made the claim, where its sentence names them (quantities only).
    public var speaker: Attribution? = nil
}

/// The check of one figure written in two units: whether each converts to the other
/// within the rounding of the figure it is compared with.
public struct UnitPairCheck: Sendable, Equatable {
    /// Whether the two figures agree.
    public var isConsistent: Bool
    /// The second figure as written ("4,600 miles").
    public var secondText: String
    /// The numbers used, in words.
    public var detail: String
}
