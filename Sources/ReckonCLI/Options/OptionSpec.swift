/// What the parser, the help text and the completion scripts know of one option: its names,
/// what its value looks like, and how to check that value. Commands never build these by
/// hand: they declare an ``Option`` or a ``Flag`` and list its `spec`.
struct OptionSpec: Sendable {
    /// What a shell may offer after the option (or for a command's operands).
    enum Completion: Sendable, Equatable {
        /// Free text: nothing to offer.
        case none
        /// A file name.
        case file
        /// One of these words.
        case choices([String])
    }

    /// The long name without dashes (`format`).
    let long: String
    /// The one-letter form (`f` for `-f`), if any.
    let short: Character?
    /// What the value is (`FILE`, `N`, `FORMAT`); `nil` for a flag, which takes no value.
    let placeholder: String?
    /// Whether it may be given more than once.
    let repeatable: Bool
    /// One line of help.
    let help: String
    /// What to offer for the value.
    let completion: Completion
    /// Checks the text of a value as soon as the arguments are parsed (`nil` for a flag).
    let check: (@Sendable (String) throws(OptionProblem) -> Void)?

    /// Whether the option takes a value (`--format csv`) or is a flag (`--excel`).
    var takesValue: Bool { placeholder != nil }

    /// `--format`.
    var longName: String { "--" + long }

    /// `-f, --format FORMAT` (or `    --explain`), the left column of the help.
    var synopsis: String {
        let names = (short.map { "-\($0), " } ?? "    ") + longName
        return placeholder.map { names + " " + $0 } ?? names
    }

    /// `-h, --help`: every command takes it.
    static let help = OptionSpec(
        long: "help", short: "h", placeholder: nil, repeatable: false, help: "show this help", completion: .none,
        check: nil)
}

/// Why the text of an option's value is refused: the whole message, naming the option
/// (`--n must be a whole number of draws from 1 to 1e10, got 'x'`).
struct OptionProblem: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}
