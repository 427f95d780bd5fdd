import Munitions

/// `reckon conflicts`: where sources disagree.
enum ConflictsCommand: Command {
    static let name = "conflicts"
    static let summary = "where sources disagree: both quotes, both outlets, and why"
    static let usage = """
        Usage: reckon conflicts [--subject SUBJECT] [--source TEXT] [--date DATE] [--claims FILE]...
                                [--exit-code] [--format FORMAT] [--output FILE]

        Compares every two claims about one subject from different reports. Quantities
        conflict when their ranges (hedges read) share no value or when they count
        different things (shells or rounds vs rockets); dates when they share no day; sets
        of dates when one has a day the other lacks. Running totals are compared only when
        their as-of (else publication) dates are at most 7 days apart, lists of dates only
        up to the earlier date. Two rows per conflict, one per side; the filters keep a
        conflict when either side passes them.
        """
    static let exitCode = Flag("exit-code", help: "exit with 1 when any conflict is listed (for scripts)")
    static let options: [OptionSpec] = LedgerOptions.filters + [LedgerOptions.claims.spec, exitCode.spec] + TableOutput.options

    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32 {
        try arguments.expectNoOperands()
        let (format, csvOptions) = try TableOutput.settings(arguments)
        let ledger = try LedgerOptions.ledger(arguments, console: &console)
        let filter = try LedgerOptions.filter(arguments, ledger: ledger)
        let conflicts = ledger.conflicts(subject: filter.subject, source: filter.source, referringTo: filter.span)
        try TableOutput.emit(Conflict.table(conflicts), format: format, csvOptions: csvOptions, arguments, console: &console)
        return arguments.isSet(exitCode) && !conflicts.isEmpty ? 1 : 0
    }
}
