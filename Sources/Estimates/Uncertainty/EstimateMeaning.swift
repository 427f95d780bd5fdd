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
    /// The outer bounds that interval arithmetic gives for a result of two or more ranges, at
    /// least one a 90% range ("about 2.3 million / about 5,000"): the result lies inside when
    /// every input lies inside its own range, which is rarer than 90% for each input and more
    /// likely than 90% for the result; not itself a 90% range.
    case ci90Bounds = "ci90_bounds"
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
        case .ci90Bounds: return "bounds of 90% ranges"
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
        case .ci90Bounds: return 3
        case .variants: return 4
        case .disagreement: return 5
        }
    }

    /// Ordered from most to least certain.
    public static func < (left: EstimateMeaning, right: EstimateMeaning) -> Bool { left.rank < right.rank }

    /// The meaning of a result computed from `left` and `right`.
    ///
    /// Two points give a point, and a point combined with a range has the range's meaning. Two
    /// ranges, one of them a 90% range (or such bounds already), give the bounds of 90% ranges:
    /// interval arithmetic on 90% ranges gives outer bounds, not a 90% range. Otherwise the
    /// less certain meaning wins.
    ///
    /// ```swift
    /// EstimateMeaning.combining(.ci90, .point)   // .ci90: 460 × 2 is still a 90% range
    /// EstimateMeaning.combining(.ci90, .ci90)    // .ci90Bounds
    /// ```
    public static func combining(_ left: EstimateMeaning, _ right: EstimateMeaning) -> EstimateMeaning {
        let ranges: Set<EstimateMeaning> = [.bounds, .ci90, .ci90Bounds]
        if ranges.contains(left), ranges.contains(right), left != .bounds || right != .bounds { return .ci90Bounds }
        return max(left, right)
    }
}
