import Estimates
import TextCore

/// The histogram as text bars and as a table.
extension Histogram {
    /// One line per bin: its range, a bar of eighth blocks scaled to `width` for the fullest
    /// bin, and its share of all draws; lines for draws outside the bins when there are any.
    public func bars(width: Int = 40) -> [String] {
        let labels = bins.map {
            $0.low == $0.high ? NumberFormatting.display($0.low) : "\(NumberFormatting.display($0.low))–\(NumberFormatting.display($0.high))"
        }
        let labelWidth = Swift.max((labels.map { DisplayWidth.of($0) }.max() ?? 0), 1)
        let fullest = Swift.max(bins.map(\.count).max() ?? 0, 1)
        var lines: [String] = []
        if below > 0, let first = bins.first {
            lines.append("below \(NumberFormatting.display(first.low)): \(share(below))")
        }
        for (label, bin) in zip(labels, bins) {
            let eighths = Int((Double(bin.count) / Double(fullest) * Double(width * 8)).rounded())
            let bar = String(repeating: "█", count: eighths / 8) + Self.partialBlocks[eighths % 8]
            let padding = String(repeating: " ", count: labelWidth - DisplayWidth.of(label))
            let barPadding = String(repeating: " ", count: width - (eighths + 7) / 8)
            lines.append("\(padding)\(label)  \(bar)\(barPadding)  \(share(bin.count))")
        }
        if above > 0, let last = bins.last {
            lines.append("at or above \(NumberFormatting.display(last.high)): \(share(above))")
        }
        return lines
    }

    private static let partialBlocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    private func share(_ count: Int) -> String {
        guard total > 0 else { return "0%" }
        return NumberFormatting.display(100 * Double(count) / Double(total), significantDigits: 3) + "%"
    }

    /// The bins as a table: `bin_low`, `bin_high`, `count`, `fraction` (in `unit`), with rows
    /// for draws below and above the bins when there are any (open ends left empty).
    public func table(unit: String?) -> Table {
        var table = Table(columns: [
            Column(name: "bin_low", unit: unit, kind: .number),
            Column(name: "bin_high", unit: unit, kind: .number),
            Column(name: "count", kind: .number),
            Column(name: "fraction", kind: .number),
        ])
        func fraction(_ count: Int) -> Cell { .number(total > 0 ? Double(count) / Double(total) : 0) }
        if below > 0, let first = bins.first {
            table.append([.empty, .number(first.low), .number(Double(below)), fraction(below)])
        }
        for bin in bins {
            table.append([.number(bin.low), .number(bin.high), .number(Double(bin.count)), fraction(bin.count)])
        }
        if above > 0, let last = bins.last {
            table.append([.number(last.high), .empty, .number(Double(above)), fraction(above)])
        }
        return table
    }
}
