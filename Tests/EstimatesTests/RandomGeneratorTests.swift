import Estimates
import TextCore
import Testing

@Suite struct RandomGeneratorTests {
    @Test func xoshiroMatchesTheReferenceSequenceFromStateOneTwoThreeFour() {
        var generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
        let expected: [UInt64] = [11520, 0, 1_509_978_240, 1_215_971_899_390_074_240, 1_216_172_134_540_287_360, 607_988_272_756_665_600]
        #expect((0..<6).map { _ in generator.next() } == expected)
    }

    @Test func splitMixMatchesTheReferenceSequenceForSeed1234567() {
        var mixer = SplitMix64(state: 1_234_567)
        let expected: [UInt64] = [
            6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
            4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
        ]
        #expect((0..<5).map { _ in mixer.next() } == expected)
    }

    @Test func aSeedAndStreamAlwaysGiveTheSameDraws() {
        var first = Xoshiro256StarStar(seed: 7, stream: 3)
        var second = Xoshiro256StarStar(seed: 7, stream: 3)
        #expect((0..<100).map { _ in first.next() } == (0..<100).map { _ in second.next() })
    }

    @Test func neighbouringStreamsAndSeedsDiffer() {
        func words(_ seed: UInt64, _ stream: UInt64) -> [UInt64] {
            var generator = Xoshiro256StarStar(seed: seed, stream: stream)
            return (0..<8).map { _ in generator.next() }
        }
        let reference = words(7, 0)
        for other in [words(7, 1), words(8, 0), words(6, 0), words(7, 2)] {
            #expect(Set(other).isDisjoint(with: reference))
        }
    }

    @Test func unitDrawsStayInTheirIntervalsAndAverageOneHalf() {
        var generator = Xoshiro256StarStar(seed: 11)
        let n = 200_000
        var sum = 0.0
        var openSum = 0.0
        for _ in 0..<n {
            let u = generator.nextUnit()
            let open = generator.nextOpenUnit()
            #expect(u >= 0 && u < 1)
            #expect(open > 0 && open < 1)
            sum += u
            openSum += open
        }
        // Mean of U(0, 1) is 1/2 with standard error sqrt(1/12/n).
        let tolerance = 5 * (1.0 / 12 / Double(n)).squareRoot()
        #expect(abs(sum / Double(n) - 0.5) < tolerance)
        #expect(abs(openSum / Double(n) - 0.5) < tolerance)
    }

    @Test func theStandardNormalQuantileMatchesKnownValues() {
        #expect(abs(SpecialFunctions.normalQuantile(0.95) - 1.6448536269514722) < 1e-15)
        #expect(abs(SpecialFunctions.normalQuantile(0.975) - 1.959963984540054) < 1e-15)
        #expect(SpecialFunctions.normalQuantile(0.5) == 0)
        #expect(abs(SpecialFunctions.normalQuantile(1e-10) + 6.361340902404056) < 1e-12)
        for p in [0.001, 0.02, 0.3, 0.6, 0.9, 0.999] {
            #expect(abs(SpecialFunctions.normalCDF(SpecialFunctions.normalQuantile(p)) - p) < 1e-14)
        }
    }

    @Test func theIncompleteBetaMatchesClosedForms() {
        // I_x(1, 1) = x; I_x(2, 1) = x²; I_x(1, 3) = 1 − (1 − x)³; I_x(a, a) at ½ is ½.
        for x in [0.1, 0.35, 0.8] {
            #expect(abs(SpecialFunctions.regularizedIncompleteBeta(x, 1, 1) - x) < 1e-13)
            #expect(abs(SpecialFunctions.regularizedIncompleteBeta(x, 2, 1) - x * x) < 1e-13)
            #expect(abs(SpecialFunctions.regularizedIncompleteBeta(x, 1, 3) - (1 - (1 - x) * (1 - x) * (1 - x))) < 1e-13)
        }
        #expect(abs(SpecialFunctions.regularizedIncompleteBeta(0.5, 7.5, 7.5) - 0.5) < 1e-13)
    }
}
