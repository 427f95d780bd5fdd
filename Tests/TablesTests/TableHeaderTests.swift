import Testing

@testable import Tables

/// Column names every format writes: unique, and never the start of a formula.
@Suite struct TableHeaderTests {
    @Test func uniqueNamesPass() throws {
        let table = Table(columns: [Column(name: "p5", kind: .number), Column(name: "p50", kind: .number), Column(name: "range", unit: "km", kind: .estimate)])
        try table.checkHeaders()
    }

    @Test func aRepeatedNameIsRefused() {
        let table = Table(columns: [Column(name: "p50", unit: "km", kind: .number), Column(name: "p50", unit: "km", kind: .number)])
        #expect(throws: TableHeaderError(.duplicate("p50_km"))) { try table.checkHeaders() }
    }

    @Test func anEstimateFieldThatMeetsAnotherColumnIsRefused() {
        // `r` makes r_low, r_nominal, r_high: a column of its own called r_high collides.
        let table = Table(columns: [Column(name: "r", kind: .estimate), Column(name: "r_high", kind: .number)])
        #expect(throws: TableHeaderError(.duplicate("r_high"))) { try table.checkHeaders() }
    }

    @Test func namesThatDifferOnlyInTheirJSONKeysAreRefused() {
        // CSV: x_low, x_nominal, x_high and x; JSON: "x" twice.
        let table = Table(columns: [Column(name: "x", kind: .estimate), Column(name: "x", kind: .text)])
        #expect(throws: TableHeaderError(.duplicate("x"))) { try table.checkHeaders() }
    }

    @Test(arguments: ["=cmd", "+1", "-x", "@SUM", "'=x", "\tx"])
    func aNameThatBeginsLikeAFormulaIsRefused(_ name: String) {
        let table = Table(columns: [Column(name: name, kind: .text)])
        #expect(throws: TableHeaderError(.formula(name))) { try table.checkHeaders() }
    }

    @Test func theMessagesSayWhatToDo() {
        #expect(TableHeaderError(.duplicate("p50")).message == "two columns would both be named 'p50'; column names must be unique")
        #expect(TableHeaderError(.formula("=x")).message.hasSuffix("rename the column"))
    }
}
