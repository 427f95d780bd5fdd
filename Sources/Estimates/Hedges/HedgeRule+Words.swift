import TextCore

/// The rule of a hedge in words (``HedgeRule/rule``), derived from its numbers, so that the
/// note printed with every reading says exactly what was computed (`Datasets/hedges.csv`
/// holds the numbers only).
///
/// ```swift
/// HedgeTable.standard.rule(for: "about")!.rule       // "x ± 2u; each side at most x/2"
/// HedgeTable.standard.rule(for: "more than")!.rule   // "above x up to x + u (soft; at most 1.5x)"
/// ```
extension HedgeRule {
    /// The words of a rule with these numbers (`rule` holds them for each row).
    static func words(
        lowX: Double, lowU: Double, lowInclusive: Bool, highX: Double, highU: Double, highInclusive: Bool, capX: Double?,
        vague: (Double, Double)?
    ) -> String {
        if let (vagueLow, vagueHigh) = vague {
            return "\(NumberFormatting.display(vagueLow, significantDigits: 15)) to \(NumberFormatting.display(vagueHigh, significantDigits: 15)), a fixed range"
        }
        if lowX == highX && lowU == highU { return "the stated value" }
        if lowX == 1 && highX == 1 && lowU == -highU && lowInclusive && highInclusive {
            let spread = "x ± \(coefficient(highU))u"
            return capX.map { "\(spread); each side at most \(multiple($0))" } ?? spread
        }
        var low = term(x: lowX, u: lowU)
        var high = term(x: highX, u: highU)
        if let capX {
            if lowU < 0 { low += " (soft; at least \(multiple(1 - capX)))" }
            if highU > 0 { high += " (soft; at most \(multiple(1 + capX)))" }
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
