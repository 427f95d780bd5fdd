/// The fish completion script: one `complete` line per command and option.
enum FishCompletion {
    static func script(_ commands: [CompletedCommand]) -> String {
        var lines = [
            CompletionShell.fish.heading,
            "# Load it with: reckon completions fish | source",
            "# or save it as ~/.config/fish/completions/reckon.fish",
            "",
            "complete -c reckon -f",
        ]
        for command in commands {
            lines.append("complete -c reckon -n __fish_use_subcommand -a \(command.name) -d \(quoted(command.summary))")
        }
        for command in commands {
            lines.append("")
            let condition =
                command.isDefault
                ? "__fish_seen_subcommand_from \(command.name); or __fish_use_subcommand"
                : "__fish_seen_subcommand_from \(command.name)"
            lines += command.options.map { option in "complete -c reckon -n \(quoted(condition)) " + flags(option) }
            switch command.operands {
            case .none: break
            case .file: lines.append("complete -c reckon -n \(quoted(condition)) -F")
            case .choices: lines.append("complete -c reckon -n \(quoted(condition)) -a \(quoted(command.operands.plainChoices.joined(separator: " ")))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `-s f -l format -x -a 'table …' -d '…'`.
    static func flags(_ option: OptionSpec) -> String {
        var words = (option.short.map { ["-s", String($0)] } ?? []) + ["-l", option.long]
        if option.takesValue {
            switch option.completion {
            case .none: words.append("-x")
            case .file: words += ["-r", "-F"]
            case .choices: words += ["-x", "-a", quoted(option.completion.plainChoices.joined(separator: " "))]
            }
        }
        return (words + ["-d", quoted(option.help)]).joined(separator: " ")
    }

    /// A single-quoted fish word.
    static func quoted(_ text: String) -> String {
        "'" + text.replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
    }
}
