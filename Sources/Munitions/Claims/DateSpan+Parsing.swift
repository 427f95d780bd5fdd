extension DateSpan {
    /// Parses a day, a month, a year, or two of them joined by `/` (ISO 8601 interval) or `..`:
    /// `2024-01-11`, `2024-01` (the whole month), `2024`, `2023-12/2024-01-31`.
    ///
    /// ```swift
    /// try DateSpan(parsing: "2024-01").description   // "2024-01-01 to 2024-01-31"
    /// ```
    public init(parsing text: String) throws(DateError) {
        for separator in ["..", "/"] {
            if let range = text.firstRange(of: separator) {
                let start = try DateSpan(parsing: String(text[..<range.lowerBound])).start
                let end = try DateSpan(parsing: String(text[range.upperBound...])).end
                guard start <= end else { throw DateError(text: text) }
                self.init(start: start, end: end)
                return
            }
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            throw DateError(text: text)
        }
        switch parts.count {
        case 3:
            let day = try CalendarDate(iso: text)
            self.init(start: day, end: day)
        case 2:
            guard parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]) else {
                throw DateError(text: text)
            }
            let first = try CalendarDate(year: year, month: month, day: 1)
            self.init(start: first, end: try CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)))
        case 1:
            guard parts[0].count == 4, let year = Int(parts[0]) else { throw DateError(text: text) }
            self.init(start: try CalendarDate(year: year, month: 1, day: 1), end: try CalendarDate(year: year, month: 12, day: 31))
        default:
            throw DateError(text: text)
        }
    }
}
