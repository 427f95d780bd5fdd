/// How a checked value must relate to its target.
public enum CheckRelation: String, Sendable, Equatable, CaseIterable {
    /// Inside the target range: `within 5 to 15 doses/vial`.
    case within
    /// Inside the target widened by its tolerance: `≈ 10 doses/vial ± 5%`.
    case approximately = "≈"
    /// Below: `< 28 t`.
    case less = "<"
    /// At most: `<= 28 t`.
    case lessOrEqual = "<="
    /// Above: `> 0 t`.
    case greater = ">"
    /// At least: `>= 1 t`.
    case greaterOrEqual = ">="

    /// The relation for a written symbol or word (`≤` and `<=`, `~=` and `≈` are the same).
    public init?(symbol: String) {
        switch symbol {
        case "within": self = .within
        case "≈", "~=": self = .approximately
        case "<": self = .less
        case "<=", "≤": self = .lessOrEqual
        case ">": self = .greater
        case ">=", "≥": self = .greaterOrEqual
        default: return nil
        }
    }

    /// Whether the relation asks for the value to lie inside a range (`within`, `≈`).
    public var isInclusion: Bool { self == .within || self == .approximately }

    /// Tri-state comparison of `value` with `bound` (both `[low, high]` in one unit).
    ///
    /// Ends that agree to 12 significant digits count as equal, so that a unit conversion's
    /// rounding never turns `28,200 kg <= 28.2 t` into a failure.
    public func compare(_ value: Interval, with bound: Interval) -> Consistency {
        let (vl, vh, tl, th) = (value.low, value.high, bound.low, bound.high)
        switch self {
        case .within, .approximately:
            if atMost(tl, vl) && atMost(vh, th) { return .consistent }
            if below(vh, tl) || below(th, vl) { return .inconsistent }
        case .less:
            if below(vh, tl) { return .consistent }
            if atMost(th, vl) { return .inconsistent }
        case .lessOrEqual:
            if atMost(vh, tl) { return .consistent }
            if below(th, vl) { return .inconsistent }
        case .greater:
            if below(th, vl) { return .consistent }
            if atMost(vh, tl) { return .inconsistent }
        case .greaterOrEqual:
            if atMost(th, vl) { return .consistent }
            if below(vh, tl) { return .inconsistent }
        }
        return .possibly
    }
}

/// How far `a` and `b` may differ and still count as equal.
private func slack(_ a: Double, _ b: Double) -> Double {
    1e-12 * Swift.max(Swift.abs(a), Swift.abs(b))
}

/// `a <= b`, with ends within the slack counted as equal.
private func atMost(_ a: Double, _ b: Double) -> Bool { a <= b + slack(a, b) }

/// `a < b`, with ends within the slack counted as equal (so not below).
private func below(_ a: Double, _ b: Double) -> Bool { a < b - slack(a, b) }
