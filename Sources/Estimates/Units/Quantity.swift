import Tables

/// A value in a unit: `460 shells/container`, `43.56 kg`.
///
/// `+` and `-` need the same dimension (the result is in the left unit); `*`, `/` and
/// integer powers combine dimensions.
///
/// ```swift
/// let registry = UnitRegistry.standard
/// let shells = Quantity(2.3e6, try registry.unit("shells"))
/// let containers = Quantity(5000, try registry.unit("containers"))
/// let perContainer = try shells / containers   // 460 shells/container
/// ```
public struct Quantity: Sendable, Equatable, CustomStringConvertible {
    /// The number.
    public var value: Double
    /// The unit.
    public var unit: UnitOfMeasure

    /// A quantity.
    public init(_ value: Double, _ unit: UnitOfMeasure) {
        self.value = value
        self.unit = unit
    }

    /// The value in coherent base units.
    public var baseValue: Double { value * unit.factor }

    /// The same quantity in `target`, which must have the same dimension.
    public func converted(to target: UnitOfMeasure) throws(EstimateError) -> Quantity {
        guard target.dimension == unit.dimension else {
            throw EstimateError(
                .dimensionMismatch(operation: "convert", left: unit.dimension.description, right: target.dimension.description))
        }
        return Quantity(value * unit.factor / target.factor, target)
    }

    /// `460 shells/container`.
    public var description: String {
        let number = NumberFormatting.display(value)
        let symbol = unit.symbol(plural: value != 1)
        return symbol.isEmpty ? number : number + " " + symbol
    }

    /// The sum; `right` is converted to the left unit.
    public static func + (left: Quantity, right: Quantity) throws(EstimateError) -> Quantity {
        let converted = try right.converted(to: left.unit, operation: "add")
        return try Quantity(left.value + converted.value, left.unit).checked("addition")
    }

    /// The difference; `right` is converted to the left unit.
    public static func - (left: Quantity, right: Quantity) throws(EstimateError) -> Quantity {
        let converted = try right.converted(to: left.unit, operation: "subtract")
        return try Quantity(left.value - converted.value, left.unit).checked("subtraction")
    }

    /// The product; dimensions multiply.
    public static func * (left: Quantity, right: Quantity) throws(EstimateError) -> Quantity {
        try Quantity(left.value * right.value, left.unit * right.unit).simplified().checked("multiplication")
    }

    /// The quotient; dimensions divide. Division by zero is an error.
    public static func / (left: Quantity, right: Quantity) throws(EstimateError) -> Quantity {
        guard right.value != 0 else { throw EstimateError(.divisionByRangeContainingZero(low: 0, high: 0)) }
        return try Quantity(left.value / right.value, left.unit / right.unit).simplified().checked("division")
    }

    func converted(to target: UnitOfMeasure, operation: String) throws(EstimateError) -> Quantity {
        guard target.dimension == unit.dimension else {
            throw EstimateError(
                .dimensionMismatch(
                    operation: operation, left: target.dimension.description, right: unit.dimension.description))
        }
        return Quantity(value * unit.factor / target.factor, target)
    }

    func simplified() -> Quantity {
        guard unit.dimension.isDimensionless, !unit.isOne else { return self }
        return Quantity(value * unit.factor, .one)
    }

    func checked(_ operation: String) throws(EstimateError) -> Quantity {
        guard value.isFinite else { throw EstimateError(.nonFinite(operation: operation)) }
        return self
    }
}
