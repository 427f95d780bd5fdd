import Testing

@testable import ReckonCLI

/// The progress line: shown only on a terminal for long work, redrawn per whole percent,
/// erased at the end.
@Suite struct ProgressLineTests {
    @Test(arguments: [
        (true, 10_000_001, 10_000_000, true), (true, 10_000_000, 10_000_000, false),
        (false, 10_000_001, 10_000_000, false), (false, 1, 0, false), (true, 1, 0, true),
    ])
    func itIsWantedOnlyOnATerminalForLongWork(terminal: Bool, work: Int, threshold: Int, wanted: Bool) {
        #expect(ProgressLine.isWanted(terminal: terminal, work: work, longAbove: threshold) == wanted)
        #expect((ProgressLine("x", total: work, unit: nil, longAbove: threshold, terminal: terminal) { _ in } != nil) == wanted)
    }

    @Test func theTextCountsWithEveryDigit() {
        #expect(ProgressLine.text("sampling", done: 1_048_576, total: 10_000_001, unit: "draws")
            == "sampling: 10% (1,048,576 of 10,000,001 draws)")
        #expect(ProgressLine.text("extracting", done: 3, total: 4, unit: nil) == "extracting: 75%")
        #expect(ProgressLine.percentage(999, of: 1000) == 99)
        #expect(ProgressLine.percentage(5, of: 0) == 100)
    }

    @Test func itRedrawsOnlyWhenTheWholePercentChangesAndErasesAtTheEnd() throws {
        final class Screen { var writes: [String] = [] }
        let screen = Screen()
        let line = try #require(ProgressLine("sampling", total: 200, unit: "draws", longAbove: 0, terminal: true) { screen.writes.append($0) })
        for done in [1, 2, 3, 200] { line.update(done) }
        line.finish()
        #expect(screen.writes == [
            "\rsampling: 0% (1 of 200 draws)\u{1B}[K", "\rsampling: 1% (2 of 200 draws)\u{1B}[K",
            "\rsampling: 100% (200 of 200 draws)\u{1B}[K", "\r\u{1B}[K",
        ])
    }

    @Test func aLongRunInProcessIsSilentWhenStandardErrorIsNoTerminal() {
        // Tests run without a terminal flag: no progress reaches the messages.
        let outcome = CLIFixtures.run(["sample", "uniform(0, 1)", "--n", "10000001", "--seed", "1", "--format", "csv"])
        #expect(outcome.status == 0)
        #expect(outcome.errors.isEmpty)
        #expect(outcome.output.hasPrefix("n,seed,mean,sd,"))
    }
}
