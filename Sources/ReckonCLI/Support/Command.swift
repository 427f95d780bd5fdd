/// A subcommand of `reckon`.
protocol Command: SendableMetatype {
    /// The word that selects it (`report`).
    static var name: String { get }
    /// One line for the command list.
    static var summary: String { get }
    /// The usage line(s) and a description, for `reckon help NAME`.
    static var usage: String { get }
    /// The options it accepts.
    static var options: [Arguments.Option] { get }
    /// Runs it; the result is the exit code (0 ok, 1 a check failed).
    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32
}

extension Command {
    /// The full help text.
    static var helpText: String {
        var text = usage.hasSuffix("\n") ? usage : usage + "\n"
        if !options.isEmpty {
            text += "\nOptions:\n"
            let width = options.map { $0.name.count + ($0.takesValue ? 8 : 0) }.max() ?? 0
            for option in options {
                let left = "--\(option.name)" + (option.takesValue ? " VALUE" : "")
                text += "  " + left + String(repeating: " ", count: max(1, width + 4 - left.count)) + option.help + "\n"
            }
        }
        return text
    }
}
