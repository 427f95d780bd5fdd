/// What the range of an estimate means. Output always shows it, because "100–180 km" across
/// missile variants and "100–180 km" as a 90% interval are different claims.
public enum EstimateMeaning: String, Sendable, CaseIterable, Comparable {
    /// A single value as stated (the range is that value).
    case point
    /// Hard limits: the true value lies inside.
    case bounds
    /// A 90% interval: the true value lies inside with probability 0.9 (also used for the
    /// judgement ranges that hedge words imply).
    case ci90
    /// The range across different systems or variants (e.g. a missile family's ranges).
    case variants
    /// The range that different sources span when they disagree.
    case disagreement

    /// Words for people.
    public var label: String {
        switch self {
        case .point: return "as stated"
        case .bounds: return "bounds"
        case .ci90: return "90% range"
        case .variants: return "across variants"
        case .disagreement: return "sources disagree"
        }
    }

    /// Rank for combining: a result means what its least certain input means.
    private var rank: Int {
        switch self {
        case .point: return 0
        case .bounds: return 1
        case .ci90: return 2
        case .variants: return 3
        case .disagreement: return 4
        }
    }

    /// Ordered from most to least certain.
    public static func < (left: EstimateMeaning, right: EstimateMeaning) -> Bool { left.rank < right.rank }

    /// The meaning of a result computed from `left` and `right`.
    ///
    /// Two points give a point; otherwise the less certain meaning wins (a point combined with
    /// a range has the range's meaning).
    public static func combining(_ left: EstimateMeaning, _ right: EstimateMeaning) -> EstimateMeaning {
        max(left, right)
    }
}
