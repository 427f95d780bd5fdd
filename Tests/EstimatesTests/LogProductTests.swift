import Estimates
import Testing

/// Products and quotients of ranges are drawn in log space (one exponential per draw); the
/// draws must be the ordinary path's up to the rounding of the logarithms' sum: the sum of
/// logs near 15 carries an absolute error near 1e-15, so the draws agree to about 1e-15
/// relative, checked here at 1e-13 (printed figures have at most 15 significant digits).
@Suite struct LogProductTests {
    func draws(_ text: String, count: Int = 4096, seed: UInt64 = 11) throws -> SampleSet {
        let program = try SampleProgram(text, calculator: TestNouns.calculator)
        var context = SamplingRun(count: count, seed: seed, threads: 1).context(forChunk: 0)
        return try program.evaluate(&context)
    }

    /// The operands drawn one after the other from one stream, as the ordinary path does.
    func operandDraws(_ texts: [String], count: Int = 4096, seed: UInt64 = 11) throws -> [[Double]] {
        var context = SamplingRun(count: count, seed: seed, threads: 1).context(forChunk: 0)
        var result: [[Double]] = []
        for text in texts {
            result.append(try SampleProgram(text, calculator: TestNouns.calculator).evaluate(&context).values)
        }
        return result
    }

    @Test func aQuotientOfRangesIsTheQuotientOfTheirDraws() throws {
        let fused = try draws("(2.0M to 2.6M shells) / (4500 to 5500 containers)")
        #expect(fused.unit.symbol(plural: true) == "shells/container")
        let operands = try operandDraws(["2.0M to 2.6M", "4500 to 5500"])
        for index in fused.values.indices {
            let ordinary = operands[0][index] / operands[1][index]
            #expect(abs(fused.values[index] - ordinary) <= 1e-13 * ordinary, "draw \(index)")
        }
    }

    @Test func exactFactorsAndUnitScalesJoinTheSum() throws {
        // 3 × (1 to 2 km) / (500 to 600 m): the km/m simplification multiplies by 1000.
        let fused = try draws("3 * (1 to 2 km) / (500 to 600 m)")
        #expect(fused.unit.isOne)
        let operands = try operandDraws(["1 to 2", "500 to 600"])
        for index in fused.values.indices {
            let ordinary = 3 * operands[0][index] * 1000 / operands[1][index]
            #expect(abs(fused.values[index] - ordinary) <= 1e-13 * ordinary, "draw \(index)")
        }
    }

    @Test func aProductTooLargeOnlyHalfwayIsStillANumber() throws {
        // 1e200 × 1e200 overflows a double; divided by 1e300 it is about 1e100.
        let result = try draws("(1e200 to 2e200) * (1e200 to 2e200) / (1e300 to 2e300)", count: 64)
        #expect(result.values.allSatisfy { $0 > 1e99 && $0 < 1e101 })
    }

    @Test func aResultBeyondTheLargestDoubleIsTheUsualError() {
        #expect(throws: EstimateError.self) { try draws("(1e200 to 2e200) * (1e200 to 2e200)", count: 64) }
    }

    @Test func sumsAndVariablesTakeTheOrdinaryPath() throws {
        // `x / x` must be exactly 1: a variable is drawn once, so it is not a log factor.
        let ones = try draws("let x = 2 to 3; x / x", count: 256)
        #expect(ones.values.allSatisfy { $0 == 1 })
        let sums = try draws("(1 to 2) + (3 to 4)", count: 256)
        let operands = try operandDraws(["1 to 2", "3 to 4"], count: 256)
        #expect(sums.values == zip(operands[0], operands[1]).map { $0 + $1 })
    }
}
