/// A calendar period named by a word: "day", "week" (Monday to Sunday), "month", "year".
enum Period: Equatable {
    case day, week, month, year

    /// The period a word names ("week"; "weeks" too when `pluralAllowed`).
    init?(key: UInt64, pluralAllowed: Bool) {
        switch key {
        case Self.keys[0]: self = .day
        case Self.keys[1]: self = .week
        case Self.keys[2]: self = .month
        case Self.keys[3]: self = .year
        case Self.keys[4] where pluralAllowed: self = .day
        case Self.keys[5] where pluralAllowed: self = .week
        case Self.keys[6] where pluralAllowed: self = .month
        case Self.keys[7] where pluralAllowed: self = .year
        default: return nil
        }
    }

    private static let keys = ["day", "week", "month", "year", "days", "weeks", "months", "years"].map(Lexicon.key)

    /// The whole period `offset` periods from the one holding `date` (0 = this one).
    func whole(offset: Int, from date: CalendarDate) -> DateSpan {
        switch self {
        case .day:
            let day = DateArithmetic.adding(offset, to: date)
            return DateSpan(start: day, end: day)
        case .week:
            let monday = DateArithmetic.adding(7 * offset, to: DateArithmetic.monday(of: date))
            return DateSpan(start: monday, end: DateArithmetic.adding(6, to: monday))
        case .month:
            let (year, month) = DateArithmetic.month(offset: offset, from: date)
            return DateArithmetic.month(month, of: year)
        case .year:
            return DateArithmetic.year(date.year + offset)
        }
    }

    /// "last week", "this month", "next year" as a value.
    func span(offset: Int, from date: CalendarDate) -> ExtractedDate.Value {
        let span = whole(offset: offset, from: date)
        return span.start == span.end ? .day(span.start) : .span(span)
    }

    /// "earlier this week" (from the start of the period to the day before `date`) or
    /// "later this week" (from the day after `date` to the end).
    func remainder(earlier: Bool, from date: CalendarDate) -> ExtractedDate.Value {
        let span = whole(offset: 0, from: date)
        if earlier {
            let end = DateArithmetic.adding(-1, to: date)
            return end < span.start ? .day(span.start) : .span(DateSpan(start: span.start, end: end))
        }
        let start = DateArithmetic.adding(1, to: date)
        return start > span.end ? .day(span.end) : .span(DateSpan(start: start, end: span.end))
    }

    /// "the past week": from one period before `date` to the day before it.
    func trailing(from date: CalendarDate) -> ExtractedDate.Value {
        let end = DateArithmetic.adding(-1, to: date)
        let start = moved(date, by: -1)
        return start >= end ? .day(end) : .span(DateSpan(start: start, end: end))
    }

    /// `date` moved by `count` periods (months and years by the calendar, clamped to the
    /// month's last day).
    func moved(_ date: CalendarDate, by count: Int) -> CalendarDate {
        switch self {
        case .day: return DateArithmetic.adding(count, to: date)
        case .week: return DateArithmetic.adding(7 * count, to: date)
        case .month: return DateArithmetic.adding(months: count, to: date)
        case .year: return DateArithmetic.adding(months: 12 * count, to: date)
        }
    }
}
