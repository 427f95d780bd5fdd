import TextCore

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
                .dimensionMismatch(operation: "convert", left: unit.dimension, right: target.dimension))
        }
        let scale = try NumericRange.quotient(unit.factor, target.factor, operation: "conversion")
        return Quantity(try NumericRange.product(value, scale, operation: "conversion"), target)
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
        let value = try NumericRange.product(left.value, right.value, operation: "multiplication")
        let unit = try (left.unit * right.unit).checkedSize(operation: "multiplication")
        return try Quantity(value, unit).simplified("multiplication")
    }

    /// The quotient; dimensions divide. Division by zero is an error.
    public static func / (left: Quantity, right: Quantity) throws(EstimateError) -> Quantity {
        guard right.value != 0 else { throw EstimateError(.divisionByRangeContainingZero(low: 0, high: 0)) }
        let value = try NumericRange.quotient(left.value, right.value, operation: "division")
        let unit = try (left.unit / right.unit).checkedSize(operation: "division")
        return try Quantity(value, unit).simplified("division")
    }

    func converted(to target: UnitOfMeasure, operation: String) throws(EstimateError) -> Quantity {
        guard target.dimension == unit.dimension else {
            throw EstimateError(
                .dimensionMismatch(
                    operation: operation, left: target.dimension, right: unit.dimension))
        }
        let scale = try NumericRange.quotient(unit.factor, target.factor, operation: "conversion")
        return Quantity(try NumericRange.product(value, scale, operation: "conversion"), target)
    }

    func simplified(_ operation: String) throws(EstimateError) -> Quantity {
        guard unit.dimension.isDimensionless, !unit.isOne else { return self }
        return Quantity(try NumericRange.product(value, unit.factor, operation: operation), .one)
    }

    func checked(_ operation: String) throws(EstimateError) -> Quantity {
        _ = try NumericRange.checked(value, operation: operation)
        return self
    }
}
