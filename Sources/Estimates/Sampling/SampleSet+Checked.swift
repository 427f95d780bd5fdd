/// Draw-by-draw operations that check every result against the numbers Reckon holds
/// (`NumericRange`) in the same pass that computes it: a result that is not normal is rare,
/// so the check is one well-predicted branch per draw.
extension SampleSet {
    /// `operation` applied draw by draw, in `unit`. A result that is NaN or infinite is
    /// counted as not finite; one that is subnormal, or zero although `exactZero` says the
    /// inputs could not give zero, as an underflow. Either count above zero is an error.
    @inlinable
    func checkedCombine(
        _ other: SampleSet, unit: UnitOfMeasure, operation: String, hint: String = "", _ apply: (Double, Double) -> Double,
        exactZero: (Double, Double) -> Bool
    ) throws(EstimateError) -> SampleSet {
        precondition(values.count == other.values.count, "sample sets combine only with the same number of draws")
        var nonFinite = 0
        var underflow = 0
        let result = [Double](unsafeUninitializedCapacity: values.count) { output, initialized in
            values.withUnsafeBufferPointer { left in
                other.values.withUnsafeBufferPointer { right in
                    for index in 0..<left.count {
                        let value = apply(left[index], right[index])
                        output[index] = value
                        if !value.isNormal {
                            if !value.isFinite {
                                nonFinite += 1
                            } else if value != 0 || !exactZero(left[index], right[index]) {
                                underflow += 1
                            }
                        }
                    }
                }
            }
            initialized = values.count
        }
        try Self.check(nonFinite: nonFinite, underflow: underflow, count: values.count, operation: operation, hint: hint)
        return SampleSet(values: result, unit: unit)
    }

    /// `transform` applied to every draw, in `unit`, checked as `checkedCombine` checks.
    @inlinable
    func checkedMap(
        unit: UnitOfMeasure, operation: String, _ transform: (Double) -> Double, exactZero: (Double) -> Bool
    ) throws(EstimateError) -> SampleSet {
        var nonFinite = 0
        var underflow = 0
        let result = [Double](unsafeUninitializedCapacity: values.count) { output, initialized in
            values.withUnsafeBufferPointer { input in
                for index in 0..<input.count {
                    let value = transform(input[index])
                    output[index] = value
                    if !value.isNormal {
                        if !value.isFinite {
                            nonFinite += 1
                        } else if value != 0 || !exactZero(input[index]) {
                            underflow += 1
                        }
                    }
                }
            }
            initialized = values.count
        }
        try Self.check(nonFinite: nonFinite, underflow: underflow, count: values.count, operation: operation, hint: "")
        return SampleSet(values: result, unit: unit)
    }

    @usableFromInline
    static func check(nonFinite: Int, underflow: Int, count: Int, operation: String, hint: String) throws(EstimateError) {
        if nonFinite > 0 {
            throw EstimateError(DrawFailure(operation: operation, problem: .notFinite, failed: nonFinite, draws: count, hint: hint))
        }
        if underflow > 0 {
            throw EstimateError(DrawFailure(operation: operation, problem: .underflow, failed: underflow, draws: count))
        }
    }
}
