import Tables

/// Where a command's result goes: standard output (no `--output`, or `--output -`), or a
/// file replaced atomically (`AtomicFileWriter`: the old content or the whole new one). A
/// renderer writes into it piece by piece; a file write error waits for `finish()`.
///
/// ```swift
/// let output = try Output.open(arguments.value("output"), option: "output", command: name, console: console)
/// TableFormat.csv.write(table, to: output)
/// try output.finish()
/// ```
final class Output: RenderSink {
    private let standardOutput: StandardOutput?
    private let file: AtomicFileWriter?

    private init(standardOutput: StandardOutput?, file: AtomicFileWriter?) {
        self.standardOutput = standardOutput
        self.file = file
    }

    /// The destination `path` names: `nil` or `-` is standard output, anything else a file
    /// (whose checks fail here, before anything is written).
    static func open(_ path: String?, option: String = "output", command: String, console: Console) throws(CLIError) -> Output {
        guard let path, path != "-" else { return Output(standardOutput: console.standardOutput, file: nil) }
        guard !path.isEmpty else { throw CLIError.usage("--\(option) needs a file name", command: command) }
        do {
            return Output(standardOutput: nil, file: try AtomicFileWriter(path: path))
        } catch {
            throw CLIError.input(error.message)
        }
    }

    /// Whether a write has failed (a full disk, a closed standard output): the rest is
    /// not written, and `finish()` or the program's end reports it.
    var hasFailed: Bool { file?.hasFailed ?? (standardOutput?.failure != nil) }

    func write(_ text: String) {
        if let file { file.append(text) } else { standardOutput?.write(text) }
    }

    func write(bytes: [UInt8]) {
        if let file { bytes.withUnsafeBytes { file.append($0) } } else { standardOutput?.write(bytes: bytes) }
    }

    /// Renames the file over its target; a write error on the way is thrown here. (Standard
    /// output is checked when the program ends.)
    func finish() throws(CLIError) {
        guard let file else { return }
        do { try file.commit() } catch { throw CLIError.input(error.message) }
    }
}

/// The options that name output files (`--samples-csv`, `--output`), checked before any
/// work starts: each must be a place a file can be written (`WriteTarget`), no two may name
/// one file (whatever the spelling: `x.csv`, `./x.csv`, a link, a hard link), and at most one
/// output may go to standard output.
enum OutputOptions {
    /// The options, in the order they are checked.
    static let names = ["samples-csv", "output"]

    static func check(_ arguments: Arguments, command: String) throws(CLIError) {
        var seen: [(name: String, path: String, identity: WriteTarget.Identity)] = []
        for name in names {
            guard let path = arguments.value(name) else { continue }
            guard !path.isEmpty else { throw CLIError.usage("--\(name) needs a file name", command: command) }
            if path == "-" {
                if name == "samples-csv" && (arguments.value("output") ?? "-") == "-" {
                    throw CLIError.usage(
                        "--samples-csv - and the summary would both go to standard output; give the summary a file with --output FILE",
                        command: command)
                }
                continue
            }
            let target: WriteTarget
            do { target = try WriteTarget(path: path) } catch { throw CLIError.input(error.message) }
            if let earlier = seen.first(where: { $0.identity == target.identity }) {
                let names = earlier.path == path ? "--\(earlier.name) and --\(name) name the same file ('\(path)')"
                    : "--\(earlier.name) ('\(earlier.path)') and --\(name) ('\(path)') name the same file"
                throw CLIError.usage("\(names); each needs its own", command: command)
            }
            seen.append((name, path, target.identity))
        }
    }
}
