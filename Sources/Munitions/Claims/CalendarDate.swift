import Tables
import TextCore

/// A day of the proleptic Gregorian calendar, as ISO 8601 writes it (`2024-01-11`).
///
/// ```swift
/// let date = try CalendarDate(iso: "2024-01-11")
/// date.description  // "2024-01-11"
/// ```
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year.
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// The day of the month.
    public var day: Int

    /// The years a date may have: those ISO 8601 writes with four digits and no sign, so
    /// that every date reads back as written.
    public static let years = 1...9999

    /// A validated date: a year of `years`, a month 1–12, a day of that month.
    public init(year: Int, month: Int, day: Int) throws(DateError) {
        guard Self.years.contains(year) else {
            throw DateError(text: "\(year)-\(month)-\(day)", isYearOutOfRange: true)
        }
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else {
            throw DateError(text: "\(year)-\(month)-\(day)")
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// A date computed by calendar arithmetic, whose year may lie outside `years` (callers
    /// check before they show it); month and day must be valid.
    package init(computedYear year: Int, month: Int, day: Int) {
        precondition((1...12).contains(month) && day >= 1 && day <= Self.daysIn(month: month, year: year), "an invalid day")
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init(iso text: String) throws(DateError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { throw DateError(text: text) }
        do { try self.init(year: year, month: month, day: day) } catch {
            throw DateError(text: text, isYearOutOfRange: error.isYearOutOfRange)
        }
    }

    /// Whether the year lies within `years`.
    public var isInRange: Bool { Self.years.contains(year) }

    /// Days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Days since 1970-01-01 (negative before), for arithmetic on dates.
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Earlier first.
    public static func < (left: CalendarDate, right: CalendarDate) -> Bool {
        (left.year, left.month, left.day) < (right.year, right.month, right.day)
    }
}

/// A date that is not a valid `YYYY-MM-DD` day.
public struct DateError: Error, Equatable {
    /// The text that is not a date.
    public var text: String
    /// Whether the day is well formed but its year lies outside `CalendarDate.years`.
    package var isYearOutOfRange = false

    /// The error for `text`.
    package init(text: String, isYearOutOfRange: Bool = false) {
        self.text = text
        self.isYearOutOfRange = isYearOutOfRange
    }

    /// The message.
    public var message: String {
        isYearOutOfRange
            ? "'\(text)' is not a date Reckon holds (years run from 0001 to 9999)" : "'\(text)' is not a date (expected YYYY-MM-DD)"
    }
}

/// A span of days, both ends included (a single day has `start == end`).
public struct DateSpan: Sendable, Hashable, CustomStringConvertible {
    /// The first day.
    public var start: CalendarDate
    /// The last day.
    public var end: CalendarDate

    /// A span; `start` must not be after `end`.
    public init(start: CalendarDate, end: CalendarDate) {
        precondition(start <= end)
        self.start = start
        self.end = end
    }

    /// Whether the spans share a day.
    public func overlaps(_ other: DateSpan) -> Bool { start <= other.end && other.start <= end }

    /// `2024-01-11` or `2024-01-01 to 2024-01-31`.
    public var description: String { start == end ? start.description : "\(start) to \(end)" }
}
