import Munitions
import Tables
import TextCore

/// `reckon report`: the per-container capacity report on the embedded data.
enum ReportCommand: Command {
    static let name = "report"
    static let summary = "per-container capacity, mass and plausibility of the seed claims"
    static let usage = """
        Usage: reckon report [--explain] [--claims FILE]... [--scenario FILE] [--format FORMAT] [--output FILE]
               reckon report --as-of DATE [--claims FILE]... [--container ID] [--munitions FILE]... [...]

        For each alternative of "about 5,000 containers that can hold about 2.3 million
        152-mm shells or about 400,000 122-mm shells": the claimed total, the containers,
        the per-container figure with its range and the hedge reading, the mass per
        container, and plausibility verdicts against a 20-ft ISO container's payload and
        internal volume. Every figure comes from the embedded datasets (Datasets/).

        --scenario FILE replaces Datasets/scenario.csv (columns alternative, total_claim,
        containers_claim, munition_id, container_id, notes): its claim ids may name claims
        of the embedded ledger or of --claims files, so the report can be run on other
        estimates.

        --as-of DATE reports the latest container estimate known on DATE instead: of the
        ledger's reports (and --claims files) that give a count of containers and what they
        hold, the last published on or before DATE with a caliber stated (the same entries
        as 'reckon timeline'), checked against --container (default iso-20ft-gp).
        --claims changes the report only through --scenario or --as-of; without either it is
        refused, not ignored. For figures straight from a text, see 'reckon capacity'.

        Exit code 1 when a plausibility check fails (the whole range is beyond a limit).
        """
    static let explain = Flag("explain", help: "list the claims, quotes and reference rows behind every figure")
    static let scenario = Option<String>(
        "scenario", "FILE", completion: .file, help: "the alternatives to compute (default: Datasets/scenario.csv)")
    static let asOf = Option<CalendarDate>("as-of", "DATE", help: "the latest container estimate known on DATE (YYYY-MM-DD)") {
        text throws(OptionProblem) in
        do throws(DateError) { return try CalendarDate(iso: text) } catch { throw OptionProblem("--as-of: \(error.message)") }
    }
    static let options: [OptionSpec] =
        [
            explain.spec, LedgerOptions.claims.spec, scenario.spec, asOf.spec, CapacityOptions.container.spec,
            CapacityOptions.munitions.spec,
        ] + TableOutput.options

    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32 {
        try arguments.expectNoOperands()
        let (format, csvOptions) = try TableOutput.settings(arguments)
        let day = try arguments.value(asOf)
        let scenarioPath = try arguments.value(scenario)
        if day != nil, scenarioPath != nil {
            throw CLIError.usage("give --as-of or --scenario, not both", command: name)
        }
        if day == nil, scenarioPath == nil, !(try arguments.values(LedgerOptions.claims)).isEmpty {
            throw CLIError.usage(
                "--claims changes the report only with --scenario FILE (which names its claims) or --as-of DATE", command: name)
        }
        if day == nil, try arguments.value(CapacityOptions.container) != nil {
            throw CLIError.usage("--container applies with --as-of (a scenario names the container of each row)", command: name)
        }
        let ledger = try LedgerOptions.ledger(arguments, console: &console)
        let catalog = try CapacityOptions.catalog(arguments, console: &console)
        var table: Table
        let report: CapacityReport
        if let day {
            (report, table) = try reportKnown(on: day, ledger: ledger, catalog: catalog, arguments)
        } else {
            var alternatives: [ScenarioAlternative]
            do throws(DatasetError) { alternatives = try ScenarioAlternative.standard() } catch { throw CLIError.from(error) }
            if let scenarioPath {
                let bytes = try InputFile.read(scenarioPath, console: &console)
                do throws(DatasetError) {
                    alternatives = try ScenarioAlternative.read(bytes: bytes, origin: InputOrigin.name(scenarioPath))
                } catch { throw CLIError.from(error) }
            }
            do throws(DatasetError) {
                report = try CapacityReport(ledger: ledger, munitions: catalog, containers: .containers(), scenario: alternatives)
            } catch { throw CLIError.from(error) }
            table = report.table(explain: arguments.isSet(explain))
        }
        try TableOutput.emit(table, format: format, csvOptions: csvOptions, arguments, console: &console)
        return report.hasFailedCheck ? 1 : 0
    }

    /// The report of the latest container estimate known on `day`, with a title naming it
    /// and a footnote on later reports that could not be computed (no caliber stated).
    private static func reportKnown(
        on day: CalendarDate, ledger: ClaimLedger, catalog: ReferenceCatalog, _ arguments: Arguments
    ) throws(CLIError) -> (CapacityReport, Table) {
        let container = try CapacityOptions.container(arguments)
        let containerGiven = try arguments.value(CapacityOptions.container) != nil
        do throws(DatasetError) {
            let timeline = try CapacityTimeline(ledger: ledger, catalog: catalog)
            guard let entry = timeline.latest(knownOn: day) else {
                let first = timeline.entries.first { $0.munitions.contains { $0 != nil } }
                throw DatasetError(
                    "no container estimate with a stated caliber was known on \(day)"
                        + (first.map { " (the first is of \($0.date))" } ?? ""), at: nil)
            }
            let report = try entry.report(ledger: ledger, catalog: catalog, container: container)
            var table = report.table(explain: arguments.isSet(explain))
            let source = entry.containers.source
            table.title = "Per-container capacity as known on \(day): \(source.outlet), \(entry.date)"
            var notes = ["Estimate: \(entry.containers.id) and \(entry.contents.map(\.id).joined(separator: ", ")) (\(source.speaker))."]
            let skipped = timeline.entries.filter { $0.date > entry.date && $0.date <= day }
            if !skipped.isEmpty {
                notes.append(
                    "Later, without a stated caliber (their per-container figures are in 'reckon timeline'): "
                        + skipped.map { "\($0.containers.id) (\($0.date))" }.joined(separator: ", ") + ".")
            }
            if let note = CapacityOptions.containerNote(container, given: containerGiven) {
                notes.append(note)
            }
            table.footnotes.insert(contentsOf: notes, at: 0)
            return (report, table)
        } catch {
            throw CLIError.from(error)
        }
    }
}
