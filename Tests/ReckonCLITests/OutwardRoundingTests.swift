import Foundation
import Testing

@testable import ReckonCLI

/// The ends of a range written in a machine format (JSON, CSV, TSV) are rounded outward to
/// 15 significant digits, as the text is to 3: the printed low is at or below the exact
/// low, the printed high at or above the exact high (issue 16), for ranges whose ends are
/// one correctly rounded operation on exact inputs. The exact ends are worked out by hand
/// as fractions.
@Suite struct OutwardRoundingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var expression: String
        /// The exact ends as numerator / denominator.
        var low: (Decimal, Decimal)
        var high: (Decimal, Decimal)
        var testDescription: String { expression }
    }

    static let cases: [Case] = [
        // 2,100,000 / 7,000 = 300; 2,500,000 / 3,000 = 2,500 / 3 = 833.33…
        Case(expression: "about 2.3 million shells / about 5,000 containers", low: (300, 1), high: (2500, 3)),
        Case(expression: "(1 to 2) / 3", low: (1, 3), high: (2, 3)),
        Case(expression: "(1 to 2) / (3 to 7)", low: (1, 7), high: (2, 3)),
        // 2,500,000 / 3,000 and 2,500,000 / 2,900
        Case(expression: "2.5 million shells / (2,900 to 3,000 containers)", low: (2500, 3), high: (25000, 29)),
        // Not here: unit conversions. Their factors are rounded in the registry, so the computed
        // 100 km in miles is 62.13711922373340…, above the exact 62.13711922373339…; outward
        // rounding holds the computed range, and the registry's rounding (a few units in the
        // 16th digit) is documented beside it.
        Case(expression: "(10 to 20) / 7 * 3", low: (30, 7), high: (60, 7)),
    ]

    @Test(arguments: cases)
    func machineFormatsHoldTheExactRange(_ item: Case) throws {
        var printed: [(String, Decimal, Decimal)] = []
        let json = CLIFixtures.run(["eval", "--format", "json", item.expression])
        #expect(json.status == 0, "\(json.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        printed.append(("json", try Self.decimal(object["low"]), try Self.decimal(object["high"])))
        for (format, separator) in [("csv", ","), ("tsv", "\t")] {
            let outcome = CLIFixtures.run(["eval", "--format", format, "--line-ending", "lf", item.expression])
            #expect(outcome.status == 0, "\(outcome.errors)")
            let lines = outcome.output.split(separator: "\n").map { $0.components(separatedBy: separator) }
            #expect(
                lines.first?.suffix(9) == [
                    "value_low", "value_nominal", "value_high", "unit", "meaning", "range90_low", "range90_nominal", "range90_high",
                    "range90_method",
                ])
            // Counted from the end: the expression before them may hold quoted commas (the
            // method after them is `exact` or empty for these products and quotients).
            let row = try #require(lines.last)
            printed.append(
                (format, try #require(Decimal(string: row[row.count - 9])), try #require(Decimal(string: row[row.count - 7]))))
        }
        for (format, low, high) in printed {
            #expect(low * item.low.1 <= item.low.0, "\(format): low \(low) is above the exact \(item.low.0)/\(item.low.1)")
            #expect(high * item.high.1 >= item.high.0, "\(format): high \(high) is below the exact \(item.high.0)/\(item.high.1)")
            // Outward by at most one unit in the 15th digit.
            #expect((item.low.0 - low * item.low.1) / item.low.0 < Decimal(string: "1e-14")!)
            #expect((high * item.high.1 - item.high.0) / item.high.0 < Decimal(string: "1e-14")!)
        }
    }

    /// A JSON number as an exact decimal (through its text, not a double).
    static func decimal(_ value: Any?) throws -> Decimal {
        let number = try #require(value as? NSNumber)
        return try #require(Decimal(string: "\(number)"))
    }
}
