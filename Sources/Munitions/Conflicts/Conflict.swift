/// Two claims from different reports that say different things about one subject: both
/// quotes, both outlets, and why they disagree.
///
/// ```swift
/// let conflict = ledger.conflicts(subject: "nk-missile-attacks-dates")[0]
/// conflict.first.quote    // "used them during attacks on Ukraine on December 29 and January 2"
/// conflict.second.quote   // "at least three times — on Dec. 30, Jan. 4, and Jan. 6"
/// conflict.detail         // "only in the first: 2023-12-29; only in the second: …"
/// ```
public struct Conflict: Sendable, Equatable {
    /// Why two claims disagree.
    public enum Reason: Sendable, Equatable, CustomStringConvertible {
        /// Quantity ranges (hedges read) that share no value.
        case disjointRanges
        /// Date spans that share no day.
        case disjointDates
        /// Sets of days that differ (on the days both could know about).
        case differentDates(onlyFirst: [CalendarDate], onlySecond: [CalendarDate])
        /// Different kinds of thing counted (`shell` vs `rocket`).
        case differentThings(first: String, second: String)

        /// A short label (`ranges do not overlap`).
        public var label: String {
            switch self {
            case .disjointRanges: return "ranges do not overlap"
            case .disjointDates: return "dates do not overlap"
            case .differentDates: return "different dates"
            case .differentThings: return "different things counted"
            }
        }

        /// The label.
        public var description: String { label }
    }

    /// The subject both claims are about.
    public var subject: String
    /// Every reason found, in a fixed order (things counted, then ranges or dates).
    public var reasons: [Reason]
    /// The claim that comes first in the ledger.
    public var first: Claim
    /// The other claim.
    public var second: Claim
    /// The numbers or days compared, in words.
    public var detail: String

    /// The reasons' labels joined with `; `.
    public var reasonText: String { reasons.map(\.label).joined(separator: "; ") }

    /// Whether `id` is one of the two claims.
    public func involves(_ id: String) -> Bool { first.id == id || second.id == id }
}
