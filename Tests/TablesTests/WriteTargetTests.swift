import Foundation
import Testing

@testable import Tables

#if canImport(Glibc)
    import Glibc
#endif

/// What an atomic write replaces and what it refuses, the way `install` and careful editors
/// write files (issue 18): links followed, modes and owners kept, the umask honoured,
/// read-only files, folders, devices, pipes and sockets refused.
@Suite struct WriteTargetTests {
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "reckon-target-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func mode(_ path: String) -> mode_t {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0
    }

    static func reason(_ path: String) -> String? {
        do {
            _ = try WriteTarget(path: path)
            return nil
        } catch {
            return error.reason
        }
    }

    @Test func specialFilesAreRefusedWithWhatTheyAre() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mkfifo(folder + "/fifo", 0o644) == 0)
        #expect(symlink("/dev/null", folder + "/null") == 0)
        let tail = "not a regular file (reckon replaces only regular files; '-' writes to standard output)"
        #expect(Self.reason("/dev/null") == "it is a character device, " + tail)
        #expect(Self.reason(folder + "/fifo") == "it is a named pipe (FIFO), " + tail)
        #expect(Self.reason(folder + "/null") == "it is a character device ('/dev/null'), " + tail)
        #expect(Self.reason(folder) == "it is a folder")
        #expect(Self.reason(folder + "/") == "the path names a folder")
        #expect(Self.reason("") == "the path is empty")
        #expect(Self.reason(folder + "/missing/x") == "No such file or directory")
    }

    @Test func linksAreFollowedAndALoopIsAnError() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: false)
        #expect(symlink("../target.csv", folder + "/sub/link.csv") == 0)
        #expect(symlink("sub/link.csv", folder + "/outer.csv") == 0)
        let target = try WriteTarget(path: folder + "/outer.csv")
        #expect(target.path == folder + "/sub/../target.csv")
        #expect(target.existing == nil)
        #expect(symlink("b", folder + "/a") == 0 && symlink("a", folder + "/b") == 0)
        #expect(Self.reason(folder + "/a") == "Too many levels of symbolic links")
    }

    @Test func pathsToOneFileHaveOneIdentity() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "x".write(toFile: folder + "/x.csv", atomically: false, encoding: .utf8)
        #expect(link(folder + "/x.csv", folder + "/hard.csv") == 0)
        #expect(symlink("x.csv", folder + "/soft.csv") == 0)
        let identities = try [folder + "/x.csv", folder + "/./x.csv", folder + "/hard.csv", folder + "/soft.csv"].map {
            try WriteTarget(path: $0).identity
        }
        #expect(Set(identities).count == 1)
        // Files that do not exist yet: their folder and name.
        let new = try WriteTarget(path: folder + "/new.csv").identity
        #expect(try WriteTarget(path: folder + "/./new.csv").identity == new)
        #expect(try WriteTarget(path: folder + "/other.csv").identity != new)
    }

    @Test func aReadOnlyFileIsRefusedAndKept() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/ro.csv"
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(chmod(path, 0o444) == 0)
        #expect(throws: AtomicFile.WriteError(path: path, reason: "the file is read-only")) { try AtomicFile.write([1], to: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(FileManager.default.contentsOfDirectory(atPath: folder, orEmpty: ()) == ["ro.csv"])
    }

    @Test(arguments: [0o600, 0o640, 0o755, 0o604] as [mode_t])
    func anExistingFileKeepsItsMode(_ mode: mode_t) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/out.csv"
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(chmod(path, mode) == 0)
        try AtomicFile.write(Array("new".utf8), to: path)
        #expect(Self.mode(path) == mode)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
    }

    @Test func anExistingFileKeepsItsOwnerWhereAllowed() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/out.csv"
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        // Root can give the file away first; anyone else keeps their own, which must stay.
        if getuid() == 0 { #expect(chown(path, 65_534, 65_534) == 0) }
        var before = stat()
        stat(path, &before)
        try AtomicFile.write(Array("new".utf8), to: path)
        var after = stat()
        stat(path, &after)
        #expect(after.st_uid == before.st_uid && after.st_gid == before.st_gid)
    }

    // The umask is the process's: changing it here would race with other suites, so it is
    // tested through the binary (Tests/Fixtures/robustness: files-17 to files-21).

    @Test func aLinkKeepsPointingAtTheReplacedFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "old".write(toFile: folder + "/target.csv", atomically: false, encoding: .utf8)
        #expect(chmod(folder + "/target.csv", 0o600) == 0)
        #expect(symlink("target.csv", folder + "/link.csv") == 0)
        try AtomicFile.write(Array("new".utf8), to: folder + "/link.csv")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.csv") == "target.csv")
        #expect(try String(contentsOfFile: folder + "/target.csv", encoding: .utf8) == "new")
        #expect(Self.mode(folder + "/target.csv") == 0o600)
        // A dangling link: its target is made.
        #expect(symlink("made.csv", folder + "/dangling.csv") == 0)
        try AtomicFile.write(Array("made".utf8), to: folder + "/dangling.csv")
        #expect(try String(contentsOfFile: folder + "/made.csv", encoding: .utf8) == "made")
    }

    @Test func aNamedTemporaryFileIsRegisteredForSignalsUntilTheRename() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = try WriteTarget(path: folder + "/out.csv")
        var file = try TemporaryFile(for: target)
        #expect(file.giveName() == nil)
        let name = try #require(file.name)
        #expect(TemporaryFiles.registered.contains(name))
        #expect(FileManager.default.fileExists(atPath: name))
        file.discard()
        #expect(!TemporaryFiles.registered.contains(name))
        #expect(!FileManager.default.fileExists(atPath: name))
    }

    @Test func theRegistryHoldsSixtyFourNamesAndFreesSlots() {
        let slots = (0..<TemporaryFiles.slotCount).map { TemporaryFiles.register("/nonexistent/reckon-\($0)") }
        // Other tests may hold a slot or two at the same moment; at least most are given.
        #expect(slots.compactMap { $0 }.count >= TemporaryFiles.slotCount - 4)
        #expect(TemporaryFiles.register(String(repeating: "x", count: 5_000)) == nil)
        for slot in slots { TemporaryFiles.unregister(slot) }
        #expect(!TemporaryFiles.registered.contains { $0.hasPrefix("/nonexistent/reckon-") })
    }
}

extension FileManager {
    fileprivate func contentsOfDirectory(atPath path: String, orEmpty: ()) -> [String] {
        ((try? contentsOfDirectory(atPath: path)) ?? []).sorted()
    }
}
