import Munitions
import Tables

/// `reckon report`: the per-container capacity report on the embedded data.
enum ReportCommand: Command {
    static let name = "report"
    static let summary = "per-container capacity, mass and plausibility of the seed claims"
    static let usage = """
        Usage: reckon report [--explain] [--format table|markdown|csv|tsv|json] [--output FILE]

        For each alternative of "about 5,000 containers that can hold about 2.3 million
        152-mm shells or about 400,000 122-mm shells": the claimed total, the containers,
        the per-container figure with its range and the hedge reading, the mass per
        container, and plausibility verdicts against a 20-ft ISO container's payload and
        internal volume. Every figure comes from the embedded datasets (Datasets/).
        """
    static let options: [Arguments.Option] =
        [.init(name: "explain", takesValue: false, help: "list the claims, quotes and reference rows behind every figure")]
        + TableOutput.options

    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32 {
        guard arguments.positional.isEmpty else {
            throw CLIError.usage("unexpected argument '\(arguments.positional[0])'", command: name)
        }
        let report: CapacityReport
        do { report = try CapacityReport.standard() } catch { throw CLIError.from(error) }
        try TableOutput.emit(report.table(explain: arguments.flag("explain")), arguments, command: name, console: &console)
        return 0
    }
}
