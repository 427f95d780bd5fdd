import Foundation
import Testing

@testable import ReckonCLI

/// The completion scripts at work in each shell: a partial line completes as a user expects.
/// (Skipped without the shells, except under CI; see `CompletionTests`.)
@Suite(.enabled(if: CompletionTests.shellsInstalled || CompletionTests.required, "needs bash, zsh and fish: run Scripts/install-test-tools.sh"))
struct CompletionBehaviourTests {
    /// Typed line → what completion makes of its last word.
    static let cases: [(typed: String, completed: String)] = [
        ("reckon ev", "reckon eval"),
        ("reckon report --fo", "reckon report --format"),
        ("reckon eval --format mark", "reckon eval --format markdown"),
        ("reckon run -f cs", "reckon run -f csv"),
        ("reckon sample --stre", "reckon sample --streaming"),
        ("reckon help compl", "reckon help completions"),
        ("reckon completions fi", "reckon completions fish"),
        ("reckon table Examples/seed-rep", "reckon table Examples/seed-report.rk"),
        ("reckon --exp", "reckon --explain"),
    ]

    @Test func bashCompletesCommandsOptionsValuesAndFiles() throws {
        let (folder, path) = try CompletionTests.script(.bash)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var lines = ["source \(path)"]
        for (typed, _) in Self.cases {
            let words = typed.split(separator: " ").map { "'\($0)'" }.joined(separator: " ")
            lines.append("COMP_WORDS=(\(words)); COMP_CWORD=\(typed.split(separator: " ").count - 1); _reckon; echo \"${COMPREPLY[*]}\"")
        }
        let result = try CompletionTests.run("bash", ["--norc", "-c", lines.joined(separator: "\n")])
        #expect(result.status == 0)
        let expected = Self.cases.map { String($0.completed.split(separator: " ").last!) }
        #expect(result.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) == expected)
    }

    @Test func fishCompletesCommandsOptionsValuesAndFiles() throws {
        let (folder, path) = try CompletionTests.script(.fish)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var lines = ["source \(path)"]
        for (typed, _) in Self.cases { lines.append("complete -C '\(typed)' | string split -f1 \\t; echo ---") }
        let result = try CompletionTests.run("fish", ["--no-config", "-c", lines.joined(separator: "\n")])
        #expect(result.status == 0, "\(result.output)")
        let answers = result.output.components(separatedBy: "---\n").dropLast()
        for ((typed, completed), answer) in zip(Self.cases, answers) {
            #expect(answer == String(completed.split(separator: " ").last!) + "\n", "\(typed): \(answer)")
        }
    }

    /// Types each line into an interactive zsh on a pseudo-terminal, presses Tab and Enter, and
    /// prints the words `reckon` (a function here) was called with. zle reads the typed keys in
    /// order, so nothing depends on timing.
    static let zshDriver = """
        zmodload zsh/zpty
        zpty -b z 'zsh -f -i'
        zpty -w z "PS1='> '; autoload -Uz compinit; compinit -u -d $1.dump; source $1; reckon() { print -r -- \\"ARGS:\\$*:END\\" }; print READY"
        zpty -r -m z line '*READY*'
        for typed in "${@:2}"; do
            zpty -w -n z "$typed"$'\\t\\n'
            zpty -r -m z out '*:END*'
            print -r -- "reckon ${${out##*ARGS:}%:END*}"
        done
        zpty -d z
        """

    @Test func zshCompletesCommandsOptionsValuesAndFiles() throws {
        let (folder, path) = try CompletionTests.script(.zsh)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let driver = folder + "/driver.zsh"
        try Self.zshDriver.write(toFile: driver, atomically: true, encoding: .utf8)
        let result = try CompletionTests.run("timeout", ["120", "zsh", "-f", driver, path] + Self.cases.map(\.typed))
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output == Self.cases.map { $0.completed + "\n" }.joined())
    }
}
