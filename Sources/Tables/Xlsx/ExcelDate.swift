/// ISO 8601 days as spreadsheet date serials (the 1900 date system of Excel and of
/// LibreOffice's xlsx import): 1900-03-01 is 61, 2024-01-11 is 45302.
///
/// Only days from 1900-03-01 to 9999-12-31 have a serial here: before March 1900 the 1900
/// system counts a day (1900-02-29) that never was, so such days stay text.
///
/// ```swift
/// ExcelDate.serial("2024-01-11")  // 45302
/// ExcelDate.serial("1899-12-31")  // nil
/// ```
package enum ExcelDate {
    /// The serial of 1970-01-01.
    static let unixEpochSerial = 25_569

    /// The serial of `text` when it is exactly one valid ISO day (`YYYY-MM-DD`) in range.
    package static func serial(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        let serial = daysFromUnixEpoch(year: year, month: month, day: day) + unixEpochSerial
        return serial >= 61 ? serial : nil
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's
    /// `days_from_civil`).
    static func daysFromUnixEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
