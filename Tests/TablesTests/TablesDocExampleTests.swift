import Estimates
import Tables
import Testing

/// The examples of Tables.docc (GettingStartedWithTables.md), run as written there, with the
/// output the article shows.
@Suite struct TablesDocExampleTests {
    static func table() throws -> Table {
        var table = Table(columns: [
            Column(name: "system", kind: .text),
            Column(name: "range", unit: "km", kind: .estimate),
            Column(name: "launchers", kind: .number),
        ])
        let range = try Calculator().evaluate("about 380 km")
        table.append([.text("KN-25"), .estimate(EstimateCell(range)), .number(6)])
        table.append([.text("BM-21 Grad"), .estimate(EstimateCell(low: 20, nominal: nil, high: 40, meaning: .bounds)), .number(36)])
        return table
    }

    @Test func printedInTwoFormats() throws {
        let table = try Self.table()
        #expect(
            TableFormat.table.render(table) == """
                system      range          launchers
                            km
                ----------  -------------  ---------
                KN-25       380 (360–400)          6
                BM-21 Grad          20–40         36

                """)
        #expect(
            TableFormat.csv.render(table, csvOptions: CSVOptions(lineEnding: .lf)) == """
                system,range_km_low,range_km_nominal,range_km_high,launchers
                KN-25,360,380,400,6
                BM-21 Grad,20,,40,36

                """)
    }

    @Test func readBack() throws {
        let table = try Self.table()
        let again = try TableCSVReader().read(TableFormat.csv.render(table), origin: "systems.csv")
        #expect(again.rows.count == 2)
        #expect(TableFormat.csv.render(again) == TableFormat.csv.render(table))
    }
}
