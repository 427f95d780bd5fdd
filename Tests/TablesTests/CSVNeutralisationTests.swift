import Testing

@testable import Tables
@testable import TextCore

/// Which text gets the protective apostrophe. The "converted" list is what LibreOffice 7.4
/// turned into numbers, dates, times, truth values or formulas when imported with
/// "CSV:44,34,76,1" (probed while building this; Scripts/spreadsheet-check.sh checks the
/// result end to end).
@Suite struct CSVNeutralisationTests {
    static let formulaStarts = [
        "=1+1", "+1", "-1+1", "@SUM(1)", "=HYPERLINK(\"http://x\",\"y\")", "=cmd|' /C calc'!A0", "\t=1+1",
        "\r=1+1", "\n=1+1", "\u{0}x", "＝1+1", "-", "+",
    ]
    static let convertedByLibreOffice = [
        "007", "100-180", "1/2", "2024-01-05", "2.3e+20", "1e-07", "50%", "$5", "(5)", "1,000", "TRUE", "true",
        "TRUE ", ".5", "5.", " 5", "12:30", "12:30 PM", "1:2:3", "Mar-24", "May 2024", "Mar 3 2024", "1 1/2", "1.2",
        "1/2/3", "1e400", "20240105", "2024-01-05T10:00", "5-", "1.0E+5", "5 %", "007 ",
    ]
    static let missingOrErrorWords = ["#N/A", "#DIV/0!", "NA", "N/A", "null", "NULL", "nan", "NaN", "None", "inf", "Infinity"]
    static let plainText = [
        "Zürich", "北朝鮮", "152-mm shells", "100–180 km", "100 – 180", "1.5 million", "0x10", "1st", "1d", "12h",
        "PT1H", "yes", "Jan", "it's", "a, b", "", " ", "'", "text", "shells/container", "３", "½",
    ]

    @Test(arguments: formulaStarts + convertedByLibreOffice + missingOrErrorWords)
    func riskyTextGetsAnApostrophe(text: String) {
        #expect(CSVNeutralisation.needsApostrophe(text))
        #expect(CSVWriter().field(text).hasPrefix("\"'"))
    }

    @Test(arguments: plainText)
    func plainTextIsLeftAlone(text: String) {
        #expect(!CSVNeutralisation.needsApostrophe(text))
        #expect(!CSVWriter().field(text).hasPrefix("\"'"))
    }

    @Test(arguments: ["'=1+1", "''=1+1", "'007", "'''+1", "'TRUE"])
    func textThatAlreadyStartsWithApostrophesGetsOneMore(text: String) {
        #expect(CSVNeutralisation.needsApostrophe(text))
        #expect(CSVNeutralisation.restoring("'" + text) == text)
    }

    @Test(arguments: formulaStarts + convertedByLibreOffice + plainText + ["'=1+1", "'007", "'a", "''"])
    func restoringUndoesExactlyWhatTheWriterAdded(text: String) {
        let written = CSVNeutralisation.needsApostrophe(text) ? "'" + text : text
        #expect(CSVNeutralisation.restoring(written) == text)
    }

    @Test func anApostropheBeforeOrdinaryTextIsKept() {
        #expect(CSVNeutralisation.restoring("'hello") == "'hello")
        #expect(CSVNeutralisation.restoring("'") == "'")
    }
}
