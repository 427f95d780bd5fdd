import Foundation
import Testing

@testable import Tables
@testable import TextCore

/// JSON output parses as JSON, keeps numbers as numbers and never holds NaN or infinity.
@Suite struct JSONRendererTests {
    static func parse(_ text: String) throws -> [[String: Any]] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        return try #require(value as? [[String: Any]])
    }

    @Test func estimatesBecomeObjectsAndNumbersStayNumbers() throws {
        var table = Table(columns: [
            Column(name: "name", kind: .text), Column(name: "mass", unit: "kg", kind: .number),
            Column(name: "range", unit: "km", kind: .estimate),
        ])
        table.append([.text("a"), .number(43.56), .estimate(EstimateCell(low: 100, nominal: nil, high: 180, meaning: .bounds))])
        let rows = try Self.parse(JSONRenderer().render(table))
        #expect(rows.count == 1)
        #expect(rows[0]["name"] as? String == "a")
        #expect(rows[0]["mass_kg"] as? Double == 43.56)
        let range = try #require(rows[0]["range"] as? [String: Any])
        #expect(range["low"] as? Double == 100)
        #expect(range["nominal"] is NSNull)
        #expect(range["high"] as? Double == 180)
        #expect(range["unit"] as? String == "km")
        #expect(range["meaning"] as? String == "bounds")
    }

    @Test func nonFiniteValuesBecomeNull() throws {
        var table = Table(columns: [Column(name: "n", kind: .number), Column(name: "r", kind: .estimate)])
        table.append([.number(.nan), .estimate(EstimateCell(low: -.infinity, nominal: .nan, high: .infinity, meaning: nil))])
        let text = JSONRenderer().render(table)
        #expect(text == "[\n  {\"n\": null, \"r\": {\"low\": null, \"nominal\": null, \"high\": null, \"unit\": null, \"meaning\": null}}\n]\n")
        #expect(!text.contains("NaN") && !text.contains("nfinity"))
        _ = try Self.parse(text)
    }

    @Test func hostileTextSurvivesAsTheSameString() throws {
        var tables = HostileTables(seed: 11)
        for _ in 0..<100 {
            let table = tables.table()
            let rows = try Self.parse(JSONRenderer().render(table))
            #expect(rows.count == table.rows.count)
            let keys = JSONRenderer.keys(table.columns)
            for (row, parsed) in zip(table.rows, rows) {
                for (index, cell) in row.enumerated() {
                    guard case .text(let text) = cell else { continue }
                    // Compare scalars: Foundation must give back exactly what was written.
                    let back = try #require(parsed[keys[index]] as? String)
                    #expect(Array(back.unicodeScalars) == Array(text.unicodeScalars))
                }
            }
        }
    }

    @Test func controlCharactersAndLineSeparatorsAreEscaped() {
        #expect(JSONRenderer.quoted("a\"b\\c\n\r\t\u{8}\u{C}\u{0}\u{1B}\u{2028}\u{2029}\u{FEFF}é") == "\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0000\\u001b\\u2028\\u2029\\ufeffé\"")
    }

    @Test func repeatedKeysGetANumber() {
        let columns = [Column(name: "x", kind: .text), Column(name: "x", kind: .estimate), Column(name: "x_2", kind: .text), Column(name: "x", kind: .text)]
        #expect(JSONRenderer.keys(columns) == ["x", "x_2", "x_2_2", "x_3"])
    }
}
