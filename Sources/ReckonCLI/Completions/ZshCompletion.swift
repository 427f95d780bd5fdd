/// The zsh completion script: a `_reckon` function for `compdef`, with `_arguments` specs
/// for every command. It loads when sourced after `compinit`, or autoloaded as `_reckon`
/// from a folder of `$fpath`.
enum ZshCompletion {
    static func script(_ commands: [CompletedCommand]) -> String {
        var text = """
            #compdef reckon
            \(CompletionShell.zsh.heading)
            # Load it with: source <(reckon completions zsh)   (after compinit),
            # or save it as _reckon in a folder of $fpath.

            _reckon() {
                local -a commands
                commands=(

            """
        for command in commands {
            text += "        " + quoted("\(command.name):\(command.summary)") + "\n"
        }
        text += """
                )
                if ((CURRENT == 2)) && [[ $words[2] != -* ]]; then
                    _describe -t commands 'reckon command' commands
                    return
                fi
                local command=report
                if [[ $words[2] != -* ]]; then
                    command=$words[2]
                    shift words
                    ((CURRENT--))
                fi
                case $command in

            """
        for command in commands { text += branch(command) }
        text += """
                esac
            }

            if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
                _reckon "$@"
            else
                compdef _reckon reckon
            fi

            """
        return text
    }

    /// `(report) _arguments -s -S … ;;`.
    static func branch(_ command: CompletedCommand) -> String {
        var specs = command.options.flatMap(specs)
        switch command.operands {
        case .none: break
        case .file: specs.append("'*:file:_files'")
        case .choices: specs.append(quoted("1:\(command.name == HelpCommand.name ? "command" : "shell"):(\(command.operands.plainChoices.joined(separator: " ")))"))
        }
        return "    (\(command.name))\n        _arguments -s -S \\\n            " + specs.joined(separator: " \\\n            ") + "\n        ;;\n"
    }

    /// The `_arguments` specs of one option (one per name, excluding each other).
    static func specs(_ option: OptionSpec) -> [String] {
        let description = "[" + escapedDescription(option.help) + "]"
        let value = option.placeholder.map { ":\($0):" + action(option.completion) } ?? ""
        let exclusions: String
        if option.long == OptionSpec.help.long {
            exclusions = "(- *)"
        } else {
            exclusions = option.repeatable ? "*" : "(\(option.allNames.joined(separator: " ")))"
        }
        return option.allNames.map { name in
            let suffix = option.takesValue ? (name.hasPrefix("--") ? "=" : "+") : ""
            return quoted(exclusions + name + suffix + description + value)
        }
    }

    /// What to offer for a value.
    static func action(_ completion: OptionSpec.Completion) -> String {
        switch completion {
        case .none: return " "
        case .file: return "_files"
        case .choices: return "(" + completion.plainChoices.joined(separator: " ") + ")"
        }
    }

    /// A description inside `[…]`: brackets, colons and backslashes escaped.
    static func escapedDescription(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\[]:".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// A single-quoted zsh word.
    static func quoted(_ text: String) -> String {
        "'" + text.replacing("'", with: "'\\''") + "'"
    }
}
