/// The outcome of a check on a range: every value it allows passes, some do, or none do.
///
/// ```swift
/// let perVial = try Calculator().evaluate("unit dose; unit vial; about 5,000 doses / 500 vials")  // 6–14
/// try perVial.consistency(with: "within 5 to 15 doses/vial")  // .consistent
/// try perVial.consistency(with: "≈ 10 doses/vial ± 5%")       // .possibly
/// try perVial.consistency(with: "> 20 doses/vial")            // .inconsistent
/// ```
public enum Consistency: String, Sendable, Equatable, CaseIterable {
    /// Every value in the range satisfies the check.
    case consistent
    /// Some values in the range satisfy it and some do not (the range straddles the bound).
    case possibly
    /// No value in the range satisfies it.
    case inconsistent
}
