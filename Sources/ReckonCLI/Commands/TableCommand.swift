import Estimates
import Munitions
import Tables
import TextCore

/// `reckon table FILE`: reads a CSV file strictly and prints it in any format.
enum TableCommand: Command {
    static let name = "table"
    static let summary = "read a CSV file strictly and print it as a table, markdown, CSV, TSV or JSON"
    static let usage = """
        Usage: reckon table FILE [--estimate COLUMN]... [--number COLUMN]... [--require COLUMN]...
                                 [--input-delimiter CHAR] [--format FORMAT] [--output FILE]

        Reads FILE (a UTF-8 CSV file; '-' reads standard input) strictly: every problem is
        reported as FILE:LINE:COLUMN and nothing is written. The columns are found as
        reckon's CSV writer makes them: X_low, X_nominal, X_high (and X_unit, whose units
        must be known) form an estimate column X; a column whose every field is an
        unquoted number is a number column; the rest is text. Then the table is printed
        in the chosen format, with the CSV rules of every reckon table (text stays text,
        no formula, estimates as three number columns).

        --estimate reads a column of figures as written in the news ("100–180 km",
        "about 2.3 million shells") into an estimate column.
        """
    static let estimate = Option<String>(
        "estimate", "COLUMN", repeatable: true, help: "read COLUMN's text as figures (\"100–180 km\") into low/nominal/high")
    static let number = Option<String>("number", "COLUMN", repeatable: true, help: "COLUMN must hold numbers: anything else is an error")
    static let require = Option<String>("require", "COLUMN", repeatable: true, help: "COLUMN may not have empty fields")
    static let inputDelimiter = Option<Character>(
        "input-delimiter", "CHAR", completion: .choices([",", ";", "|", "tab"]),
        help: "the input's field separator: ',' (default; tab for *.tsv), ';', '|' or 'tab'",
        read: TableOutput.delimiterReader("input-delimiter"))
    static let options: [OptionSpec] = [estimate.spec, number.spec, require.spec, inputDelimiter.spec] + TableOutput.options
    static let operands = OptionSpec.Completion.file

    /// The largest input read.
    static let maximumBytes = 256 << 20

    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32 {
        guard arguments.positional.count == 1, let path = arguments.positional.first else {
            throw CLIError.usage(
                arguments.positional.isEmpty ? "table needs a FILE ('-' for standard input)" : "table reads one FILE", command: name)
        }
        let (format, csvOptions) = try TableOutput.settings(arguments)
        let delimiter = try arguments.value(inputDelimiter) ?? (path.lowercased().hasSuffix(".tsv") ? "\t" : ",")
        let origin = InputOrigin.name(path)
        var readings: [String: CSVColumnSpec.Reading] = [:]
        for column in try arguments.values(number) { readings[column] = .number }
        for column in try arguments.values(estimate) { readings[column] = .parsed(figureParser(column: column)) }
        let required = Set(try arguments.values(require))
        let bytes = try InputFile.read(path, limit: maximumBytes, console: &console)
        let table: Table
        do {
            let scalar = delimiter.unicodeScalars.first ?? ","
            let document = try CSVReader(delimiter: scalar, maximumBytes: maximumBytes).read(bytes: bytes, origin: origin)
            let columns = try TableCSVReader.inferredColumns(document, readings: readings, required: required)
            table = try TableCSVReader(unitCheck: unitProblem).read(document, columns: columns)
        } catch {
            throw CLIError.from(error)
        }
        try TableOutput.emit(withDisplays(table), format: format, csvOptions: csvOptions, arguments, console: &console)
        return 0
    }

    /// Why `unit` is not a unit of the registry, or `nil` when it is one.
    @Sendable static func unitProblem(_ unit: String) -> String? {
        do {
            _ = try UnitRegistry.munitions.unit(unit)
            return nil
        } catch {
            if case .unknownUnit(_, let suggestions) = error.reason {
                return suggestions.isEmpty ? "not in Datasets/units.txt" : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
            }
            return error.message
        }
    }

    /// Reads a field such as "100–180 km" with the estimate parser.
    static func figureParser(column: String) -> CSVCellParser {
        CSVCellParser { text throws(CSVFieldProblem) in
            do throws(EstimateError) {
                return .estimate(EstimateCell(try EstimateParser.munitions.parse(text).estimate))
            } catch {
                let offset = error.location?.column ?? 1
                if case .unknownUnit(let unit, let suggestions) = error.reason {
                    let detail = suggestions.isEmpty ? "not in Datasets/units.txt" : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
                    throw CSVFieldProblem(.unknownUnit(column: column, text: unit, detail: detail), offset: offset)
                }
                throw CSVFieldProblem(
                    .badValue(column: column, text: text, expected: "a figure such as '100–180 km': \(error.message)"), offset: offset)
            }
        }
    }

    /// Numbers and estimates read from a file are shown with all their digits (up to 15),
    /// not rounded as computed figures are.
    static func withDisplays(_ table: Table) -> Table {
        var result = Table(title: table.title, columns: table.columns, footnotes: table.footnotes)
        for row in table.rows {
            result.append(
                row.map { cell in
                    switch cell {
                    case .number(let value, nil):
                        return .number(value, display: NumberFormatting.display(value, significantDigits: 15))
                    case .estimate(var estimate) where estimate.display == nil:
                        let low = NumberFormatting.display(estimate.low, significantDigits: 15)
                        let high = NumberFormatting.display(estimate.high, significantDigits: 15)
                        let range = estimate.low == estimate.high ? low : "\(low)–\(high)"
                        estimate.display = estimate.nominal.map { "\(NumberFormatting.display($0, significantDigits: 15)) (\(range))" } ?? range
                        return .estimate(estimate)
                    default:
                        return cell
                    }
                })
        }
        return result
    }
}
