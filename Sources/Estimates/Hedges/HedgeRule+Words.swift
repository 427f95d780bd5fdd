import TextCore

/// The rule of a hedge in words, derived from its numbers, so that the note printed with
/// every reading says exactly what was computed (`Datasets/hedges.csv` holds the numbers
/// only).
///
/// ```swift
/// HedgeTable.standard.rule(for: "about")!.rule       // "x ± 2u; each side at most x/2"
/// HedgeTable.standard.rule(for: "more than")!.rule   // "above x up to x + u (soft; at most 1.5x)"
/// ```
extension HedgeRule {
    /// The rule in words.
    public var rule: String {
        if let vagueLow, let vagueHigh {
            return "\(NumberFormatting.display(vagueLow, significantDigits: 15)) to \(NumberFormatting.display(vagueHigh, significantDigits: 15)), a fixed range"
        }
        let lowX = self.lowX ?? 1
        let lowU = self.lowU ?? 0
        let highX = self.highX ?? 1
        let highU = self.highU ?? 0
        if lowX == highX && lowU == highU { return "the stated value" }
        let cap = capX.map(Self.multiple)
        if lowX == 1 && highX == 1 && lowU == -highU && lowInclusive && highInclusive {
            let spread = "x ± \(Self.coefficient(highU))u"
            return cap.map { "\(spread); each side at most \($0)" } ?? spread
        }
        var low = Self.term(x: lowX, u: lowU)
        var high = Self.term(x: highX, u: highU)
        if let capX {
            if lowU < 0 { low += " (soft; at least \(Self.multiple(1 - capX)))" }
            if highU > 0 { high += " (soft; at most \(Self.multiple(1 + capX)))" }
        }
        return "\(lowInclusive ? "from" : "above") \(low) up to \(highInclusive ? "" : "but not including ")\(high)"
    }

    /// `a·x + b·u` as people write it: `x − u`, `x + 2u`, `x/2`, `5x`, `0`.
    private static func term(x: Double, u: Double) -> String {
        let xPart = x == 0 ? "" : multiple(x)
        guard u != 0 else { return xPart.isEmpty ? "0" : xPart }
        let uPart = "\(coefficient(Swift.abs(u)))u"
        if xPart.isEmpty { return u < 0 ? "−\(uPart)" : uPart }
        return "\(xPart) \(u < 0 ? "−" : "+") \(uPart)"
    }

    /// `k·x` as people write it: `x`, `x/2`, `1.5x`, `5x`.
    private static func multiple(_ k: Double) -> String {
        if k == 1 { return "x" }
        if k > 0 && k < 1, (1 / k).rounded() == 1 / k { return "x/\(NumberFormatting.display(1 / k))" }
        return "\(NumberFormatting.display(k))x"
    }

    /// A coefficient of u, without the 1 (`u`, `2u`, `0.1u`).
    private static func coefficient(_ k: Double) -> String {
        k == 1 ? "" : NumberFormatting.display(k)
    }
}
