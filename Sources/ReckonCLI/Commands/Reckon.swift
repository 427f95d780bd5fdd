import Estimates

/// The `reckon` program: dispatches to subcommands.
enum Reckon {
    /// The version printed by `reckon version` and `reckon --version`.
    static let version = "0.1.0"

    /// Every subcommand, in the order help lists them.
    static let commands: [any Command.Type] = [
        ReportCommand.self,
        CapacityCommand.self,
        TimelineCommand.self,
        EvalCommand.self,
        RunCommand.self,
        SampleCommand.self,
        ClaimsCommand.self,
        ConflictsCommand.self,
        SourcesCommand.self,
        TableCommand.self,
        ExtractCommand.self,
        HelpCommand.self,
        VersionCommand.self,
        CompletionsCommand.self,
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
        switch words.first {
        case "--help", "-h":
            console.write(overview)
            return 0
        case "--version":
            return try VersionCommand.run(VersionCommand.arguments([]), console: &console)
        default: break
        }
        // No command, or options first: the default command, the report.
        guard let first = words.first, !first.hasPrefix("-") else { return try run(ReportCommand.self, words, console: &console) }
        return try run(command(named: first), Array(words.dropFirst()), console: &console)
    }

    /// Parses `words` for `command` and runs it, or prints its help.
    private static func run(_ command: any Command.Type, _ words: [String], console: inout Console) throws(CLIError) -> Int32 {
        let arguments = try command.arguments(words)
        if arguments.wantsHelp {
            console.write(command.helpText)
            return 0
        }
        // Output files are checked before any work starts (a folder, a device, a read-only
        // file, two options naming one file).
        try OutputOptions.check(arguments)
        return try command.run(arguments, console: &console)
    }

    /// The command called `name`; an unknown name is a usage error that suggests close ones.
    static func command(named name: String) throws(CLIError) -> any Command.Type {
        guard let command = commands.first(where: { $0.name == name }) else {
            throw CLIError.usage("unknown command '\(name)'\(Suggestions.hint(for: name, among: commands.map { $0.name }))", command: nil)
        }
        return command
    }

    /// The text of `reckon --help`.
    static var overview: String {
        var text = """
            reckon \(version): quantitative estimates with units, honest ranges and sources.

            Usage: reckon [COMMAND] [OPTIONS] [--] [OPERANDS]
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
            Short options: \(shortOptions).
            '--' ends the options; '-o -' writes to standard output.

            """
        return text
    }

    /// `-c FILE, -f FORMAT, …`: every one-letter option any command declares, once each.
    static var shortOptions: String {
        var seen = Set<Character>()
        let forms = commands.flatMap { $0.acceptedOptions }.compactMap { spec -> String? in
            guard let letter = spec.short, seen.insert(letter).inserted else { return nil }
            return "-\(letter)" + (spec.placeholder.map { " " + $0 } ?? "")
        }
        return forms.joined(separator: ", ")
    }
}
