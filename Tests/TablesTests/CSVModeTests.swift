import Testing

@testable import Tables
@testable import TextCore

/// The two CSV modes: `spreadsheet` guards every text a spreadsheet would change, `plain`
/// writes text exactly except what a spreadsheet would run; the reader restores both.
@Suite struct CSVModeTests {
    static let plain = CSVWriter(options: CSVOptions(lineEnding: .lf, mode: .plain))
    static let spreadsheet = CSVWriter(options: CSVOptions(lineEnding: .lf, mode: .spreadsheet))

    @Test(arguments: ["007", "Feb 2024", "5,000", "Aug. 15, 2023", "48", "TRUE", "NA", "#N/A", "1/2", "100-180", "'007", "it's", "Zürich"])
    func plainWritesTextThatIsNoFormulaExactly(_ text: String) {
        let field = Self.plain.field(text)
        let unquoted = field.hasPrefix("\"") ? String(field.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"") : field
        #expect(unquoted == text, "\(field)")
    }

    @Test(arguments: ["=1+1", "+1", "-1+1", "@SUM(1)", "\tx", "\rx", "\nx", "＝1+1", "'=1+1", "''+1", "-", "+"])
    func plainStillNeutralisesWhatASpreadsheetWouldRun(_ text: String) {
        #expect(Self.plain.field(text).hasPrefix("\"'"))
        #expect(Self.spreadsheet.field(text).hasPrefix("\"'"))
    }

    @Test func theModesDifferOnlyWhereASpreadsheetWouldChangeText() {
        #expect(Self.spreadsheet.field("Feb 2024") == "\"'Feb 2024\"")
        #expect(Self.plain.field("Feb 2024") == "Feb 2024")
        #expect(Self.spreadsheet.field("5,000") == "\"'5,000\"")
        #expect(Self.plain.field("5,000") == "\"5,000\"")
        #expect(Self.plain.field("152-mm shells") == Self.spreadsheet.field("152-mm shells"))
    }

    /// A quoted text that starts with `'` and would otherwise look neutralised (`'12, 5` →
    /// the reader would drop the `'`) gets one more in plain mode, so that it reads back.
    @Test func aQuotedApostropheThatWouldBeTakenForAGuardIsKeptApart() {
        #expect(Self.plain.field("'12, 5") == "\"''12, 5\"")
        #expect(Self.plain.field("'12") == "'12")  // unquoted: the reader leaves it alone
        #expect(Self.plain.field("'a, b") == "\"'a, b\"")  // the reader would keep this one as it is
    }

    static let texts = [
        "=1+1", "+1", "'=1+1", "''+1", "007", "'007", "'12, 5", "''12, 5", "Feb 2024", "'Feb, 2024", "5,000", "NA", "TRUE",
        "it's", "'", "''", "'a, b", " padded ", "say \"hi\"", "two\nlines", "\tx", "Zürich", "100–180 km", "1e5", "'1e5",
    ]

    @Test(arguments: CSVOptions.Mode.allCases)
    func theReaderRestoresEveryTextInEitherMode(_ mode: CSVOptions.Mode) throws {
        var table = Table(columns: [Column(name: "id", kind: .number), Column(name: "text", kind: .text)])
        for (index, text) in Self.texts.enumerated() { table.append([.number(Double(index)), .text(text)]) }
        let csv = CSVWriter(options: CSVOptions(mode: mode)).render(table)
        let read = try TableCSVReader().read(csv, origin: "modes.csv", columns: table.columns.map { CSVColumnSpec($0) })
        #expect(read.rows.map { $0[1] } == Self.texts.map { Cell.text($0) }, "\(csv)")
    }
}
