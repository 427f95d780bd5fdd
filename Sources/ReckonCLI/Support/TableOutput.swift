import Tables

/// The options every table-printing command shares, and the code that prints or saves.
enum TableOutput {
    /// `--format`, `--output`, and the CSV choices.
    static let options: [Arguments.Option] = [
        .init(name: "format", takesValue: true, help: "table|csv (default: table)"),
        .init(name: "output", takesValue: true, help: "write to FILE atomically instead of standard output"),
        .init(name: "line-ending", takesValue: true, help: "CSV line endings: crlf (default) or lf"),
        .init(name: "delimiter", takesValue: true, help: "CSV field separator (default ','; ';' for decimal-comma locales)"),
        .init(name: "excel", takesValue: false, help: "begin CSV with a UTF-8 byte-order mark for Excel"),
    ]

    /// The format and CSV options the arguments ask for.
    static func settings(_ arguments: Arguments, command: String) throws(CLIError) -> (TableFormat, CSVOptions) {
        let formatName = arguments.value("format") ?? "table"
        guard let format = TableFormat(rawValue: formatName) else {
            throw CLIError.usage("unknown format '\(formatName)' (expected \(TableFormat.names))", command: command)
        }
        var options = CSVOptions(byteOrderMark: arguments.flag("excel"))
        if let ending = arguments.value("line-ending") {
            guard let value = CSVOptions.LineEnding(rawValue: ending) else {
                throw CLIError.usage("unknown line ending '\(ending)' (expected crlf or lf)", command: command)
            }
            options.lineEnding = value
        }
        if let delimiter = arguments.value("delimiter") {
            guard delimiter.count == 1, let character = delimiter.first, !"\"\r\n".contains(character) else {
                throw CLIError.usage("the delimiter must be one character other than a quote or a line break", command: command)
            }
            options.delimiter = character
        }
        return (format, options)
    }

    /// Renders `table` as the arguments ask and prints it or writes `--output` atomically.
    static func emit(_ table: Table, _ arguments: Arguments, command: String, console: inout Console) throws(CLIError) {
        let (format, csvOptions) = try settings(arguments, command: command)
        let text = format.render(table, csvOptions: csvOptions)
        if let path = arguments.value("output") {
            do { try AtomicFile.write(Array(text.utf8), to: path) } catch { throw CLIError.input(error.message) }
        } else {
            console.write(text)
        }
    }
}
