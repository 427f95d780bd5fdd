import Estimates
import Munitions
import Tables
import TextCore

/// `reckon run FILE.rk`: runs a calculator script and prints a table of its checks.
enum RunCommand: Command {
    static let name = "run"
    static let summary = "run a calculator script (.rk) and report its checks"
    static let usage = """
        Usage: reckon run [--format FORMAT] [--output FILE] SCRIPT.rk
               reckon run -                       (the script from standard input)

        Runs the script's statements in order: 'let' definitions, 'unit' definitions
        ('unit wagon', 'unit trainload = 50 wagons'), 'print' (and bare
        expressions), 'check' statements, each consistent, possibly or inconsistent, and
        'sample' statements, which draw the expression (--n times, seed --seed, the same
        numbers with any --threads) and print its mean, spread and 5th/50th/95th percentiles.
        Distributions (normal(…), mixture([…], […]), …) work everywhere: in 'sample' they are
        drawn, elsewhere they are read as their 90% range or bounds.
        Prints the values first (to standard error when --format is not table, so that
        standard output stays machine-readable), then a table of the checks.

        Exit codes: 0 no check is inconsistent, 1 at least one check is inconsistent (each
        is also named on standard error), 2 bad input (file:line:column, the line, a caret).
        """
    static let options: [Arguments.Option] =
        TableOutput.options + [
            .init(name: "n", takesValue: true, help: "draws for each 'sample' statement (default 100,000)"),
            .init(name: "seed", takesValue: true, help: "the seed of 'sample' statements (default 1)"),
            .init(name: "threads", takesValue: true, help: "worker threads for 'sample' statements (default: one per processor)"),
            UnitsOption.option,
        ]

    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32 {
        guard arguments.positional.count == 1, let path = arguments.positional.first else {
            throw CLIError.usage(arguments.positional.isEmpty ? "expected a script file" : "expected one script file", command: name)
        }
        let (format, _) = try TableOutput.settings(arguments, command: name)
        let origin = path == "-" ? "<stdin>" : path
        let bytes = try InputFile.read(path, limit: LanguageLimits.maximumInputBytes, console: &console)
        let text = try SourceErrorMessage.decode(bytes, origin: origin)
        var calculator = try UnitsOption.calculator(arguments, console: &console)
        calculator.sampling = try SampleSettings.scriptSampling(arguments, command: name)
        let run: ScriptRun
        do {
            run = try calculator.run(text, origin: origin)
        } catch {
            throw CLIError.located(SourceErrorMessage.text(error, in: text))
        }
        // Values and readings go to standard output with the aligned table, else to standard
        // error so that CSV output stays machine-readable.
        var messages: [String] = run.events.compactMap { event in
            switch event {
            case .printed(let value): return value.line
            case .sampled(let value): return value.line
            case .checked: return nil
            }
        }
        if run.checks.isEmpty {
            let readings = readings(run)
            if !readings.isEmpty { messages += ["", "Readings:"] + readings.map { "- \($0)" } }
        }
        for line in messages {
            if format == .table { console.print(line) } else { console.error(line) }
        }
        // The aligned form leaves out an empty table; CSV and --output always get one (a header).
        if !run.checks.isEmpty || format != .table || arguments.value("output") != nil {
            if format == .table && !messages.isEmpty { console.print("") }
            try TableOutput.emit(table(run, origin: origin), arguments, command: name, console: &console)
            let notes = readings(run)
            if format != .table && !notes.isEmpty {
                console.error("Readings:")
                for note in notes { console.error("- \(note)") }
            }
        }
        for check in run.checks where check.consistency == .inconsistent {
            let place = check.location.map { "\($0): " } ?? ""
            console.error("\(place)check inconsistent: \(check.text) (\(check.summary))")
        }
        return run.hasInconsistentCheck ? 1 : 0
    }

    /// One row per check: where, what, the value, the range it was held against, the verdict.
    static func table(_ run: ScriptRun, origin: String) -> Table {
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
        // The bound is in the value's unit: one unit column says it for both.
        func inUnitColumn(_ estimate: Estimate) -> Cell {
            var cell = EstimateCell(estimate)
            cell.unit = nil
            return .estimate(cell)
        }
        for check in run.checks {
            table.append([
                .number(Double(check.location?.line ?? 0)),
                .text(check.text),
                inUnitColumn(check.value),
                inUnitColumn(check.bound),
                .text(check.value.unit.symbol(plural: true)),
                .text(check.consistency.rawValue),
            ])
        }
        let counts = Consistency.allCases.map { kind in "\(run.checks.filter { $0.consistency == kind }.count) \(kind.rawValue)" }
        table.footnotes = ["\(run.checks.count) check\(run.checks.count == 1 ? "" : "s"): " + counts.joined(separator: ", ")]
        let notes = readings(run)
        if !notes.isEmpty {
            table.footnotes.append("Readings:")
            table.footnotes += notes.map { "- \($0)" }
        }
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
