import Estimates
import Munitions
import Tables
import TextCore

/// `reckon run FILE.rk`: runs a calculator script and prints a table of its checks.
enum RunCommand: Command {
    static let name = "run"
    static let summary = "run a calculator script (.rk) and report its checks"
    static let usage = """
        Usage: reckon run [OPTIONS] SCRIPT.rk
               reckon run [OPTIONS] -                       (the script from standard input)

        Runs the script's statements in order: 'let' definitions, 'unit' definitions
        ('unit wagon', 'unit trainload = 50 wagons'), 'print' (and bare
        expressions), 'check' statements, each consistent, possibly or inconsistent, and
        'sample' statements, which draw the expression (--n times, seed --seed, the same
        numbers with any --threads) and print its mean, spread and 5th/50th/95th percentiles.
        Distributions (normal(…), mixture([…], […]), …) work everywhere: in 'sample' they are
        drawn, elsewhere they are read as their 90% range or bounds.

        --format table (the default) prints the values, one line each, then a table of the
        checks. Every other format (markdown, csv, tsv, json) writes one table of results:
        a row per print, sample and check statement in script order, told apart by the
        'kind' column (print, sample, check), with the value (low, nominal, high), unit,
        meaning, the bound and result of checks, and the mean, sd, draws and seed of samples.
        The hedge readings are footnotes in markdown, and go to standard error otherwise.

        Exit codes: 0 no check is inconsistent, 1 at least one check is inconsistent (each
        is also named on standard error), 2 bad input (file:line:column, the line, a caret).
        """
    static let draws = Option<Int>(
        "n", short: "n", "N", help: "draws for each 'sample' statement (default 100,000)", read: SampleSettings.draws)
    static let seed = Option<UInt64>(
        "seed", short: "s", "SEED", help: "the seed of 'sample' statements (default 1)", read: SampleSettings.seed)
    static let threads = Option<Int>(
        "threads", short: "j", "N", help: "worker threads for 'sample' statements (default: one per processor)",
        read: SampleSettings.threads)
    static let options: [OptionSpec] = TableOutput.options + [draws.spec, seed.spec, threads.spec, UnitsOption.option.spec]
    static let operands = OptionSpec.Completion.file

    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32 {
        guard arguments.positional.count == 1, let path = arguments.positional.first else {
            throw CLIError.usage(arguments.positional.isEmpty ? "expected a script file" : "expected one script file", command: name)
        }
        let (format, csvOptions) = try TableOutput.settings(arguments)
        let target = try TableOutput.target(arguments)
        let origin = InputOrigin.name(path)
        let bytes = try InputFile.read(path, limit: LanguageLimits.maximumInputBytes, console: &console)
        let text = try SourceErrorMessage.decode(bytes, origin: origin)
        var calculator = try UnitsOption.calculator(arguments, console: &console)
        calculator.sampling = try SampleSettings.scriptSampling(arguments)
        let run: ScriptRun
        do {
            run = try calculator.run(text, origin: origin)
        } catch {
            throw CLIError.located(SourceErrorMessage.text(error, in: text))
        }
        if format == .table {
            try target.write(Array(terminalView(run, origin: origin).utf8), console: &console)
        } else {
            try TableOutput.emit(RunResults.table(run, origin: origin), format: format, csvOptions: csvOptions, arguments, console: &console)
            if !format.showsFootnotes {
                for line in readingLines(run) { console.error(line) }
            }
        }
        for check in run.checks where check.consistency == .inconsistent {
            let place = check.location.map { "\($0): " } ?? ""
            console.error("\(place)check inconsistent: \(check.text) (\(check.summary))".escapedForTerminal)
        }
        return run.hasInconsistentCheck ? 1 : 0
    }

    /// The aligned form: the values, one line each, then the checks table (or, without
    /// checks, the readings).
    static func terminalView(_ run: ScriptRun, origin: String) -> String {
        var lines: [String] = run.events.compactMap { event in
            switch event {
            case .printed(let value): return value.line
            case .sampled(let value): return value.line
            case .checked: return nil
            }
        }
        if run.checks.isEmpty {
            let readings = readingLines(run)
            if !readings.isEmpty { lines += [""] + readings }
            return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        }
        let checks = TableFormat.table.render(checksTable(run, origin: origin))
        return lines.isEmpty ? checks : lines.joined(separator: "\n") + "\n\n" + checks
    }

    /// `Readings:` and one line per hedge reading, or nothing.
    static func readingLines(_ run: ScriptRun) -> [String] {
        let notes = readings(run)
        return notes.isEmpty ? [] : ["Readings:"] + notes.map { "- \($0)" }
    }

    /// One row per check: where, what, the value, the range it was held against, the verdict.
    static func checksTable(_ run: ScriptRun, origin: String) -> Table {
        var table = Table(
            title: "Checks in \(origin)",
            columns: [
                Column(name: "line", kind: .number),
                Column(name: "check", kind: .text),
                Column(name: "value", kind: .estimate),
                Column(name: "bound", kind: .estimate),
                Column(name: "unit", kind: .text),
                Column(name: "result", kind: .text),
            ])
        for check in run.checks {
            table.append([
                .number(Double(check.location?.line ?? 0)),
                .text(check.text),
                .estimate(EstimateCell(check.value)),
                .estimate(EstimateCell(check.bound)),
                .text(check.value.unit.symbol(plural: true)),
                .text(check.consistency.rawValue),
            ])
        }
        let counts = Consistency.allCases.map { kind in "\(run.checks.filter { $0.consistency == kind }.count) \(kind.rawValue)" }
        table.footnotes = ["\(run.checks.count) check\(run.checks.count == 1 ? "" : "s"): " + counts.joined(separator: ", ")]
        table.footnotes += readingLines(run)
        return table
    }

    /// How the figures were read (hedges), each once, in order of first use.
    static func readings(_ run: ScriptRun) -> [String] {
        var notes: [String] = []
        for event in run.events {
            let estimates: [Estimate]
            switch event {
            case .printed(let value): estimates = [value.value]
            case .checked(let check): estimates = [check.value, check.bound]
            case .sampled: estimates = []
            }
            for note in estimates.flatMap(\.notes) where !notes.contains(note) { notes.append(note) }
        }
        return notes
    }
}
