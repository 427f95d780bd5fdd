import Estimates
import TextCore
import Testing

/// The calculator language evaluated over samples: ranges are lognormals, variables are one
/// draw, distributions and mixtures draw what they say.
@Suite struct SampleProgramTests {
    func collect(_ text: String, count: Int = 200_000, seed: UInt64 = 7, threads: Int = 2) throws -> CollectedSamples {
        try SamplingRun(count: count, seed: seed, threads: threads).collect(try SampleProgram(text, calculator: TestNouns.calculator).model)
    }

    @Test func aVariableIsOneDrawSoXMinusXIsExactlyZero() throws {
        let difference = try collect("let x = 1 to 3\nx - x", count: 100_000)
        #expect(difference.values.allSatisfy { $0 == 0 })
        let ratio = try collect("let x = 2.0M to 2.6M shells; x / x", count: 1000)
        #expect(ratio.values.allSatisfy { $0 == 1 })
        // Two ranges written twice are two independent draws.
        let independent = try collect("(1 to 3) - (1 to 3)", count: 1000)
        #expect(independent.values.allSatisfy { $0 != 0 })
    }

    @Test func thePerContainerRatioMatchesItsExactPercentilesAndUnit() throws {
        let n = 1_000_000
        var samples = try collect("(2.0M to 2.6M shells) / (4500 to 5500 containers)", count: n)
        #expect(samples.unit.symbol(plural: true) == "shells/container")
        let summary = SampleSummary(collected: &samples, seed: 7, levels: [5, 50, 95])
        let exact = [388.587_190_996_188_3, 458.367_767_301_551_85, 540.679_196_250_373_8]
        let sigma = 0.100_437_5  // log standard deviation of the ratio
        for (percentile, exactValue) in zip(summary.percentiles, exact) {
            let p = percentile.level / 100
            let density = SpecialFunctions.normalDensity(SpecialFunctions.normalQuantile(p)) / (exactValue * sigma)
            let standardError = (p * (1 - p) / Double(n)).squareRoot() / density
            #expect(abs(percentile.value - exactValue) < 5 * standardError, "p\(percentile.level)")
        }
    }

    @Test func theTimeToBotecMixtureIsDrawnDirectlyWithTheExactMean() throws {
        let n = 1_000_000
        let samples = try collect("mixture([0, 1, 1 to 3, 2 to 10], [0.6, 0.2, 0.1, 0.1])", count: n)
        let exact = Distribution.mixture(
            try MixtureDistribution(
                components: [
                    .point(PointDistribution(0)), .point(PointDistribution(1)),
                    try .ninetyPercentRange(low: 1, high: 3), try .ninetyPercentRange(low: 2, high: 10),
                ],
                weights: [0.6, 0.2, 0.1, 0.1]))
        #expect(abs(samples.moments.mean - 0.887_205_986_963_974) < 5 * exact.standardDeviation / Double(n).squareRoot())
        // The same draws as the distribution drawn on its own: the language adds nothing.
        let direct = try SamplingRun(count: n, seed: 7, threads: 2).collect { context throws(EstimateError) in context.draw(exact) }
        #expect(direct.values == samples.values)
    }

    @Test func aMixtureOfAVariableReusesItsDraws() throws {
        let samples = try collect("let x = 1 to 3; mixture([x, x], [0.5, 0.5]) - x", count: 10_000)
        #expect(samples.values.allSatisfy { $0 == 0 })
        // With a variable among the values, each draw picks one of the values' own draws.
        let picked = try collect("let x = 10 to 20; mixture([x, 0], [0.25, 0.75])", count: 200_000)
        let share = Double(picked.values.count { $0 != 0 }) / Double(picked.values.count)
        #expect(abs(share - 0.25) < 5 * (0.25 * 0.75 / 200_000).squareRoot())
    }

    @Test func distributionFunctionsHaveTheirMeansAndUnits() throws {
        let n = 200_000
        let cases: [(String, Double, Double, String)] = [
            ("normal(10 km, 2 km)", 10, 2, "km"),
            ("normal(-1 to 3)", 1, 4 / (2 * 1.644_853_626_951_472_2), ""),
            ("uniform(100 km, 180 km)", 140, 80 / 12.0.squareRoot(), "km"),
            ("uniform(100 to 180 km) in m", 140_000, 80_000 / 12.0.squareRoot(), "m"),
            ("triangular(10, 14, 30)", 18, (100.0 + 196 + 900 - 140 - 300 - 420).squareRoot() / 18.0.squareRoot(), ""),
            ("pert(2, 4, 12)", 5, try PERTDistribution(low: 2, mode: 4, high: 12).standardDeviation, ""),
            ("beta(2, 8)", 0.2, (16.0 / 1100).squareRoot(), ""),
            ("lognormal(2 to 10)", try LognormalDistribution.ninetyPercent(low: 2, high: 10).mean,
             try LognormalDistribution.ninetyPercent(low: 2, high: 10).standardDeviation, ""),
        ]
        for (text, mean, sd, unit) in cases {
            let samples = try collect(text, count: n)
            #expect(abs(samples.moments.mean - mean) < 5 * sd / Double(n).squareRoot(), "\(text): mean \(samples.moments.mean)")
            #expect(abs(samples.moments.standardDeviation / sd - 1) < 0.02, "\(text): sd \(samples.moments.standardDeviation)")
            #expect(samples.unit.symbol(plural: true) == unit, "\(text)")
        }
    }

