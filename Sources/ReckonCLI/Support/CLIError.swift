import Tables
import TextCore

/// Why a command could not do its job. Usage and input errors exit with 2, a failed check with 1.
enum CLIError: Error, Equatable {
    /// Bad arguments: the message and the command whose help to point to.
    case usage(String, command: String?)
    /// Bad input, already located (`file:line:column: error: …`, then the line and a caret).
    case located(String)
    /// Bad input without a position.
    case input(String)

    /// From any located error: its one line, escaped for the terminal.
    static func from(_ error: some LocatedError) -> CLIError {
        // An error of no place in a file reads as the program's own.
        error.location == nil ? .input(error.message) : .located(error.description.escapedForTerminal)
    }

    /// What is printed on standard error. A usage or input error is one line, whatever the
    /// arguments held: `reckon: error: unknown option '--bogus' (see 'reckon help report')`.
    var message: String {
        switch self {
        case .usage(let text, let command):
            let help = command.map { "reckon help \($0)" } ?? "reckon --help"
            return "reckon: error: \(text.escapedForTerminal) (see '\(help)')"
        case .located(let text): return text
        case .input(let text): return "reckon: error: \(text.escapedForTerminal)"
        }
    }
}
