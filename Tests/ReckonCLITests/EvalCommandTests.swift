import Testing

@testable import ReckonCLI

/// `reckon eval`: the value, its range, unit and hedge readings; JSON; errors with a caret.
@Suite struct EvalCommandTests {
    @Test func aConversionPrintsTheValueAndUnit() {
        let outcome = CLIFixtures.run(["eval", "5000 lb in kg"])
        #expect(outcome.status == 0)
        #expect(outcome.output == "2,267.96 kg\n")
        #expect(outcome.errors.isEmpty)
    }

    @Test func theSeedRatioPrintsItsRangeAndHedgeReadings() {
        let outcome = CLIFixtures.run(["eval", "about 2.3 million shells / about 5,000 containers"])
        #expect(outcome.status == 0)
        #expect(
            outcome.output == """
                460 shells/container (300–834, bounds of 90% ranges)
                note: “about 2.3 million” read as 2,100,000–2,500,000 (x ± 2u; each side at most x/2; u = 100,000)
                note: “about 5,000” read as 3,000–7,000 (x ± 2u; each side at most x/2; u = 1,000)
                note: 90% range with the inputs drawn as their readings say: 324–771 shells/container (5th–95th percentiles, computed without sampling; the range above holds every combination of the inputs' 90% ranges)

                """)
    }

    @Test func separateWordsAreOneExpression() {
        #expect(CLIFixtures.run(["eval", "100", "to", "180", "km", "in", "mi"]).output == "62.1–112 mi (bounds)\n")
    }

    @Test func jsonIsOneObjectWithTheSevenKeys() {
        let outcome = CLIFixtures.run(["eval", "--format", "json", "about 2.3 million shells / about 5,000 containers"])
        #expect(outcome.status == 0)
        #expect(
            outcome.output
                == #"{"low":300,"nominal":460,"high":833.333333333334,"unit":"shells/container","meaning":"ci90_bounds","range90":{"low":324.306217468557,"median":463.136455487702,"high":770.902598270226,"method":"exact"},"notes":["“about 2.3 million” read as 2,100,000–2,500,000 (x ± 2u; each side at most x/2; u = 100,000)","“about 5,000” read as 3,000–7,000 (x ± 2u; each side at most x/2; u = 1,000)","90% range with the inputs drawn as their readings say: 324–771 shells/container (5th–95th percentiles, computed without sampling; the range above holds every combination of the inputs' 90% ranges)"]}"#
                + "\n")
    }

    @Test func jsonHasNullForAMissingNominal() {
        let outcome = CLIFixtures.run(["eval", "--format=json", "100-180 km"])
        #expect(outcome.output == #"{"low":100,"nominal":null,"high":180,"unit":"km","meaning":"bounds","range90":null,"notes":[]}"# + "\n")
    }

    @Test func theExpressionCanComeFromStandardInput() {
        let outcome = CLIFixtures.run(["eval", "-"], input: Array("let x = 5 kg\nx * 2\n".utf8))
        #expect(outcome.status == 0)
        #expect(outcome.output == "10 kg\n")
    }

    @Test func anErrorShowsTheLineWithACaretAndExitsWithTwo() {
        let outcome = CLIFixtures.run(["eval", "5 kgs in lb"])
        #expect(outcome.status == 2)
        #expect(outcome.output.isEmpty)
        #expect(
            outcome.errors == """
                <expression>:1:3: error: unknown unit 'kgs' (did you mean 'kg'?)
                  5 kgs in lb
                    ^

                """)
    }

    @Test func invalidUTF8OnStandardInputIsLocated() {
        let outcome = CLIFixtures.run(["eval", "-"], input: [0x35, 0x20, 0xC3, 0x28])
        #expect(outcome.status == 2)
        #expect(outcome.errors.hasPrefix("<stdin>:1:3: error: the input is not valid UTF-8\n"))
    }

    @Test(arguments: [["eval"], ["eval", "--format", "xml", "1"], ["eval", "--bogus", "1"]])
    func usageErrorsExitWithTwo(_ words: [String]) {
        let outcome = CLIFixtures.run(words)
        #expect(outcome.status == 2)
        #expect(outcome.errors.hasPrefix("reckon: error: "))
    }

    @Test func checksBelongInScripts() {
        let outcome = CLIFixtures.run(["eval", "check 5 kg < 6 kg"])
        #expect(outcome.status == 2)
        #expect(outcome.errors.hasPrefix("<expression>:1:1: error: a check runs in a script ('reckon run FILE.rk')"))
        let printed = CLIFixtures.run(["eval", "print 5; 6"])
        #expect(printed.errors.hasPrefix("<expression>:1:1: error: only 'let' and 'unit' definitions may come before the expression"))
    }
}
