import Estimates

/// The expression of `reckon eval` and `reckon sample`: the positional words joined by
/// spaces (origin `<expression>`), or standard input when the only word is `-` (origin
/// `<stdin>`, at most `LanguageLimits.maximumInputBytes`, checked UTF-8).
struct ExpressionInput {
    var text: String
    var origin: String

    init(_ arguments: Arguments, console: inout Console) throws(CLIError) {
        guard !arguments.positional.isEmpty else { throw CLIError.usage("expected an expression", command: arguments.command) }
        if arguments.positional == ["-"] {
            origin = "<stdin>"
            let bytes = try console.readInput(limit: LanguageLimits.maximumInputBytes)
            text = try SourceErrorMessage.decode(bytes, origin: origin)
        } else {
            origin = "<expression>"
            text = arguments.positional.joined(separator: " ")
        }
    }

    /// The text and its origin, for a destructuring `let`.
    var parts: (text: String, origin: String) { (text, origin) }
}
