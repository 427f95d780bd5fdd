/// `reckon completions bash|zsh|fish`: a completion script for the shell.
enum CompletionsCommand: Command {
    static let name = "completions"
    static let summary = "print a completion script for bash, zsh or fish"
    static let usage = """
        Usage: reckon completions bash|zsh|fish

        Prints a script that completes reckon's commands, options and their values (formats,
        file names) in the shell. Load it for the current shell:
          source <(reckon completions bash)
          source <(reckon completions zsh)       (after compinit)
          reckon completions fish | source
        or save it where the shell looks: a file in bash-completion's completions folder,
        _reckon in a folder of zsh's $fpath, ~/.config/fish/completions/reckon.fish.
        """
    static let options: [OptionSpec] = []
    static let operands = OptionSpec.Completion.choices(CompletionShell.allCases.map(\.rawValue))

    static func run(_ arguments: Arguments, console: inout Console) throws(CLIError) -> Int32 {
        let names = CompletionShell.allCases.map(\.rawValue)
        guard let word = arguments.positional.first else {
            throw CLIError.usage("give a shell: \(names.joined(separator: ", "))", command: name)
        }
        guard arguments.positional.count == 1 else { throw CLIError.usage("give one shell", command: name) }
        guard let shell = CompletionShell(rawValue: word) else {
            throw CLIError.usage("unknown shell '\(word)' (expected \(names.joined(separator: ", ")))", command: name)
        }
        console.write(shell.script())
        return 0
    }
}
