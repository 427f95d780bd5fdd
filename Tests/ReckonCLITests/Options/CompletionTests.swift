import Foundation
import Testing

@testable import ReckonCLI

/// `reckon completions bash|zsh|fish`: scripts made from the option declarations, which the
/// shells parse, load and use. The shell runs need bash, zsh and fish (Scripts/install-test-tools.sh
/// installs them); without them those tests are skipped with that reason, except under CI
/// (CI=true), where they must run.
@Suite struct CompletionTests {
    static func installed(_ shell: String) -> Bool {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(shell)") }
    }

    static var required: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
    static var shellsInstalled: Bool { ["bash", "zsh", "fish"].allSatisfy(installed) }

    /// Runs `shell` with `arguments`; standard output and error together.
    static func run(_ shell: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [shell] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: CLIFixtures.packageRoot)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The script of `shell` from the built binary, saved in a fresh folder.
    static func script(_ shell: CompletionShell) throws -> (folder: String, path: String) {
        let result = try Binary.run(["completions", shell.rawValue])
        #expect(result.status == 0 && result.errors.isEmpty)
        let path = try CLIFixtures.temporaryFile(Array(result.output.utf8), name: shell == .zsh ? "_reckon" : "reckon.\(shell.rawValue)")
        return ((path as NSString).deletingLastPathComponent, path)
    }

    @Test(arguments: CompletionShell.allCases)
    func everyCommandAndOptionIsInEveryScript(_ shell: CompletionShell) {
        let script = shell.script()
        #expect(script.hasPrefix(shell == .zsh ? "#compdef reckon\n" + shell.heading : shell.heading))
        for command in Reckon.commands {
            #expect(script.contains(command.name), "\(command.name)")
            for option in command.acceptedOptions {
                let written = shell == .fish ? "-l \(option.long)" : option.longName
                #expect(script.contains(written), "\(shell): \(command.name) \(option.longName)")
            }
        }
        #expect(script.contains("table markdown csv tsv json"))
        #expect(!script.contains("VALUE"))
    }

    @Test(arguments: [["completions"], ["completions", "tcsh"], ["completions", "bash", "zsh"]])
    func aMissingOrUnknownShellIsAUsageError(_ words: [String]) {
        let outcome = CLIFixtures.run(words)
        #expect(outcome.status == 2 && outcome.output.isEmpty)
        #expect(outcome.errors.hasSuffix(" (see 'reckon help completions')\n"))
    }

    @Test(
        .enabled(if: shellsInstalled || required, "needs bash, zsh and fish: run Scripts/install-test-tools.sh"),
        arguments: [("bash", CompletionShell.bash), ("zsh", .zsh), ("fish", .fish)])
    func eachShellParsesItsScript(_ command: String, _ shell: CompletionShell) throws {
        let (folder, path) = try Self.script(shell)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Self.run(command, ["-n", path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.isEmpty)
    }

    @Test(.enabled(if: shellsInstalled || required, "needs zsh: run Scripts/install-test-tools.sh"))
    func zshLoadsTheScriptWithoutError() throws {
        let (folder, path) = try Self.script(.zsh)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let load = "autoload -Uz compinit && compinit -u -d \(folder)/dump && source \(path) && print -r -- $_comps[reckon]"
        let result = try Self.run("zsh", ["-f", "-c", load])
        #expect(result.status == 0)
        #expect(result.output == "_reckon\n")
    }
}
