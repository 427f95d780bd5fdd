/// The parsed arguments of one command, by the POSIX and GNU conventions:
///
/// - `--name VALUE`, `--name=VALUE`, `-x VALUE` and `-xVALUE`; an option that takes a value
///   takes the next word whatever it is, even when it starts with `-` (`--source --help`
///   filters on the text "--help"), as `getopt_long` does;
/// - `--` ends the options: every later word is an operand (`eval -- -h`);
/// - `-` alone, and a word that starts like a negative number (`-5`, `-.5`, `-(1 to 2)`), is
///   an operand;
/// - `-h` or `--help` as an option asks for the command's help;
/// - every value is checked (by its declaration) once the words are read, in the order given.
///
/// Values are read back through their declarations, never by name:
/// `try arguments.value(TableOutput.format)`, `arguments.isSet(Self.explain)`.
struct Arguments {
    /// The operands (words that are not options), in order.
    private(set) var positional: [String] = []
    /// Whether `-h` or `--help` was given as an option (the rest is then not checked).
    private(set) var wantsHelp = false
    /// The command, for messages.
    let command: String

    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []
    private let declared: [OptionSpec]

    /// Parses `words` for `command`, which accepts `options` (and `-h`/`--help`).
    init(_ words: [String], options: [OptionSpec], command: String) throws(CLIError) {
        self.command = command
        declared = options
        var scanner = WordScanner(words)
        var checks: [(OptionSpec, String)] = []
        while let word = scanner.next() {
            if scanner.onlyOperands || word == "-" || !word.hasPrefix("-") || Self.looksNumeric(word) {
                positional.append(word)
            } else if word == "--" {
                scanner.onlyOperands = true
            } else if word.hasPrefix("--") {
                guard let given = try long(word, scanner: &scanner) else { return }
                checks += given
            } else {
                guard let given = try short(word, scanner: &scanner) else { return }
                checks += given
            }
        }
        for (spec, text) in checks {
            do { try spec.check?(text) } catch { throw CLIError.usage(error.message, command: command) }
        }
    }

    /// `--name`, `--name=value` or `--name value`; `nil` when it asks for help.
    private mutating func long(_ word: String, scanner: inout WordScanner) throws(CLIError) -> [(OptionSpec, String)]? {
        var name = String(word.dropFirst(2))
        var inline: String?
        if let equals = name.firstIndex(of: "=") {
            inline = String(name[name.index(after: equals)...])
            name = String(name[..<equals])
        }
        guard let spec = declared.first(where: { $0.long == name }) ?? (name == "help" ? OptionSpec.help : nil) else {
            let hint = Suggestions.hint(for: "--" + name, among: declared.map(\.longName) + ["--help"])
            throw CLIError.usage("unknown option '--\(name)'\(hint)", command: command)
        }
        return try take(spec, as: "--" + name, inline: inline, scanner: &scanner)
    }

    /// `-x`, `-xVALUE` or `-x VALUE`; flags may share a dash (`-ab`). `nil` when it asks for help.
    private mutating func short(_ word: String, scanner: inout WordScanner) throws(CLIError) -> [(OptionSpec, String)]? {
        var rest = Substring(word.dropFirst())
        var given: [(OptionSpec, String)] = []
        while let letter = rest.first {
            rest = rest.dropFirst()
            guard let spec = declared.first(where: { $0.short == letter }) ?? (letter == "h" ? OptionSpec.help : nil) else {
                throw CLIError.usage("unknown option '-\(letter)'", command: command)
            }
            let inline = spec.takesValue && !rest.isEmpty ? String(rest) : nil
            guard let taken = try take(spec, as: "-\(letter)", inline: inline, scanner: &scanner) else { return nil }
            given += taken
            if spec.takesValue { break }
        }
        return given
    }

    /// Records `spec` (written `written`), its value inline or the next word.
    private mutating func take(
        _ spec: OptionSpec, as written: String, inline: String?, scanner: inout WordScanner
    ) throws(CLIError) -> [(OptionSpec, String)]? {
        guard spec.takesValue else {
            guard inline == nil else { throw CLIError.usage("option '\(written)' takes no value", command: command) }
            if spec.long == OptionSpec.help.long {
                wantsHelp = true
                return nil
            }
            flags.insert(spec.long)
            return []
        }
        guard let value = inline ?? scanner.next() else {
            throw CLIError.usage("option '\(written)' needs a value", command: command)
        }
        if values[spec.long] != nil && !spec.repeatable {
            throw CLIError.usage("option '\(spec.longName)' given twice", command: command)
        }
        values[spec.long, default: []].append(value)
        return [(spec, value)]
    }

    /// The value of `option`, or `nil` when it was not given (the last one when repeatable).
    func value<Value>(_ option: Option<Value>) throws(CLIError) -> Value? {
        guard let text = texts(option.spec).last else { return nil }
        do { return try option.read(text) } catch { throw CLIError.usage(error.message, command: command) }
    }

    /// Every value of a repeatable `option`, in order.
    func values<Value>(_ option: Option<Value>) throws(CLIError) -> [Value] {
        var result: [Value] = []
        for text in texts(option.spec) {
            do { result.append(try option.read(text)) } catch { throw CLIError.usage(error.message, command: command) }
        }
        return result
    }

    /// Fails when operands were given to a command that takes none.
    func expectNoOperands() throws(CLIError) {
        if let word = positional.first { throw CLIError.usage("unexpected argument '\(word)'", command: command) }
    }

    /// Whether `flag` was given.
    func isSet(_ flag: Flag) -> Bool {
        precondition(declared.contains { $0.long == flag.spec.long }, "\(command) reads --\(flag.spec.long) without declaring it")
        return flags.contains(flag.spec.long)
    }

    /// Whether the command declared `spec` (an option it may be given).
    func declares(_ spec: OptionSpec) -> Bool {
        declared.contains { $0.long == spec.long }
    }

    /// Whether the option of `spec` was given at all (with any value).
    func isGiven(_ spec: OptionSpec) -> Bool {
        spec.takesValue ? !texts(spec).isEmpty : flags.contains(spec.long)
    }

    /// The texts given for `spec`; a command may only read what it declared.
    private func texts(_ spec: OptionSpec) -> [String] {
        precondition(declared.contains { $0.long == spec.long }, "\(command) reads --\(spec.long) without declaring it")
        return values[spec.long] ?? []
    }

    /// `-5`, `-.5`, `-(0 to 1)`: a negative value, not an option.
    private static func looksNumeric(_ word: String) -> Bool {
        word.dropFirst().first.map { $0.isNumber || $0 == "." || $0 == "(" } ?? false
    }
}

/// The words of a command line, one at a time, and whether `--` has been seen.
private struct WordScanner {
    private let words: [String]
    private var index = 0
    var onlyOperands = false

    init(_ words: [String]) { self.words = words }

    mutating func next() -> String? {
        guard index < words.count else { return nil }
        defer { index += 1 }
        return words[index]
    }
}
