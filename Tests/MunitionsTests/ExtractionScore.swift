import Foundation
import Munitions
import TextCore

/// Precision and recall of extraction against hand-made expected lists, per field.
///
/// An extracted claim matches an expected one when their spans overlap (each is matched at
/// most once, the largest overlap first). Then, per field:
///
/// - **value** (every claim): the stated numbers (low, nominal, high, as the claims file
///   writes them) or the resolved date; precision over all extracted claims, recall over all
///   expected ones;
/// - **unit** (quantities): what is counted or measured (`km`, `%`, "152-mm shells"),
///   compared without case; over extracted and expected quantities;
/// - **hedge**: over the claims that have a hedge on either side: precision is the share of
///   extracted hedges that match an expected claim with the same hedge, recall the share of
///   expected hedges found;
/// - **date** (dates and date sets): the resolved value;
/// - **registry unit** (quantities): the claims-file unit (`container`, `km`); reported only.
struct ExtractionScore {
    struct Tally {
        var correct = 0
        var extracted = 0
        var expected = 0
        var correctOfExpected = 0
        var precision: Double { extracted == 0 ? 1 : Double(correct) / Double(extracted) }
        var recall: Double { expected == 0 ? 1 : Double(correctOfExpected) / Double(expected) }

        static func + (left: Tally, right: Tally) -> Tally {
            Tally(
                correct: left.correct + right.correct, extracted: left.extracted + right.extracted,
                expected: left.expected + right.expected, correctOfExpected: left.correctOfExpected + right.correctOfExpected)
        }
    }

    var detection = Tally()
    var value = Tally()
    var unit = Tally()
    var hedge = Tally()
    var date = Tally()
    var registryUnit = Tally()
    var groupPairs = Tally()
    var unitChecks = Tally()
    var problems: [String] = []

    static func + (left: ExtractionScore, right: ExtractionScore) -> ExtractionScore {
        ExtractionScore(
            detection: left.detection + right.detection, value: left.value + right.value, unit: left.unit + right.unit,
            hedge: left.hedge + right.hedge, date: left.date + right.date, registryUnit: left.registryUnit + right.registryUnit,
            groupPairs: left.groupPairs + right.groupPairs, unitChecks: left.unitChecks + right.unitChecks,
            problems: left.problems + right.problems)
    }

    /// Scores one case.
    init(_ testCase: ExtractionFixtures.Case) throws {
        let article = try ArticleText(testCase.text, origin: testCase.name)
        let claims = ClaimExtractor.standard.extract(article, published: testCase.published)
        var spans: [Range<Int>] = []
        for expected in testCase.expected {
            guard let span = ExtractionFixtures.span(of: expected.text, occurrence: expected.occurrence, in: article.scalars) else {
                throw FixtureError("\(testCase.name): expected text '\(expected.text)' (line \(expected.line)) is not in the article")
            }
            spans.append(span)
        }
        // Match by largest overlap.
        var pairs: [(Int, Int, Int)] = []
        for (expectedIndex, span) in spans.enumerated() {
            for (claimIndex, claim) in claims.enumerated() {
                let overlap = min(span.upperBound, claim.end) - max(span.lowerBound, claim.start)
                if overlap > 0 { pairs.append((overlap, expectedIndex, claimIndex)) }
            }
        }
        pairs.sort { $0.0 > $1.0 }
        var claimFor: [Int: Int] = [:]
        var expectedFor: [Int: Int] = [:]
        for (_, expectedIndex, claimIndex) in pairs where claimFor[expectedIndex] == nil && expectedFor[claimIndex] == nil {
            claimFor[expectedIndex] = claimIndex
            expectedFor[claimIndex] = expectedIndex
        }
        let name = testCase.name
        for (claimIndex, claim) in claims.enumerated() {
            let isQuantity = claim.kind == .quantity
            detection.extracted += 1
            value.extracted += 1
            if isQuantity {
                unit.extracted += 1
                registryUnit.extracted += 1
            } else {
                date.extracted += 1
            }
            if claim.hedge != nil { hedge.extracted += 1 }
            guard let expectedIndex = expectedFor[claimIndex] else {
                problems.append("\(name):\(claim.line): extra \(claim.kind.rawValue) “\(claim.quote)”")
                continue
            }
            let expected = testCase.expected[expectedIndex]
            detection.correct += 1
            if Self.sameValue(claim, expected) { value.correct += 1 }
            if isQuantity, claim.counted.lowercased() == expected.what.lowercased() { unit.correct += 1 }
            if isQuantity, (claim.unit ?? "") == expected.unit { registryUnit.correct += 1 }
            if !isQuantity, Self.sameValue(claim, expected) { date.correct += 1 }
            if let found = claim.hedge, found == expected.hedge { hedge.correct += 1 }
        }
        for (expectedIndex, expected) in testCase.expected.enumerated() {
            let isQuantity = expected.kind == "quantity"
            detection.expected += 1
            value.expected += 1
            if isQuantity {
                unit.expected += 1
                registryUnit.expected += 1
            } else {
                date.expected += 1
            }
            if !expected.hedge.isEmpty { hedge.expected += 1 }
            if !expected.check.isEmpty { unitChecks.expected += 1 }
            guard let claimIndex = claimFor[expectedIndex] else {
                problems.append("\(name): missed \(expected.kind) “\(expected.text)” (expected line \(expected.line))")
                continue
            }
            let claim = claims[claimIndex]
            detection.correctOfExpected += 1
            let valueOK = Self.sameValue(claim, expected)
            if valueOK {
                value.correctOfExpected += 1
            } else {
                problems.append(
                    "\(name): “\(claim.quote)”: value \(Self.describe(claim)), "
                        + "expected \(expected.low)|\(expected.nominal)|\(expected.high)"
                )
            }
            if !isQuantity, valueOK { date.correctOfExpected += 1 }
            if isQuantity {
                if claim.counted.lowercased() == expected.what.lowercased() {
                    unit.correctOfExpected += 1
                } else {
                    problems.append("\(name): “\(claim.quote)”: counted “\(claim.counted)”, expected “\(expected.what)”")
                }
                if (claim.unit ?? "") == expected.unit {
                    registryUnit.correctOfExpected += 1
                } else {
                    problems.append("\(name): “\(claim.quote)”: unit '\(claim.unit ?? "")', expected '\(expected.unit)'")
                }
            }
            if (claim.hedge ?? "") != expected.hedge {
                problems.append("\(name): “\(claim.quote)”: hedge '\(claim.hedge ?? "")', expected '\(expected.hedge)'")
            } else if !expected.hedge.isEmpty {
                hedge.correctOfExpected += 1
            }
            if !expected.check.isEmpty {
                let found = claim.unitCheck.map { $0.isConsistent ? "consistent" : "inconsistent" } ?? ""
                if found == expected.check {
                    unitChecks.correctOfExpected += 1
                } else {
                    problems.append("\(name): “\(claim.quote)”: unit check '\(found)', expected '\(expected.check)'")
                }
            }
        }
        // Alternatives: every pair of expected claims in the same group must be grouped
        // together, and no other pair of matched claims may be.
        for first in testCase.expected.indices {
            for second in testCase.expected.indices where second > first {
                let left = testCase.expected[first]
                let right = testCase.expected[second]
                let expectedSame = !left.group.isEmpty && left.group == right.group
                var foundSame = false
                if let a = claimFor[first], let b = claimFor[second], let group = claims[a].alternativeGroup {
                    foundSame = claims[b].alternativeGroup == group
                }
                if expectedSame { groupPairs.expected += 1 }
                if foundSame { groupPairs.extracted += 1 }
                if expectedSame && foundSame {
                    groupPairs.correct += 1
                    groupPairs.correctOfExpected += 1
                } else if expectedSame != foundSame {
                    problems.append(
                        "\(name): “\(left.text)” and “\(right.text)”: alternatives expected \(expectedSame), found \(foundSame)")
                }
            }
        }
    }

