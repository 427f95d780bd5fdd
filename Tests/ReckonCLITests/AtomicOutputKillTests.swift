import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `--output` with the real `reckon` binary: killed with SIGKILL while it writes, or failing
/// to write, it leaves the previous file or the complete new one, never a part, and no
/// temporary file.
@Suite(.serialized) struct AtomicOutputKillTests {
    /// The `reckon` executable built next to this test bundle.
    static func reckon() throws -> String {
        let bundle = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let path = URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent("reckon").path
        try #require(FileManager.default.isExecutableFile(atPath: path), "no reckon binary at \(path): run 'swift build' first")
        return path
    }

    /// A folder with an input whose markdown output is about 30 MB (every row is padded to
    /// the width of one 10,000-character cell), so that writing takes a while.
    static func workspace() throws -> (folder: String, input: String, output: String) {
        let folder = NSTemporaryDirectory() + "reckon-kill-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var csv = "name,note\nfirst," + String(repeating: "x", count: 10_000) + "\n"
        for index in 0..<3_000 { csv += "item \(index),short\n" }
        try csv.write(toFile: folder + "/in.csv", atomically: true, encoding: .utf8)
        return (folder, folder + "/in.csv", folder + "/out.md")
    }

    static let oldContent = Data("the previous report\n".utf8)

    static func start(_ executable: String, _ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Whether `pid` has a file open in `folder` other than `except` (its temporary output).
    static func isWriting(_ pid: Int32, in folder: String, except: String) -> Bool {
        guard let descriptors = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd") else { return false }
        for descriptor in descriptors {
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\(descriptor)") else { continue }
            if target.hasPrefix(folder + "/") && target != except { return true }
        }
        return false
    }

    @Test func killedWhileWritingTheOutputIsOldOrNewNeverPartial() throws {
        let reckon = try Self.reckon()
        let (folder, input, output) = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let arguments = ["table", input, "--format", "markdown", "--output", output]

        // The complete new content, from a run that is left alone.
        let complete = try Self.start(reckon, arguments)
        complete.waitUntilExit()
        try #require(complete.terminationStatus == 0)
        let newContent = try Data(contentsOf: URL(fileURLWithPath: output))
        try #require(newContent.count > 25_000_000)

        var killedMidWrite = 0
        for attempt in 0..<6 {
            try Self.oldContent.write(to: URL(fileURLWithPath: output))
            let process = try Self.start(reckon, arguments)
            let pid = process.processIdentifier
            var sawWrite = false
            while process.isRunning {
                if Self.isWriting(pid, in: folder, except: input) {
                    sawWrite = true
                    kill(pid, SIGKILL)
                    break
                }
                usleep(100)
            }
            process.waitUntilExit()
            if sawWrite && process.terminationReason == .uncaughtSignal { killedMidWrite += 1 }
            let content = try Data(contentsOf: URL(fileURLWithPath: output))
            #expect(content == Self.oldContent || content == newContent, "attempt \(attempt): \(content.count) bytes")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["in.csv", "out.md"], "attempt \(attempt)")
        }
        // The test proves nothing unless some kills landed while the file was being written.
        #expect(killedMidWrite >= 3, "only \(killedMidWrite) of 6 kills happened during the write")
    }

    @Test func killedAtAnyMomentTheOutputIsOldOrNew() throws {
        let reckon = try Self.reckon()
        let (folder, input, output) = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let arguments = ["table", input, "--format", "markdown", "--output", output]
        let clock = ContinuousClock()
        var newContent = Data()
        let duration = try clock.measure {
            let process = try Self.start(reckon, arguments)
            process.waitUntilExit()
            try #require(process.terminationStatus == 0)
            newContent = try Data(contentsOf: URL(fileURLWithPath: output))
        }
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        for fraction in [0.3, 0.7, 0.9, 1.0] {
            try Self.oldContent.write(to: URL(fileURLWithPath: output))
            let process = try Self.start(reckon, arguments)
            usleep(UInt32(seconds * fraction * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let content = try Data(contentsOf: URL(fileURLWithPath: output))
            #expect(content == Self.oldContent || content == newContent, "killed at \(fraction) of the run: \(content.count) bytes")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["in.csv", "out.md"])
        }
    }

    @Test func aWriteThatFailsLeavesTheOldFileAndSaysWhy() throws {
        let reckon = try Self.reckon()
        let (folder, input, output) = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.oldContent.write(to: URL(fileURLWithPath: output))
        // A file-size limit of 1 MB makes write() fail with EFBIG (SIGXFSZ ignored).
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f 2048; exec \"$0\" \"$@\"", reckon, "table", input, "--format", "markdown", "--output", output]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message == "reckon: error: cannot write '\(output)': File too large\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == Self.oldContent)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["in.csv", "out.md"])
    }
}
