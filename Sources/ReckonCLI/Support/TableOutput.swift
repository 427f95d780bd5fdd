import Tables
import TextCore

/// The options every table-printing command shares, and the code that prints or saves.
enum TableOutput {
    /// `--format`, `--output`, and the CSV choices.
    static let options: [Arguments.Option] = [
        .init(name: "format", takesValue: true, help: "\(TableFormat.names) (default: table)"),
        .init(name: "output", takesValue: true, help: "write to FILE atomically instead of standard output"),
        .init(
            name: "csv", takesValue: true,
            help: "CSV/TSV text: plain (exact, for pandas and R) or spreadsheet (guarded with '); default: plain for sample, run and eval, spreadsheet for the others"),
        .init(name: "line-ending", takesValue: true, help: "CSV/TSV line endings: crlf or lf (default: crlf for csv, lf for tsv)"),
        .init(name: "delimiter", takesValue: true, help: "CSV field separator: ',' (default), ';' (decimal-comma locales), '|' or tab"),
        .init(name: "excel", takesValue: false, help: "begin CSV/TSV with a UTF-8 byte-order mark for Excel"),
    ]

    /// The delimiters `--delimiter` accepts, by how they are written on the command line.
    static let delimiters: [String: Character] = [",": ",", ";": ";", "|": "|", "tab": "\t", "\t": "\t", "\\t": "\t"]

    /// The commands whose CSV is read mostly by programs (numbers for scripts and notebooks):
    /// plain text by default. The others print text from the news (figures and dates as
    /// written, quotes), which people most often open in a spreadsheet: guarded by default.
    static let plainCSVCommands: Set<String> = [SampleCommand.name, RunCommand.name, EvalCommand.name]

    /// The CSV mode `--csv` asks for, or the command's default.
    static func csvMode(_ arguments: Arguments, command: String) throws(CLIError) -> CSVOptions.Mode {
        guard let text = arguments.value("csv") else { return plainCSVCommands.contains(command) ? .plain : .spreadsheet }
        guard let mode = CSVOptions.Mode(rawValue: text) else {
            throw CLIError.usage("unknown CSV mode '\(text)' (expected plain or spreadsheet)", command: command)
        }
        return mode
    }

    /// The format and CSV options the arguments ask for.
    static func settings(_ arguments: Arguments, command: String) throws(CLIError) -> (TableFormat, CSVOptions?) {
        let formatName = arguments.value("format") ?? "table"
        guard let format = TableFormat(rawValue: formatName) else {
            throw CLIError.usage("unknown format '\(formatName)' (expected \(TableFormat.names))", command: command)
        }
        let csvOptionNames = ["csv", "line-ending", "delimiter"].filter { arguments.value($0) != nil } + (arguments.flag("excel") ? ["excel"] : [])
        guard format.usesCSVOptions else {
            if let name = csvOptionNames.first {
                throw CLIError.usage("--\(name) applies to --format csv or tsv, not \(format.rawValue)", command: command)
            }
            return (format, nil)
        }
        var options = format == .tsv ? CSVOptions.tsv : CSVOptions()
        options.byteOrderMark = arguments.flag("excel")
        options.mode = try csvMode(arguments, command: command)
        if let ending = arguments.value("line-ending") {
            guard let value = CSVOptions.LineEnding(rawValue: ending) else {
                throw CLIError.usage("unknown line ending '\(ending)' (expected crlf or lf)", command: command)
            }
            options.lineEnding = value
        }
        if let text = arguments.value("delimiter") {
            guard format == .csv else { throw CLIError.usage("--delimiter applies to --format csv (tsv always uses a tab)", command: command) }
            guard let delimiter = delimiters[text] else {
                throw CLIError.usage("unknown delimiter '\(text)' (expected ',', ';', '|' or 'tab')", command: command)
            }
            options.delimiter = delimiter
        }
        return (format, options)
    }

    /// Renders `table` as the arguments ask and prints it or writes `--output` atomically
    /// (the previous file stays as it was when anything fails).
    static func emit(_ table: Table, _ arguments: Arguments, command: String, console: inout Console) throws(CLIError) {
        let (format, csvOptions) = try settings(arguments, command: command)
        try refuseBinaryOnTerminal(format, arguments, command: command, console: console)
        if let (row, column) = table.firstCellOutsideNumericRange {
            // Every producer keeps its values in range; this guard keeps a bug from writing a gap.
            throw CLIError.input(
                "row \(row + 1), column '\(table.columns[column].name)' holds NaN, an infinity or a subnormal number; nothing was written")
        }
        do { try table.checkHeaders() } catch { throw CLIError.input("\(error.message); nothing was written") }
        let bytes: [UInt8]
        do { bytes = try format.encoded(table, csvOptions: csvOptions, sheetName: command) } catch {
            throw CLIError.input("\(error.message); nothing was written")
        }
        try write(bytes, binary: format.isBinary, arguments, command: command, console: &console)
    }

    /// An xlsx workbook is binary: refused on a terminal unless `--output` names a file
    /// (redirected or piped, it is written to standard output). Checked before any work.
    static func refuseBinaryOnTerminal(_ format: TableFormat, _ arguments: Arguments, command: String, console: Console) throws(CLIError) {
        guard format.isBinary, console.outputIsTerminal, arguments.value("output") == nil else { return }
        throw CLIError.usage(
            "--format \(format.rawValue) writes a binary file: give --output FILE.\(format.rawValue), or redirect standard output (> FILE.\(format.rawValue))",
            command: command)
    }

    /// Prints `bytes` (text, or binary to standard output that is not a terminal) or writes
    /// them to `--output` atomically.
    static func write(_ bytes: [UInt8], binary: Bool, _ arguments: Arguments, command: String, console: inout Console) throws(CLIError) {
        if let path = arguments.value("output") {
            guard !path.isEmpty else { throw CLIError.usage("--output needs a file name", command: command) }
            do { try AtomicFile.write(bytes, to: path) } catch { throw CLIError.input(error.message) }
        } else if binary {
            console.binaryOutput += bytes
        } else {
            console.write(String(decoding: bytes, as: UTF8.self))
        }
    }
}
