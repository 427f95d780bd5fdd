import TextCore
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a large file piece by piece so that readers see the old content or the whole new
/// one, never a part: the pieces go to a temporary file in the same folder, and `commit()`
/// flushes it to disk and renames it over the target. A writer dropped without `commit()`
/// (after an error, say) removes its temporary file and leaves the target untouched.
///
/// ```swift
/// let writer = try AtomicFileWriter(path: "samples.csv")
/// try writer.write(Array("value\r\n".utf8))
/// try writer.commit()
/// ```
public final class AtomicFileWriter {
    /// The target path.
    public let path: String
    private let temporaryPath: String
    private var descriptor: Int32
    private var finished = false

    /// Opens a temporary file beside `path`.
    public init(path: String) throws(AtomicFile.WriteError) {
        self.path = path
        let folder: String
        let name: String
        if let slash = path.lastIndex(of: "/") {
            folder = String(path[..<slash]).isEmpty ? "/" : String(path[..<slash])
            name = String(path[path.index(after: slash)...])
        } else {
            folder = "."
            name = path
        }
        guard !name.isEmpty else { throw AtomicFile.WriteError(path: path, reason: "the path names a folder") }
        var template = Array("\(folder)/.\(name).tmp-XXXXXX".utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw AtomicFile.WriteError(path: path, reason: Self.systemError()) }
        temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit {
        if !finished {
            close(descriptor)
            unlink(temporaryPath)
        }
    }

    /// Appends `bytes`.
    public func write(_ bytes: [UInt8]) throws(AtomicFile.WriteError) {
        precondition(!finished, "write after commit")
        var failure: String?
        var written = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Glue.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = Self.systemError()
                    return
                }
                written += result
            }
        }
        if let failure { throw AtomicFile.WriteError(path: path, reason: failure) }
    }

    /// Flushes the file to disk and renames it over the target.
    public func commit() throws(AtomicFile.WriteError) {
        precondition(!finished, "commit twice")
        finished = true
        var failure: String?
        if fsync(descriptor) != 0 { failure = Self.systemError() }
        if failure == nil && fchmod(descriptor, 0o644) != 0 { failure = Self.systemError() }
        if close(descriptor) != 0 && failure == nil { failure = Self.systemError() }
        if failure == nil && rename(temporaryPath, path) != 0 { failure = Self.systemError() }
        if let failure {
            unlink(temporaryPath)
            throw AtomicFile.WriteError(path: path, reason: failure)
        }
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
