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
        Usage: reckon eval [--format text|json] EXPRESSION
               reckon eval [--format text|json] -      (the expression from standard input)

        Prints the value, its range and what the range means, the unit, and how each
        hedge word was read. Words of EXPRESSION may be given as separate arguments.
        'let' and 'unit' definitions may come first: "let x = 5 kg; x * 2",
        "unit dose; unit vial; 5,000 doses / 500 vials"; --units FILE loads definitions
        from a file (the format of Datasets/units.txt).

        Examples:
          reckon eval "5000 lb in kg"
          reckon eval "about 2.3 million shells / about 5,000 containers"
          reckon eval --format json "100 to 180 km in mi"

        The JSON form is one object: low, nominal (null when there is none), high, unit,
        meaning (point, bounds, ci90, variants, disagreement) and notes.
        """
    static let options: [Arguments.Option] = [
        .init(name: "format", takesValue: true, help: "text (default) or json"),
        UnitsOption.option,
    ]

    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32 {
        let format = arguments.value("format") ?? "text"
        guard format == "text" || format == "json" else {
            throw CLIError.usage("unknown format '\(format)' (expected text|json)", command: name)
        }
        let (text, origin) = try ExpressionInput(arguments, command: name, console: &console).parts
        let calculator = try UnitsOption.calculator(arguments, console: &console)
        let value: Estimate
        do {
            value = try calculator.evaluate(text, origin: origin)
        } catch {
            throw CLIError.located(SourceErrorMessage.text(error, in: text))
        }
        guard value.low.isFinite, value.high.isFinite, value.nominal?.isFinite ?? true else {
            throw CLIError.input("the result is not a finite number")
        }
        if format == "json" {
            console.print(json(value))
        } else {
            console.print(value.formatted())
            for note in value.notes { console.print("note: \(note)") }
        }
        return 0
    }

    /// `{"low":…,"nominal":…,"high":…,"unit":"…","meaning":"…","notes":[…]}`.
    static func json(_ value: Estimate) -> String {
        let nominal = value.nominal.map(NumberFormatting.machine) ?? "null"
        let notes = value.notes.map(jsonString).joined(separator: ",")
        return "{\"low\":\(NumberFormatting.machine(value.low)),\"nominal\":\(nominal),\"high\":\(NumberFormatting.machine(value.high)),"
            + "\"unit\":\(jsonString(value.unit.symbol(plural: true))),\"meaning\":\(jsonString(value.meaning.rawValue)),"
            + "\"notes\":[\(notes)]}"
    }

    private static func jsonString(_ text: String) -> String { JSONRenderer.quoted(text) }
}
