import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `--output` and `--samples-csv` with the real `reckon`, stopped at each point of a write
/// (`RECKON_TEST_PAUSE`, a debug-build hook) and then killed: the target holds the old
/// content or the complete new one, never a part; SIGINT, SIGTERM and SIGHUP leave no
/// temporary file; SIGKILL leaves at most the one named file present when it came, and the
/// next write removes it. Every kill lands at a known point, so nothing depends on luck (a
/// randomised kill run is `Scripts/kill-output.sh`).
@Suite struct AtomicOutputSignalTests {
    static let oldContent = "the previous report\n"

    /// A folder with `in.csv`, whose markdown form is about 600 KB, and `out.md` holding the
    /// old content.
    static func workspace() throws -> String {
        let folder = NSTemporaryDirectory() + "reckon-signal-\(UUID().uuidString)/work"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var csv = "name,note\nfirst," + String(repeating: "x", count: 10_000) + "\n"
        for index in 0..<3_000 { csv += "item \(index),short\n" }
        try csv.write(toFile: folder + "/in.csv", atomically: true, encoding: .utf8)
        try oldContent.write(toFile: folder + "/out.md", atomically: true, encoding: .utf8)
        return folder
    }

    static func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    static func temporaries(_ folder: String) -> [String] { entries(folder).filter { $0.hasPrefix(".out.md.tmp-") } }

    static let arguments = ["table", "in.csv", "--format", "markdown", "--output", "out.md"]

    /// The complete new content, from an undisturbed run.
    static func newContent(in folder: String) throws -> String {
        let run = try PausedReckon(arguments, in: folder, environment: [:])
        #expect(run.wait() == .exited(0))
        let content = try String(contentsOfFile: folder + "/out.md", encoding: .utf8)
        try oldContent.write(toFile: folder + "/out.md", atomically: true, encoding: .utf8)
        return content
    }

    /// Whether `folder`'s file system makes `O_TMPFILE` files (else the writer names its
    /// temporary file from the start).
    static func systemMakesUnnamedFiles(_ folder: String) -> Bool {
        let descriptor = open(folder, 0o20_000_000 | O_DIRECTORY | O_WRONLY, 0o600)
        guard descriptor >= 0 else { return false }
        close(descriptor)
        return true
    }

    static let points = ["opened", "mid-write", "synced", "linked", "renamed"]

    @Test(arguments: points, [false, true])
    func aKillAtEachPointLeavesTheOldOrTheNewFile(_ point: String, named: Bool) throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        let new = try Self.newContent(in: folder)
        #expect(new.count > 500_000 && new.contains("| item 2999 | short "))
        for signal in [SIGKILL, SIGTERM, SIGINT, SIGHUP] {
            var environment = ["RECKON_TEST_PAUSE": point]
            if named { environment["RECKON_TEST_NAMED_TEMPORARY"] = "1" }
            let run = try PausedReckon(Self.arguments, in: folder, environment: environment)
            try #require(run.wait() == .stopped, "\(point): reckon did not stop (a release build has no pause points)")
            // What has a name while it is stopped: a named temporary file from the start, an
            // unnamed one only from the link on; never one after the rename.
            let namedNow = Self.temporaries(folder)
            let hasName = point == "linked" || (point != "renamed" && (named || !Self.systemMakesUnnamedFiles(folder)))
            #expect(namedNow.count == (hasName ? 1 : 0), "\(point): \(namedNow)")
            if !namedNow.isEmpty { #expect(namedNow[0].hasPrefix(".out.md.tmp-\(run.pid)-")) }
            #expect(run.end(with: signal) == .signalled(signal), "\(point), signal \(signal)")
            let content = try String(contentsOfFile: folder + "/out.md", encoding: .utf8)
            #expect(content == (point == "renamed" ? new : Self.oldContent), "\(point), signal \(signal)")
            #expect(run.errorText.isEmpty, "\(run.errorText)")
            // Only SIGKILL can leave the named file; the next write removes it.
            let left = Self.temporaries(folder)
            #expect(left == (signal == SIGKILL ? namedNow : []), "\(point), signal \(signal): \(left)")
            let next = try PausedReckon(Self.arguments, in: folder, environment: [:])
            #expect(next.wait() == .exited(0))
            #expect(Self.entries(folder) == ["in.csv", "out.md"])
            #expect(try String(contentsOfFile: folder + "/out.md", encoding: .utf8) == new)
            try Self.oldContent.write(toFile: folder + "/out.md", atomically: true, encoding: .utf8)
        }
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalDuringSamplesCSVRemovesItsTemporaryFile(_ signal: Int32) throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        try "old draws\n".write(toFile: folder + "/s.csv", atomically: true, encoding: .utf8)
        for streaming in [false, true] {
            let words = ["sample", "1 to 3", "--n", "1e6", "--seed", "1", "--samples-csv", "s.csv"] + (streaming ? ["--streaming"] : [])
            let run = try PausedReckon(words, in: folder, environment: ["RECKON_TEST_PAUSE": "mid-write", "RECKON_TEST_NAMED_TEMPORARY": "1"])
            try #require(run.wait() == .stopped)
            #expect(Self.entries(folder).contains { $0.hasPrefix(".s.csv.tmp-\(run.pid)-") })
            #expect(run.end(with: signal) == .signalled(signal))
            #expect(Self.entries(folder) == ["in.csv", "out.md", "s.csv"], "streaming \(streaming)")
            #expect(try String(contentsOfFile: folder + "/s.csv", encoding: .utf8) == "old draws\n")
        }
    }

    @Test func aTemporaryFileOfAKilledWriterIsRemovedByTheNextWrite() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        // An ended process names the stale file; a running one (this test) names a file that
        // must stay, as must a file of another target.
        let ended = try PausedReckon(["--version"], in: folder, environment: [:])
        #expect(ended.wait() == .exited(0))
        let stale = ".out.md.tmp-\(ended.pid)-AbC123"
        let live = ".out.md.tmp-\(getpid())-XyZ789"
        let other = ".other.md.tmp-\(ended.pid)-AbC123"
        for name in [stale, live, other] { try "partial".write(toFile: folder + "/" + name, atomically: false, encoding: .utf8) }
        let run = try PausedReckon(["table", "in.csv", "--output", "out.md"], in: folder, environment: [:])
        #expect(run.wait() == .exited(0))
        #expect(Self.entries(folder) == [live, other, "in.csv", "out.md"].sorted())
    }

    @Test func aWriteThatFailsLeavesTheOldFileAndSaysWhy() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        // A file-size limit of 256 KiB, with SIGXFSZ at its default action: reckon ignores it
        // and reports EFBIG.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.arguments = ["-c", "trap - XFSZ; ulimit -f 512; exec \"$0\" \"$@\"", try #require(CLIFixtures.binary)] + Self.arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 2)
        #expect(message == "reckon: error: cannot write 'out.md': File too large (the file-size limit, ulimit -f, is 262144 bytes)\n")
        #expect(try String(contentsOfFile: folder + "/out.md", encoding: .utf8) == Self.oldContent)
        #expect(Self.entries(folder) == ["in.csv", "out.md"])
    }
}
