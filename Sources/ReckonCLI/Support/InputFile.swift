#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole input file named on the command line (`-` is standard input).
enum InputFile {
    /// The largest input file accepted, in bytes.
    static let maximumBytes = 64 << 20

    /// The bytes of `path`, or a message naming the file and the system's reason.
    static func read(_ path: String, console: inout Console) throws(CLIError) -> [UInt8] {
        if path == "-" { return try console.readInput(limit: maximumBytes) }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw CLIError.input("cannot read '\(path)': \(reason(errno))") }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return systemReadFile(descriptor, base, raw.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw CLIError.input("cannot read '\(path)': \(reason(errno))")
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > maximumBytes { throw CLIError.input("'\(path)' is larger than \(maximumBytes) bytes") }
        }
        return bytes
    }

    private static func reason(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}

private func systemReadFile(_ descriptor: Int32, _ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        return Glibc.read(descriptor, pointer, count)
    #elseif canImport(Musl)
        return Musl.read(descriptor, pointer, count)
    #else
        return Darwin.read(descriptor, pointer, count)
    #endif
}
