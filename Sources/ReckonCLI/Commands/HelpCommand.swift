/// `reckon help [COMMAND]`.
enum HelpCommand: Command {
    static let name = "help"
    static let summary = "describe reckon or one command"
    static let usage = "Usage: reckon help [COMMAND]\n\nDescribes reckon, or COMMAND with its options."
    static let options: [OptionSpec] = []
    static var operands: OptionSpec.Completion { .choices(Reckon.commands.map { $0.name }) }

    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32 {
        guard let name = arguments.positional.first else {
            console.write(Reckon.overview)
            return 0
        }
        guard arguments.positional.count == 1 else { throw CLIError.usage("help takes one command name", command: "help") }
        console.write(try Reckon.command(named: name).helpText)
        return 0
    }
}
