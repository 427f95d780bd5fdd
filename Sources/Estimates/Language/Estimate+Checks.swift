/// Checks for your own test suites: keep a figure under test so that a wrong number fails
/// the build.
///
/// ```swift
/// import Testing
/// import Estimates
///
/// @Test func dosesPerVialStayPlausible() throws {
///     let perVial = try Calculator().evaluate("unit dose; unit vial; about 5,000 doses / 500 vials")
///     #expect(try perVial.isConsistent(with: "within 5 to 15 doses/vial"))
///     #expect(try perVial.consistency(with: "10 doses/vial ± 1%") == .possibly)
///     #expect(try !perVial.isInconsistent(with: "< 12 doses/vial"))
/// }
/// ```
///
/// To see the figures when an expectation fails, keep the ``CheckResult`` first (its
/// description is the verdict in words; see <doc:TestingFigures>):
///
/// ```swift
/// let check = try perContainer.checked(against: "within 380 to 420 shells/container")
/// #expect(check.isConsistent)  // … (check → only part of 460 shells/container (300–834, …
/// ```
///
/// A target is written as after the value in a script's `check` statement: a relation
/// (`within`, `≈` or `~=`, `<`, `<=`, `>`, `>=`) and an expression, with an optional
/// tolerance after `≈` or `within` (`± 5%` relative, `± 20 kg` absolute). Without a
/// relation, `≈` is meant.
extension Estimate {
    /// The full result of checking this estimate against `target`.
    public func checked(against target: String, calculator: Calculator = Calculator()) throws(EstimateError) -> CheckResult {
        try calculator.check(self, against: target)
    }

    /// Whether the whole range satisfies `target`, or part of it, or none of it.
    public func consistency(with target: String, calculator: Calculator = Calculator()) throws(EstimateError) -> Consistency {
        try checked(against: target, calculator: calculator).consistency
    }

    /// Whether every value in the range satisfies `target` (`.consistent`).
    public func isConsistent(with target: String, calculator: Calculator = Calculator()) throws(EstimateError) -> Bool {
        try consistency(with: target, calculator: calculator) == .consistent
    }

    /// Whether at least part of the range satisfies `target` (`.consistent` or `.possibly`).
    public func isPossiblyConsistent(with target: String, calculator: Calculator = Calculator()) throws(EstimateError) -> Bool {
        try consistency(with: target, calculator: calculator) != .inconsistent
    }

    /// Whether no value in the range satisfies `target` (`.inconsistent`).
    public func isInconsistent(with target: String, calculator: Calculator = Calculator()) throws(EstimateError) -> Bool {
        try consistency(with: target, calculator: calculator) == .inconsistent
    }
}
