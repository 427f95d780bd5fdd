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

    /// Whether `text`, after any apostrophes it starts with, begins with a formula trigger:
    /// the texts a spreadsheet would run, which even plain CSV neutralises.
    ///
    /// ```swift
    /// CSVNeutralisation.startsLikeFormula("=1+1")  // true
    /// CSVNeutralisation.startsLikeFormula("007")   // false
    /// ```
    public static func startsLikeFormula(_ text: String) -> Bool {
        guard let first = Substring(text).unicodeScalars.first(where: { $0 != "'" }) else { return false }
        return formulaTriggers.contains(first)
    }

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

    /// Whether a spreadsheet or pandas would read `text` as something other than this text:
    /// without surrounding spaces it is one of the listed words, or it has a digit and
    /// nothing but digits, `valuePunctuation` and `dateWords`. One pass over the scalars,
    /// letter runs compared as integer keys; strings are built only for the listed words.
    static func looksLikeValue(_ text: String) -> Bool {
        var run = 0
        var key: UInt64 = 0
        var hasDigit = false
        for scalar in text.unicodeScalars {
            if isASCIILetter(scalar) {
                run += 1
                // No date word and no listed word has a longer run of letters.
                if run > longestLetterRun { return false }
                key = key << 7 | UInt64(scalar.value | 0x20)
                continue
            }
            if run > 0 {
                if !dateWordKeys.contains(key) { return isListedWord(text) }
                run = 0
                key = 0
            }
            if scalar.value &- 48 < 10 {
                hasDigit = true
            } else if !isValuePunctuation(scalar) {
                return isListedWord(text)
            }
        }
        if run > 0 && !dateWordKeys.contains(key) { return isListedWord(text) }
        return hasDigit || isListedWord(text)
    }

    /// A member of `valuePunctuation` (without hashing).
    @inline(__always) static func isValuePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", ".", ",", ":", "/", "-", "+", "%", "(", ")", "$", "€", "£", "¥": return true
        default: return false
        }
    }

    /// `dateWords` as the keys `looksLikeValue` computes (7 bits a lower-case letter).
    static let dateWordKeys: Set<UInt64> = Set(
        dateWords.map { word in word.unicodeScalars.reduce(UInt64(0)) { $0 << 7 | UInt64($1.value | 0x20) } })

    /// Whether `text`, without surrounding spaces, is one of the exact or caseless words.
    private static func isListedWord(_ text: String) -> Bool {
        var length = 0
        var pendingSpaces = 0
        var started = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x09 {
                if started { pendingSpaces += 1 }
                continue
            }
            started = true
            length += pendingSpaces + 1
            pendingSpaces = 0
            if length > longestWord { return false }
        }
        let trimmed = text.trimmingSpaces()
        return exactWords.contains(trimmed) || caselessWords.contains(trimmed.lowercased())
    }

    /// `A`–`Z` or `a`–`z` (what `isASCII && properties.isAlphabetic` says, without the
    /// Unicode tables).
    @inline(__always) static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value | 0x20
        return value >= 0x61 && value <= 0x7A
    }

    /// The longest run of ASCII letters in `dateWords`, `exactWords` and `caselessWords`,
    /// and the longest of those words.
    static let longestLetterRun: Int = {
        var longest = 0
        for word in Array(dateWords) + Array(exactWords) + Array(caselessWords) {
            var run = 0
            for scalar in word.unicodeScalars {
                run = isASCIILetter(scalar) ? run + 1 : 0
                longest = max(longest, run)
            }
        }
        return longest
    }()
    static let longestWord: Int = (Array(exactWords) + Array(caselessWords)).reduce(0) { max($0, $1.utf8.count) }

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
