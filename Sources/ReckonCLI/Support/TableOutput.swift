import Tables
import TextCore

/// The options every table-printing command shares, and the code that prints or saves.
enum TableOutput {
    /// `-f, --format FORMAT`.
    static let format = Option<TableFormat>(
        "format", short: "f", "FORMAT", choosing: TableFormat.allCases, help: "\(TableFormat.names) (default: table)")
    /// `-o, --output FILE`.
    static let output = Option<OutputTarget>(
        "output", short: "o", "FILE", completion: .file,
        help: "write to FILE atomically instead of standard output ('-': standard output)",
        read: OutputTarget.reading("output"))
    /// `--line-ending ENDING`.
    static let lineEnding = Option<CSVOptions.LineEnding>(
        "line-ending", "ENDING", completion: .choices(["crlf", "lf"]),
        help: "CSV/TSV line endings: crlf or lf (default: crlf for csv, lf for tsv)"
    ) { text throws(OptionProblem) in
        guard let ending = CSVOptions.LineEnding(rawValue: text) else {
            throw OptionProblem("unknown line ending '\(text)' (expected crlf or lf)")
        }
        return ending
    }
    /// `--delimiter CHAR`.
    static let delimiter = Option<Character>(
        "delimiter", "CHAR", completion: .choices([",", ";", "|", "tab"]),
        help: "CSV field separator: ',' (default), ';' (decimal-comma locales), '|' or tab", read: delimiterReader("delimiter"))
    /// `--excel`.
    static let excel = Flag("excel", help: "begin CSV/TSV with a UTF-8 byte-order mark for Excel")

    /// Every option after `--format` (for a command with a format of its own, as `eval`).
    static let optionsAfterFormat: [OptionSpec] = [output.spec, lineEnding.spec, delimiter.spec, excel.spec]
    /// `--format`, `--output`, and the CSV choices.
    static let options: [OptionSpec] = [format.spec] + optionsAfterFormat

    /// The delimiters `--delimiter` accepts, by how they are written on the command line.
    static let delimiters: [String: Character] = [",": ",", ";": ";", "|": "|", "tab": "\t", "\t": "\t", "\\t": "\t"]

    /// Reads a delimiter as written on the command line (`tab` for a tab).
    static func delimiterReader(_ option: String) -> @Sendable (String) throws(OptionProblem) -> Character {
        { text throws(OptionProblem) in
            guard let delimiter = delimiters[text] else {
                let what = option == "delimiter" ? "delimiter" : "input delimiter"
                throw OptionProblem("unknown \(what) '\(text)' (expected ',', ';', '|' or 'tab')")
            }
            return delimiter
        }
    }

    /// The format and CSV options the arguments ask for.
    static func settings(_ arguments: Arguments) throws(CLIError) -> (TableFormat, CSVOptions?) {
        let format = try arguments.value(Self.format) ?? .table
        return (format, try csvOptions(arguments, format: format))
    }

    /// The CSV options for `format` (`nil` for a format without them, where giving one is an error).
    static func csvOptions(_ arguments: Arguments, format: TableFormat) throws(CLIError) -> CSVOptions? {
        guard format.usesCSVOptions else {
            try refuseCSVOptions(arguments, formatName: format.rawValue)
            return nil
        }
        var options = format == .tsv ? CSVOptions.tsv : CSVOptions()
        options.byteOrderMark = arguments.isSet(excel)
        if let ending = try arguments.value(lineEnding) { options.lineEnding = ending }
        if let delimiter = try arguments.value(delimiter) {
            guard format == .csv else {
                throw CLIError.usage("--delimiter applies to --format csv (tsv always uses a tab)", command: arguments.command)
            }
            options.delimiter = delimiter
        }
        return options
    }

    /// Fails when a CSV-only option was given with a format named `formatName`.
    static func refuseCSVOptions(_ arguments: Arguments, formatName: String) throws(CLIError) {
        if let given = [lineEnding.spec, delimiter.spec, excel.spec].first(where: arguments.isGiven) {
            throw CLIError.usage("\(given.longName) applies to --format csv or tsv, not \(formatName)", command: arguments.command)
        }
    }

    /// Where the data goes, checked before any work.
    static func target(_ arguments: Arguments) throws(CLIError) -> OutputTarget {
        let target = try arguments.value(output) ?? .standardOutput
        try target.checkWritable()
        return target
    }

    /// Renders `table` as the arguments ask and prints it or writes `--output` atomically.
    static func emit(_ table: Table, _ arguments: Arguments, console: inout Console) throws(CLIError) {
        let (format, csvOptions) = try settings(arguments)
        try emit(table, format: format, csvOptions: csvOptions, arguments, console: &console)
    }

    /// Renders `table` in `format` and prints it or writes `--output` atomically.
    static func emit(
        _ table: Table, format: TableFormat, csvOptions: CSVOptions?, _ arguments: Arguments, console: inout Console
    ) throws(CLIError) {
        if let (row, column) = table.firstCellOutsideNumericRange {
            // Every producer keeps its values in range; this guard keeps a bug from writing a gap.
            throw CLIError.input(
                "row \(row + 1), column '\(table.columns[column].name)' holds NaN, an infinity or a subnormal number; nothing was written")
        }
        // The aligned forms go out line by line, so that a large table never sits in memory.
        let output = try target(arguments).open(console: console)
        format.write(table, csvOptions: csvOptions, to: output)
        try output.finish()
    }
}
