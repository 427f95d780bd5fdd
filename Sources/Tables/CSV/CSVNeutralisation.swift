/// Which text cells CSV and TSV output protect with a leading apostrophe, and how the
/// reader undoes it.
///
/// A text cell gets one leading `'` (and is quoted) when, after any apostrophes it already
/// starts with, it
/// - begins with a formula trigger: `=`, `+`, `-`, `@`, tab, CR, LF or NUL (the OWASP
///   CSV-injection list), or their full-width forms `＝ ＋ － ＠` (a precaution), or
/// - would not arrive as that text in a spreadsheet or in pandas: it looks like a number,
///   date, time, percentage, amount or truth value (`007`, `1/2`, `12:30`, `50%`, `$5`,
///   `(5)`, `May 2024`, `TRUE`), a spreadsheet error literal (`#N/A`), or one of pandas'
///   default missing-value words (`NA`, `null`, `nan`).
///
/// LibreOffice keeps the apostrophe as part of the text (checked by
/// `Scripts/spreadsheet-check.sh`), so the cell stays text and no formula is ever
/// created; `CSVReader` drops it again when it reads a quoted field.
///
/// ```swift
/// CSVNeutralisation.needsApostrophe("=1+1")     // true
/// CSVNeutralisation.needsApostrophe("007")      // true
/// CSVNeutralisation.needsApostrophe("152-mm")   // false
/// ```
public enum CSVNeutralisation {
    /// First characters that make a spreadsheet read a cell as a formula.
    public static let formulaTriggers: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\t", "\r", "\n", "\0", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
    ]

    /// Whether `text` is written with one more leading apostrophe than it has.
    public static func needsApostrophe(_ text: String) -> Bool {
        let core = Substring(text).unicodeScalars.drop { $0 == "'" }
        guard let first = core.first else { return false }
        if formulaTriggers.contains(first) { return true }
        return looksLikeValue(String(core))
    }

    /// `'007` back to `007`: the inverse of the writer's apostrophe, for quoted fields.
    public static func restoring(_ text: String) -> String {
        guard text.unicodeScalars.first == "'" else { return text }
        let withoutOne = String(text.unicodeScalars.dropFirst())
        return needsApostrophe(withoutOne) ? withoutOne : text
    }

    /// Whether a spreadsheet or pandas would read `text` as something other than this text.
    static func looksLikeValue(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces()
        if trimmed.isEmpty { return false }
        if exactWords.contains(trimmed) || caselessWords.contains(trimmed.lowercased()) { return true }
        var hasDigit = false
        var word = ""
        func wordIsAllowed() -> Bool {
            word.isEmpty || dateWords.contains(word.lowercased())
        }
        for scalar in trimmed.unicodeScalars {
            if scalar.isASCII && scalar.properties.isAlphabetic {
                word.unicodeScalars.append(scalar)
                continue
            }
            guard wordIsAllowed() else { return false }
            word = ""
            if ("0"..."9").contains(scalar) {
                hasDigit = true
            } else if !valuePunctuation.contains(scalar) {
                return false
            }
        }
        return hasDigit && wordIsAllowed()
    }

    /// Characters that may appear in numbers, dates, times, percentages and amounts.
    static let valuePunctuation: Set<Unicode.Scalar> = [
        " ", "\t", ".", ",", ":", "/", "-", "+", "%", "(", ")", "$", "€", "£", "¥",
    ]

    /// Letter runs that may appear in a date, a time or a number (`May 2024`, `12:30 PM`,
    /// `2024-01-05T10:00`, `1e5`).
    static let dateWords: Set<String> = [
        "e", "t", "z", "am", "pm", "a", "p",
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december",
    ]

    /// Truth values and infinities in any letter case.
    static let caselessWords: Set<String> = ["true", "false", "inf", "-inf", "+inf", "infinity", "-infinity", "+infinity"]

    /// Spreadsheet error literals and pandas' default missing-value words, as written.
    static let exactWords: Set<String> = [
        "#N/A", "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#GETTING_DATA",
        "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A",
        "NA", "NULL", "NaN", "None", "n/a", "nan", "null",
    ]
}
