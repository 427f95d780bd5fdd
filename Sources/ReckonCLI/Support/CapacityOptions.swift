import Munitions

/// The options the capacity commands share (`capacity`, `report --as-of`, `timeline`):
/// `--munition ID` (repeatable, one per alternative), `--container ID` and `--munitions FILE`
/// (repeatable: catalog rows of the user's own).
enum CapacityOptions {
    /// `--munition ID`.
    static let munition = Option<String>(
        "munition", "ID", repeatable: true,
        help: "the munition of each alternative, in order, instead of finding it by caliber and noun; repeatable")
    /// `--container ID`.
    static let container = Option<String>(
        "container", "ID",
        help: "the container type to check against (Datasets/containers.csv; default iso-20ft-gp)")
    /// `--munitions FILE`.
    static let munitions = Option<String>(
        "munitions", "FILE", repeatable: true, completion: .file,
        help: "add the munitions in FILE (the columns of Datasets/munitions.csv, each row with its source); repeatable")

    /// The container type chosen, or the default.
    static func container(_ arguments: Arguments) throws(CLIError) -> String {
        try arguments.value(container) ?? "iso-20ft-gp"
    }

    /// The embedded munitions catalog plus every `--munitions` file.
    static func catalog(_ arguments: Arguments, console: inout Console) throws(CLIError) -> ReferenceCatalog {
        var files: [(bytes: [UInt8], origin: String)] = []
        for path in try arguments.values(munitions) {
            files.append((try InputFile.read(path, console: &console), InputOrigin.name(path)))
        }
        do { return try ReferenceCatalog.munitions(adding: files) } catch { throw CLIError.from(error) }
    }

    /// The footnote on the container type when the figures do not say which: what was
    /// assumed, and how to check another.
    static func containerNote(_ chosen: String, given: Bool) -> String? {
        guard !given else { return nil }
        let others = ((try? ReferenceCatalog.containers())?.attributes.keys.sorted() ?? []).filter { $0 != chosen }
        return "The figures do not say which container: checked against \(chosen); --container "
            + others.joined(separator: " or ") + " checks another."
    }
}
