import Foundation
import Testing

@testable import Tables

/// Just enough of an xlsx reader for tests: the entries of Reckon's stored ZIP, the shared
/// strings, and the header row of a sheet (Scripts/spreadsheet_check.py reads the files
/// with openpyxl, pandas and LibreOffice).
enum WorkbookReading {
    /// The parts of `workbook` by name.
    static func parts(_ workbook: [UInt8]) throws -> [String: String] {
        let entries = try StoredZip.entries(of: workbook)
        return Dictionary(uniqueKeysWithValues: entries.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    /// The shared strings, unescaped.
    static func sharedStrings(_ parts: [String: String]) -> [String] {
        let xml = parts["xl/sharedStrings.xml"] ?? ""
        return xml.components(separatedBy: "<si><t xml:space=\"preserve\">").dropFirst().map { item in
            unescaped(item.components(separatedBy: "</t></si>")[0])
        }
    }

    /// The texts of row 1 of sheet `index` (1-based).
    static func headerRow(_ parts: [String: String], sheet index: Int = 1) -> [String] {
        let strings = sharedStrings(parts)
        let sheet = parts["xl/worksheets/sheet\(index).xml"] ?? ""
        guard let row = sheet.components(separatedBy: "<row r=\"1\">").dropFirst().first?.components(separatedBy: "</row>").first
        else { return [] }
        return row.components(separatedBy: "<v>").dropFirst().compactMap { cell in
            Int(cell.components(separatedBy: "</v>")[0]).map { strings[$0] }
        }
    }

    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#13;", with: "\r")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