    private init(
        detection: Tally, value: Tally, unit: Tally, hedge: Tally, date: Tally, registryUnit: Tally, groupPairs: Tally,
        unitChecks: Tally, problems: [String]
    ) {
        self.detection = detection
        self.value = value
        self.unit = unit
        self.hedge = hedge
        self.date = date
        self.registryUnit = registryUnit
        self.groupPairs = groupPairs
        self.unitChecks = unitChecks
        self.problems = problems
    }

    init() {}

    static func sameValue(_ claim: ExtractedClaim, _ expected: ExtractionFixtures.Expected) -> Bool {
        guard claim.kind.rawValue == expected.kind else { return false }
        if claim.kind == .quantity {
            return same(claim.stated.low, expected.low) && same(claim.stated.nominal, expected.nominal)
                && same(claim.stated.high, expected.high)
        }
        guard let value = claim.date?.value else { return expected.low.isEmpty && expected.nominal.isEmpty && expected.high.isEmpty }
        switch value {
        case .day(let day): return expected.nominal == day.description && expected.low.isEmpty
        case .span(let span):
            return expected.low == span.start.description && expected.high == span.end.description && expected.nominal.isEmpty
        case .set(let days): return expected.nominal == days.map(\.description).joined(separator: ";")
        }
    }

    private static func same(_ value: Double?, _ text: String) -> Bool {
        guard let value else { return text.isEmpty }
        guard let expected = Double(text) else { return false }
        return abs(value - expected) <= 1e-9 * max(1, abs(expected))
    }

    private static func describe(_ claim: ExtractedClaim) -> String {
        if let date = claim.date { return date.value?.description ?? "unresolved" }
        func text(_ value: Double?) -> String { value.map { String($0) } ?? "" }
        return "\(text(claim.stated.low))|\(text(claim.stated.nominal))|\(text(claim.stated.high))"
    }

    /// The figures as a table for people.
    func report(title: String) -> String {
        func row(_ name: String, _ tally: Tally) -> String {
            let p = String(format: "%.3f", tally.precision)
            let r = String(format: "%.3f", tally.recall)
            return
                "\(name.padding(toLength: 16, withPad: " ", startingAt: 0)) precision \(p) (\(tally.correct)/\(tally.extracted))  "
                + "recall \(r) (\(tally.correctOfExpected)/\(tally.expected))"
        }
        return
            ([title] + [
                row("claims found", detection), row("value", value), row("unit/noun", unit), row("hedge", hedge), row("date", date),
                row("registry unit", registryUnit), row("alternatives", groupPairs),
                "unit checks      \(unitChecks.correctOfExpected)/\(unitChecks.expected) right",
            ]).joined(separator: "\n")
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
