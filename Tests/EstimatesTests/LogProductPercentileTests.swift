import Estimates
import Testing

/// The 90% range of a product or quotient of figures, computed without sampling: against
/// closed forms, an independent numerical integration and a million draws.
@Suite struct LogProductPercentileTests {
    static func percentiles(_ text: String) throws -> [Double] {
        try #require(try SampleProgram(text, calculator: TestNouns.calculator).logProductPercentiles([5, 95]))
    }

    @Test func aQuotientOfRangesHasItsClosedForm() throws {
        // ln of a ratio of lognormals is normal: the exact percentiles of SampleProgramTests.
        let ends = try Self.percentiles("(2.0M to 2.6M shells) / (4500 to 5500 containers)")
        #expect(abs(ends[0] - 388.587_190_996_188_3) < 1e-9 * 388.6)
        #expect(abs(ends[1] - 540.679_196_250_373_8) < 1e-9 * 540.7)
    }

    @Test func theSeedRatioMatchesAnIndependentIntegration() throws {
        // P(S ≤ s) = ∫ f_A(a) F_B(s − a) da for the two halves of each hedged figure, by the
        // midpoint rule over 20,000 slices and bisection (Python, math.erfc only):
        // 324.3082296915283 and 770.8725924590806.
        let ends = try Self.percentiles("about 2.3 million shells / about 5,000 containers")
        #expect(abs(ends[0] - 324.308_229_691_528_3) / 324.3 < 1e-4, "\(ends[0])")
        #expect(abs(ends[1] - 770.872_592_459_080_6) / 770.9 < 1e-4, "\(ends[1])")
    }

    @Test func aThreeFactorProductMatchesAMillionDraws() throws {
        let text = "about 5,000 containers * about 20 t / about 3 d"
        let ends = try Self.percentiles(text)
        var samples = try SamplingRun(count: 1_000_000, seed: 3, threads: 2).collect(
            try SampleProgram(text, calculator: TestNouns.calculator).model)
        let summary = SampleSummary(collected: &samples, seed: 3, levels: [5, 95])
        for (exact, sampled) in zip(ends, summary.percentiles.map(\.value)) {
            #expect(abs(exact - sampled) / exact < 0.003, "exact \(exact), sampled \(sampled)")
        }
    }

    @Test func anythingButAProductOfFiguresIsLeftToSampling() throws {
        let sum = try SampleProgram("about 5,000 containers + about 300 containers", calculator: TestNouns.calculator)
        #expect(try sum.logProductPercentiles([5, 95]) == nil)
        let defined = try SampleProgram("let x = about 5 km; x / 2", calculator: TestNouns.calculator)
        #expect(try defined.logProductPercentiles([5, 95]) == nil)
    }
}
