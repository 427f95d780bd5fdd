import Foundation
import Testing

@testable import Tables
@testable import TextCore

/// Atomic writes: the new content or the old, never a part, and no temporary file left.
@Suite struct AtomicFileTests {
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "reckon-atomic-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func contents(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    @Test func writesAndReplacesAFileLeavingNothingElse() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/out.csv"
        try AtomicFile.write(Array("old\r\n".utf8), to: path)
        try AtomicFile.write(Array("new\r\n".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\r\n")
        #expect(Self.contents(folder) == ["out.csv"])
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o644)
    }

    @Test func aLargeWriteArrivesWhole() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = (0..<(20 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try AtomicFile.write(bytes, to: folder + "/big.bin")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/big.bin")) == Data(bytes))
        #expect(Self.contents(folder) == ["big.bin"])
    }

    @Test func aMissingFolderIsAnErrorAndCreatesNothing() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write([1, 2, 3], to: folder + "/missing/out.csv") }
        #expect(Self.contents(folder).isEmpty)
    }

    @Test func aFolderAsTargetIsAnErrorAndStaysAFolder() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/taken", withIntermediateDirectories: false)
        try AtomicFile.write(Array("keep".utf8), to: folder + "/taken/inside.txt")
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write([1], to: folder + "/taken") }
        #expect(Self.contents(folder) == ["taken"])
        #expect(try String(contentsOfFile: folder + "/taken/inside.txt", encoding: .utf8) == "keep")
    }

    @Test func aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws {
        // A file named like the target's folder part makes the path invalid (ENOTDIR).
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFile.write(Array("old".utf8), to: folder + "/plain")
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write([1], to: folder + "/plain/child") }
        #expect(try String(contentsOfFile: folder + "/plain", encoding: .utf8) == "old")
        #expect(Self.contents(folder) == ["plain"])
    }
}
