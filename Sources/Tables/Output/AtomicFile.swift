import TextCore
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
/// is renamed over the target (an atomic step on POSIX file systems); then the folder is
/// flushed so that the rename survives a power cut. On any error the temporary file is
/// removed and the target is untouched.
///
/// On Linux the temporary file is made with `O_TMPFILE`: it has no name while it is
/// written, so a process killed mid-write (even by SIGKILL) leaves nothing behind; it gets
/// a name (`.NAME.tmp-PID-XXXXXX`) only for the instant between `linkat` and `rename`.
/// Elsewhere, or on a file system without `O_TMPFILE`, it is a named `mkstemp` file from the
/// start. A process killed while its temporary file has a name leaves that file behind; the
/// next write to the same target removes every `.NAME.tmp-PID-*` whose process `PID` no
/// longer runs (files of running writers are left alone).
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
        let (folder, name) = split(path)
        guard !name.isEmpty, name != ".", name != ".." else {
            throw WriteError(path: path, reason: "the path names a folder")
        }
        var status = stat()
        if stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
            throw WriteError(path: path, reason: "it is a folder")
        }
        removeStaleTemporaries(folder: folder, name: name)
        let template = "\(folder)/\(temporaryPrefix(name))\(getpid())-XXXXXX"
        // First an unnamed file (Linux); if the system cannot, a named one.
        var temporaryPath: String?
        var failure: String?
        switch writeUnnamed(bytes, folder: folder, template: template) {
        case .written(let linkedPath): temporaryPath = linkedPath
        case .failed(let reason): failure = reason
        case .unsupported:
            let (descriptor, namedPath) = openNamed(template)
            guard descriptor >= 0, let namedPath else { throw WriteError(path: path, reason: systemError()) }
            temporaryPath = namedPath
            failure = finish(bytes, descriptor: descriptor)
        }
        if failure == nil, let temporaryPath, rename(temporaryPath, path) != 0 { failure = systemError() }
        if let failure {
            if let temporaryPath { unlink(temporaryPath) }
            throw WriteError(path: path, reason: failure)
        }
        syncFolder(folder)
    }

    private enum UnnamedResult {
        /// Written, flushed and linked under this temporary name.
        case written(String)
        /// A write error (the unnamed file is gone with its descriptor).
        case failed(String)
        /// No `O_TMPFILE` or no `/proc` here: use a named file.
        case unsupported
    }

    private static func writeUnnamed(_ bytes: [UInt8], folder: String, template: String) -> UnnamedResult {
        #if os(Linux)
            // O_TMPFILE is (__O_TMPFILE | O_DIRECTORY); Swift does not import the macro.
            let temporaryFileFlag: Int32 = 0o20_000_000
            let descriptor = open(folder, temporaryFileFlag | O_DIRECTORY | O_WRONLY | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { return .unsupported }
            var failure = writeAll(bytes, to: descriptor)
            if failure == nil && fsync(descriptor) != 0 { failure = systemError() }
            if failure == nil && fchmod(descriptor, 0o644) != 0 { failure = systemError() }
            if let failure {
                close(descriptor)
                return .failed(failure)
            }
            // Give the file a name next to the target, for the rename.
            let source = "/proc/self/fd/\(descriptor)"
            for _ in 0..<100 {
                let name = String(template.dropLast(6)) + randomSuffix()
                if linkat(AT_FDCWD, source, AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0 {
                    if close(descriptor) != 0 {
                        let reason = systemError()
                        unlink(name)
                        return .failed(reason)
                    }
                    return .written(name)
                }
                if errno != EEXIST { break }
            }
            close(descriptor)
            return .unsupported
        #else
            return .unsupported
        #endif
    }

    /// Writes, flushes and closes a named temporary file; the error, if any.
    private static func finish(_ bytes: [UInt8], descriptor: Int32) -> String? {
        var failure = writeAll(bytes, to: descriptor)
        if failure == nil && fsync(descriptor) != 0 { failure = systemError() }
        if failure == nil && fchmod(descriptor, 0o644) != 0 { failure = systemError() }
        if close(descriptor) != 0 && failure == nil { failure = systemError() }
        return failure
    }

    /// `.NAME.tmp-`: what every temporary name for `name` starts with, before the process
    /// id (a long name is cut to 200 bytes, so that the temporary name stays valid).
    static func temporaryPrefix(_ name: String) -> String {
        var kept = String.UnicodeScalarView()
        var bytes = 0
        for scalar in name.unicodeScalars {
            bytes += String(scalar).utf8.count
            if bytes > 200 { break }
            kept.append(scalar)
        }
        return "." + String(kept) + ".tmp-"
    }

    /// Removes the temporary files of `name` left by writers that were killed between
    /// naming their file and renaming it: `.NAME.tmp-PID-XXXXXX` whose `PID` is not running.
    static func removeStaleTemporaries(folder: String, name: String) {
        let prefix = temporaryPrefix(name)
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        var stale: [String] = []
        while let entry = readdir(directory) {
            let entryName = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            guard entryName.hasPrefix(prefix) else { continue }
            let rest = entryName.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]), pid > 0, rest[dash...].count == 7 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { stale.append(entryName) }
        }
        for entryName in stale { unlink(folder + "/" + entryName) }
    }

    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    private static func openNamed(_ template: String) -> (Int32, String?) {
        var characters = Array(template.utf8CString)
        let descriptor = characters.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        let name = String(decoding: characters.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (descriptor, descriptor >= 0 ? name : nil)
    }

    private static func randomSuffix() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<6).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        var written = 0
        return bytes.withUnsafeBytes { buffer -> String? in
            guard let base = buffer.baseAddress else { return nil }
            while written < buffer.count {
                let result = Glue.write(descriptor, base + written, min(buffer.count - written, 1 << 26))
                if result < 0 {
                    if errno == EINTR { continue }
                    return systemError()
                }
                written += result
            }
            return nil
        }
    }

    /// Flushes the folder entry so the rename is durable (best effort: some file systems refuse).
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
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
