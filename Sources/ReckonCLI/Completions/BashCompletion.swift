/// The bash completion script: a `_reckon` function registered with `complete -F`.
enum BashCompletion {
    static func script(_ commands: [CompletedCommand]) -> String {
        let names = commands.map(\.name).joined(separator: " ")
        var text = """
            \(CompletionShell.bash.heading)
            # Load it with: source <(reckon completions bash)

            _reckon() {
                local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command=report
                COMPREPLY=()
                if ((COMP_CWORD == 1)) && [[ $cur != -* ]]; then
                    COMPREPLY=($(compgen -W "\(names)" -- "$cur"))
                    return 0
                fi
                [[ ${COMP_WORDS[1]} == -* ]] || command=${COMP_WORDS[1]}
                case $command in

            """
        for command in commands { text += branch(command) }
        text += """
                esac
                return 0
            }

            _reckon_files() {
                compopt -o filenames 2>/dev/null
                COMPREPLY=($(compgen -f -- "$1"))
            }

            complete -F _reckon reckon

            """
        return text
    }

    /// The `case` branch of one command: values after an option, options after `-`, then operands.
    static func branch(_ command: CompletedCommand) -> String {
        var text = "    \(command.name))\n        case $prev in\n"
        for option in command.options where option.takesValue {
            text += "        \(option.allNames.joined(separator: "|"))) \(valueAction(option.completion)) ;;\n"
        }
        text += "        esac\n"
        let words = command.options.flatMap(\.allNames).joined(separator: " ")
        text += "        if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W \"\(words)\" -- \"$cur\")); return 0; fi\n"
        switch command.operands {
        case .none: break
        case .file: text += "        _reckon_files \"$cur\"\n"
        case .choices: text += "        COMPREPLY=($(compgen -W \"\(command.operands.plainChoices.joined(separator: " "))\" -- \"$cur\"))\n"
        }
        return text + "        ;;\n"
    }

    /// What follows an option that takes a value.
    static func valueAction(_ completion: OptionSpec.Completion) -> String {
        switch completion {
        case .none: return "return 0"
        case .file: return "_reckon_files \"$cur\"; return 0"
        case .choices: return "COMPREPLY=($(compgen -W \"\(completion.plainChoices.joined(separator: " "))\" -- \"$cur\")); return 0"
        }
    }
}
