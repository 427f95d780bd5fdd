import Estimates
import Tables
import TextCore

extension Claim {
    /// The value in words for people: the estimate with its range and meaning, the span of
    /// days, or the list of days.
    ///
    /// ```swift
    /// try ledger.claim(id: "liga-20240111-containers").valueText
    /// // "5,000 containers (3,000–7,000, 90% range)"
    /// ```
    public var valueText: String {
        switch value {
        case .quantity(let estimate): return estimate.formatted()
        case .dates(let span): return span.description
        case .dateSet(let dates): return dates.map(\.description).joined(separator: ", ")
        }
    }

    /// The range only, unrounded, as the conflict detector compares it:
    /// `10,001–15,000 containers`, `6,700 containers`, `2024-01-01 to 2024-01-07`.
    public var rangeText: String {
        switch value {
        case .quantity(let estimate):
            let symbol = estimate.unit.symbol(plural: !(estimate.isPoint && estimate.low == 1))
            let suffix = symbol.isEmpty ? "" : " " + symbol
            let low = NumberFormatting.display(estimate.low, significantDigits: NumberFormatting.machineSignificantDigits)
            let high = NumberFormatting.display(estimate.high, significantDigits: NumberFormatting.machineSignificantDigits)
            return (estimate.isPoint ? low : "\(low)–\(high)") + suffix
        case .dates, .dateSet: return valueText
        }
    }

    /// The days of a date or date-set claim as text for a table column: `2024-01-10`,
    /// `2024-01-01/2024-01-07` (ISO 8601 interval), `2023-12-29;2024-01-02`; `nil` for a quantity.
    public var datesField: String? {
        switch value {
        case .quantity: return nil
        case .dates(let span): return span.start == span.end ? span.start.description : "\(span.start)/\(span.end)"
        case .dateSet(let dates): return dates.map(\.description).joined(separator: ";")
        }
    }

    /// The estimate as a table cell, `.empty` for dates. The cell has no unit of its own:
    /// the table's `unit` column says it (one unit column per value).
    var estimateCell: Cell {
        guard let estimate else { return .empty }
        var cell = EstimateCell(estimate)
        cell.unit = nil
        return .estimate(cell)
    }
}
