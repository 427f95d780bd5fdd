import Tables
import TextCore

/// The options every table-printing command shares, and the code that prints or saves.
enum TableOutput {
    /// `--format`, `--output`, and the CSV choices.
    static let options: [Arguments.Option] = [
        .init(name: "format", takesValue: true, help: "\(TableFormat.names) (default: table)"),
        .init(name: "output", takesValue: true, help: "write to FILE atomically instead of standard output ('-': standard output)"),
        .init(name: "line-ending", takesValue: true, help: "CSV/TSV line endings: crlf or lf (default: crlf for csv, lf for tsv)"),
        .init(name: "delimiter", takesValue: true, help: "CSV field separator: ',' (default), ';' (decimal-comma locales), '|' or tab"),
        .init(name: "excel", takesValue: false, help: "begin CSV/TSV with a UTF-8 byte-order mark for Excel"),
    ]

    /// The delimiters `--delimiter` accepts, by how they are written on the command line.
    static let delimiters: [String: Character] = [",": ",", ";": ";", "|": "|", "tab": "\t", "\t": "\t", "\\t": "\t"]

    /// The format and CSV options the arguments ask for.
    static func settings(_ arguments: Arguments, command: String) throws(CLIError) -> (TableFormat, CSVOptions?) {
        let formatName = arguments.value("format") ?? "table"
        guard let format = TableFormat(rawValue: formatName) else {
            throw CLIError.usage("unknown format '\(formatName)' (expected \(TableFormat.names))", command: command)
        }
        let csvOptionNames = ["line-ending", "delimiter"].filter { arguments.value($0) != nil } + (arguments.flag("excel") ? ["excel"] : [])
        guard format.usesCSVOptions else {
            if let name = csvOptionNames.first {
                throw CLIError.usage("--\(name) applies to --format csv or tsv, not \(format.rawValue)", command: command)
            }
            return (format, nil)
        }
        var options = format == .tsv ? CSVOptions.tsv : CSVOptions()
        options.byteOrderMark = arguments.flag("excel")
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
        if let (row, column) = table.firstCellOutsideNumericRange {
            // Every producer keeps its values in range; this guard keeps a bug from writing a gap.
            throw CLIError.input(
                "row \(row + 1), column '\(table.columns[column].name)' holds NaN, an infinity or a subnormal number; nothing was written")
        }
        let output = try Output.open(arguments.value("output"), command: command, console: console)
        format.write(table, csvOptions: csvOptions, to: output)
        try output.finish()
    }
}
