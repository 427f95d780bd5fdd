import Munitions
import Tables
import TextCore

/// `reckon capacity FIGURE...`: the per-container report for figures as a report writes them.
enum CapacityCommand: Command {
    static let name = "capacity"
    static let summary = "per-container capacity, mass and checks for figures as a report writes them"
    static let usage = """
        Usage: reckon capacity [OPTIONS] FIGURE FIGURE...

        Each FIGURE is one figure as news writes it, with its hedge and what it counts: one
        counts containers ("over 6,700 containers"), each other one is an alternative of what
        they hold ("more than 3 million 152-mm shells", "or 500,000 122-mm shells"). Prints
        the per-container figure with its range and the hedge readings, the mass per
        container at each packing level (projectile; complete round; packed, where a crate
        is cited), and every check with pass, warn, fail or not checked and the numbers it
        used. Each alternative's munition is found in Datasets/munitions.csv by its caliber
        and noun; --munition ID chooses it instead (one per alternative, in order).

        Examples:
          reckon capacity "over 6,700 containers" "more than 3 million 152-mm shells" "or 500,000 122-mm shells"
          reckon capacity "about 5,000 containers" "about 400,000 122-mm shells" --munition 122mm-grad-rocket
          reckon capacity -f csv --container iso-40ft-gp "10,000 containers" "4.8 million 152-mm shells"

        Exit code 1 when a check fails (the whole range is beyond a limit).
        """
    static let options: [OptionSpec] =
        [
            ReportCommand.explain.spec, CapacityOptions.munition.spec, CapacityOptions.container.spec,
            CapacityOptions.munitions.spec,
        ] + TableOutput.options

    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32 {
        guard arguments.positional.count >= 2 else {
            throw CLIError.usage("give the containers and at least one alternative, each as one figure", command: name)
        }
        let (format, csvOptions) = try TableOutput.settings(arguments)
        let container = try CapacityOptions.container(arguments)
        let catalog = try CapacityOptions.catalog(arguments, console: &console)
        let chosen = try arguments.values(CapacityOptions.munition)
        let report: CapacityReport
        do throws(DatasetError) {
            report = try CapacityReport(figures: arguments.positional, choosing: chosen, container: container, catalog: catalog)
        } catch {
            throw CLIError.from(error)
        }
        var table = report.table(explain: arguments.isSet(ReportCommand.explain))
        table.title = "Per-container capacity of the figures given"
        if let note = CapacityOptions.containerNote(container, given: try arguments.value(CapacityOptions.container) != nil) {
            table.footnotes.insert(note, at: 0)
        }
        try TableOutput.emit(table, format: format, csvOptions: csvOptions, arguments, console: &console)
        return report.hasFailedCheck ? 1 : 0
    }
}
