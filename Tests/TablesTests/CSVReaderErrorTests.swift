import Testing

@testable import Tables
@testable import TextCore

/// Every problem the issue names is reported with file:line:column.
@Suite struct CSVReaderErrorTests {
    static func csvError(_ text: String, _ read: (String) throws(CSVError) -> Void) -> CSVError? {
        do {
            try read(text)
            return nil
        } catch {
            return error
        }
    }

    static func describe(_ text: String, columns: [CSVColumnSpec]? = nil, unitCheck: TableCSVReader.UnitCheck? = nil) -> String? {
        let reader = TableCSVReader(unitCheck: unitCheck)
        return csvError(text) { text throws(CSVError) in
            if let columns { _ = try reader.read(text, origin: "data.csv", columns: columns) } else { _ = try reader.read(text, origin: "data.csv") }
        }?.description
    }

    @Test func anUnterminatedQuoteIsReportedWhereTheFieldStarts() {
        #expect(Self.describe("a,b\r\n1,\"open\r\nstill open\r\n") == "data.csv:2:3: error: unterminated quoted field (no closing '\"')")
    }

    @Test func columnsCountCharactersNotBytesAfterNonASCIIText() {
        // "Zürich" is 6 scalars and 7 bytes; "😀" is 1 scalar and 4 bytes.
        #expect(Self.describe("a,b,c\nZürich,😀,x\"y\n") == "data.csv:2:11: error: a quote inside an unquoted field (quote the whole field and double the quote)")
        #expect(Self.describe("a,b\n\"Zü\"\"rich\"é,1\n") == "data.csv:2:11: error: unexpected 'é' after a closing quote (expected a delimiter or the end of the line)")
    }

    @Test func aDelimiterOfSeveralBytesSplitsFieldsAndKeepsQuotedOnesWhole() throws {
        let reader = CSVReader(delimiter: "§")
        let document = try reader.read("a§b\nZürich§\"x§y\"\"z\"\n§\n", origin: "data.csv")
        #expect(document.header.map(\.text) == ["a", "b"])
        #expect(document.records.map { $0.fields.map(\.text) } == [["Zürich", "x§y\"z"], ["", ""]])
        #expect(document.records[0].fields[1].location.column == 8)
    }

    @Test func tooManyFieldsPointAtTheFirstExtraField() {
        #expect(Self.describe("a,b\n1,2\n3,4,5\n") == "data.csv:3:5: error: expected 2 fields, found 3")
    }

    @Test func tooFewFieldsPointAtTheEndOfTheRecord() {
        #expect(Self.describe("a,b,c\n1,2,3\n4,5\n") == "data.csv:3:4: error: expected 3 fields, found 2")
    }

