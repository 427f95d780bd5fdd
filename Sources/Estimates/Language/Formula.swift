import TextCore

/// A parsed calculator expression: a tree of values and operations, kept apart from any
/// way of evaluating it. `IntervalAlgebra` evaluates it to an `Estimate` (guaranteed
/// bounds); other algebras (sample sets, say) can evaluate the same tree, binding each
/// variable once so that `x - x` is exactly zero wherever the algebra allows.
///
/// Sums and products are flat chains (`a + b - c` is one node with three operands), so a
/// long sum is a shallow tree; the parser limits the nesting of everything else.
///
/// ```swift
/// let formula = try Calculator().parse("about 1,200 km / 3 h")
/// // .chain(.figure(about 1,200 km), [(/, .figure(3 h))])
/// ```
package struct Formula: Sendable, Equatable {
    /// What the node is.
    package indirect enum Kind: Sendable, Equatable {
        /// A figure as written: number, range or hedged number, with its unit.
        case figure(FigureLiteral)
        /// A variable defined by `let`.
        case variable(String)
        /// A unit name used as a value: `kg` is one kilogram.
        case unit(UnitOfMeasure, name: String)
        /// `-x`.
        case negation(Formula)
        /// `a + b - c` or `a * b / c`: the first operand, then operators with operands, left to right.
        case chain(Formula, [ChainLink])
        /// `x^n` with a whole exponent written in the source.
        case power(Formula, Int)
        /// `min(a, b)`, `sqrt(x)`.
        case call(FormulaFunction, [Formula])
        /// `x in unit`.
        case conversion(Formula, UnitOfMeasure, unitText: String)
        /// `mixture([a, b, c], [0.5, 0.3, 0.2])`: one of the values, chosen with the weights
        /// (equal weights when only the values are given).
        case mixture(values: [Formula], weights: [Formula])
    }

    /// What the node is.
    package var kind: Kind
    /// Where it starts in the source.
    package var location: SourceLocation
    /// The scalar offsets it covers in the source.
    package var span: Range<Int>

    /// A node.
    package init(_ kind: Kind, location: SourceLocation, span: Range<Int>) {
        self.kind = kind
        self.location = location
        self.span = span
    }
}

/// One step of a chain: `+ b`, `/ c`.
package struct ChainLink: Sendable, Equatable {
    /// The operator.
    package var operation: ArithmeticOperator
    /// Where the operator is, for errors about the operation.
    package var location: SourceLocation
    /// The right operand.
    package var operand: Formula

    /// A link.
    package init(_ operation: ArithmeticOperator, at location: SourceLocation, _ operand: Formula) {
        self.operation = operation
        self.location = location
        self.operand = operand
    }
}

/// `+ - * /`.
package enum ArithmeticOperator: String, Sendable, Equatable, CaseIterable {
    /// Addition.
    case add = "+"
    /// Subtraction.
    case subtract = "-"
    /// Multiplication.
    case multiply = "*"
    /// Division.
    case divide = "/"
}

/// The functions the calculator knows.
package enum FormulaFunction: String, Sendable, Equatable, CaseIterable {
    /// The smaller of two or more values: `min(a, b)`.
    case min
    /// The larger of two or more values: `max(a, b)`.
    case max
    /// The square root; the unit's powers must be even (`sqrt(9 m^2)` is 3 m).
    case sqrt
    /// Rounded to whole numbers of its unit.
    case round
    /// The nominal (stated or central) value alone, as an exact value.
    case nominal
    /// The low end of the range, as an exact value.
    case low
    /// The high end of the range, as an exact value.
    case high
    /// `normal(mean, sd)`, or `normal(low to high)` with that 90% range.
    case normal
    /// `lognormal(low to high)`: a positive quantity with that 90% range (what a range as
    /// written means when sampled).
    case lognormal
    /// `uniform(low, high)` or `uniform(low to high)`.
    case uniform
    /// `triangular(low, mode, high)`.
    case triangular
    /// `pert(low, mode, high)`: a beta distribution shaped by the most likely value.
    case pert
    /// `beta(alpha, beta)` on 0 to 1, or `beta(alpha, beta, low, high)`.
    case beta

    /// How many arguments it takes: at least, at most.
    package var arity: (minimum: Int, maximum: Int) {
        switch self {
        case .min, .max: return (2, Int.max)
        case .sqrt, .round, .nominal, .low, .high, .lognormal: return (1, 1)
        case .normal, .uniform: return (1, 2)
        case .triangular, .pert: return (3, 3)
        case .beta: return (2, 4)
        }
    }
}

/// A figure as the source writes it, with what each part was read as. The interval reading
/// is in `estimate`; the parts stay available for other readings (a distribution, say).
package struct FigureLiteral: Sendable, Equatable {
    /// The text as written (`about 5,000 containers`).
    package var text: String
    /// The number (the first end of a range); `nil` for a vague word (`several dozen`).
    package var number: NewsNumber?
    /// The second end of a range (`100 to 180`).
    package var secondNumber: NewsNumber?
    /// The hedge, if any (`about`, `several dozen`).
    package var hedge: HedgeRule?
    /// A measure before the noun (`152-mm` in `2.3 million 152-mm shells`).
    package var measureLabel: MeasureLabel?
    /// The unit; `.one` for a plain number.
    package var unit: UnitOfMeasure
    /// The interval reading.
    package var estimate: Estimate

    /// A figure.
    package init(
        text: String, number: NewsNumber?, secondNumber: NewsNumber?, hedge: HedgeRule?, measureLabel: MeasureLabel?,
        unit: UnitOfMeasure, estimate: Estimate
    ) {
        self.text = text
        self.number = number
        self.secondNumber = secondNumber
        self.hedge = hedge
        self.measureLabel = measureLabel
        self.unit = unit
        self.estimate = estimate
    }
}
