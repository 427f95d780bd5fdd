#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
import Tables

/// Where a command's data goes: standard output (no option, or `-`) or a file written
/// atomically (the previous file stays as it was when anything fails).
enum OutputTarget: Equatable, Sendable {
    case standardOutput
    case file(String)

    /// The target an option's text names: `-` is standard output, an empty name is refused.
    static func reading(_ option: String, allowsStandardOutput: Bool = true) -> @Sendable (String) throws(OptionProblem) -> OutputTarget {
        { text throws(OptionProblem) in
            if text.isEmpty { throw OptionProblem("--\(option) needs a file name") }
            guard text == "-" else { return .file(text) }
            guard allowsStandardOutput else {
                throw OptionProblem("--\(option) needs a file name ('-' would mix it with the summary on standard output)")
            }
            return .standardOutput
        }
    }

    /// Refuses, before any work is done, what the write would refuse at the end: a folder,
    /// a device, a named pipe, a socket, a read-only file, a missing folder (`WriteTarget`).
    func checkWritable() throws(CLIError) {
        _ = try resolved()
    }

    /// What a file target replaces; `nil` for standard output.
    func resolved() throws(CLIError) -> WriteTarget? {
        guard case .file(let path) = self else { return nil }
        do { return try WriteTarget(path: path) } catch { throw CLIError.input(error.message) }
    }

    /// The output to write to: the console's standard output, or a file written atomically.
    func open(console: Console) throws(CLIError) -> Output {
        switch self {
        case .standardOutput: return Output(standardOutput: console.standardOutput)
        case .file(let path):
            do { return Output(file: try AtomicFileWriter(path: path)) } catch { throw CLIError.input(error.message) }
        }
    }

    /// Writes `bytes` here: text, or with `binary` bytes kept as they are (an xlsx workbook).
    func write(_ bytes: [UInt8], binary: Bool = false, console: inout Console) throws(CLIError) {
        let output = try open(console: console)
        if binary { output.write(binary: bytes) } else { output.write(bytes: bytes) }
        try output.finish()
    }
}
