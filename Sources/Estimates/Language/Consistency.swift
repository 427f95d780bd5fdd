/// The outcome of a check on a range: every value it allows passes, some do, or none do.
///
/// ```swift
/// let perContainer = try Calculator().evaluate("about 2.3 million shells / about 5000 containers")
/// try perContainer.consistency(with: "within 250 to 900 shells/container")  // .consistent
/// try perContainer.consistency(with: "≈ 460 shells/container ± 5%")         // .possibly
/// try perContainer.consistency(with: "> 1000 shells/container")              // .inconsistent
/// ```
public enum Consistency: String, Sendable, Equatable, CaseIterable {
    /// Every value in the range satisfies the check.
    case consistent
    /// Some values in the range satisfy it and some do not (the range straddles the bound).
    case possibly
    /// No value in the range satisfies it.
    case inconsistent
}
