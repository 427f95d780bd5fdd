import Munitions
import Tables
import TextCore

/// `reckon timeline`: the per-container figure of every dated container estimate.
enum TimelineCommand: Command {
    static let name = "timeline"
    static let summary = "the per-container capacity of every container estimate in the ledger, by date"
    static let usage = """
        Usage: reckon timeline [--claims FILE]... [--container ID] [--munitions FILE]... [--format FORMAT] [--output FILE]

        One row per dated report and alternative: the day it became known (publication,
        else the day it refers to), the containers, the claimed total, the per-container
        figure with its range, the munition (found by the subject's caliber and the noun;
        'caliber not stated' where the report gives none), and the mass per container for
        the projectile and the complete round, with the complete-round check against the
        container's payload. Reports without a date are listed as left out.
        'reckon report --as-of DATE' prints every check of the estimate known on one day.
        """
    static let options: [OptionSpec] =
        [LedgerOptions.claims.spec, CapacityOptions.container.spec, CapacityOptions.munitions.spec] + TableOutput.options

    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32 {
        try arguments.expectNoOperands()
        let (format, csvOptions) = try TableOutput.settings(arguments)
        let ledger = try LedgerOptions.ledger(arguments, console: &console)
        let catalog = try CapacityOptions.catalog(arguments, console: &console)
        let container = try CapacityOptions.container(arguments)
        let table: Table
        do throws(DatasetError) {
            table = try CapacityTimeline(ledger: ledger, catalog: catalog).table(ledger: ledger, catalog: catalog, container: container)
        } catch {
            throw CLIError.from(error)
        }
        try TableOutput.emit(table, format: format, csvOptions: csvOptions, arguments, console: &console)
        return 0
    }
}
