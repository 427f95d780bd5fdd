/// A subcommand of `reckon`.
protocol Command: SendableMetatype {
    /// The word that selects it (`report`).
    static var name: String { get }
    /// One line for the command list.
    static var summary: String { get }
    /// The usage line(s) and a description, for `reckon help NAME`.
    static var usage: String { get }
    /// The options it accepts (each declared once as an ``Option`` or a ``Flag``).
    static var options: [OptionSpec] { get }
    /// What its operands are, for the completion scripts.
    static var operands: OptionSpec.Completion { get }
    /// Runs it; the result is the exit code (0 ok, 1 a check failed).
    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32
}

extension Command {
    static var operands: OptionSpec.Completion { .none }

    /// Every option the parser accepts, `-h`/`--help` last.
    static var acceptedOptions: [OptionSpec] { options + [.help] }

    /// The full help text: the usage, then one line per option with its placeholder.
    static var helpText: String {
        var text = usage.hasSuffix("\n") ? usage : usage + "\n"
        let all = acceptedOptions
        text += "\nOptions:\n"
        let width = all.map(\.synopsis.count).max() ?? 0
        for option in all {
            let left = option.synopsis
            text += "  " + left + String(repeating: " ", count: width + 3 - left.count) + option.help + "\n"
        }
        return text
    }

    /// Parses `words` with this command's options.
    static func arguments(_ words: [String]) throws(CLIError) -> Arguments {
        try Arguments(words, options: options, command: name)
    }
}
