import Estimates
import Tables
import TextCore

extension ExtractedClaim {
    /// The columns of `reckon extract`: one row per claim.
    public static let tableColumns: [Column] = [
        Column(name: "n", kind: .number),
        Column(name: "line", kind: .number),
        Column(name: "start", kind: .number),
        Column(name: "end", kind: .number),
        Column(name: "kind", kind: .text),
        Column(name: "as_written", kind: .text),
        Column(name: "stated", kind: .number),
        Column(name: "value", kind: .estimate),
        Column(name: "unit", kind: .text),
        Column(name: "counted", kind: .text),
        Column(name: "hedge", kind: .text),
        Column(name: "reading", kind: .text),
        Column(name: "caliber", kind: .text),
        Column(name: "group", kind: .text),
        Column(name: "date", kind: .date),
        Column(name: "date_note", kind: .text),
        Column(name: "check", kind: .text),
        Column(name: "speaker", kind: .text),
        Column(name: "quote", kind: .text),
        Column(name: "notes", kind: .text),
    ]

    /// The claims as a table: the stated column holds the figure as the text states it
    /// ("nearly 50" states 50; empty for a stated range, which the value holds as stated,
    /// and for a vague quantity), the value column the hedge reading (low, nominal, high); the speaker column who the sentence says made
    /// the claim; dates are ISO 8601 (`2024-01-10`, `2024-01-01/2024-01-31`,
    /// `2023-12-30;2024-01-04`), empty when unresolved (the note says why).
    ///
    /// ```swift
    /// let table = ExtractedClaim.table(claims, origin: "article.txt")
    /// TableFormat.csv.render(table)
    /// ```
    public static func table<C: Collection<ExtractedClaim>>(_ claims: C, origin: String, firstNumber: Int = 1) -> Table {
        var table = Table(
            title: "Claims in \(origin) (offsets in Unicode scalars, end exclusive)", columns: tableColumns,
            footnotes: claims.isEmpty ? ["no figures or dates found"] : [])
        var index = 0
        for position in claims.indices {
            defer { index += 1 }
            let claim = claims[position]
            var value = Cell.empty
            if let estimate = claim.estimate {
                value = .estimate(
                    EstimateCell(
                        low: estimate.low, nominal: estimate.nominal, high: estimate.high, meaning: estimate.meaning,
                        display: estimate.low == estimate.high ? NumberFormatting.display(estimate.low) : nil))
            }
            // The one figure the text states; a stated range is the value itself.
            let statedCell: Cell = claim.stated.nominal.map { .number($0) } ?? .empty
            var dateText = ""
            var dateNote = ""
            if let date = claim.date {
                dateText = date.value?.description ?? ""
                dateNote = date.value == nil ? "unresolved: " + date.note : date.note
            }
            table.append([
                .number(Double(index + firstNumber), display: String(index + firstNumber)),
                .number(Double(claim.line), display: String(claim.line)),
                .number(Double(claim.start), display: String(claim.start)),
                .number(Double(claim.end), display: String(claim.end)),
                .text(claim.kind.rawValue),
                .text(claim.asWritten),
                statedCell,
                value,
                text(claim.unit ?? ""),
                text(claim.counted),
                text(claim.hedge ?? ""),
                text(claim.reading ?? ""),
                text(claim.caliber ?? ""),
                text(claim.alternativeGroup.map { "alt\($0)" } ?? ""),
                text(dateText),
                text(dateNote),
                text(claim.unitCheck?.detail ?? ""),
                text(claim.speaker?.name ?? ""),
                .text(claim.quote),
                text(claim.notes.joined(separator: "; ")),
            ])
        }
        return table
    }

    private static func text(_ value: String) -> Cell {
        value.isEmpty ? .empty : .text(value)
    }
}
