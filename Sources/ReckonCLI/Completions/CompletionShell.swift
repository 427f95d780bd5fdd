/// The shells `reckon completions` writes scripts for. Every script is made from the same
/// declarations the parser reads (`Reckon.commands`, each command's `options` and
/// `operands`), so a new option is completed as soon as it is declared.
enum CompletionShell: String, CaseIterable, Sendable {
    case bash
    case zsh
    case fish

    /// The script for this shell.
    func script(for commands: [any Command.Type] = Reckon.commands) -> String {
        let model = commands.map(CompletedCommand.init)
        switch self {
        case .bash: return BashCompletion.script(model)
        case .zsh: return ZshCompletion.script(model)
        case .fish: return FishCompletion.script(model)
        }
    }

    /// `# zsh completion for reckon, made by 'reckon completions zsh' (reckon 0.1.0).`
    var heading: String {
        "# \(rawValue) completion for reckon, made by 'reckon completions \(rawValue)' (reckon \(Reckon.version))."
    }
}

/// What a completion script needs of one command.
struct CompletedCommand {
    var name: String
    var summary: String
    /// Its options, `-h`/`--help` last.
    var options: [OptionSpec]
    var operands: OptionSpec.Completion
    /// Whether it is the command that runs when none is named (`reckon --format csv`).
    var isDefault: Bool

    init(_ command: any Command.Type) {
        name = command.name
        summary = command.summary
        options = command.acceptedOptions
        operands = command.operands
        isDefault = command == ReportCommand.self
    }
}

extension OptionSpec.Completion {
    /// The choices a shell can insert as they are (words of letters, digits, `-`, `_`, `.`, `,`):
    /// `;` and `|` would need quoting on a command line, so they are left to the user.
    var plainChoices: [String] {
        guard case .choices(let words) = self else { return [] }
        return words.filter { word in
            !word.isEmpty && word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.,".unicodeScalars.contains($0) }
        }
    }
}

extension OptionSpec {
    /// `-f` and `--format`, or `--format` alone.
    var allNames: [String] { (short.map { ["-\($0)"] } ?? []) + [longName] }
}
