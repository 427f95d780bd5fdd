/// Draws of a Monte Carlo run that failed a check, counted: an operation that gives a value
/// that is not finite, or that underflows, or a square root of a negative value, in how many
/// of how many draws. Each chunk of a run counts its own; the run adds the counts of every
/// chunk, so the message speaks of all the draws ("in 500,000 of 1,000,000 samples"), not of
/// the first chunk that failed.
///
/// ```swift
/// let failure = DrawFailure(operation: "division", problem: .notFinite, failed: 3, draws: 65_536)
/// failure.message   // "division gives a value that is not a finite number in 3 of 65,536 samples"
/// ```
package struct DrawFailure: Sendable, Equatable {
    /// What went wrong in a draw.
    package enum Problem: Sendable, Equatable {
        /// NaN or an infinity.
        case notFinite
        /// Nonzero but closer to zero than the smallest number held.
        case underflow
        /// The square root of a negative draw.
        case negativeSquareRoot
    }

    /// The operation (`division`, `the expression`).
    package var operation: String
    /// What went wrong.
    package var problem: Problem
    /// How many draws failed.
    package var failed: Int
    /// Out of how many.
    package var draws: Int
    /// A hint after the counts (`" (a divisor that reaches zero?)"`).
    package var hint: String = ""
    /// Whether some draws were not checked (they failed earlier, at another operation), so
    /// that `failed` is a lower bound.
    package var isLowerBound = false

    /// The message.
    package var message: String {
        let counts = "\(isLowerBound ? "at least " : "")\(Double(failed).shortDescription) of \(Double(draws).shortDescription) samples"
        switch problem {
        case .notFinite: return "\(operation) gives a value that is not a finite number in \(counts)\(hint)"
        case .underflow:
            return "\(operation) underflows in \(counts): the result is not zero but closer to zero than 2.2e-308, the smallest number Reckon holds"
        case .negativeSquareRoot: return "square root of a negative value in \(counts)"
        }
    }

    /// Whether `other` is the same check (so that their counts add up).
    package func isSameCheck(as other: DrawFailure) -> Bool {
        operation == other.operation && problem == other.problem && hint == other.hint
    }
}

extension EstimateError {
    /// The error for failed draws (a domain error whose message gives the counts).
    package init(_ failure: DrawFailure) {
        self.init(.domain(failure.message))
        drawFailure = failure
    }
}
