import Tables

/// Where a command's result goes, opened from an `OutputTarget`: standard output, or a file
/// replaced atomically (`AtomicFileWriter`: the old content or the whole new one). A renderer
/// writes into it piece by piece; a file write error waits for `finish()`.
///
/// ```swift
/// let output = try TableOutput.target(arguments).open(console: console)
/// TableFormat.csv.write(table, to: output)
/// try output.finish()
/// ```
final class Output: RenderSink {
    private let standardOutput: StandardOutput?
    private let file: AtomicFileWriter?

    /// Standard output.
    init(standardOutput: StandardOutput) {
        self.standardOutput = standardOutput
        file = nil
    }

    /// A file being written.
    init(file: AtomicFileWriter) {
        standardOutput = nil
        self.file = file
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

    /// Writes bytes that are not text (an xlsx workbook).
    func write(binary bytes: [UInt8]) {
        if let file { bytes.withUnsafeBytes { file.append($0) } } else { standardOutput?.write(binary: bytes) }
    }

    /// Renames the file over its target; a write error on the way is thrown here. (Standard
    /// output is checked when the program ends.)
    func finish() throws(CLIError) {
        guard let file else { return }
        do { try file.commit() } catch { throw CLIError.input(error.message) }
    }
}

/// The options that name output files (`--samples-csv`, `--output`), checked before any
/// work starts: each must be a place a file can be written (`WriteTarget`), and no two may
/// name one file, whatever the spelling (`x.csv`, `./x.csv`, a link, a hard link).
enum OutputOptions {
    /// The options, in the order they are checked.
    static let options = [SampleCommand.samplesCSV, TableOutput.output]

    static func check(_ arguments: Arguments) throws(CLIError) {
        var seen: [(name: String, path: String, identity: WriteTarget.Identity)] = []
        for option in options where arguments.declares(option.spec) {
            guard case .file(let path) = try arguments.value(option), let target = try OutputTarget.file(path).resolved() else { continue }
            if let earlier = seen.first(where: { $0.identity == target.identity }) {
                let names =
                    earlier.path == path
                    ? "\(earlier.name) and \(option.spec.longName) name the same file ('\(path)')"
                    : "\(earlier.name) ('\(earlier.path)') and \(option.spec.longName) ('\(path)') name the same file"
                throw CLIError.usage("\(names); each needs its own", command: arguments.command)
            }
            seen.append((option.spec.longName, path, target.identity))
        }
    }
}
