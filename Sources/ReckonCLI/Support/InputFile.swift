#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads an input file (or standard input for `-`) whole, refusing files over a limit.
enum InputFile {
    /// The bytes of `path`; `-` reads standard input. Errors name the path and the reason.
    static func read(_ path: String, limit: Int, console: inout Console) throws(CLIError) -> [UInt8] {
        if path == "-" { return try console.readInput(limit: limit) }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw CLIError.input("cannot read '\(path)': \(systemMessage())") }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { throw CLIError.input("cannot read '\(path)': \(systemMessage())") }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > limit {
                throw CLIError.input("'\(path)' is larger than \(limit) bytes; reckon reads inputs up to that size")
            }
        }
        return bytes
    }

    private static func systemMessage() -> String {
        guard let text = strerror(errno) else { return "error \(errno)" }
        return String(cString: text)
    }

    private static func systemRead(_ descriptor: Int32, _ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            return Glibc.read(descriptor, pointer, count)
        #else
            return Darwin.read(descriptor, pointer, count)
        #endif
    }
}
