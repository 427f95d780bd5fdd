import Estimates

/// The `reckon` program: dispatches to subcommands.
enum Reckon {
    /// The version printed by `--version`.
    static let version = "0.1.0"

    /// Every subcommand, in the order help lists them.
    static let commands: [any Command.Type] = [
        ReportCommand.self,
        EvalCommand.self,
        RunCommand.self,
        SampleCommand.self,
        ClaimsCommand.self,
        ConflictsCommand.self,
        SourcesCommand.self,
        TableCommand.self,
        ExtractCommand.self,
        HelpCommand.self,
    ]

    /// Runs `reckon` with `words` (without the program name); returns the exit code.
    static func run(_ words: [String], console: inout Console) -> Int32 {
        do {
            return try dispatch(words, console: &console)
        } catch {
            console.error(error.message)
            return 2
        }
    }

    private static func dispatch(_ words: [String], console: inout Console) throws(CLIError) -> Int32 {
        guard let first = words.first else {
            return try ReportCommand.run(Arguments([], options: ReportCommand.options, command: ReportCommand.name), console: &console)
        }
        switch first {
        case "--help", "-h":
            console.write(overview)
            return 0
        case "--version":
            console.print("reckon \(version)")
            return 0
        default: break
        }
        if first.hasPrefix("-") {
            // Options without a command belong to the default command, the report.
            let arguments = try Arguments(words, options: ReportCommand.options, command: ReportCommand.name)
            try OutputOptions.check(arguments, command: ReportCommand.name)
            return try ReportCommand.run(arguments, console: &console)
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            throw CLIError.usage("unknown command '\(first)'", command: nil)
        }
        let rest = Array(words.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            console.write(command.helpText)
            return 0
        }
        let arguments = try Arguments(rest, options: command.options, command: command.name)
        // Output files are checked before any work starts (a folder, a device, two options
        // naming one file).
        try OutputOptions.check(arguments, command: command.name)
        return try command.run(arguments, console: &console)
    }

    /// The text of `reckon --help`.
    static var overview: String {
        var text = """
            reckon \(version): quantitative estimates with units, honest ranges and sources.

            Usage: reckon [COMMAND] [OPTIONS]
                   reckon                 the report on the embedded data (same as 'reckon report')

            Commands:

            """
        let width = commands.map { $0.name.count }.max() ?? 0
        for command in commands {
            text += "  " + command.name + String(repeating: " ", count: width + 3 - command.name.count) + command.summary + "\n"
        }
        text += """

            Exit codes: 0 ok, 1 a check is inconsistent, 2 bad input or usage.
            'reckon help COMMAND' or 'reckon COMMAND --help' describes a command.

            """
        return text
    }
}
