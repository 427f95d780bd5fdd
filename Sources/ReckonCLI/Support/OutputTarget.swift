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

    /// Refuses a folder before any work is done (the write itself would refuse it only at the end).
    func checkWritable() throws(CLIError) {
        guard case .file(let path) = self else { return }
        var status = stat()
        if stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
            throw CLIError.input("cannot write '\(path)': it is a folder")
        }
    }

    /// Writes `bytes` here: text, or with `binary` bytes kept as they are (an xlsx workbook).
    func write(_ bytes: [UInt8], binary: Bool = false, console: inout Console) throws(CLIError) {
        switch self {
        case .standardOutput where binary: console.binaryOutput += bytes
        case .standardOutput: console.write(String(decoding: bytes, as: UTF8.self))
        case .file(let path):
            do { try AtomicFile.write(bytes, to: path) } catch { throw CLIError.input(error.message) }
        }
    }
}