    @Test func aBadNumberInANumberColumnIsReportedAtItsField() {
        let columns = [CSVColumnSpec(Column(name: "name", kind: .text)), CSVColumnSpec(Column(name: "count", kind: .number))]
        #expect(
            Self.describe("name,count\nx,12\ny,\"1,200\"\n", columns: columns)
                == "data.csv:3:3: error: bad number '1,200' in column 'count' (expected digits with '.' as the decimal point, no thousands separators)"
        )
    }

    @Test func aBadNumberInAnEstimateIsReportedAtItsField() {
        let columns = [CSVColumnSpec(Column(name: "range", unit: "km", kind: .estimate))]
        #expect(
            Self.describe("range_km_low,range_km_nominal,range_km_high\n100,,18O\n", columns: columns)
                == "data.csv:2:6: error: bad number '18O' in column 'range_km_high' (expected digits with '.' as the decimal point, no thousands separators)"
        )
    }

    @Test func anUnknownUnitInAUnitColumnIsReportedAtItsField() {
        let known: TableCSVReader.UnitCheck = { ["km", "t"].contains($0) ? nil : "known: km, t" }
        #expect(
            Self.describe("range_low,range_nominal,range_high,range_unit\n1,,2,km\n3,,4,kmz\n", unitCheck: known)
                == "data.csv:3:6: error: unknown unit 'kmz' in column 'range_unit' (known: km, t)")
    }

    @Test func anUnknownUnitFoundByAFieldParserIsReportedInsideTheField() {
        let parser = CSVCellParser { text throws(CSVFieldProblem) in
            guard text.hasSuffix(" km") else {
                let unit = String(text.split(separator: " ").last ?? "")
                throw CSVFieldProblem(.unknownUnit(column: "range", text: unit, detail: nil), offset: text.count - unit.count + 1)
            }
            return .text(text)
        }
        let columns = [CSVColumnSpec(Column(name: "range", kind: .estimate), reading: .parsed(parser))]
        #expect(Self.describe("range\n100 km\n\"100 mi\"\n", columns: columns) == "data.csv:3:6: error: unknown unit 'mi' in column 'range'")
    }

    @Test func anEmptyRequiredFieldIsReportedAtItsField() {
        let columns = [CSVColumnSpec(Column(name: "id", kind: .text), required: true), CSVColumnSpec(Column(name: "n", kind: .number), required: true)]
        #expect(Self.describe("id,n\na,1\n  ,2\n", columns: columns) == "data.csv:3:1: error: empty value in required column 'id'")
        #expect(Self.describe("id,n\na,1\nb,\n", columns: columns) == "data.csv:3:3: error: empty value in required column 'n'")
    }

    @Test func anEstimateNeedsBothEnds() {
        let columns = [CSVColumnSpec(Column(name: "r", kind: .estimate))]
        #expect(Self.describe("r_low,r_nominal,r_high\n1,2,\n", columns: columns) == "data.csv:2:5: error: empty value in required column 'r_high'")
        #expect(
            Self.describe("r_low,r_nominal,r_high\n5,2,9\n", columns: columns)
                == "data.csv:2:1: error: bad value '5/2/9' in column 'r' (expected low ≤ nominal ≤ high)")
    }

    @Test func aMissingColumnIsReportedAtTheHeader() {
        let columns = [CSVColumnSpec(Column(name: "count", kind: .number))]
        #expect(Self.describe("name\nx\n", columns: columns) == "data.csv:1:1: error: the header has no column 'count'")
    }

    @Test func malformedQuotingIsReportedWhereItHappens() {
        #expect(Self.describe("a,b\nx\"y,2\n") == "data.csv:2:2: error: a quote inside an unquoted field (quote the whole field and double the quote)")
        #expect(
            Self.describe("a,b\n\"x\"y,2\n")
                == "data.csv:2:4: error: unexpected 'y' after a closing quote (expected a delimiter or the end of the line)")
    }

    @Test func invalidUTF8IsReportedAtTheFirstBadByte() {
        let bytes = Array("a,b\nok,caf".utf8) + [0xE9] + Array("\n".utf8)
        do {
            _ = try CSVReader().read(bytes: bytes, origin: "latin1.csv")
            Issue.record("latin-1 bytes were accepted")
        } catch {
            #expect(error.description == "latin1.csv:2:7: error: the file is not valid UTF-8")
        }
    }

    @Test func locationsCountLinesInsideQuotedFields() {
        #expect(Self.describe("a,b\n\"multi\nline\",1\nx,y,z\n") == "data.csv:4:5: error: expected 2 fields, found 3")
    }

    @Test func inferenceKeepsQuotedNumbersAndLeadingZerosAsText() throws {
        let table = try TableCSVReader().read("id,code,n\n\"12\",007,3\n\"13\",010,4\n", origin: "x.csv")
        #expect(table.columns.map(\.kind) == [.text, .text, .number])
        #expect(table.rows[0] == [.text("12"), .text("007"), .number(3)])
    }

    @Test func inferenceFindsEstimatesAndTheirUnits() throws {
        let table = try TableCSVReader().read("r_low,r_nominal,r_high,r_unit\n1,,2,km\n", origin: "x.csv")
        #expect(table.columns == [Column(name: "r", kind: .estimate)])
        #expect(table.rows[0] == [.estimate(EstimateCell(low: 1, nominal: nil, high: 2, meaning: nil, unit: "km"))])
    }
}
