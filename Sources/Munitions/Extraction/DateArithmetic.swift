/// Calendar arithmetic for resolving dates: days from the epoch and back, weekdays,
/// months, and the parts of months and years ("early March", "mid-2022").
enum DateArithmetic {
    /// The day `days` after 1970-01-01 (Howard Hinnant's civil_from_days).
    static func date(fromDays days: Int) -> CalendarDate {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return makeDay(year, month, day)
    }

    /// `date` moved by `days`.
    static func adding(_ days: Int, to date: CalendarDate) -> CalendarDate {
        self.date(fromDays: date.daysSinceEpoch + days)
    }

    /// The weekday, 0 = Monday … 6 = Sunday.
    static func weekday(_ date: CalendarDate) -> Int {
        let value = (date.daysSinceEpoch + 3) % 7
        return value < 0 ? value + 7 : value
    }

    /// The Monday of the week holding `date`.
    static func monday(of date: CalendarDate) -> CalendarDate {
        adding(-weekday(date), to: date)
    }

    /// Every day of a month.
    static func month(_ month: Int, of year: Int) -> DateSpan {
        DateSpan(start: makeDay(year, month, 1), end: makeDay(year, month, CalendarDate.daysIn(month: month, year: year)))
    }

    /// Every day of a year.
    static func year(_ year: Int) -> DateSpan {
        DateSpan(start: makeDay(year, 1, 1), end: makeDay(year, 12, 31))
    }

    /// The month `offset` months from the month holding `date`: (year, month).
    static func month(offset: Int, from date: CalendarDate) -> (year: Int, month: Int) {
        let index = date.year * 12 + (date.month - 1) + offset
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        return (year, index - year * 12 + 1)
    }

    /// The same day `offset` months away, clamped to the month's last day.
    static func adding(months offset: Int, to date: CalendarDate) -> CalendarDate {
        let (year, month) = self.month(offset: offset, from: date)
        return makeDay(year, month, min(date.day, CalendarDate.daysIn(month: month, year: year)))
    }

    /// A part of a month: early = days 1–10, mid = 11–20, late = 21 to the end;
    /// the beginning is the first day and the end the last.
    static func part(_ part: DatePart, ofMonth month: Int, year: Int) -> DateSpan {
        let last = CalendarDate.daysIn(month: month, year: year)
        switch part {
        case .early: return DateSpan(start: makeDay(year, month, 1), end: makeDay(year, month, 10))
        case .mid: return DateSpan(start: makeDay(year, month, 11), end: makeDay(year, month, 20))
        case .late: return DateSpan(start: makeDay(year, month, 21), end: makeDay(year, month, last))
        case .start: return DateSpan(start: makeDay(year, month, 1), end: makeDay(year, month, 1))
        case .end: return DateSpan(start: makeDay(year, month, last), end: makeDay(year, month, last))
        }
    }

    /// A part of a year: early = January–April, mid = May–August, late = September–December;
    /// the beginning is January 1 and the end December 31.
    static func part(_ part: DatePart, ofYear year: Int) -> DateSpan {
        switch part {
        case .early: return DateSpan(start: makeDay(year, 1, 1), end: makeDay(year, 4, 30))
        case .mid: return DateSpan(start: makeDay(year, 5, 1), end: makeDay(year, 8, 31))
        case .late: return DateSpan(start: makeDay(year, 9, 1), end: makeDay(year, 12, 31))
        case .start: return DateSpan(start: makeDay(year, 1, 1), end: makeDay(year, 1, 1))
        case .end: return DateSpan(start: makeDay(year, 12, 31), end: makeDay(year, 12, 31))
        }
    }

    /// `YYYY-MM-DD`, written without string interpolation (the same text as `description`).
    static func iso(_ date: CalendarDate) -> String {
        guard (0...9999).contains(date.year) else { return date.description }
        let values = [
            date.year / 1000, date.year / 100 % 10, date.year / 10 % 10, date.year % 10, -1,
            date.month / 10, date.month % 10, -1, date.day / 10, date.day % 10,
        ]
        return String(unsafeUninitializedCapacity: 10) { buffer in
            for (index, value) in values.enumerated() { buffer[index] = value < 0 ? 45 : UInt8(48 + value) }
            return 10
        }
    }

    /// A day known to be valid (computed, never read from input); its year may fall outside
    /// 1–9999 (`appendDate` leaves such a date unresolved).
    static func makeDay(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(computedYear: year, month: month, day: day)
    }

    /// A day read from input, or `nil` when it does not exist (February 30). Its year may
    /// fall outside 1–9999 (an inferred year): `appendDate` says so.
    static func validDay(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        return CalendarDate(computedYear: year, month: month, day: day)
    }
}

/// A part of a month or year named by a word: "early", "mid", "late", "the beginning of",
/// "the end of".
enum DatePart: String, Sendable {
    case early, mid, late, start, end
}
