import Estimates
import TextCore

/// The summary as a one-row table (the same row in aligned text and CSV) and as JSON.
extension SampleSummary {
    /// One row: `n`, `seed`, `mean`, `sd`, then each percentile, the values in `unit`;
    /// people see values to 5 significant digits, machines get 15.
    public func table(title: String? = nil) -> Table {
        let unitName = unit.isOne ? nil : unit.symbol(plural: true)
        var columns = [
            Column(name: "n", kind: .number),
            Column(name: "seed", kind: .number),
            Column(name: "mean", unit: unitName, kind: .number),
            Column(name: "sd", unit: unitName, kind: .number),
        ]
        columns += percentiles.map { Column(name: Self.percentileName($0.level), unit: unitName, kind: .number) }
        var footnotes = ["seed \(seed): the same seed gives the same numbers with any number of threads"]
        switch method {
        case .exact:
            footnotes.append("percentiles are exact over all \(NumberFormatting.display(Double(count))) draws")
        case .histogram(let resolution):
            footnotes.append(
                "percentiles from a streaming histogram, within \(NumberFormatting.display(resolution * 100, significantDigits: 2))% of the exact ones")
        }
        var table = Table(title: title, columns: columns, footnotes: footnotes)
        func number(_ value: Double) -> Cell { .number(value, display: NumberFormatting.display(value, significantDigits: 5)) }
        table.append(
            [.number(Double(count)), .number(Double(seed), display: String(seed)), number(mean), number(standardDeviation)]
                + percentiles.map { number($0.value) })
        return table
    }

    /// `{"n":…,"seed":…,"mean":…,"sd":…,"percentiles":{"5":…,"50":…},"unit":"…","percentile_method":"exact"}`,
    /// numbers in machine form.
    public var json: String {
        let levels = percentiles.map { "\"\(NumberFormatting.machine($0.level))\":\(NumberFormatting.machine($0.value))" }
        let methodName: String
        switch method {
        case .exact: methodName = "exact"
        case .histogram: methodName = "histogram"
        }
        return "{\"n\":\(count),\"seed\":\(seed),\"mean\":\(NumberFormatting.machine(mean)),"
            + "\"sd\":\(NumberFormatting.machine(standardDeviation)),\"percentiles\":{\(levels.joined(separator: ","))},"
            + "\"unit\":\"\(Self.jsonEscaped(unit.isOne ? "" : unit.symbol(plural: true)))\",\"percentile_method\":\"\(methodName)\"}"
    }

    private static func jsonEscaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where scalar.value < 0x20: result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
