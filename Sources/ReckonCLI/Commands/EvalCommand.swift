import Estimates
import Munitions
import Tables
import TextCore

/// `reckon eval EXPRESSION`: the value of one expression, with its range, unit and the
/// reading of every hedge.
enum EvalCommand: Command {
    static let name = "eval"
    static let summary = "evaluate an expression with units, ranges and hedges"
    static let usage = """
        Usage: reckon eval [OPTIONS] EXPRESSION
               reckon eval [OPTIONS] -      (the expression from standard input)
               reckon eval [OPTIONS] -- EXPRESSION     (an expression that starts with '-')

        Prints the value, its range and what the range means, the unit, and how each
        hedge word was read. Words of EXPRESSION may be given as separate arguments.
        'let' and 'unit' definitions may come first: "let x = 5 kg; x * 2",
        "unit dose; unit vial; 5,000 doses / 500 vials"; --units FILE loads definitions
        from a file (the format of Datasets/units.txt).

        Examples:
          reckon eval "5000 lb in kg"
          reckon eval "about 2.3 million shells / about 5,000 containers"
          reckon eval --format json "100 to 180 km in mi"
          reckon eval -f csv "about 2.3 million shells / about 5,000 containers"

        The text form (the default) is the value, then one 'note:' line per hedge read. The
        JSON form is one object: low, nominal (null when there is none), high, unit, meaning
        (point, bounds, ci90, ci90_bounds, variants, disagreement) and notes. A result of
        two or more ranges, one a 90% range, is the bounds of those ranges (ci90_bounds), not
        a 90% range; then a note, JSON's range90 and the table's range90 columns give the
        90% range of the expression with its inputs drawn (5th, 50th and 95th percentiles:
        exact for products and quotients, else 100,000 draws, seed 1). The table forms
        (table, markdown, csv, tsv, xlsx) are one row: expression, value (low, nominal,
        high), unit, meaning, range90 (low, nominal = median, high) and range90_method; the notes are footnotes of the table and markdown forms and the notes
        sheet of xlsx, and go to standard error with csv and tsv. CSV and TSV text is plain
        by default (--csv).
        """
    static let format = Option<EvalFormat>(
        "format", short: "f", "FORMAT", choosing: EvalFormat.allCases,
        help: "\(EvalFormat.allCases.map(\.rawValue).joined(separator: "|")) (default: text)")
    static let options: [OptionSpec] = [format.spec] + TableOutput.optionsAfterFormat + [UnitsOption.option.spec]

    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32 {
        let format = try arguments.value(Self.format) ?? .text
        var csvOptions: CSVOptions?
        let target: OutputTarget
        if case .table(let tableFormat) = format {
            csvOptions = try TableOutput.csvOptions(arguments, format: tableFormat)
            target = try TableOutput.target(arguments, format: tableFormat, console: console)
        } else {
            try TableOutput.refuseCSVOptions(arguments, formatName: format.rawValue)
            target = try TableOutput.target(arguments)
        }
        let (text, origin) = try ExpressionInput(arguments, console: &console).parts
        let calculator = try UnitsOption.calculator(arguments, console: &console)
        let (script, value) = try evaluate(text, origin: origin, calculator: calculator)
        let sampled = EvalSampledRange.of(script, value: value)
        let notes = value.notes + (sampled.map { [note($0, unit: value.unit.symbol(plural: true))] } ?? [])
        let range = try? sampled?.get()
        switch format {
        case .text:
            let lines = [value.formatted()] + notes.map { "note: \($0)" }
            try target.write(Array((lines.joined(separator: "\n") + "\n").utf8), console: &console)
        case .json:
            try target.write(Array((json(value, sampled: range, notes: notes) + "\n").utf8), console: &console)
        case .table(let tableFormat):
            try TableOutput.emit(
                table(value, expression: text, sampled: range, notes: notes), format: tableFormat, csvOptions: csvOptions, arguments, console: &console)
            if !tableFormat.showsFootnotes { for note in notes { console.error("note: \(note)") } }
        }
        return 0
    }

    /// The draws behind a sampled 90% range, where it is not computed exactly: enough for its
    /// ends to about 1%, and a fixed seed, so the note is the same on every run.
    static let sampledDraws = 100_000

