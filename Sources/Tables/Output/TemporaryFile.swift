#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary file of an atomic write, beside its target: unnamed while it is written
/// (Linux `O_TMPFILE`), named `.NAME.tmp-PID-XXXXXX` just before the rename; or, where the
/// system cannot make an unnamed file, named from the start. A named one is registered with
/// `TemporaryFiles`, so that SIGINT, SIGTERM, SIGHUP and SIGPIPE remove it; signals are
/// blocked while a name is made and registered, so that no signal falls between the two.
///
/// New files get mode `0666` minus the umask, as `open(2)` gives any new file.
struct TemporaryFile {
    /// The open file.
    var descriptor: Int32
    /// Its name, once it has one.
    var name: String?
    /// Its slot in `TemporaryFiles`, while it is named.
    var slot: TemporaryFiles.Slot?
    /// What every name starts with: `FOLDER/.NAME.tmp-PID-`.
    let prefix: String

    /// A new empty temporary file for `target`.
    init(for target: WriteTarget) throws(AtomicFile.WriteError) {
        prefix = "\(target.folder)/\(AtomicFile.temporaryPrefix(target.name))\(getpid())-"
        descriptor = -1
        if !TestPause.namedTemporary, let unnamed = Self.openUnnamed(folder: target.folder) {
            descriptor = unnamed
            return
        }
        let (descriptor, name, slot) = Self.withSignalsBlocked { () -> (Int32, String?, TemporaryFiles.Slot?) in
            for _ in 0..<100 {
                let candidate = prefix + AtomicFile.randomSuffix()
                let opened = open(candidate, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o666)
                if opened >= 0 { return (opened, candidate, TemporaryFiles.register(candidate)) }
                if errno != EEXIST { break }
            }
            return (-1, nil, nil)
        }
        guard descriptor >= 0 else { throw AtomicFile.WriteError(path: target.given, reason: AtomicFile.reason(errno)) }
        self.descriptor = descriptor
        self.name = name
        self.slot = slot
    }

    /// Gives an unnamed file its name (closing it); returns the error, if any.
    mutating func giveName() -> String? {
        #if os(Linux)
            if name == nil {
                let source = "/proc/self/fd/\(descriptor)"
                var failure: Int32 = EEXIST
                (name, slot) = Self.withSignalsBlocked { () -> (String?, TemporaryFiles.Slot?) in
                    for _ in 0..<100 {
                        let candidate = prefix + AtomicFile.randomSuffix()
                        if linkat(AT_FDCWD, source, AT_FDCWD, candidate, AT_SYMLINK_FOLLOW) == 0 {
                            return (candidate, TemporaryFiles.register(candidate))
                        }
                        failure = errno
                        if failure != EEXIST { break }
                    }
                    return (nil, nil)
                }
                if name == nil { return AtomicFile.reason(failure) }
            }
        #endif
        return close()
    }

    /// Closes the file; the error, if any.
    mutating func close() -> String? {
        guard descriptor >= 0 else { return nil }
        let result = Glue.close(descriptor)
        descriptor = -1
        return result == 0 ? nil : AtomicFile.reason(errno)
    }

    /// Closes the file and removes its name, if it has one.
    mutating func discard() {
        _ = close()
        if let name { unlink(name) }
        TemporaryFiles.unregister(slot)
        name = nil
        slot = nil
    }

    /// The file is renamed: forget its name.
    mutating func renamed() {
        TemporaryFiles.unregister(slot)
        name = nil
        slot = nil
    }

    /// An `O_TMPFILE` descriptor in `folder`, or `nil` where there is none.
    private static func openUnnamed(folder: String) -> Int32? {
        #if os(Linux)
            // O_TMPFILE is (__O_TMPFILE | O_DIRECTORY); Swift does not import the macro.
            let temporaryFileFlag: Int32 = 0o20_000_000
            let descriptor = open(folder, temporaryFileFlag | O_DIRECTORY | O_WRONLY | O_CLOEXEC, 0o666)
            // Linking it later needs /proc; without it, use a named file.
            guard descriptor >= 0 else { return nil }
            guard access("/proc/self/fd/\(descriptor)", F_OK) == 0 else {
                _ = Glue.close(descriptor)
                return nil
            }
            return descriptor
        #else
            return nil
        #endif
    }

    /// Runs `body` with the signals that remove temporary files blocked, so that a name
    /// is never made without being registered.
    static func withSignalsBlocked<T>(_ body: () -> T) -> T {
        var blocked = sigset_t()
        var previous = sigset_t()
        sigemptyset(&blocked)
        for number in TemporaryFiles.cleanedUpSignals { sigaddset(&blocked, number) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return body()
    }
}
