import Estimates
import Tables
import TextCore

/// One figure or date from a source, with the exact quote it rests on.
///
/// A claim's value is a quantity (an `Estimate`, with the hedge already read), a span of
/// dates, or a set of dates ("on Dec. 30, Jan. 4 and Jan. 6").
public struct Claim: Sendable, Equatable {
    /// What kind of value a claim holds.
    public enum Kind: String, Sendable, CaseIterable {
        /// A number with a unit.
        case quantity
        /// A day or a span of days.
        case date
        /// A set of days.
        case dateset
    }

    /// The value of a claim.
    public enum Value: Sendable, Equatable {
        /// A quantity.
        case quantity(Estimate)
        /// A day or span of days.
        case dates(DateSpan)
        /// A set of days, sorted.
        case dateSet([CalendarDate])
    }

    /// A unique id (`liga-20240111-containers`).
    public var id: String
    /// What is counted or measured, from the documented vocabulary (`Datasets/README.md`).
    public var subject: String
    /// The figure as written in the source.
    public var asWritten: String
    /// The value as read.
    public var value: Value
    /// The unit or counted noun as the file names it (`shell`, `km`).
    public var unitName: String
    /// The hedge word, if any.
    public var hedge: String?
    /// The meaning the file gives the stated figure.
    public var statedMeaning: EstimateMeaning
    /// Claims sharing this label are alternatives ("X or Y"), never to be added.
    public var alternativeGroup: String?
    /// The shortest exact quote holding the figure.
    public var quote: String
    /// Who said it, where.
    public var source: Source
    /// The date the figure refers to.
    public var asOf: CalendarDate?
    /// Notes for a fact-checker.
    public var notes: String
    /// Where the claim's row is.
    public var location: SourceLocation

    /// The kind of value, as the value says.
    public var kind: Kind {
        switch value {
        case .quantity: return .quantity
        case .dates: return .date
        case .dateSet: return .dateset
        }
    }

    /// The estimate of a quantity claim.
    public var estimate: Estimate? {
        if case .quantity(let estimate) = value { return estimate }
        return nil
    }

    /// The day the figure refers to: `asOf` when the file gives one, else the day it was
    /// published; `nil` when neither is known.
    public var referenceDate: CalendarDate? { asOf ?? source.published }

    /// The counted noun of a quantity claim when its unit is one (`shell`, `rocket`).
    public var countedNoun: String? {
        guard let estimate, estimate.unit.isCount, let term = estimate.unit.terms.first else { return nil }
        return term.symbol
    }
}
