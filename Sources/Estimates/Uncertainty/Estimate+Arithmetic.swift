extension Estimate {
    /// The sum; `right` is converted to the left unit.
    public static func + (left: Estimate, right: Estimate) throws(EstimateError) -> Estimate {
        let right = try right.aligned(to: left.unit, operation: "add")
        return try combine(left, right, unit: left.unit, operation: "addition", interval: left.interval + right.interval) {
            $0 + $1
        }
    }

    /// The difference; `right` is converted to the left unit.
    public static func - (left: Estimate, right: Estimate) throws(EstimateError) -> Estimate {
        let right = try right.aligned(to: left.unit, operation: "subtract")
        return try combine(left, right, unit: left.unit, operation: "subtraction", interval: left.interval - right.interval) {
            $0 - $1
        }
    }

    /// The product; units multiply. A product of nonzero values that overflows or underflows
    /// (`NumericRange`) is an error.
    public static func * (left: Estimate, right: Estimate) throws(EstimateError) -> Estimate {
        let operation = "multiplication"
        try NumericRange.checkProducts(left.values, right.values, operation: operation)
        let unit = try (left.unit * right.unit).checkedSize(operation: operation)
        return try combine(left, right, unit: unit, operation: operation, interval: left.interval * right.interval) {
            $0 * $1
        }.simplified(operation: operation)
    }

    /// The quotient; units divide. A divisor range that contains zero is an error, and so is
    /// a quotient that overflows or underflows.
    public static func / (left: Estimate, right: Estimate) throws(EstimateError) -> Estimate {
        let operation = "division"
        let interval = try left.interval / right.interval
        try NumericRange.checkQuotients(left.values, right.values, operation: operation)
        let unit = try (left.unit / right.unit).checkedSize(operation: operation)
        return try combine(left, right, unit: unit, operation: operation, interval: interval) {
            $0 / $1
        }.simplified(operation: operation)
    }

    /// The estimate raised to an integer power; a power that overflows or underflows is an error.
    public func raised(to power: Int) throws(EstimateError) -> Estimate {
        let operation = "power"
        guard unit.canBeRaised(to: power) else {
            throw EstimateError(.tooLarge("a unit power above \(UnitOfMeasure.maximumExponent)"))
        }
        for value in values where value != 0 { _ = try NumericRange.power(value, power, operation: operation) }
        let interval = try self.interval.raised(to: power)
        let nominalPower = try nominal.map { nominal throws(EstimateError) in try NumericRange.power(nominal, power, operation: operation) }
        let result = try Estimate.checked(
            low: interval.low, high: interval.high, nominal: nominalPower,
            unit: unit.raised(to: power).checkedSize(operation: operation),
            meaning: meaning, significantDigits: significantDigits, notes: notes, operation: operation)
        return try result.simplified(operation: operation)
    }

    /// The estimate times a plain number.
    public func scaled(by factor: Double) throws(EstimateError) -> Estimate {
        try self * Estimate(exactly: factor)
    }

    private func aligned(to target: UnitOfMeasure, operation: String) throws(EstimateError) -> Estimate {
        guard target.dimension == unit.dimension else {
            throw EstimateError(
                .dimensionMismatch(
                    operation: operation, left: target.dimension, right: unit.dimension))
        }
        return try converted(to: target)
    }

    private static func combine(
        _ left: Estimate, _ right: Estimate, unit: UnitOfMeasure, operation: String, interval: Interval,
        nominal: (Double, Double) -> Double
    ) throws(EstimateError) -> Estimate {
        var value: Double?
        if let a = left.nominal, let b = right.nominal { value = nominal(a, b) }
        let digits: Int? =
            switch (left.significantDigits, right.significantDigits) {
            case (let a?, let b?): Swift.min(a, b)
            case (let a?, nil): a
            case (nil, let b?): b
            case (nil, nil): nil
            }
        var notes = left.notes
        for note in right.notes where !notes.contains(note) { notes.append(note) }
        return try checked(
            low: interval.low, high: interval.high, nominal: value, unit: unit,
            meaning: .combining(left.meaning, right.meaning), significantDigits: digits, notes: notes,
            operation: operation)
    }

    /// An estimate whose every value must be held (`NumericRange`): an infinity is an
    /// overflow, a subnormal number an underflow, both of `operation`.
    static func checked(
        low: Double, high: Double, nominal: Double?, unit: UnitOfMeasure, meaning: EstimateMeaning,
        significantDigits: Int?, notes: [String], operation: String
    ) throws(EstimateError) -> Estimate {
        _ = try NumericRange.checked(low, operation: operation)
        _ = try NumericRange.checked(high, operation: operation)
        if let nominal { _ = try NumericRange.checked(nominal, operation: operation) }
        return try Estimate(
            low: low, high: high, nominal: nominal, unit: unit, meaning: meaning,
            significantDigits: significantDigits, notes: notes)
    }

    /// A dimensionless result with a unit factor (km/m) becomes a plain number; the values
    /// times the factor must be held.
    func simplified(operation: String) throws(EstimateError) -> Estimate {
        guard unit.dimension.isDimensionless, !unit.isOne else { return self }
        var copy = self
        copy.low = try NumericRange.product(low, unit.factor, operation: operation)
        copy.high = try NumericRange.product(high, unit.factor, operation: operation)
        copy.nominal = try nominal.map { value throws(EstimateError) in try NumericRange.product(value, unit.factor, operation: operation) }
        copy.unit = .one
        return copy
    }
}
