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
/// removed and the target is untouched. What is replaced, and what is refused (folders,
/// devices, named pipes, sockets, read-only files), is `AtomicFileWriter`'s rule: symbolic
/// links are followed, an existing file keeps its mode and owner, a new one gets `0666`
/// minus the umask.
///
/// On Linux the temporary file is made with `O_TMPFILE`: it has no name while it is
/// written, so a process killed mid-write (even by SIGKILL) leaves nothing behind; it gets
/// a name (`.NAME.tmp-PID-XXXXXX`) only for the instant between `linkat` and `rename`.
/// Elsewhere, or on a file system without `O_TMPFILE`, it is named from the start. SIGINT,
/// SIGTERM, SIGHUP and SIGPIPE remove a named temporary file before the process ends
/// (`TemporaryFiles`); a process killed by SIGKILL while its temporary file has a name leaves
/// that file behind, and the next write to the same target removes every `.NAME.tmp-PID-*`
/// whose process `PID` no longer runs (files of running writers are left alone).
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
        let writer = try AtomicFileWriter(path: path)
        try writer.write(bytes)
        try writer.commit()
    }

    /// The system's words for `code`; past a file-size limit, the limit too.
    package static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        guard code == EFBIG, let limit = fileSizeLimit() else { return text }
        return "\(text) (the file-size limit, ulimit -f, is \(limit) bytes)"
    }

    /// The soft file-size limit in bytes, when there is one.
    static func fileSizeLimit() -> UInt64? {
        var limit = rlimit()
        #if os(Linux)
            guard getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit) == 0 else { return nil }
        #else
            guard getrlimit(RLIMIT_FSIZE, &limit) == 0 else { return nil }
        #endif
        return limit.rlim_cur == rlim_t.max ? nil : UInt64(limit.rlim_cur)
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

    /// Six random letters and digits, for a unique name.
    static func randomSuffix() -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<6).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }

    /// Flushes the folder entry so the rename is durable (best effort: some file systems refuse).
    static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
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

    static func close(_ descriptor: Int32) -> Int32 {
        #if canImport(Darwin)
            return Darwin.close(descriptor)
        #elseif canImport(Glibc)
            return Glibc.close(descriptor)
        #else
            return Musl.close(descriptor)
        #endif
    }
}
