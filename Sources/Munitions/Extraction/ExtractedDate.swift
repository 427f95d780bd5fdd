/// The date or dates of a date claim, and how they were worked out.
///
/// ```swift
/// let article = try ArticleText("on Wednesday", origin: "x")
/// let published = try CalendarDate(iso: "2024-01-11")
/// let claim = ClaimExtractor.standard.extract(article, published: published)[0]
/// claim.date?.value        // .day(2024-01-10)
/// claim.date?.isRelative   // true
/// ```
public struct ExtractedDate: Sendable, Equatable {
    /// A resolved date value.
    public enum Value: Sendable, Equatable, CustomStringConvertible {
        /// One day.
        case day(CalendarDate)
        /// A span of days ("April 2022", "last week", "2014-2019").
        case span(DateSpan)
        /// A set of days ("Dec. 30, Jan. 4, and Jan. 6"), sorted and never empty.
        case set([CalendarDate])

        /// The first day.
        public var first: CalendarDate {
            switch self {
            case .day(let day): return day
            case .span(let span): return span.start
            case .set(let days): return days[0]
            }
        }

        /// The last day.
        public var last: CalendarDate {
            switch self {
            case .day(let day): return day
            case .span(let span): return span.end
            case .set(let days): return days[days.count - 1]
            }
        }

        /// ISO 8601, as the ledger writes dates: `2024-01-10`, `2024-01-01/2024-01-31`,
        /// `2023-12-30;2024-01-04`.
        public var description: String {
            switch self {
            case .day(let day): return DateArithmetic.iso(day)
            case .span(let span):
                return span.start == span.end
                    ? DateArithmetic.iso(span.start) : DateArithmetic.iso(span.start) + "/" + DateArithmetic.iso(span.end)
            case .set(let days): return days.map(DateArithmetic.iso).joined(separator: ";")
            }
        }
    }

    /// The value; `nil` when it cannot be resolved (a relative date without a publication
    /// date, a day without a year and nothing to infer it from).
    public var value: Value?
    /// Whether the text gives the date relative to another ("last week", "the same day").
    public var isRelative: Bool
    /// Whether the year was not written and was inferred.
    public var yearInferred: Bool
    /// How the value was worked out, or why it could not be.
    public var note: String
}
