/// The years of dates written without one, and the values of date items.
extension ExtractionRun {
    /// Fills in missing years: from another date of the same list or range that has one
    /// ("Dec. 30, 2023, and Jan. 2": January follows December, so 2024), else from the
    /// publication date (the year that puts the date nearest to publication, or, after
    /// "since", the latest that is not after it). Returns `nil` items when a year is
    /// missing and nothing says which; and whether a year was inferred, with a note.
    func resolveYears(_ written: [DateItem], isPast: Bool) -> ([DateItem]?, Bool, String?) {
        var items = written
        guard items.contains(where: { $0.month != nil && $0.year == nil }) else { return (items, false, nil) }
        for index in items.indices where items[index].year == nil {
            guard let month = items[index].month else { continue }
            if let later = items[(index + 1)...].first(where: { $0.year != nil }), let year = later.year {
                items[index].year = month > (later.month ?? 12) ? year - 1 : year
            } else if let earlier = items[..<index].last(where: { $0.year != nil }), let year = earlier.year {
                items[index].year = month < (earlier.month ?? 1) ? year + 1 : year
            }
        }
        if !items.contains(where: { $0.month != nil && $0.year == nil }) {
            return (items, true, "year inferred from the other dates written with it")
        }
        guard let published else { return (nil, false, "no year written: give --published to infer it") }
        for index in items.indices where items[index].year == nil {
            guard let month = items[index].month else { continue }
            items[index].year = Self.inferYear(month: month, day: items[index].day, isPast: isPast, published: published)
        }
        return (items, true, "year inferred from the publication date \(publishedText)")
    }

    /// The year that puts a month (and day) nearest to `published`; with `isPast`, the
    /// latest year in which it starts on or before `published`.
    static func inferYear(month: Int, day: Int?, isPast: Bool, published: CalendarDate) -> Int {
        let candidates = [published.year - 1, published.year, published.year + 1]
        func first(_ year: Int) -> CalendarDate {
            DateArithmetic.validDay(year, month, day ?? 1) ?? DateArithmetic.makeDay(year, month, 1)
        }
        func middle(_ year: Int) -> CalendarDate {
            if let day, let date = DateArithmetic.validDay(year, month, day) { return date }
            return DateArithmetic.makeDay(year, month, 15)
        }
        if isPast, let year = candidates.filter({ first($0) <= published }).max() { return year }
        return candidates.min {
            abs(middle($0).daysSinceEpoch - published.daysSinceEpoch) < abs(middle($1).daysSinceEpoch - published.daysSinceEpoch)
        }
            ?? published.year
    }

    /// The value of a date item whose year is known.
    func dateValue(_ item: DateItem) -> ExtractedDate.Value? {
        guard let year = item.year else { return nil }
        let span: DateSpan
        if let month = item.month {
            if let day = item.day { return DateArithmetic.validDay(year, month, day).map { .day($0) } }
            span = item.part.map { DateArithmetic.part($0, ofMonth: month, year: year) } ?? DateArithmetic.month(month, of: year)
        } else {
            span = item.part.map { DateArithmetic.part($0, ofYear: year) } ?? DateArithmetic.year(year)
        }
        return span.start == span.end ? .day(span.start) : .span(span)
    }
}
