import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `--output` with the real `reckon` binary: killed with SIGKILL at any moment, or failing to
/// write, it leaves the previous file or the complete new one, never a part; a temporary
/// file it leaves (only possible in the instant between naming and renaming it) is removed
/// by the next write.
@Suite(.serialized) struct AtomicOutputKillTests {
    /// The `reckon` executable built next to this test bundle.
    static func reckon() throws -> String {
        let bundle = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let path = URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent("reckon").path
        try #require(FileManager.default.isExecutableFile(atPath: path), "no reckon binary at \(path): run 'swift build' first")
        return path
    }

    /// A folder with an input whose markdown output is about 5 MB (every row is padded to the
    /// width of one 10,000-character cell), so that writing takes measurable time.
    static func workspace(rows: Int = 500) throws -> (folder: String, input: String, output: String) {
        let folder = NSTemporaryDirectory() + "reckon-kill-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var csv = "name,note\nfirst," + String(repeating: "x", count: 10_000) + "\n"
        for index in 0..<rows { csv += "item \(index),short\n" }
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

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// A small deterministic generator (64-bit LCG), so that a failing schedule can be replayed.
    struct Generator {
        var state: UInt64
        mutating func fraction() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
    }

    /// The files in `folder` apart from the input and the output.
    static func leftovers(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0 != "in.csv" && $0 != "out.md" }.sorted()
    }

    /// 100 or more SIGKILLs at seeded random moments: a quarter anywhere in a run (start-up, reading,
    /// rendering, writing, renaming), the rest at a random delay after the output file is
    /// opened, spread over the write, the flush, the link and the rename. After every kill
    /// the output is the old content or the new, byte for byte.
    @Test func killedAHundredTimesTheOutputIsAlwaysOldOrNew() throws {
        let reckon = try Self.reckon()
        let (folder, input, output) = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let arguments = ["table", input, "--format", "markdown", "--output", output]
        let clock = ContinuousClock()

        // An undisturbed run: the new content, the run's length and how long the write takes.
        var newContent = Data()
        var runLength = 0.0
        var writeLength = 0.0
        let complete = try Self.start(reckon, arguments)
        let started = clock.now
        var writeStarted: ContinuousClock.Instant?
        while complete.isRunning {
            if writeStarted == nil, Self.isWriting(complete.processIdentifier, in: folder, except: input) { writeStarted = clock.now }
            usleep(200)
        }
        runLength = Self.seconds(clock.now - started)
        writeLength = Self.seconds(clock.now - (writeStarted ?? started))
        try #require(complete.terminationStatus == 0)
        newContent = try Data(contentsOf: URL(fileURLWithPath: output))
        try #require(newContent.count > 5_000_000)

        var generator = Generator(state: 20_240_111)
        var outcomes = (old: 0, new: 0, killedDuringWrite: 0, leftTemporary: 0)
        // At least 100 kills; more (up to 300) when fewer than 30 of them landed during the
        // write, which on a fast, idle machine is a short window for the poller to see.
        var attempt = -1
        while true {
            attempt += 1
            guard attempt < 100 || (outcomes.killedDuringWrite < 30 && attempt < 300) else { break }
            try Self.oldContent.write(to: URL(fileURLWithPath: output))
            let anywhere = generator.fraction() < 0.25
            let delay = anywhere ? generator.fraction() * runLength * 1.1 : generator.fraction() * writeLength * 1.5
            let process = try Self.start(reckon, arguments)
            let pid = process.processIdentifier
            var sawWrite = false
            if anywhere {
                usleep(UInt32(delay * 1_000_000))
                sawWrite = Self.isWriting(pid, in: folder, except: input)
            } else {
                while process.isRunning && !Self.isWriting(pid, in: folder, except: input) { usleep(100) }
                sawWrite = process.isRunning
                usleep(UInt32(delay * 1_000_000))
            }
            kill(pid, SIGKILL)
            process.waitUntilExit()
            if sawWrite && process.terminationReason == .uncaughtSignal { outcomes.killedDuringWrite += 1 }
            let content = try Data(contentsOf: URL(fileURLWithPath: output))
            if content == Self.oldContent {
                outcomes.old += 1
            } else if content == newContent {
                outcomes.new += 1
            } else {
                Issue.record("attempt \(attempt) (kill after \(delay) s): a partial file of \(content.count) bytes")
            }
            // Only a kill between linkat and rename can leave a temporary file, named after
            // the killed process; nothing else may ever appear.
            let left = Self.leftovers(folder)
            if !left.isEmpty {
                outcomes.leftTemporary += 1
                #expect(left.count == 1 && left[0].hasPrefix(".out.md.tmp-\(pid)-"), "attempt \(attempt): \(left)")
            }
        }
        // The kills landed in every phase: some before the rename (old), some after (new),
        // most while the file was being written.
        #expect(outcomes.old >= 10 && outcomes.new >= 5, "\(outcomes)")
        #expect(outcomes.killedDuringWrite >= 30, "\(outcomes)")
        print("kill test: \(outcomes)")
        // A complete write afterwards leaves exactly the output, whatever was left before.
        let last = try Self.start(reckon, arguments)
        last.waitUntilExit()
        #expect(last.terminationStatus == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == newContent)
        #expect(Self.leftovers(folder).isEmpty)
    }

    @Test func aTemporaryFileOfAKilledWriterIsRemovedByTheNextWrite() throws {
        let reckon = try Self.reckon()
        let (folder, input, output) = try Self.workspace(rows: 10)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A process that has ended: its id names the stale file. A running one (this test
        // process) names a file that must stay, as must a file of another target.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let stale = ".out.md.tmp-\(ended.processIdentifier)-AbC123"
        let live = ".out.md.tmp-\(getpid())-XyZ789"
        let other = ".other.md.tmp-\(ended.processIdentifier)-AbC123"
        for name in [stale, live, other] { try Data("partial".utf8).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        let process = try Self.start(reckon, ["table", input, "--output", output])
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(Self.leftovers(folder) == [other, live].sorted())
    }

    @Test func aWriteThatFailsLeavesTheOldFileAndSaysWhy() throws {
        let reckon = try Self.reckon()
        let (folder, input, output) = try Self.workspace(rows: 3_000)
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
        #expect(Self.leftovers(folder).isEmpty)
    }
}
