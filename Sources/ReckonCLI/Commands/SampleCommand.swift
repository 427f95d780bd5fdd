import Estimates
import Munitions
import Tables
import TextCore

/// `reckon sample EXPRESSION`: Monte Carlo draws of an expression whose ranges and
/// distributions are sampled: mean, standard deviation and percentiles, with the seed.
enum SampleCommand: Command {
    static let name = "sample"
    static let summary = "Monte Carlo percentiles of an expression with ranges and distributions"
    static let usage = """
        Usage: reckon sample [OPTIONS] EXPRESSION
               reckon sample [OPTIONS] -      (the expression from standard input)

        Draws the expression N times and prints the mean, the standard deviation and
        percentiles, with the seed that reproduces them. A range as written (2.0M to 2.6M,
        about 5,000) is a lognormal whose 5th and 95th percentiles are its ends; exact figures
        stay exact. Distributions: normal(mean, sd), normal(low to high), lognormal(low to
        high), uniform(low, high), triangular(low, mode, high), pert(low, mode, high),
        beta(alpha, beta[, low, high]), mixture([values…], [weights…]). 'let' definitions
        may come first; a variable is drawn once, so "let x = 1 to 3; x - x" is exactly 0.

        The same seed gives the same numbers with any --threads. Above 10,000,000 draws (or
        with --streaming) draws are not kept: percentiles come from a fine histogram, within
        0.049% of the exact ones, in memory that does not grow with N. A run above 10,000,000
        draws shows a progress line on standard error when standard error is a terminal.

        Examples:
          reckon sample "(2.0M to 2.6M shells) / (4500 to 5500 containers)" --seed 7
          reckon sample "mixture([0, 1, 1 to 3, 2 to 10], [0.6, 0.2, 0.1, 0.1])" --n 1e6
          reckon sample "about 2.3 million shells / about 5,000 containers" --histogram
          reckon sample "let x = 1 to 3; x - x" --format json

        --format json prints one object: n, seed, mean, sd, percentiles (keyed by level),
        unit, percentile_method (exact or histogram), and with --histogram the bins. With
        --format csv or tsv, --histogram prints the bins instead of the summary row.
        """
    static let draws = Option<Int>(
        "n", short: "n", "N", help: "the number of draws (default 1e6; 1e6, 1000000 and 1,000,000 all work)", read: SampleSettings.draws)
    static let seed = Option<UInt64>(
        "seed", short: "s", "SEED", help: "the seed, 0 to 999,999,999,999,999 (default: a random one, printed)",
        read: SampleSettings.seed)
    static let threads = Option<Int>(
        "threads", short: "j", "N", help: "worker threads (default: one per processor)", read: SampleSettings.threads)
    static let percentiles = Option<[Double]>(
        "percentiles", "LEVELS", help: "comma-separated levels from 0 to 100 (default 5,50,95; at most 101, duplicates merged)",
        read: SampleSettings.levels)
    static let histogram = Flag("histogram", help: "also print a histogram (text bars; bins as CSV with --format csv)")
    static let bins = Option<Int>("bins", "N", help: "about how many histogram bins (default 20)", read: SampleSettings.bins)
    static let samplesCSV = Option<OutputTarget>(
        "samples-csv", "FILE", completion: .file, help: "write every draw to FILE as CSV (atomically)",
        read: OutputTarget.reading("samples-csv", allowsStandardOutput: false))
    static let streaming = Flag("streaming", help: "keep no draws even for N ≤ 10,000,000 (histogram percentiles)")
    static let options: [OptionSpec] =
        [draws.spec, seed.spec, threads.spec, percentiles.spec, histogram.spec, bins.spec, samplesCSV.spec, streaming.spec]
        + TableOutput.options + [UnitsOption.option.spec]

    /// Above this many draws, runs stream.
    static let streamingAbove = 10_000_000
    /// The largest seed: 15 digits, so that every CSV, JSON and spreadsheet keeps it exactly.
    static let largestSeed: UInt64 = 999_999_999_999_999
    /// The most draws a run may take.
    static let maximumDraws = 10_000_000_000

    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32 {
        var settings = try SampleSettings(arguments, console: console)
        settings.terminal = console.standardErrorIsTerminal
        let (text, origin) = try ExpressionInput(arguments, console: &console).parts
        let calculator = try UnitsOption.calculator(arguments, console: &console)
        let program: SampleProgram
        do {
            program = try SampleProgram(text, origin: origin, calculator: calculator)
        } catch {
            throw CLIError.located(SourceErrorMessage.text(error, in: text))
        }
        let report: SampleReport
        do {
            report = try SampleReport(program: program, settings: settings, console: console)
        } catch let error as EstimateError {
            // An error about the draws as a whole points at the expression.
            throw CLIError.located(SourceErrorMessage.text(error.located(at: program.expression.location), in: text))
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError.input("\(error)")
        }
        let title = text.count <= 120 ? text : String(text.prefix(117)) + "…"
        try emit(report, title: title, settings: settings, console: &console)
        return 0
    }

    private static func emit(
        _ report: SampleReport, title: String, settings: SampleSettings, console: inout Console
    ) throws(CLIError) {
        let output: String
        switch settings.format {
        case .json:
            output = report.json + "\n"
        case .table(let format) where format == .table || format == .markdown:
            var text = format.render(report.summary.table(title: title))
            if let histogram = report.histogram {
                let unit = report.summary.unit.isOne ? "plain numbers" : report.summary.unit.symbol(plural: true)
                let bars = histogram.bars().joined(separator: "\n")
                text += format == .markdown ? "\nHistogram (\(unit)):\n\n```text\n\(bars)\n```\n" : "\nHistogram (\(unit)):\n\(bars)\n"
            }
            output = text
        case .table(let format) where format == .xlsx:
            // The workbook keeps the title and the notes (seed, percentile method).
            var table = report.histogram?.table(unit: unitName(report)) ?? report.summary.table(title: title)
            if report.histogram != nil {
                table.title = title
                table.footnotes = report.summary.table().footnotes
            }
            try TableOutput.emit(table, format: format, csvOptions: nil, to: settings.output, command: name, console: &console)
            return
        case .table(let format):
            let table = report.histogram?.table(unit: unitName(report)) ?? report.summary.table()
            do { try table.checkHeaders() } catch { throw CLIError.input(error.message) }
            output = format.render(table, csvOptions: settings.csv)
        }
        try settings.output.write(Array(output.utf8), console: &console)
    }

    /// The unit of the draws for headers, `nil` for plain numbers.
    private static func unitName(_ report: SampleReport) -> String? {
        report.summary.unit.isOne ? nil : report.summary.unit.symbol(plural: true)
    }
}
