/// The parsed arguments of one command: options with values, flags, and positional words.
struct Arguments {
    /// What an option looks like.
    struct Option: Sendable {
        /// The name without dashes (`format`).
        var name: String
        /// Whether it takes a value (`--format csv`) or is a flag (`--excel`).
        var takesValue: Bool
        /// Whether it may be given more than once.
        var repeatable = false
        /// One line of help.
        var help: String
    }

    private(set) var values: [String: [String]] = [:]
    private(set) var flags: Set<String> = []
    private(set) var positional: [String] = []

    /// Parses `words` for `command` accepting `options`.
    init(_ words: [String], options: [Option], command: String) throws(CLIError) {
        var index = 0
        var onlyPositional = false
        while index < words.count {
            let word = words[index]
            index += 1
            if onlyPositional || !word.hasPrefix("--") || word == "-" {
                if !onlyPositional && word.hasPrefix("-") && word.count > 1 && word != "-" && !Self.looksNumeric(word) {
                    throw CLIError.usage("unknown option '\(word)'", command: command)
                }
                positional.append(word)
                continue
            }
            if word == "--" {
                onlyPositional = true
                continue
            }
            var name = String(word.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let option = options.first(where: { $0.name == name }) else {
                throw CLIError.usage("unknown option '--\(name)'", command: command)
            }
            if option.takesValue {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < words.count else { throw CLIError.usage("option '--\(name)' needs a value", command: command) }
                    value = words[index]
                    index += 1
                }
                if values[name] != nil && !option.repeatable {
                    throw CLIError.usage("option '--\(name)' given twice", command: command)
                }
                values[name, default: []].append(value)
            } else {
                guard inlineValue == nil else { throw CLIError.usage("option '--\(name)' takes no value", command: command) }
                flags.insert(name)
            }
        }
    }

    /// The value of an option given once.
    func value(_ name: String) -> String? { values[name]?.last }
    /// Every value of a repeatable option.
    func all(_ name: String) -> [String] { values[name] ?? [] }
    /// Whether a flag was given.
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// `-5`, `-.5`, `-(0 to 1)`: a negative value, not an option.
    private static func looksNumeric(_ word: String) -> Bool {
        word.dropFirst().first.map { $0.isNumber || $0 == "." || $0 == "(" } ?? false
    }
}
