import Testing

@testable import Tables
@testable import TextCore

/// The CSV rules of the issue, one by one.
@Suite struct CSVWriterTests {
    static func table(_ columns: [Column], _ rows: [[Cell]]) -> Table {
        var table = Table(title: "ignored in CSV", columns: columns, footnotes: ["ignored too"])
        for row in rows { table.append(row) }
        return table
    }

    @Test func fieldsAreQuotedAsRFC4180SaysWithCRLFByDefault() {
        let table = Self.table(
            [Column(name: "text", kind: .text)],
            [[.text("plain")], [.text("a,b")], [.text("say \"hi\"")], [.text("two\nlines")], [.text("cr\rhere")], [.text(" padded ")]])
        #expect(
            CSVWriter().render(table)
                == "text\r\nplain\r\n\"a,b\"\r\n\"say \"\"hi\"\"\"\r\n\"two\nlines\"\r\n\"cr\rhere\"\r\n\" padded \"\r\n")
    }

    @Test func lineEndingLFOnRequest() {
        let table = Self.table([Column(name: "n", kind: .number)], [[.number(1)], [.number(2)]])
        #expect(CSVWriter(options: CSVOptions(lineEnding: .lf)).render(table) == "n\n1\n2\n")
    }

    @Test func numbersUseADotNoGroupingAtMost15DigitsAndNeverMinusZero() {
        let table = Self.table(
            [Column(name: "value", unit: "kg", kind: .number)],
            [[.number(2_300_000, display: "2.3 million")], [.number(0.1 + 0.2)], [.number(-0.0)], [.number(1234.5)], [.number(2e20)]])
        #expect(CSVWriter().render(table) == "value_kg\r\n2300000\r\n0.3\r\n0\r\n1234.5\r\n2e+20\r\n")
    }

    @Test func nonFiniteNumbersBecomeEmptyFields() {
        let table = Self.table(
            [Column(name: "n", kind: .number), Column(name: "r", kind: .estimate)],
            [[.number(.nan), .estimate(EstimateCell(low: -.infinity, nominal: 1, high: .infinity, meaning: .bounds))]])
        #expect(CSVWriter().render(table) == "n,r_low,r_nominal,r_high\r\n,,1,\r\n")
    }

    @Test func anEstimateBecomesThreeNumberColumnsWithTheUnitInTheHeader() {
        let table = Self.table(
            [Column(name: "system", kind: .text), Column(name: "range", unit: "km", kind: .estimate)],
            [
                [.text("BM-21"), .estimate(EstimateCell(low: 100, nominal: nil, high: 180, meaning: .bounds, display: "100–180"))],
                [.text("none"), .empty],
            ])
        #expect(CSVWriter().render(table) == "system,range_km_low,range_km_nominal,range_km_high\r\nBM-21,100,,180\r\nnone,,,\r\n")
    }

    @Test func unitsBecomeSafeHeaderNames() {
        #expect(CSVWriter.headerName(Column(name: "range", unit: "km", kind: .estimate)) == "range_km")
        #expect(CSVWriter.headerName(Column(name: "volume", unit: "m^3", kind: .number)) == "volume_m3")
        #expect(CSVWriter.headerName(Column(name: "area", unit: "m²", kind: .number)) == "area_m2")
        #expect(CSVWriter.headerName(Column(name: "force", unit: "kg·m/s^2", kind: .number)) == "force_kg_m_per_s2")
        #expect(CSVWriter.headerName(Column(name: "plain", kind: .text)) == "plain")
    }

    @Test func aHeaderNeverSaysAWordTwice() {
        // The unit's words inside the name, or the name's inside the unit's: the longer stays.
        #expect(CSVWriter.headerName(Column(name: "containers", unit: "containers", kind: .estimate)) == "containers")
        #expect(CSVWriter.headerName(Column(name: "per_container", unit: "shells/container", kind: .estimate)) == "shells_per_container")
        #expect(CSVWriter.headerName(Column(name: "mass_t", unit: "t", kind: .number)) == "mass_t")
        #expect(CSVWriter.headerName(Column(name: "shells", unit: "shells/container", kind: .number)) == "shells_per_container")
        // Words, not letters: "t" inside "payload" is not the unit t.
        #expect(CSVWriter.headerName(Column(name: "payload", unit: "t", kind: .estimate)) == "payload_t")
        #expect(CSVWriter.headerName(Column(name: "mass_per_container", unit: "t", kind: .estimate)) == "mass_per_container_t")
        #expect(CSVWriter.headerName(Column(name: "container", unit: "containers", kind: .number)) == "container_containers")
    }

    @Test func cellUnitsGetAUnitColumnWhenTheColumnHasNone() {
        let table = Self.table(
            [Column(name: "figure", kind: .estimate)],
            [
                [.estimate(EstimateCell(low: 1, nominal: 2, high: 3, meaning: .ci90, unit: "km"))],
                [.estimate(EstimateCell(low: 4, nominal: nil, high: 5, meaning: .bounds, unit: "=1+1"))],
                [.empty],
            ])
        #expect(
            CSVWriter().render(table)
                == "figure_low,figure_nominal,figure_high,figure_unit\r\n1,2,3,km\r\n4,,5,\"'=1+1\"\r\n,,,\r\n")
    }

    @Test func headersAreNeverGuardedInEitherMode() {
        // Sample percentile columns: "p5" looks like a time to a spreadsheet, but it is a name.
        let table = Self.table(
            [Column(name: "p5", kind: .number), Column(name: "TRUE", kind: .text), Column(name: "a,b", kind: .text)], [[.number(1), .text("TRUE"), .text("x")]])
        #expect(CSVWriter().render(table) == "p5,TRUE,\"a,b\"\r\n1,\"'TRUE\",x\r\n")
        #expect(CSVWriter(options: CSVOptions(mode: .plain)).render(table) == "p5,TRUE,\"a,b\"\r\n1,TRUE,x\r\n")
    }

    @Test func aColumnUnitWinsOverCellUnits() {
        let table = Self.table(
            [Column(name: "mass", unit: "t", kind: .estimate)],
            [[.estimate(EstimateCell(low: 1, nominal: 2, high: 3, meaning: .ci90, unit: "t/container"))]])
        #expect(CSVWriter().render(table) == "mass_t_low,mass_t_nominal,mass_t_high\r\n1,2,3\r\n")
    }

    @Test func injectionPayloadsAreNeutralisedAndQuoted() {
        let payloads = ["=1+1", "+1", "-1+1", "@SUM(1)", "=HYPERLINK(\"http://x\",\"y\")", "=cmd|' /C calc'!A0", "\tx", "\rx"]
        let table = Self.table([Column(name: "t", kind: .text)], payloads.map { [.text($0)] })
        let expected = [
            "t", "\"'=1+1\"", "\"'+1\"", "\"'-1+1\"", "\"'@SUM(1)\"", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
            "\"'=cmd|' /C calc'!A0\"", "\"'\tx\"", "\"'\rx\"",
        ]
        #expect(CSVWriter().render(table) == expected.joined(separator: "\r\n") + "\r\n")
    }

    @Test func identifiersStayTextAndNumbersStayNumbers() {
        let table = Self.table(
            [Column(name: "id", kind: .text), Column(name: "count", kind: .number)],
            [[.text("007"), .number(7)], [.text("100-180"), .number(180)]])
        #expect(CSVWriter().render(table) == "id,count\r\n\"'007\",7\r\n\"'100-180\",180\r\n")
    }

    @Test func semicolonDelimiterForDecimalCommaLocalesKeepsTheDecimalPoint() {
        let table = Self.table(
            [Column(name: "name", kind: .text), Column(name: "value", kind: .number)],
            [[.text("a;b"), .number(1.5)], [.text("c,d"), .number(-2.25)]])
        #expect(CSVWriter(options: CSVOptions(delimiter: ";")).render(table) == "name;value\r\n\"a;b\";1.5\r\nc,d;-2.25\r\n")
    }

    @Test func excelOptionWritesAUTF8ByteOrderMark() {
        let table = Self.table([Column(name: "place", kind: .text)], [[.text("Zürich")]])
        let bytes = CSVWriter(options: CSVOptions(byteOrderMark: true)).bytes(table)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "place\r\nZürich\r\n")
    }

    @Test func aTextThatStartsWithAByteOrderMarkIsQuoted() {
        #expect(CSVWriter().field("\u{FEFF}x") == "\"\u{FEFF}x\"")
    }

    @Test func tsvUsesTabsAndLFAndQuotesTabsInText() {
        let table = Self.table(
            [Column(name: "a", kind: .text), Column(name: "b", kind: .number)], [[.text("x\ty"), .number(3)]])
        #expect(TableFormat.tsv.render(table) == "a\tb\n\"x\ty\"\t3\n")
        #expect(TableFormat.tsv.render(table, csvOptions: CSVOptions(lineEnding: .crlf)) == "a\tb\r\n\"x\ty\"\t3\r\n")
    }

    @Test(arguments: ["a", "1", ".", "-", "+", "\"", "\n", " ", "'", "é"] as [Character])
    func unusableDelimitersAreRefused(character: Character) {
        #expect(!CSVOptions.isUsableDelimiter(character))
    }

    @Test(arguments: [",", ";", "|", "\t", ":"] as [Character])
    func usableDelimitersAreAccepted(character: Character) {
        #expect(CSVOptions.isUsableDelimiter(character))
    }
}
