import Munitions

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads an article's bytes from a file or standard input, refusing more than
/// `ArticleText.maximumBytes` before reading it all.
enum ArticleInput {
    /// The bytes of `path` (`-` for standard input).
    static func read(_ path: String, console: inout Console) throws(CLIError) -> [UInt8] {
        let limit = ArticleText.maximumBytes
        if path == "-" {
            do { return try console.readInput(limit: limit) } catch {
                throw CLIError.input("<stdin>: the input is larger than \(limit) bytes (16 MiB), the limit per article")
            }
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw CLIError.input("cannot read '\(path)': \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw CLIError.input("cannot read '\(path)': \(String(cString: strerror(errno)))")
        }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw CLIError.input("cannot read '\(path)': it is a folder") }
        if (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) > limit {
            throw CLIError.input("\(path): the file is \(status.st_size) bytes; the limit is \(limit) bytes (16 MiB) per article")
        }
        var bytes: [UInt8] = []
        if (status.st_mode & S_IFMT) == S_IFREG { bytes.reserveCapacity(Int(status.st_size) + 1) }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw CLIError.input("cannot read '\(path)': \(String(cString: strerror(errno)))") }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > limit {
                throw CLIError.input("\(path): the input is larger than \(limit) bytes (16 MiB), the limit per article")
            }
        }
        return bytes
    }
}

private func readBytes(_ descriptor: Int32, _ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        return Glibc.read(descriptor, pointer, count)
    #else
        return Darwin.read(descriptor, pointer, count)
    #endif
}
