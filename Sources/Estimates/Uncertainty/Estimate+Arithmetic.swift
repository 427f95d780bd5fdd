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

    /// The product; units multiply.
    public static func * (left: Estimate, right: Estimate) throws(EstimateError) -> Estimate {
        try combine(left, right, unit: left.unit * right.unit, operation: "multiplication", interval: left.interval * right.interval) {
            $0 * $1
        }.simplified()
    }

    /// The quotient; units divide. A divisor range that contains zero is an error.
    public static func / (left: Estimate, right: Estimate) throws(EstimateError) -> Estimate {
        let interval = try left.interval / right.interval
        return try combine(left, right, unit: left.unit / right.unit, operation: "division", interval: interval) {
            $0 / $1
        }.simplified()
    }

    /// The estimate raised to an integer power.
    public func raised(to power: Int) throws(EstimateError) -> Estimate {
        let interval = try self.interval.raised(to: power)
        var nominalPower: Double?
        if let nominal {
            var value = 1.0
            for _ in 0..<Swift.abs(power) { value *= nominal }
            nominalPower = power < 0 ? 1 / value : value
        }
        var result = try Estimate.checked(
            low: interval.low, high: interval.high, nominal: nominalPower, unit: unit.raised(to: power),
            meaning: meaning, significantDigits: significantDigits, notes: notes, operation: "power")
        result = result.simplified()
        return result
    }

    /// The estimate times a plain number.
    public func scaled(by factor: Double) throws(EstimateError) -> Estimate {
        try self * Estimate(exactly: factor)
    }

    private func aligned(to target: UnitOfMeasure, operation: String) throws(EstimateError) -> Estimate {
        guard target.dimension == unit.dimension else {
            throw EstimateError(
                .dimensionMismatch(
                    operation: operation, left: target.dimension.description, right: unit.dimension.description))
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

    static func checked(
        low: Double, high: Double, nominal: Double?, unit: UnitOfMeasure, meaning: EstimateMeaning,
        significantDigits: Int?, notes: [String], operation: String
    ) throws(EstimateError) -> Estimate {
        guard low.isFinite, high.isFinite, nominal?.isFinite ?? true else {
            throw EstimateError(.nonFinite(operation: operation))
        }
        return try Estimate(
            low: low, high: high, nominal: nominal, unit: unit, meaning: meaning,
            significantDigits: significantDigits, notes: notes)
    }

    /// A dimensionless result with a unit factor (km/m) becomes a plain number.
    func simplified() -> Estimate {
        guard unit.dimension.isDimensionless, !unit.isOne else { return self }
        var copy = self
        copy.low *= unit.factor
        copy.high *= unit.factor
        copy.nominal = nominal.map { $0 * unit.factor }
        copy.unit = .one
        return copy
    }
}
