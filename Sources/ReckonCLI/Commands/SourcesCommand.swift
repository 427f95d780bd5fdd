import Munitions

/// `reckon sources`: every source behind the data.
enum SourcesCommand: Command {
    static let name = "sources"
    static let summary = "every report and reference the figures come from, with dates"
    static let usage = """
        Usage: reckon sources [--claims FILE]... [--format FORMAT] [--output FILE]

        One row per source: the reports behind the claims (publication date, claim ids)
        and the references behind Datasets/munitions.csv and Datasets/containers.csv
        (the day each was read, the figures it gives).
        """
    static let options: [OptionSpec] = [LedgerOptions.claims.spec] + TableOutput.options

    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32 {
        try arguments.expectNoOperands()
        let (format, csvOptions) = try TableOutput.settings(arguments)
        let ledger = try LedgerOptions.ledger(arguments, console: &console)
        let index: SourceIndex
        do { index = SourceIndex(ledger: ledger, references: [try .munitions(), try .containers()]) } catch {
            throw CLIError.from(error)
        }
        try TableOutput.emit(index.table(), format: format, csvOptions: csvOptions, arguments, console: &console)
        return 0
    }
}
