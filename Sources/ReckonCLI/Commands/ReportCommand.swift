import Munitions
import Tables
import TextCore

/// `reckon report`: the per-container capacity report on the embedded data.
enum ReportCommand: Command {
    static let name = "report"
    static let summary = "per-container capacity, mass and plausibility of the seed claims"
    static let usage = """
        Usage: reckon report [--explain] [--claims FILE]... [--scenario FILE] [--format FORMAT] [--output FILE]

        For each alternative of "about 5,000 containers that can hold about 2.3 million
        152-mm shells or about 400,000 122-mm shells": the claimed total, the containers,
        the per-container figure with its range and the hedge reading, the mass per
        container, and plausibility verdicts against a 20-ft ISO container's payload and
        internal volume. Every figure comes from the embedded datasets (Datasets/).

        --scenario FILE replaces Datasets/scenario.csv (columns alternative, total_claim,
        containers_claim, munition_id, container_id, notes): its claim ids may name claims
        of the embedded ledger or of --claims files, so the report can be run on other
        estimates.

        Exit code 1 when a plausibility check fails (the whole range is beyond a limit).
        """
    static let explain = Flag("explain", help: "list the claims, quotes and reference rows behind every figure")
    static let scenario = Option<String>(
        "scenario", "FILE", completion: .file, help: "the alternatives to compute (default: Datasets/scenario.csv)")
    static let options: [OptionSpec] = [explain.spec, LedgerOptions.claims.spec, scenario.spec] + TableOutput.options

    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32 {
        try arguments.expectNoOperands()
        let (format, csvOptions) = try TableOutput.settings(arguments)
        let ledger = try LedgerOptions.ledger(arguments, console: &console)
        let report: CapacityReport
        do {
            var scenario = try ScenarioAlternative.standard()
            if let path = try arguments.value(Self.scenario) {
                let bytes = try InputFile.read(path, console: &console)
                scenario = try ScenarioAlternative.read(bytes: bytes, origin: InputOrigin.name(path))
            }
            report = try CapacityReport(ledger: ledger, munitions: .munitions(), containers: .containers(), scenario: scenario)
        } catch let error as CLIError {
            throw error
        } catch let error as DatasetError {
            throw CLIError.from(error)
        } catch {
            throw CLIError.input("\(error)")
        }
        let table = report.table(explain: arguments.isSet(explain))
        try TableOutput.emit(table, format: format, csvOptions: csvOptions, arguments, console: &console)
        let checks = report.rows.flatMap { [$0.massCheck, $0.volumeCheck] } + report.orderingChecks
        return checks.contains { $0.verdict == .fail } ? 1 : 0
    }
}
