/// `reckon version` (and `reckon --version`): `reckon 0.1.0`.
enum VersionCommand: Command {
    static let name = "version"
    static let summary = "print reckon's version"
    static let usage = "Usage: reckon version\n       reckon --version\n\nPrints 'reckon' and the version number."
    static let options: [OptionSpec] = []

    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32 {
        try arguments.expectNoOperands()
        console.print("reckon \(Reckon.version)")
        return 0
    }
}
