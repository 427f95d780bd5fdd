#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What writing to a path would replace, found before a byte is written: the file at the
/// end of any symbolic links, whether it exists, its mode and owner, and an identity that
/// two paths to one file share.
///
/// Only a regular file (or no file) is replaced. A folder, a device, a named pipe or a socket
/// is refused, and so is a read-only file (one whose mode has no write permission, or that
/// this process may not write): `install` and careful editors refuse them too.
///
/// ```swift
/// let target = try WriteTarget(path: "link-to-report.csv")
/// target.path          // "reports/report.csv", where the link leads
/// target.existing?.mode   // 0o600, kept by the new file
/// ```
package struct WriteTarget: Sendable, Equatable {
    /// The file as it is before the write.
    package struct Existing: Sendable, Equatable {
        /// The permission bits (`0o640`), given to the new file.
        package var mode: mode_t
        /// The owner, given to the new file where the system allows.
        package var owner: uid_t
        /// The group, likewise.
        package var group: gid_t
    }

    /// What makes two paths name one file: the device and inode of the file, or, for a file
    /// that does not exist yet, those of its folder and its name.
    package struct Identity: Sendable, Hashable {
        var device: UInt64
        var inode: UInt64
        var name: String?
    }

    /// The path as given.
    package var given: String
    /// The path written: `given` with symbolic links followed.
    package var path: String
    /// The folder of `path` (`.` for a bare name).
    package var folder: String
    /// The last component of `path`.
    package var name: String
    /// The file replaced, or `nil` when a new file is made.
    package var existing: Existing?
    /// The identity of the file written.
    package var identity: Identity

    /// The most symbolic links followed, as the kernel's own limit (`ELOOP` beyond).
    static let maximumLinks = 40

    /// Resolves `path`; an error says why nothing can be written there.
    package init(path given: String) throws(AtomicFile.WriteError) {
        func failure(_ reason: String) -> AtomicFile.WriteError { AtomicFile.WriteError(path: given, reason: reason) }
        guard !given.isEmpty else { throw failure("the path is empty") }
        var current = given
        for _ in 0...Self.maximumLinks {
            let (folder, name) = Self.split(current)
            guard !name.isEmpty, name != ".", name != ".." else { throw failure("the path names a folder") }
            var status = stat()
            if lstat(current, &status) != 0 {
                guard errno == ENOENT else { throw failure(Self.systemError()) }
                // A new file: its folder must exist and be writable.
                var folderStatus = stat()
                guard stat(folder, &folderStatus) == 0 else { throw failure(Self.systemError()) }
                guard (folderStatus.st_mode & S_IFMT) == S_IFDIR else { throw failure(String(cString: strerror(ENOTDIR))) }
                guard access(folder, W_OK | X_OK) == 0 else { throw failure(Self.systemError()) }
                self.init(
                    given: given, path: current, folder: folder, name: name, existing: nil,
                    identity: Identity(device: UInt64(folderStatus.st_dev), inode: UInt64(folderStatus.st_ino), name: name))
                return
            }
            switch status.st_mode & S_IFMT {
            case S_IFLNK:
                current = try Self.follow(current, folder: folder, failure: failure)
                continue
            case S_IFREG:
                let leadsElsewhere = current == given ? "" : " ('\(current)')"
                guard status.st_mode & 0o222 != 0, access(current, W_OK) == 0 else {
                    throw failure("the file\(leadsElsewhere) is read-only")
                }
                guard access(folder, W_OK | X_OK) == 0 else {
                    throw failure("its folder\(leadsElsewhere.isEmpty ? "" : " \(leadsElsewhere)") is not writable (\(Self.systemError()))")
                }
                self.init(
                    given: given, path: current, folder: folder, name: name,
                    existing: Existing(mode: status.st_mode & 0o7777, owner: status.st_uid, group: status.st_gid),
                    identity: Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino), name: nil))
                return
            default:
                throw failure(Self.describeNonRegular(status.st_mode, path: current, given: given))
            }
        }
        throw failure(String(cString: strerror(ELOOP)))
    }

    private init(given: String, path: String, folder: String, name: String, existing: Existing?, identity: Identity) {
        self.given = given
        self.path = path
        self.folder = folder
        self.name = name
        self.existing = existing
        self.identity = identity
    }

    /// Why a file of this type is not replaced.
    static func describeNonRegular(_ mode: mode_t, path: String, given: String) -> String {
        let kind: String
        switch mode & S_IFMT {
        case S_IFDIR: return path == given ? "it is a folder" : "it leads to a folder ('\(path)')"
        case S_IFCHR: kind = "a character device"
        case S_IFBLK: kind = "a block device"
        case S_IFIFO: kind = "a named pipe (FIFO)"
        case S_IFSOCK: kind = "a socket"
        default: kind = "a special file"
        }
        let place = path == given ? "" : " ('\(path)')"
        return "it is \(kind)\(place), not a regular file (reckon replaces only regular files; '-' writes to standard output)"
    }

    /// Where the symbolic link at `path` (in `folder`) leads.
    private static func follow(
        _ path: String, folder: String, failure: (String) -> AtomicFile.WriteError
    ) throws(AtomicFile.WriteError) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = buffer.withUnsafeMutableBufferPointer { readlink(path, $0.baseAddress!, $0.count - 1) }
        guard count >= 0 else { throw failure(systemError()) }
        let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard !target.isEmpty else { throw failure(String(cString: strerror(ENOENT))) }
        if target.hasPrefix("/") || !path.contains("/") { return target }
        return folder + "/" + target
    }

    /// The folder (`.` for a bare name, `/` at the root) and the last component.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    static func systemError() -> String { String(cString: strerror(errno)) }
}