    /// The note on the sampled range, or on why there is none.
    private static func note(_ sampled: Result<EvalSampledRange, EstimateError>, unit: String) -> String {
        switch sampled {
        case .success(let range): return range.note(unit: unit)
        case .failure(let error): return "no 90% range of the inputs drawn: \(error.message)"
        }
    }

    /// The value of `text`, finite.
    private static func evaluate(_ text: String, origin: String, calculator: Calculator) throws(CLIError) -> (Script, Estimate) {
        let script: Script
        let value: Estimate
        do {
            script = try calculator.parseScript(text, origin: origin)
            value = try calculator.evaluate(script)
        } catch {
            throw CLIError.located(SourceErrorMessage.text(error, in: text))
        }
        guard value.low.isFinite, value.high.isFinite, value.nominal?.isFinite ?? true else {
            throw CLIError.input("the result is not a finite number")
        }
        return (script, value)
    }

    /// One row: the expression, the value (low, nominal, high), its unit and meaning, and the
    /// sampled 90% range (`range90_low`, `range90_nominal` = its median, `range90_high`,
    /// `range90_method`; empty unless the value is the bounds of 90% ranges); the hedge
    /// readings as footnotes.
    static func table(_ value: Estimate, expression: String, sampled: EvalSampledRange?, notes: [String]) -> Table {
        var table = Table(
            columns: [
                Column(name: "expression", kind: .text), Column(name: "value", kind: .estimate),
                Column(name: "unit", kind: .text), Column(name: "meaning", kind: .text),
                Column(name: "range90", label: "sampled 90% range", kind: .estimate),
                Column(name: "range90_method", label: "found by", kind: .text),
            ],
            footnotes: notes.map { "note: \($0)" })
        let range: Cell = sampled.map {
            .estimate(
                EstimateCell(
                    low: $0.low, nominal: $0.median, high: $0.high, meaning: .ci90,
                    display: $0.rangeText))
        } ?? .empty
        table.append([
            .text(expression), .estimate(EstimateCell(value).withoutUnit), .text(value.unit.symbol(plural: true)),
            .text(value.meaning.rawValue), range, sampled.map { .text($0.method) } ?? .empty,
        ])
        return table
    }

    /// `{"low":…,"nominal":…,"high":…,"unit":"…","meaning":"…","range90":…,"notes":[…]}`;
    /// `range90` is `{"low":…,"median":…,"high":…,"method":"exact"}` (or `"100000 draws,
    /// seed 1"`) when the value is the bounds of 90% ranges, else `null`.
    static func json(_ value: Estimate, sampled: EvalSampledRange?, notes: [String]) -> String {
        let nominal = value.nominal.map(NumberFormatting.machine) ?? "null"
        let notes = notes.map(jsonString).joined(separator: ",")
        // The ends rounded outward, so that the written range holds the computed one.
        let low = NumberFormatting.machine(MachineNumber.outward(value.low, .down))
        let high = NumberFormatting.machine(MachineNumber.outward(value.high, .up))
        let range = sampled.map {
            "{\"low\":\(NumberFormatting.machine(MachineNumber.outward($0.low, .down))),"
                + "\"median\":\(NumberFormatting.machine($0.median)),"
                + "\"high\":\(NumberFormatting.machine(MachineNumber.outward($0.high, .up))),"
                + "\"method\":\(jsonString($0.method))}"
        } ?? "null"
        return "{\"low\":\(low),\"nominal\":\(nominal),\"high\":\(high),"
            + "\"unit\":\(jsonString(value.unit.symbol(plural: true))),\"meaning\":\(jsonString(value.meaning.rawValue)),"
            + "\"range90\":\(range),\"notes\":[\(notes)]}"
    }

    private static func jsonString(_ text: String) -> String { JSONRenderer.quoted(text) }
}

extension EstimateCell {
    /// The cell without its own unit, for a table whose `unit` column names it once.
    var withoutUnit: EstimateCell {
        var cell = self
        cell.unit = nil
        return cell
    }
}

extension TableFormat {
    /// Whether the form keeps a table's title and footnotes (aligned text, markdown, and
    /// xlsx, whose notes sheet holds them).
    var showsFootnotes: Bool { self == .table || self == .markdown || self == .xlsx }
}
