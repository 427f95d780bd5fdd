#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole input file (or standard input for `-`) with a size limit.
enum InputFile {
    /// The largest input file accepted by default, in bytes.
    static let maximumBytes = 64 << 20

    /// The bytes of `path`; `-` reads standard input through `console`.
    static func read(_ path: String, limit: Int = maximumBytes, console: inout Console) throws(CLIError) -> [UInt8] {
        if path == "-" { return try console.readInput(limit: limit) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw CLIError.input("cannot read '\(path)': \(systemError())") }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
            throw CLIError.input("cannot read '\(path)': it is a folder")
        }
        // A regular file over the limit is refused before a byte is read.
        if (status.st_mode & S_IFMT) == S_IFREG && Int(status.st_size) > limit {
            throw CLIError.input("'\(path)' is larger than \(describe(limit))")
        }
        var bytes: [UInt8] = []
        if (status.st_mode & S_IFMT) == S_IFREG { bytes.reserveCapacity(Int(status.st_size) + 1) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { pointer -> Int in
                guard let base = pointer.baseAddress else { return 0 }
                return systemRead(descriptor, base, pointer.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw CLIError.input("cannot read '\(path)': \(systemError())")
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > limit { throw CLIError.input("'\(path)' is larger than \(describe(limit))") }
        }
        return bytes
    }

    /// `1048576 bytes (1 MiB)`.
    static func describe(_ limit: Int) -> String {
        limit >= 1 << 20 && limit % (1 << 20) == 0 ? "\(limit) bytes (\(limit >> 20) MiB)" : "\(limit) bytes"
    }

    private static func systemError() -> String { String(cString: strerror(errno)) }

    private static func systemRead(_ descriptor: Int32, _ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            return Glibc.read(descriptor, pointer, count)
        #else
            return Darwin.read(descriptor, pointer, count)
        #endif
    }
}
