import Testing

@testable import ReckonCLI

/// Random token soup, from a fixed seed: every input either evaluates or gets an error with
/// exit code 2; none crashes, and no infinity or NaN reaches the output.
@Suite struct RandomInputTests {
    static let tokens = [
        "1", "2.3M", "0", "5,000", "99", "1e300", "1e-300", "1e-320", "-", "+", "*", "/", "^", "^2", "(", ")", ",", "²",
        "kg", "m", "km^99", "mm^90", "t/container", "shells", "containers", "%", "in", "in m", "in kg", "to", "–", "-180",
        "about", "nearly", "several dozen", "between", "and", "sqrt(", "min(", "max(", "round(", "nominal(", "low(",
        "let x =", "x", ";", "\n", "check", "<", ">=", "within", "≈", "±", "+/-", "#", "ton", "2.3m", "152-mm", "per",
    ]

    /// A small deterministic generator (64-bit LCG), so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static func inputs(count: Int, seed: UInt64) -> [String] {
        var generator = Generator(state: seed)
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<(1 + generator.next(12)) {
                text += tokens[generator.next(tokens.count)]
                if generator.next(3) > 0 { text += " " }
            }
            return text
        }
    }

    @Test func randomExpressionsNeverCrashAndNeverPrintNonFiniteNumbers() {
        var evaluated = 0
        for text in Self.inputs(count: 3_000, seed: 20_240_111) {
            // Standard input is empty: the expression "-" alone means "read standard input".
            let outcome = CLIFixtures.run(["eval", "--format", "json", text], input: [])
            #expect(outcome.status == 0 || outcome.status == 2, "\(text)")
            if outcome.status == 0 {
                evaluated += 1
                #expect(!outcome.output.contains("inf") && !outcome.output.contains("nan"), "\(text)")
            } else {
                #expect(
                    outcome.errors.hasPrefix("<expression>:") || outcome.errors.hasPrefix("<stdin>:")
                        || outcome.errors.hasPrefix("reckon: error:"), "\(text)")
            }
        }
        // The soup is not all errors: some of it evaluates.
        #expect(evaluated > 100)
    }

    @Test func randomScriptsNeverCrash() {
        for text in Self.inputs(count: 1_000, seed: 7) {
            let outcome = CLIFixtures.run(["run", "-"], input: Array(("let y = 1\n" + text).utf8))
            #expect([0, 1, 2].contains(outcome.status), "\(text)")
        }
    }
}
