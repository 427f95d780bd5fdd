#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a reader sees the old content or the new, never a part.
///
/// The bytes go to a temporary file in the same folder, are flushed to disk, and the file
/// is renamed over the target (an atomic step on POSIX file systems). On any error the
/// temporary file is removed and the target is untouched.
///
/// ```swift
/// try AtomicFile.write(Array("a,b\r\n".utf8), to: "out.csv")
/// ```
public enum AtomicFile {
    /// Why a file could not be written.
    public struct WriteError: LocatedError, Equatable {
        /// The target path.
        public var path: String
        /// The system's reason.
        public var reason: String
        /// Always `nil`: the path is in the message.
        public var location: SourceLocation? { nil }
        /// The message.
        public var message: String { "cannot write '\(path)': \(reason)" }
    }

    /// Replaces the file at `path` with `bytes` atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let folder: String
        let name: String
        if let slash = path.lastIndex(of: "/") {
            folder = String(path[..<slash]).isEmpty ? "/" : String(path[..<slash])
            name = String(path[path.index(after: slash)...])
        } else {
            folder = "."
            name = path
        }
        guard !name.isEmpty else { throw WriteError(path: path, reason: "the path names a folder") }
        var template = Array("\(folder)/.\(name).tmp-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw WriteError(path: path, reason: systemError()) }
        let temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: String?
        var written = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Glue.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = systemError()
                    return
                }
                written += result
            }
        }
        if failure == nil && fsync(descriptor) != 0 { failure = systemError() }
        if failure == nil && fchmod(descriptor, 0o644) != 0 { failure = systemError() }
        if close(descriptor) != 0 && failure == nil { failure = systemError() }
        if failure == nil && rename(temporaryPath, path) != 0 { failure = systemError() }
        if let failure {
            unlink(temporaryPath)
            throw WriteError(path: path, reason: failure)
        }
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}

/// Names of C functions that Swift members would shadow.
enum Glue {
    static func write(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Darwin)
            return Darwin.write(descriptor, pointer, count)
        #elseif canImport(Glibc)
            return Glibc.write(descriptor, pointer, count)
        #else
            return Musl.write(descriptor, pointer, count)
        #endif
    }
}
