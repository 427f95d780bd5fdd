import Testing

@testable import Tables

/// The xlsx writer: the parts of the package, typed cells, the frozen header, widths, the
/// notes sheet, and the limits of a sheet.
@Suite struct XlsxWriterTests {
    static func sample() -> Table {
        var table = Table(
            title: "Sample & <test>",
            columns: [
                Column(name: "name", kind: .text),
                Column(name: "range", unit: "km", kind: .estimate),
                Column(name: "count", kind: .number),
                Column(name: "day", kind: .date),
                Column(name: "figure", kind: .estimate),
            ],
            footnotes: ["- “about 5,000” read as 3,000–7,000", "=not a formula"])
        table.append([
            .text("=1+1"), .estimate(EstimateCell(low: 100, nominal: nil, high: 180, meaning: .bounds)), .number(0.1 + 0.2),
            .text("2024-01-11"), .estimate(EstimateCell(low: 1, nominal: 2, high: 3, meaning: .ci90, unit: "shells")),
        ])
        table.append([.text("'007"), .empty, .number(-0.0), .text("2024-01-01/2024-01-31"), .empty])
        return table
    }

    static func parts(_ table: Table, sheetName: String = "table") throws -> [String: String] {
        let entries = try StoredZip.entries(of: try XlsxWriter(sheetName: sheetName).bytes(table))
        return Dictionary(uniqueKeysWithValues: entries.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test func thePackageHasEveryPartInOrder() throws {
        let entries = try StoredZip.entries(of: try XlsxWriter().bytes(Self.sample()))
        #expect(
            entries.map(\.name) == [
                "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
            ])
        let parts = try Self.parts(Self.sample(), sheetName: "claims")
        #expect(parts["xl/workbook.xml"]?.contains(#"<sheet name="claims" sheetId="1" r:id="rId1"/><sheet name="notes" sheetId="2" r:id="rId2"/>"#) == true)
        #expect(parts["docProps/core.xml"]?.contains("<dc:title>Sample &amp; &lt;test&gt;</dc:title>") == true)
        #expect(parts["[Content_Types].xml"]?.contains("/xl/worksheets/sheet2.xml") == true)
    }

    @Test func cellsAreTypedAndTextIsSharedExactly() throws {
        let parts = try Self.parts(Self.sample())
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        let strings = try #require(parts["xl/sharedStrings.xml"])
        // Header: name, range_km_low/nominal/high, count, day, figure_low/nominal/high/unit, bold (style 2).
        for (index, name) in ["name", "range_km_low", "range_km_nominal", "range_km_high", "count", "day", "figure_low", "figure_nominal", "figure_high", "figure_unit"].enumerated() {
            #expect(strings.contains("<si><t xml:space=\"preserve\">\(name)</t></si>"))
            #expect(sheet.contains(#"<c r="\#(XlsxSheet.columnName(index))1" t="s" s="2">"#), "\(name)")
        }
        // Row 2: text =1+1 as a shared string (never <f>), numbers as numbers, the day as a date.
        #expect(strings.contains("<t xml:space=\"preserve\">=1+1</t>"))
        #expect(sheet.contains(#"<c r="B2"><v>100</v></c><c r="D2"><v>180</v></c><c r="E2"><v>0.3</v></c>"#))
        #expect(sheet.contains(#"<c r="F2" s="1"><v>45302</v></c>"#))
        #expect(sheet.contains(#"<c r="G2"><v>1</v></c><c r="H2"><v>2</v></c><c r="I2"><v>3</v></c><c r="J2" t="s">"#))
        // Row 3: '007 stays '007, -0 is 0, the span stays text, empty cells are absent.
        #expect(strings.contains("<t xml:space=\"preserve\">'007</t>"))
        #expect(sheet.contains(#"<c r="E3"><v>0</v></c><c r="F3" t="s">"#))
        #expect(!sheet.contains(#"r="B3""#) && !sheet.contains(#"r="G3""#))
        #expect(!sheet.contains("<f>") && !sheet.contains("<f "))
        #expect(strings.contains(#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="17" uniqueCount="17">"#))
    }

    @Test func theHeaderIsFrozenAndColumnsHaveWidths() throws {
        let sheet = try #require(try Self.parts(Self.sample())["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(sheet.contains(#"<dimension ref="A1:J3"/>"#))
        // "range_km_nominal" (16 characters, bold: 17) + 2; "name" and "=1+1" are narrow: 8.
        #expect(sheet.contains(#"<col min="1" max="1" width="8" customWidth="1"/>"#))
        #expect(sheet.contains(#"<col min="3" max="3" width="19" customWidth="1"/>"#))
        #expect(sheet.components(separatedBy: "<col ").count - 1 == 10)
    }

    @Test func theNotesSheetHoldsTheFootnotesAndOnlyWhenThereAreAny() throws {
        let parts = try Self.parts(Self.sample())
        let notes = try #require(parts["xl/worksheets/sheet2.xml"])
        #expect(notes.contains(#"<dimension ref="A1:A3"/>"#))
        #expect(parts["xl/sharedStrings.xml"]?.contains("<t xml:space=\"preserve\">=not a formula</t>") == true)
        var bare = Self.sample()
        bare.footnotes = []
        let entries = try StoredZip.entries(of: try XlsxWriter().bytes(bare))
        #expect(!entries.map(\.name).contains("xl/worksheets/sheet2.xml"))
    }

    @Test func anEmptyTableIsAHeaderRow() throws {
        let table = Table(columns: [Column(name: "a", kind: .text), Column(name: "b", unit: "kg", kind: .number)])
        let sheet = try #require(try Self.parts(table)["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains(#"<dimension ref="A1:B1"/>"#))
        #expect(sheet.contains(#"<sheetData><row r="1"><c r="A1" t="s" s="2"><v>0</v></c><c r="B1" t="s" s="2"><v>1</v></c></row></sheetData>"#))
    }

    @Test func columnNamesRunFromAToXFD() {
        #expect(XlsxSheet.columnName(0) == "A")
        #expect(XlsxSheet.columnName(25) == "Z")
        #expect(XlsxSheet.columnName(26) == "AA")
        #expect(XlsxSheet.columnName(701) == "ZZ")
        #expect(XlsxSheet.columnName(702) == "AAA")
        #expect(XlsxSheet.columnName(16_383) == "XFD")
    }

    @Test func moreRowsThanASheetHoldsAreRefused() throws {
        var table = Table(columns: [Column(name: "n", kind: .number)])
        for _ in 0..<(XlsxWriter.maximumRows - 1) { table.append([.empty]) }
        #expect(throws: Never.self) { _ = try XlsxWriter().bytes(table) }
        table.append([.empty])
        #expect(throws: XlsxError(.tooManyRows(1_048_577))) { _ = try XlsxWriter().bytes(table) }
    }

    @Test func moreColumnsThanASheetHoldsAreRefused() throws {
        // An estimate column makes three fields: 5,461 × 3 = 16,383 fit, 5,462 × 3 = 16,386 do not.
        let fitting = Table(columns: (0..<5_461).map { Column(name: "e\($0)", kind: .estimate) })
        #expect(throws: Never.self) { _ = try XlsxWriter().bytes(fitting) }
        let wide = Table(columns: (0..<5_462).map { Column(name: "e\($0)", kind: .estimate) })
        #expect(throws: XlsxError(.tooManyColumns(16_386))) { _ = try XlsxWriter().bytes(wide) }
    }

    @Test func aTextLongerThanACellHoldsIsRefused() throws {
        var table = Table(columns: [Column(name: "quote", kind: .text)])
        table.append([.text(String(repeating: "a", count: 32_767))])
        #expect(throws: Never.self) { _ = try XlsxWriter().bytes(table) }
        // 16,384 emoji are 32,768 UTF-16 code units: one too many.
        table.append([.text(String(repeating: "🚀", count: 16_384))])
        #expect(throws: XlsxError(.textTooLong(sheet: "table", row: 3, column: "quote", length: 32_768))) {
            _ = try XlsxWriter().bytes(table)
        }
        var noted = Table(columns: [Column(name: "a", kind: .text)], footnotes: ["ok", String(repeating: "x", count: 40_000)])
        noted.append([.text("a")])
        #expect(throws: XlsxError(.textTooLong(sheet: "notes", row: 3, column: "note", length: 40_000))) {
            _ = try XlsxWriter().bytes(noted)
        }
    }

    @Test(arguments: ["", "notes", "Notes", "History", "a/b", "a:b", "a[1]", "what?", "x*", "back\\slash", "'quoted'", String(repeating: "s", count: 32)])
    func aSheetNameASpreadsheetRefusesIsRefused(_ name: String) {
        #expect(throws: XlsxError(.badSheetName(name))) { _ = try XlsxWriter(sheetName: name).bytes(Self.sample()) }
    }

    @Test func errorMessagesSayTheLimit() {
        #expect(XlsxError(.tooManyRows(1_048_577)).message.contains("at most 1048576"))
        #expect(XlsxError(.tooManyColumns(16_386)).message == "the table has 16386 columns; an xlsx sheet holds at most 16384")
        #expect(
            XlsxError(.textTooLong(sheet: "claims", row: 3, column: "quote", length: 40_000)).message
                == "sheet 'claims', row 3, column 'quote' holds 40000 characters; an xlsx cell holds at most 32767")
    }

    @Test func theSameTableGivesTheSameBytes() throws {
        #expect(try XlsxWriter().bytes(Self.sample()) == XlsxWriter().bytes(Self.sample()))
    }
}
