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
    /// `--csv MODE`: plain (exact text, for data tools) or spreadsheet (guarded text); the
    /// default depends on the command (`plainCSVCommands`).
    static let csvMode = Option<CSVOptions.Mode>(
        "csv", "MODE", completion: .choices(CSVOptions.Mode.allCases.map(\.rawValue)),
        help: "CSV/TSV text: plain (exact, for pandas and R) or spreadsheet (guarded with '); default: plain for sample, run and eval, spreadsheet for the others"
    ) { text throws(OptionProblem) in
        guard let mode = CSVOptions.Mode(rawValue: text) else {
            throw OptionProblem("unknown CSV mode '\(text)' (expected plain or spreadsheet)")
        }
        return mode
    }
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
    static let optionsAfterFormat: [OptionSpec] = [output.spec, csvMode.spec, lineEnding.spec, delimiter.spec, excel.spec]
    /// `--format`, `--output`, and the CSV choices.
    static let options: [OptionSpec] = [format.spec] + optionsAfterFormat

    /// The delimiters `--delimiter` accepts, by how they are written on the command line.
    static let delimiters: [String: Character] = [",": ",", ";": ";", "|": "|", "tab": "\t", "\t": "\t", "\\t": "\t"]

    /// The commands whose CSV is read mostly by programs (numbers for scripts and notebooks):
    /// plain text by default. The others print text from the news (figures and dates as
    /// written, quotes), which people most often open in a spreadsheet: guarded by default.
    static let plainCSVCommands: Set<String> = [SampleCommand.name, RunCommand.name, EvalCommand.name]

    /// The CSV mode `--csv` asks for, or the command's default.
    static func mode(_ arguments: Arguments) throws(CLIError) -> CSVOptions.Mode {
        try arguments.value(csvMode) ?? (plainCSVCommands.contains(arguments.command) ? .plain : .spreadsheet)
    }

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
        options.mode = try mode(arguments)
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
        if let given = [csvMode.spec, lineEnding.spec, delimiter.spec, excel.spec].first(where: arguments.isGiven) {
            throw CLIError.usage("\(given.longName) applies to --format csv or tsv, not \(formatName)", command: arguments.command)
        }
    }

    /// Where the data goes, checked before any work.
    static func target(_ arguments: Arguments) throws(CLIError) -> OutputTarget {
        let target = try arguments.value(output) ?? .standardOutput
        try target.checkWritable()
        return target
    }

    /// Where the data in `format` goes, checked before any work (a workbook is refused on a
    /// terminal).
    static func target(_ arguments: Arguments, format: TableFormat, console: Console) throws(CLIError) -> OutputTarget {
        let target = try target(arguments)
        try refuseBinaryOnTerminal(format, target: target, command: arguments.command, console: console)
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
        try emit(table, format: format, csvOptions: csvOptions, to: target(arguments), command: arguments.command, console: &console)
    }

    /// Renders `table` in `format` (an xlsx sheet named after `command`) and prints it or
    /// writes it to `target`; nothing is written when the table cannot be.
    static func emit(
        _ table: Table, format: TableFormat, csvOptions: CSVOptions?, to target: OutputTarget, command: String,
        console: inout Console
    ) throws(CLIError) {
        try refuseBinaryOnTerminal(format, target: target, command: command, console: console)
        if let (row, column) = table.firstCellOutsideNumericRange {
            // Every producer keeps its values in range; this guard keeps a bug from writing a gap.
            throw CLIError.input(
                "row \(row + 1), column '\(table.columns[column].name)' holds NaN, an infinity or a subnormal number; nothing was written")
        }
        do { try table.checkHeaders() } catch { throw CLIError.input("\(error.message); nothing was written") }
        if format.isBinary {
            // A workbook is made whole (and refused whole when beyond a sheet's limits).
            let bytes: [UInt8]
            do { bytes = try format.encoded(table, csvOptions: csvOptions, sheetName: command) } catch {
                throw CLIError.input("\(error.message); nothing was written")
            }
            try target.write(bytes, binary: true, console: &console)
            return
        }
        // The aligned forms go out line by line, so that a large table never sits in memory.
        let output = try target.open(console: console)
        format.write(table, csvOptions: csvOptions, to: output)
        try output.finish()
    }

    /// An xlsx workbook is binary: refused on a terminal unless `--output` names a file
    /// (redirected or piped, it is written to standard output). Commands that work long
    /// check it before the work, too (`target(_:format:console:)`).
    static func refuseBinaryOnTerminal(
        _ format: TableFormat, target: OutputTarget, command: String, console: Console
    ) throws(CLIError) {
        guard format.isBinary, console.outputIsTerminal, target == .standardOutput else { return }
        throw CLIError.usage(
            "--format \(format.rawValue) writes a binary file: give --output FILE.\(format.rawValue), or redirect standard output (> FILE.\(format.rawValue))",
            command: command)
    }
}
