import Estimates
import Tables
import TextCore

extension Conflict {
    /// `conflicts` as a table in long form: two rows per conflict (its number, subject and
    /// reasons repeated), one for each side with its outlet, dates, value and quote, so
    /// that every row of a CSV export stands alone. The details are footnotes.
    ///
    /// ```swift
    /// let table = Conflict.table(ledger.conflicts())
    /// ```
    public static func table(_ conflicts: [Conflict]) -> Table {
        var table = Table(
            title: "Conflicts between sources (\(conflicts.count))",
            columns: [
                Column(name: "conflict", kind: .number),
                Column(name: "subject", kind: .text),
                Column(name: "reason", kind: .text),
                Column(name: "claim", kind: .text),
                Column(name: "outlet", kind: .text),
                Column(name: "published", kind: .date),
                Column(name: "as_of", label: "as of", kind: .date),
                Column(name: "value", kind: .estimate),
                Column(name: "unit", kind: .text),
                Column(name: "dates", kind: .date),
                Column(name: "quote", kind: .text),
            ])
        var footnotes: [String] = []
        for (index, conflict) in conflicts.enumerated() {
            let number = Double(index + 1)
            for claim in [conflict.first, conflict.second] {
                table.append([
                    .number(number),
                    .text(conflict.subject),
                    .text(conflict.reasonText),
                    .text(claim.id),
                    .text(claim.source.outlet),
                    claim.source.published.map { .text($0.description) } ?? .empty,
                    claim.asOf.map { .text($0.description) } ?? .empty,
                    claim.estimateCell,
                    .text(claim.unitName),
                    claim.datesField.map { .text($0) } ?? .empty,
                    .text(claim.quote),
                ])
            }
            footnotes.append("\(index + 1). \(conflict.subject): \(conflict.reasonText): \(conflict.detail)")
        }
        if conflicts.isEmpty {
            footnotes.append("No conflicts.")
        } else {
            footnotes.insert("Details (first = upper row of each pair):", at: 0)
        }
        table.footnotes = footnotes
        return table
    }
}
