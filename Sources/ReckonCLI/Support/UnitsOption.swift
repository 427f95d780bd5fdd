import Estimates
import Munitions

/// `-u, --units FILE` (repeatable): definitions in the registry format (`Datasets/units.txt`),
/// loaded on top of the munitions units, so that a user's own units and counted nouns read
/// everywhere the command reads figures.
enum UnitsOption {
    static let option = Option<String>(
        "units", short: "u", "FILE", repeatable: true, completion: .file,
        help: "FILE of unit and counted-noun definitions (the Datasets/units.txt format), loaded first")

    /// The munitions units plus every `--units` file, in the order given.
    static func registry(_ arguments: Arguments, console: inout Console) throws(CLIError) -> UnitRegistry {
        var registry = UnitRegistry.munitions
        for path in try arguments.values(option) {
            let origin = InputOrigin.name(path)
            let text = try SourceErrorMessage.decode(
                try InputFile.read(path, limit: UnitRegistry.maximumBytes, console: &console), origin: origin)
            do {
                try registry.load(definitions: text, origin: origin)
            } catch {
                throw CLIError.located(SourceErrorMessage.text(error, in: text))
            }
        }
        return registry
    }

    /// A calculator over `registry(_:console:)` and the standard hedges.
    static func calculator(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Calculator {
        guard arguments.isGiven(option.spec) else { return .munitions }
        let registry = try registry(arguments, console: &console)
        return Calculator(vocabulary: Vocabulary(registry: { registry }, hedges: { .standard }))
    }
}
