import Munitions
import TextCore

/// A claims row as field values, in the column order of `ClaimsFile.columns`.
struct ClaimRow {
    var fields: [String: String] = [
        "id": "t-1", "subject": "crbm-range", "kind": "quantity", "as_written": "100-180 km", "low": "100",
        "nominal": "", "high": "180", "unit": "km", "hedge": "", "meaning": "variants", "alternative_group": "",
        "quote": "a range of 100-180 km", "speaker": "Someone", "outlet": "Desk", "article": "", "url": "",
        "published": "2024-01-11", "as_of": "", "notes": "",
    ]

    func with(_ column: String, _ value: String) -> ClaimRow {
        var copy = self
        copy.fields[column] = value
        return copy
    }

    /// The line (no field needs quotes in these tests).
    var line: String { ClaimsFile.columns.map { fields[$0] ?? "" }.joined(separator: ",") }

    /// The 1-based column where `name`'s field starts: the lengths of the fields before
    /// it plus one comma each.
    func column(of name: String) -> Int {
        var column = 1
        for other in ClaimsFile.columns {
            if other == name { return column }
            column += (fields[other] ?? "").unicodeScalars.count + 1
        }
        preconditionFailure("no column \(name)")
    }

    /// The header line of a claims file.
    static let header = ClaimsFile.columns.joined(separator: ",")

    /// A claims file of `rows`.
    static func file(_ rows: [ClaimRow]) -> String {
        ([header] + rows.map(\.line)).joined(separator: "\n") + "\n"
    }

    /// The claims of `rows`, read as the file `origin`.
    static func claims(_ rows: [ClaimRow], origin: String = "mine.csv") throws -> [Claim] {
        try ClaimsFile.read(file(rows), origin: origin, subjects: .standard())
    }
}
