import Estimates
@testable import Tables
@testable import TextCore

/// Random tables full of text that breaks naive CSV: quotes, delimiters, CR/LF, formula
/// starts, numeric-looking text, apostrophes, non-ASCII.
struct HostileTables {
    var generator: SeededGenerator

    init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

    static let fragments: [String] = [
        "=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "\"", "\"\"", ",", ";", "|", "'", "''", " ", "  ",
        "Zürich", "北朝鮮", "🚀", "e\u{301}", "\u{FEFF}", "\u{0}", "\u{1B}[2J", "\u{2028}", "007", "1/2", "100-180",
        "100–180 km", "TRUE", "false", "1e5", "#N/A", "NA", "nan", "12:30", "May 2024", "50%", "$5", "(5)",
        "=HYPERLINK(\"http://x\",\"y\")", "=cmd|' /C calc'!A0", "@SUM(1)", "a", "text", "it's", "152-mm", "0.1",
        "\\", "<br>", "*bold*", "＝1+1", "x_low",
    ]

    static let units: [String?] = [nil, nil, "km", "shells/container", "m^3", "t", "m²", "=1+1", "'007", "Zürich"]

    mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &generator) }
    mutating func chance(_ percent: Int) -> Bool { int(0..<100) < percent }

    mutating func text() -> String {
        var result = ""
        for _ in 0..<int(0..<5) { result += Self.fragments[int(0..<Self.fragments.count)] }
        return result
    }

    /// A number with at most 15 significant digits (so CSV keeps it exactly), sometimes -0.
    mutating func number() -> Double {
        if chance(3) { return -0.0 }
        if chance(5) { return 0 }
        let digits = int(1..<16)
        var mantissa = ""
        for index in 0..<digits { mantissa += String(int(index == 0 ? 1..<10 : 0..<10)) }
        let exponent = int(-25..<25)
        let sign = chance(30) ? "-" : ""
        return Double("\(sign)\(mantissa)e\(exponent)") ?? 0
    }

    mutating func estimate(unit: String?) -> EstimateCell {
        let values = [number(), number(), number()].sorted()
        return EstimateCell(
            low: values[0], nominal: chance(70) ? values[1] : nil, high: values[2],
            meaning: [EstimateMeaning.ci90, .bounds, .variants][int(0..<3)], unit: unit ?? (chance(50) ? nil : "u" + text()),
            display: chance(50) ? "display \(text())" : nil)
    }

    mutating func table() -> Table {
        let columnCount = int(1..<7)
        var columns: [Column] = []
        for index in 0..<columnCount {
            let kind: Column.Kind = [.text, .number, .estimate, .date][int(0..<4)]
            let unit = kind == .text || kind == .date ? nil : Self.units[int(0..<Self.units.count)]
            // Every name ends in "#index", so expanded headers never collide.
            columns.append(Column(name: text() + "#\(index)", label: chance(20) ? text() : nil, unit: unit, kind: kind))
        }
        var table = Table(title: chance(50) ? text() : nil, columns: columns, footnotes: chance(30) ? [text()] : [])
        for _ in 0..<int(0..<12) {
            table.append(
                columns.map { column -> Cell in
                    if chance(12) { return .empty }
                    switch column.kind {
                    case .text: return .text(text())
                    case .number: return .number(number(), display: chance(20) ? text() : nil)
                    case .estimate: return .estimate(estimate(unit: column.unit))
                    case .date:
                        // Dates as written by the ledger, or any hostile text.
                        let day = "20\(int(10..<30))-0\(int(1..<10))-1\(int(0..<10))"
                        return .text(chance(50) ? day : chance(50) ? day + ";" + day : text())
                    }
                })
        }
        return table
    }

    /// `table` as it is after a trip through CSV: what CSV does not hold is gone.
    static func afterCSV(_ table: Table) -> Table {
        var result = Table(columns: table.columns)
        for row in table.rows {
            result.append(
                row.enumerated().map { index, cell in
                    switch cell {
                    case .text(let text): return text.isEmpty ? .empty : cell
                    case .number(let value, _): return .number(value == 0 ? 0 : value)
                    case .estimate(let estimate):
                        let column = table.columns[index]
                        let unit = (column.unit ?? "").isEmpty ? estimate.unit?.trimmingSpaces() : nil
                        return .estimate(
                            EstimateCell(
                                low: estimate.low, nominal: estimate.nominal, high: estimate.high, meaning: nil,
                                unit: unit?.isEmpty == false ? unit : nil))
                    case .empty: return .empty
                    }
                })
        }
        return result
    }
}
