import TextCore

/// One statement of a calculator script.
///
/// ```text
/// unit wagon                                      # a counted noun (plural: wagons)
/// unit trainload = 50 wagons                      # a unit of known units
/// let wagons = about 5,000 wagons                 # a variable, bound once
/// print wagons                                    # prints the value with its range
/// check wagons within 3000 to 7000 wagons         # a check: consistent, possibly or inconsistent
/// wagons / (1 trainload)                          # an expression alone is printed
/// ```
package struct Statement: Sendable, Equatable {
    /// What the statement does.
    package enum Kind: Sendable, Equatable {
        /// `let name = formula`.
        case assignment(name: String, Formula)
        /// `print formula`, or a formula on its own.
        case print(Formula)
        /// `check formula relation target [± tolerance]`.
        case check(CheckStatement)
        /// `sample formula`: Monte Carlo draws of the formula (mean, spread, percentiles).
        case sample(Formula)
        /// `unit name[, plural, alias …] [= definition]`: a counted noun, or a unit defined
        /// by known units; it takes effect from the next statement on.
        case unitDefinition(UnitDefinition)
    }

    /// What the statement does.
    package var kind: Kind
    /// Where the statement starts.
    package var location: SourceLocation
    /// The statement as written, without comments (for reports and messages).
    package var text: String

    /// A statement.
    package init(_ kind: Kind, location: SourceLocation, text: String) {
        self.kind = kind
        self.location = location
        self.text = text
    }
}

/// `check value relation target [± tolerance]`.
package struct CheckStatement: Sendable, Equatable {
    /// The checked value.
    package var value: Formula
    /// How it must relate to the target.
    package var relation: CheckRelation
    /// The target or bound.
    package var target: Formula
    /// `± tolerance` after the target: a percentage is relative to the target, anything
    /// else is absolute in the target's dimension.
    package var tolerance: Formula?

    /// A check.
    package init(value: Formula, relation: CheckRelation, target: Formula, tolerance: Formula?) {
        self.value = value
        self.relation = relation
        self.target = target
        self.tolerance = tolerance
    }
}

/// `unit wagon`, `unit person, people`, `unit trainload = 50 wagons`.
package struct UnitDefinition: Sendable, Equatable {
    /// The name (a counted noun's singular).
    package var name: String
    /// The other names: a counted noun's plural first, then aliases.
    package var otherNames: [String]
    /// The definition after `=`, as written; `nil` for a counted noun.
    package var definition: String?
}

/// A parsed script: its statements and the source they came from.
package struct Script: Sendable {
    /// The statements in order.
    package var statements: [Statement]
    /// The source, for messages.
    package var source: SourceText
}
