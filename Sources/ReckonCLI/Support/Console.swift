#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command writes: data to standard output, messages to `errors`. A console made
/// with `Console()` keeps both in memory, so tests run commands in-process; the program's
/// console (`Console(streaming: true)`) writes standard output as it comes, and `finish`
/// writes the messages and checks that every write reached its stream.
struct Console {
    /// Standard output.
    let standardOutput: StandardOutput
    /// Standard error so far.
    var errors = ""
    /// Standard input, read on demand (tests set it).
    var input: [UInt8]?
    /// Binary standard output kept in memory (an xlsx workbook; tests read it).
    var binaryOutput: [UInt8] { standardOutput.capturedBinary }
    /// Whether standard output is a terminal, where binary output is refused (`main` sets it).
    var outputIsTerminal = false
    /// Whether standard error is a terminal, so that long runs may show a progress line
    /// (`ProgressLine`); `main.swift` sets it, tests leave it false.
    var standardErrorIsTerminal = false

    /// A console that keeps standard output in memory (`streaming: false`) or writes it to
    /// descriptor 1 as it comes.
    init(streaming: Bool = false) {
        standardOutput = StandardOutput(streaming: streaming)
    }

    /// Standard output so far (empty when it is streamed).
    var output: String { standardOutput.captured ?? "" }

    mutating func print(_ text: String) {
        standardOutput.write(text)
        if !text.hasSuffix("\n") { standardOutput.write("\n") }
    }

    mutating func write(_ text: String) { standardOutput.write(text) }

    mutating func error(_ text: String) {
        errors += text
        if !text.hasSuffix("\n") { errors += "\n" }
    }

    /// Ends the program's output: flushes and closes standard output, adds a message when a
    /// write or the close failed, writes the messages to standard error, and returns the exit
    /// status (2 after a failed write, else `status`).
    mutating func finish(status: Int32) -> Int32 {
        let (failed, message) = standardOutput.finish()
        if let message { error(message) }
        Self.writeAll(errors, to: 2)
        errors = ""
        return failed ? 2 : status
    }

    private static func writeAll(_ text: String, to descriptor: Int32) {
        var text = text
        // The string's own UTF-8 storage, without copying it into an array.
        text.withUTF8 { writeAll($0, to: descriptor) }
    }

    private static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
        var written = 0
        while written < buffer.count {
            let result = systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
            if result < 0 && errno == EINTR { continue }
            if result <= 0 { return }
            written += result
        }
    }

    /// All of standard input.
    mutating func readInput(limit: Int) throws(CLIError) -> [UInt8] {
        if let input { return input }
        do {
            input = try InputFile.readAll(0, limit: limit)
        } catch {
            switch error {
            case .tooLarge: throw CLIError.input("standard input is larger than \(InputFile.describe(limit))")
            case .system(let code): throw CLIError.input(StandardStreams.inputFailure(code))
            }
        }
        return input ?? []
    }
}

private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        return Glibc.write(descriptor, pointer, count)
    #else
        return Darwin.write(descriptor, pointer, count)
    #endif
}
