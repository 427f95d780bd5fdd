import TextCore

/// Everything that can go wrong with units, numbers, hedges and arithmetic on estimates.
///
/// Each error carries a location when it is about some input (a registry line, a column
/// of an expression), so the CLI prints `file:line:column: error: message`.
public struct EstimateError: LocatedError, Equatable {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        /// A unit name the registry does not define; close names are suggested.
        case unknownUnit(String, suggestions: [String])
        /// A unit name that means different things, with the names to use instead.
        case ambiguousUnit(String, choices: [String])
        /// A malformed unit expression.
        case badUnitExpression(String)
        /// A malformed registry definition.
        case badDefinition(String)
        /// A name the registry defines twice.
        case duplicateDefinition(String)
        /// A name that cannot name a unit (it must be letters, digits and `_`).
        case badUnitName(String)
        /// Two quantities whose dimensions do not fit the operation.
        case dimensionMismatch(operation: String, left: PhysicalDimension, right: PhysicalDimension)
        /// Division by a range that contains zero.
        case divisionByRangeContainingZero(low: Double, high: Double)
        /// A result that is not a finite number (an undefined operation, or NaN given).
        case nonFinite(operation: String)
        /// A result beyond the largest number held (`NumericRange.largest`).
        case overflow(operation: String)
        /// A result of nonzero inputs that is zero or nonzero but below the smallest number
        /// held (`NumericRange.smallest`).
        case underflow(operation: String)
        /// An operation outside its domain (a negative square root, say).
        case domain(String)
        /// A number that cannot be read.
        case badNumber(String)
        /// A malformed hedge table.
        case badHedgeTable(String)
        /// A range whose low end is above its high end.
        case invertedRange(low: Double, high: Double)
        /// Malformed calculator input: what was expected and what was found.
        case syntax(String)
        /// A name that is not a variable, a unit or a function; close names are suggested.
        case unknownName(String, suggestions: [String])
        /// Input beyond a limit that keeps the calculator safe (size, nesting, digits).
        case tooLarge(String)
    }

    /// What went wrong.
    public var reason: Reason
    /// Where, when it is in some input.
    public var location: SourceLocation?
    /// The counts behind a `.domain` error about failed Monte Carlo draws, so that a run
    /// can add the counts of its chunks.
    package var drawFailure: DrawFailure?

    /// An error for `reason`, at `location` when known.
    public init(_ reason: Reason, at location: SourceLocation? = nil) {
        self.reason = reason
        self.location = location
    }

    /// The same error, placed at `location` if it had no location yet.
    public func located(at location: SourceLocation) -> EstimateError {
        var copy = self
        if copy.location == nil { copy.location = location }
        return copy
    }

    /// The message without the location (quoted input longer than 200 characters is cut).
    public var message: String { fullMessage.elidingLongWords() }

    private var fullMessage: String {
        switch reason {
        case .unknownUnit(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joinedAsChoice())?)"
            return "unknown unit '\(name)'\(hint)"
        case .ambiguousUnit(let name, let choices):
            return "ambiguous unit '\(name)': write \(choices.joinedAsChoice())"
        case .badUnitExpression(let detail): return "bad unit expression: \(detail)"
        case .badDefinition(let detail): return "bad unit definition: \(detail)"
        case .duplicateDefinition(let name): return "unit name '\(name)' is defined twice"
        case .badUnitName(let name): return "'\(name)' cannot name a unit: use letters, digits and '_', starting with a letter"
        case .dimensionMismatch(let operation, let left, let right):
            return "cannot \(operation) \(left) and \(right): the dimensions differ"
        case .divisionByRangeContainingZero(let low, let high):
            return "division by a range that contains zero (\(low.shortDescription) to \(high.shortDescription))"
        case .nonFinite(let operation): return "\(operation) gives a result that is not a finite number"
        case .overflow(let operation):
            return "\(operation) overflows: the result is beyond ±1.8e308, the largest number Reckon holds"
        case .underflow(let operation):
            return "\(operation) underflows: the result is not zero but closer to zero than 2.2e-308, the smallest number Reckon holds"
        case .domain(let detail): return detail
        case .badNumber(let detail): return "bad number: \(detail)"
        case .badHedgeTable(let detail): return "bad hedge table: \(detail)"
        case .invertedRange(let low, let high):
            return "the low end \(low.shortDescription) is above the high end \(high.shortDescription)"
        case .syntax(let detail): return detail
        case .unknownName(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joinedAsChoice())?)"
            return "unknown name '\(name)': not a variable, unit or function\(hint)"
        case .tooLarge(let detail): return detail
        }
    }
}

extension Array where Element == String {
    /// `a`, `a or b`, `a, b or c`.
    func joinedAsChoice() -> String {
        guard count > 1 else { return first ?? "" }
        return dropLast().joined(separator: ", ") + " or " + last!
    }
}

extension Double {
    /// The number for messages: grouped, up to 6 significant digits.
    var shortDescription: String { NumberFormatting.display(self) }
}
