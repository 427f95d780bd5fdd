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

    /// Why `readAll` stopped.
    enum Failure: Error {
        /// More than the limit was read.
        case tooLarge
        /// `read` failed with this `errno`.
        case system(Int32)
    }

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
        do {
            return try readAll(descriptor, limit: limit)
        } catch {
            switch error {
            case .tooLarge: throw CLIError.input("'\(path)' is larger than \(describe(limit))")
            case .system(let code): throw CLIError.input("cannot read '\(path)': \(String(cString: strerror(code)))")
            }
        }
    }

    /// Everything `descriptor` gives until its end, at most `limit` bytes.
    ///
    /// The bytes are read straight into the array's storage: for a regular file, whose size is
    /// known, in one array of that size plus one byte (to see the end without another array),
    /// without zeroing it first and without copying through a buffer; anything else (a pipe,
    /// a terminal, a file that grows while read) in an array that doubles when full.
    ///
    ///     let bytes = try InputFile.readAll(descriptor, limit: 1 << 20)
    static func readAll(_ descriptor: Int32, limit: Int) throws(Failure) -> [UInt8] {
        var status = stat()
        let regular = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
        var capacity = regular && status.st_size > 0 ? Int(status.st_size) + 1 : 1 << 16
        capacity = min(capacity, limit + 1)
        var bytes: [UInt8] = []
        var failure: Int32 = 0
        var atEnd = false
        while !atEnd {
            let previous = bytes
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                guard let base = buffer.baseAddress else { return }
                previous.withUnsafeBufferPointer { old in
                    if let start = old.baseAddress { base.initialize(from: start, count: old.count) }
                }
                count = previous.count
                while count < buffer.count {
                    let result = systemRead(descriptor, base + count, buffer.count - count)
                    if result < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    if result == 0 {
                        atEnd = true
                        return
                    }
                    count += result
                }
            }
            if failure != 0 { throw .system(failure) }
            if bytes.count > limit { throw .tooLarge }
            capacity = min(capacity * 2, limit + 1)
        }
        return bytes
    }

    /// `1048576 bytes (1 MiB)`.
    static func describe(_ limit: Int) -> String {
        limit >= 1 << 20 && limit % (1 << 20) == 0 ? "\(limit) bytes (\(limit >> 20) MiB)" : "\(limit) bytes"
    }

    private static func systemError() -> String { String(cString: strerror(errno)) }

    /// `read(2)`, waiting on a non-blocking descriptor with no data yet instead of taking
    /// `EAGAIN` for an error or the end (`StandardStreams.readWaiting`).
    private static func systemRead(_ descriptor: Int32, _ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        StandardStreams.readWaiting(descriptor, pointer, count)
    }
}
