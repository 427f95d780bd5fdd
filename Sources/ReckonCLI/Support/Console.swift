#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command writes: data to `output`, messages to `errors`. Collected in memory so
/// tests run commands in-process; `flush()` writes them to the real streams.
struct Console {
    /// Standard output so far.
    var output = ""
    /// Standard error so far.
    var errors = ""
    /// Standard input, read on demand (tests set it).
    var input: [UInt8]?

    mutating func print(_ text: String) {
        output += text
        if !text.hasSuffix("\n") { output += "\n" }
    }

    mutating func write(_ text: String) { output += text }

    mutating func error(_ text: String) {
        errors += text
        if !text.hasSuffix("\n") { errors += "\n" }
    }

    /// Writes what was collected to the process's standard output and error.
    mutating func flush() {
        Self.writeAll(output, to: 1)
        Self.writeAll(errors, to: 2)
        output = ""
        errors = ""
    }

    private static func writeAll(_ text: String, to descriptor: Int32) {
        var text = text
        var written = 0
        // The string's own UTF-8 storage, without copying it into an array.
        text.withUTF8 { buffer in
            while written < buffer.count {
                let result = systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 && errno == EINTR { continue }
                if result <= 0 { return }
                written += result
            }
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
            case .system(let code): throw CLIError.input("cannot read standard input: \(String(cString: strerror(code)))")
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