    @Test func rangeQuestionsTakeTheIntervalReading() throws {
        let samples = try collect("let x = 1 to 3; high(x) - low(x)", count: 100)
        #expect(samples.values.allSatisfy { $0 == 2 })
    }

    @Test func aSeedGivesTheSameDrawsWithOneOrTwoThreads() throws {
        let text = "let shells = about 2.3 million shells; let containers = about 5,000 containers; shells / containers"
        let one = try collect(text, count: 300_000, seed: 11, threads: 1)
        let two = try collect(text, count: 300_000, seed: 11, threads: 2)
        #expect(one.values == two.values)
        #expect(one.moments == two.moments)
    }

    @Test(arguments: [
        ("0 to 3", "write normal(0 to 3)"),
        ("normal(1 to 3, 2)", "the mean must be an exact value, not the range 1–3"),
        ("mixture([1, 2], [1])", "mixture has 2 values and 1 weight"),
        ("mixture([1, 2], [0, 0])", "mixture weights must not all be zero"),
        ("mixture([1, 2], [1, -1])", "a mixture weight must not be negative"),
        ("mixture([1, 2], [1 to 2, 1])", "a mixture weight must be an exact plain number"),
        ("mixture([], [])", "the mixture's values are empty"),
        ("triangular(1, 5, 4)", "needs the mode 5 between 1 and 4"),
        ("beta(2, 3, 4)", "beta takes two shapes"),
        ("normal(1 km, 2 kg)", "cannot use in normal(…)"),
        ("sqrt(normal(0, 1))", "square root of a negative value in"),
        ("1 km + uniform(1, 2)", "cannot add"),
        ("let mixture = 3; mixture", "'mixture' is a function and cannot name a variable"),
    ])
    func badSampledExpressionsSayWhatIsWrong(text: String, message: String) {
        #expect {
            _ = try collect(text, count: 1000)
        } throws: { error in
            guard let error = error as? EstimateError, error.message.contains(message) else { return false }
            return error.location != nil
        }
    }

    @Test func distributionsHaveIntervalReadingsInEval() throws {
        let calculator = TestNouns.calculator
        #expect(try calculator.evaluate("normal(10 km, 2 km)").formatted() == "10 km (6.71–13.3, 90% range)")
        #expect(try calculator.evaluate("mixture([0, 1, 1 to 3, 2 to 10], [0.6, 0.2, 0.1, 0.1])").formatted() == "0–10 (across variants)")
        #expect(try calculator.evaluate("triangular(10 d, 14 d, 30 d)").formatted() == "14 d (10–30, bounds)")
        let uniform = try calculator.evaluate("uniform(100 to 180 km)")
        #expect(uniform.low == 100 && uniform.high == 180 && uniform.nominal == nil)
        let lognormal = try calculator.evaluate("lognormal(2 to 10)")
        #expect(lognormal.meaning == .ci90 && abs((lognormal.nominal ?? 0) - 20.0.squareRoot()) < 1e-12)
    }

    @Test func scriptsSampleWithTheirDefinitionsAndAFixedSeed() throws {
        var calculator = TestNouns.calculator
        calculator.sampling = ScriptSampling(count: 200_000, seed: 7, threads: 2)
        let script = """
            let x = 1 to 3
            let y = x - x
            sample y
            sample (2.0M to 2.6M shells) / (4500 to 5500 containers)
            """
        let run = try calculator.run(script)
        #expect(run.sampled.count == 2)
        #expect(run.sampled[0].summary.mean == 0 && run.sampled[0].summary.standardDeviation == 0)
        let ratio = run.sampled[1].summary
        #expect(ratio.seed == 7 && ratio.count == 200_000)
        #expect(abs(ratio.percentiles[1].value / 458.37 - 1) < 0.002)
        #expect(run.sampled[1].line.hasPrefix("(2.0M to 2.6M shells) / (4500 to 5500 containers) ≈ 46"))
        #expect(run.sampled[1].line.hasSuffix("200,000 draws, seed 7)"))
        calculator.sampling.threads = 1
        #expect(try calculator.run(script).sampled == run.sampled)
    }
}
