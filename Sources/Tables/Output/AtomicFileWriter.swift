import TextCore
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file piece by piece so that readers see the old content or the whole new one,
/// never a part: the pieces go to a temporary file in the target's folder, and `commit()`
/// flushes it to disk and renames it over the target. A writer dropped without `commit()`
/// (after an error, say) removes its temporary file and leaves the target untouched.
///
/// The target is what `WriteTarget` finds: symbolic links are followed (the file they lead
/// to is replaced, the link stays), a regular file keeps its mode and, where the system
/// allows, its owner and group; a new file gets `0666` minus the umask. A folder, a device, a
/// named pipe, a socket or a read-only file is refused before anything is written.
///
/// Pieces are gathered in a 64 KiB buffer; a write error (a full disk, `EFBIG` past a
/// file-size limit) is reported by the `write` that meets it or by `commit()`.
///
/// ```swift
/// let writer = try AtomicFileWriter(path: "samples.csv")
/// try writer.write(Array("value\r\n".utf8))
/// try writer.commit()
/// ```
public final class AtomicFileWriter {
    /// The target path, as given.
    public let path: String
    /// What is replaced.
    package let target: WriteTarget
    private var file: TemporaryFile
    private var buffer: [UInt8] = []
    private var failure: String?
    private var finished = false
    private var pausedMidWrite = false

    /// Bytes gathered before they go to the file.
    static let bufferSize = 1 << 16

    /// Opens a temporary file beside `path` (or beside the file a link at `path` leads to).
    public init(path: String) throws(AtomicFile.WriteError) {
        self.path = path
        target = try WriteTarget(path: path)
        AtomicFile.removeStaleTemporaries(folder: target.folder, name: target.name)
        file = try TemporaryFile(for: target)
        buffer.reserveCapacity(Self.bufferSize)
        TestPause.at(.opened)
    }

    deinit {
        if !finished { file.discard() }
    }

    /// Whether a write has failed (the rest is not written; `commit()` throws the error).
    package var hasFailed: Bool { failure != nil }

    /// Appends `bytes`.
    public func write(_ bytes: [UInt8]) throws(AtomicFile.WriteError) {
        bytes.withUnsafeBytes { append($0) }
        if let failure { throw AtomicFile.WriteError(path: path, reason: failure) }
    }

    /// Appends the UTF-8 of `text`; an error waits for `commit()`.
    package func append(_ text: String) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    /// Appends `bytes`; an error waits for `commit()`.
    package func append(_ bytes: UnsafeRawBufferPointer) {
        precondition(!finished, "write after commit")
        guard failure == nil, !bytes.isEmpty else { return }
        if buffer.count + bytes.count <= Self.bufferSize {
            buffer.append(contentsOf: bytes)
            return
        }
        flush()
        if bytes.count >= Self.bufferSize {
            toDisk(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Flushes the file to disk, gives it the target's mode and owner, and renames it over
    /// the target.
    public func commit() throws(AtomicFile.WriteError) {
        precondition(!finished, "commit twice")
        finished = true
        flush()
        if failure == nil, fsync(file.descriptor) != 0 { failure = AtomicFile.reason(errno) }
        TestPause.at(.synced)
        if failure == nil { failure = keepAttributes() }
        if failure == nil { failure = stillReplaceable() }
        if failure == nil { failure = file.giveName() }
        TestPause.at(.linked)
        if failure == nil, let name = file.name {
            if rename(name, target.path) == 0 {
                file.renamed()
            } else {
                failure = AtomicFile.reason(errno)
            }
        }
        if let failure {
            file.discard()
            throw AtomicFile.WriteError(path: path, reason: failure)
        }
        TestPause.at(.renamed)
        AtomicFile.syncFolder(target.folder)
    }

    private func flush() {
        guard !buffer.isEmpty, failure == nil else { return }
        buffer.withUnsafeBytes { toDisk($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func toDisk(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, let base = bytes.baseAddress else { return }
        var written = 0
        while written < bytes.count {
            var count = min(bytes.count - written, 1 << 26)
            let pauseHere = !pausedMidWrite && TestPause.isRequested(.midWrite)
            if pauseHere { count = max(1, count / 2) }
            let result = Glue.write(file.descriptor, base + written, count)
            if result < 0 {
                if errno == EINTR { continue }
                failure = AtomicFile.reason(errno)
                return
            }
            written += result
            if pauseHere {
                pausedMidWrite = true
                TestPause.at(.midWrite)
            }
        }
    }

    /// The existing file's owner, group and mode on the new one (the owner only where the
    /// system allows: a user who is not root cannot give a file away).
    private func keepAttributes() -> String? {
        guard let existing = target.existing else { return nil }
        _ = fchown(file.descriptor, existing.owner, existing.group)
        return fchmod(file.descriptor, existing.mode) == 0 ? nil : AtomicFile.reason(errno)
    }

    /// An error when the target became something other than a regular file since it was
    /// checked (a rename over a folder or a device must not happen).
    private func stillReplaceable() -> String? {
        var status = stat()
        guard lstat(target.path, &status) == 0 else { return nil }
        let type = status.st_mode & S_IFMT
        guard type != S_IFREG, type != S_IFLNK else { return nil }
        return WriteTarget.describeNonRegular(status.st_mode, path: target.path, given: path)
    }
}
