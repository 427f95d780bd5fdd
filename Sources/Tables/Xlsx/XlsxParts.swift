/// The fixed parts of a workbook: content types, relationships, the workbook with its
/// sheets, the styles (0 plain, 1 an ISO date, 2 a bold header) and the core properties.
enum XlsxParts {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The style index of a date cell.
    static let dateStyle = 1
    /// The style index of a header cell.
    static let headerStyle = 2

    static func contentTypes(sheetCount: Int) -> String {
        let sheets = (1...sheetCount).map {
            #"<Override PartName="/xl/worksheets/sheet\#($0).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return declaration
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + sheets.joined()
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
            + #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
            + "</Types>"
    }

    static let packageRels =
        declaration + #"<Relationships xmlns="\#(packageRelationships)">"#
        + #"<Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#
        + "</Relationships>"

    /// The workbook listing `sheetNames` (already valid), the first one active.
    static func workbook(sheetNames: [String]) -> String {
        let sheets = sheetNames.enumerated().map { index, name in
            #"<sheet name="\#(SpreadsheetXML.escaped(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        return declaration + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)">"#
            + #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"# + sheets.joined() + "</sheets></workbook>"
    }

    static func workbookRels(sheetCount: Int) -> String {
        var text = declaration + #"<Relationships xmlns="\#(packageRelationships)">"#
        for index in 1...sheetCount {
            text += #"<Relationship Id="rId\#(index)" Type="\#(relationships)/worksheet" Target="worksheets/sheet\#(index).xml"/>"#
        }
        text += #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(relationships)/styles" Target="styles.xml"/>"#
        text += #"<Relationship Id="rId\#(sheetCount + 2)" Type="\#(relationships)/sharedStrings" Target="sharedStrings.xml"/>"#
        return text + "</Relationships>"
    }

    static let styles =
        declaration + #"<styleSheet xmlns="\#(main)">"#
        + #"<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"

    /// The core properties: the table's title (when it has one) and the program that made it.
    /// No dates, so that the same table always gives the same file.
    static func core(title: String?) -> String {
        declaration
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
            + #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#
            + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + (title.map { "<dc:title>\(SpreadsheetXML.escaped($0))</dc:title>" } ?? "")
            + "<dc:creator>reckon</dc:creator></cp:coreProperties>"
    }
}
