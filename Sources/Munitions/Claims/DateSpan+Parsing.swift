extension DateSpan {
    /// Parses a day, a month, a year, or two of them joined by `/` (ISO 8601 interval) or `..`:
    /// `2024-01-11`, `2024-01` (the whole month), `2024`, `2023-12/2024-01-31`.
    ///
    /// ```swift
    /// try DateSpan(parsing: "2024-01").description   // "2024-01-01 to 2024-01-31"
    /// ```
    public init(parsing text: String) throws(DateError) {
        // One separator at most, and only one kind: "2024-01-01/2024-01-01/2024" and
        // "2024..2025/01" are refused, not read as far as they go.
        let slashes = text.split(separator: "/", omittingEmptySubsequences: false).count - 1
        let dots = text.ranges(of: "..").count
        guard slashes + dots <= 1 else { throw DateError(text: text) }
        if let range = text.firstRange(of: slashes == 1 ? "/" : "..") {
            do throws(DateError) {
                let start = try Self.single(String(text[..<range.lowerBound])).start
                let end = try Self.single(String(text[range.upperBound...])).end
                guard start <= end else { throw DateError(text: text) }
                self.init(start: start, end: end)
            } catch {
                throw DateError(text: text, isYearOutOfRange: error.isYearOutOfRange)
            }
            return
        }
        self = try Self.single(text)
    }

    /// A day, a month or a year, without a separator.
    private static func single(_ text: String) throws(DateError) -> DateSpan {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            throw DateError(text: text)
        }
        switch parts.count {
        case 3:
            let day = try CalendarDate(iso: text)
            return DateSpan(start: day, end: day)
        case 2:
            guard parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]) else {
                throw DateError(text: text)
            }
            let first = try CalendarDate(year: year, month: month, day: 1)
            return DateSpan(start: first, end: try CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)))
        case 1:
            guard parts[0].count == 4, let year = Int(parts[0]) else { throw DateError(text: text) }
            return DateSpan(start: try CalendarDate(year: year, month: 1, day: 1), end: try CalendarDate(year: year, month: 12, day: 31))
        default:
            throw DateError(text: text)
        }
    }
}
