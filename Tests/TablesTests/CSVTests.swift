import Tables
import TextCore
import Testing

@Suite struct CSVTests {
    func sampleTable() -> Table {
        var table = Table(columns: [
            Column(name: "name", kind: .text),
            Column(name: "count", unit: "shells", kind: .number),
            Column(name: "range", unit: "km", kind: .estimate),
        ])
        table.append([.text("Zürich, \"quoted\""), .number(2_300_000), .estimate(EstimateCell(low: 100, nominal: nil, high: 180, meaning: .variants))])
        table.append([.text("=1+1"), .number(-0.0), .empty])
        return table
    }

    @Test func estimatesBecomeThreeColumnsWithTheUnitInTheHeader() {
        let csv = CSVWriter().render(sampleTable())
        #expect(csv == "name,count_shells,range_km_low,range_km_nominal,range_km_high\r\n\"Zürich, \"\"quoted\"\"\",2300000,100,,180\r\n\"'=1+1\",0,,,\r\n")
    }

    @Test func lineEndingDelimiterAndByteOrderMarkAreOptions() {
        let csv = CSVWriter(options: CSVOptions(delimiter: ";", lineEnding: .lf, byteOrderMark: true)).render(sampleTable())
        #expect(csv.hasPrefix("\u{FEFF}name;count_shells;"))
        #expect(!csv.contains("\r\n"))
        #expect(csv.contains("\"Zürich, \"\"quoted\"\"\";2300000;100;;180\n"))
    }

    @Test func theReaderReadsBackWhatTheWriterWrites() throws {
        let document = try CSVReader().read(CSVWriter().render(sampleTable()), origin: "t.csv")
        #expect(document.header.map(\.text) == ["name", "count_shells", "range_km_low", "range_km_nominal", "range_km_high"])
        #expect(document.records[0].fields.map(\.text) == ["Zürich, \"quoted\"", "2300000", "100", "", "180"])
        #expect(document.records[1].fields[0].text == "=1+1")
    }

    struct BadCSV: Sendable, CustomTestStringConvertible {
        var text: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { message }
    }

    static let bad: [BadCSV] = [
        BadCSV(text: "a,b\n1,\"2\n", line: 2, column: 3, message: "unterminated quoted field (no closing '\"')"),
        BadCSV(text: "a,b\n1,2,3\n", line: 2, column: 5, message: "expected 2 fields, found 3"),
        BadCSV(text: "a,b\n1,\"2\"x\n", line: 2, column: 6, message: "unexpected 'x' after a closing quote (expected a delimiter or the end of the line)"),
        BadCSV(text: "a,b\n1,2\"\n", line: 2, column: 4, message: "a quote inside an unquoted field (quote the whole field and double the quote)"),
        BadCSV(text: "", line: 1, column: 1, message: "the file is empty: expected a header row"),
        BadCSV(text: "a,a\n1,2\n", line: 1, column: 3, message: "the header names column 'a' twice"),
        BadCSV(text: "a,b\n\"multi\nline\",2\n3\n", line: 4, column: 2, message: "expected 2 fields, found 1"),
    ]

    @Test(arguments: bad)
    func malformedCSVIsReportedWithLineAndColumn(_ bad: BadCSV) {
        do {
            _ = try CSVReader().read(bad.text, origin: "bad.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(origin: "bad.csv", line: bad.line, column: bad.column))
            #expect(error.message == bad.message)
        }
    }

    @Test func typedFieldsReportBadNumbersAndEmptyRequiredFields() throws {
        let document = try CSVReader().read("id,value\nx,\"2,300\"\n,5\n", origin: "d.csv")
        #expect(throws: CSVError(.badNumber(column: "value", text: "2,300"), at: SourceLocation(origin: "d.csv", line: 2, column: 3))) {
            try document.records[0].number("value")
        }
        #expect(throws: CSVError(.emptyField(column: "id"), at: SourceLocation(origin: "d.csv", line: 3, column: 1))) {
            try document.records[1].text("id", required: true)
        }
        #expect(try document.records[1].number("value") == 5)
    }

    @Test func invalidUTF8IsReportedAtItsLine() {
        let bytes: [UInt8] = Array("a,b\n1,".utf8) + [0xFF] + Array("\n".utf8)
        #expect(throws: CSVError(.invalidUTF8, at: SourceLocation(origin: "u.csv", line: 2, column: 3))) {
            try CSVReader().read(bytes: bytes, origin: "u.csv")
        }
    }
}

@Suite struct DateColumnTests {
    func table(_ texts: [String]) -> Table {
        var table = Table(columns: [Column(name: "published", kind: .date)])
        for text in texts { table.append([.text(text)]) }
        return table
    }

    @Test func aColumnOfISODaysIsWrittenBareSoSpreadsheetsReadDates() throws {
        let csv = CSVWriter(options: CSVOptions(lineEnding: .lf)).render(table(["2024-01-11", "2023-12-30;2024-01-02", "2024-01-01/2024-01-31"]))
        #expect(csv == "published\n2024-01-11\n2023-12-30;2024-01-02\n2024-01-01/2024-01-31\n")
        let read = try TableCSVReader().read(csv, origin: "d.csv")
        #expect(read.columns[0].kind == .date)
    }

    @Test func oneOtherTextInTheColumnMakesItTextAsUsual() {
        let csv = CSVWriter(options: CSVOptions(lineEnding: .lf)).render(table(["2024-01-11", "last week"]))
        #expect(csv == "published\n\"'2024-01-11\"\nlast week\n")
    }
}
