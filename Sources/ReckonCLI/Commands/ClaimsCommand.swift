import Munitions

/// `reckon claims`: the claim ledger, filtered.
enum ClaimsCommand: Command {
    static let name = "claims"
    static let summary = "every figure and date in the sources, with its quote, hedge and source"
    static let usage = """
        Usage: reckon claims [--subject SUBJECT] [--source TEXT] [--date DATE] [--claims FILE]...
                             [--format FORMAT] [--output FILE]

        Lists the claims of the embedded ledger (Datasets/claims.csv) and of any --claims
        files: the value as written and as read (hedges read by Datasets/hedges.csv), the
        unit or counted noun, the dates, who said it, the outlet, and the exact quote.
        """
    static let options: [OptionSpec] = LedgerOptions.filters + [LedgerOptions.claims.spec] + TableOutput.options

    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32 {
        try arguments.expectNoOperands()
        let (format, csvOptions) = try TableOutput.settings(arguments)
        let ledger = try LedgerOptions.ledger(arguments, console: &console)
        let filter = try LedgerOptions.filter(arguments, ledger: ledger)
        let claims = ledger.claims(subject: filter.subject, source: filter.source, referringTo: filter.span)
        try TableOutput.emit(ClaimLedger.table(of: claims), format: format, csvOptions: csvOptions, arguments, console: &console)
        return 0
    }
}
