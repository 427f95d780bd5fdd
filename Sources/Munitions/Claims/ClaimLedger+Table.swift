import Estimates
import Tables
import TextCore

extension ClaimLedger {
    /// `claims` as a table: one row per claim, the value as an estimate (quantities) or as
    /// ISO 8601 days (dates), then who said it, where and when, and the exact quote.
    ///
    /// ```swift
    /// let table = ClaimLedger.table(of: ledger.claims(subject: "crbm-range"))
    /// ```
    public static func table(of claims: [Claim]) -> Table {
        var table = Table(
            title: "Claims (\(claims.count))",
            columns: [
                Column(name: "id", kind: .text),
                Column(name: "subject", kind: .text),
                Column(name: "as_written", label: "as written", kind: .text),
                Column(name: "value", kind: .estimate),
                Column(name: "unit", kind: .text),
                Column(name: "dates", kind: .date),
                Column(name: "hedge", kind: .text),
                Column(name: "meaning", kind: .text),
                Column(name: "speaker", kind: .text),
                Column(name: "outlet", kind: .text),
                Column(name: "published", kind: .date),
                Column(name: "as_of", label: "as of", kind: .date),
                Column(name: "quote", kind: .text),
            ])
        for claim in claims {
            table.append([
                .text(claim.id),
                .text(claim.subject),
                .text(claim.asWritten),
                claim.estimateCell,
                .text(claim.unitName),
                claim.datesField.map { .text($0) } ?? .empty,
                claim.hedge.map { .text($0) } ?? .empty,
                .text((claim.estimate?.meaning ?? claim.statedMeaning).rawValue),
                .text(claim.source.speaker),
                .text(claim.source.outlet),
                claim.source.published.map { .text($0.description) } ?? .empty,
                claim.asOf.map { .text($0.description) } ?? .empty,
                .text(claim.quote),
            ])
        }
        var readings: [String] = []
        for claim in claims {
            for note in claim.estimate?.notes ?? [] where !readings.contains("- " + note) { readings.append("- " + note) }
        }
        if !readings.isEmpty {
            table.footnotes = ["Readings (hedges read by Datasets/hedges.csv; value ranges rounded outward):"] + readings
        }
        return table
    }
}
