import Foundation
import Testing

@testable import ReckonCLI

#if canImport(Glibc)
    import Glibc
#endif

/// `InputFile` reads straight into the array's storage: a regular file in one array of its
/// size, a pipe in arrays that double; both give every byte, and the limit holds for both.
@Suite struct InputFileTests {
    /// 0, 1, …, 250, 0, 1, … (251 is prime, so no block of a power-of-two size repeats).
    static func pattern(_ count: Int) -> [UInt8] { (0..<count).map { UInt8($0 % 251) } }

    /// What `InputFile.readAll` gives for `bytes` written into a pipe by another thread.
    static func throughPipe(_ bytes: [UInt8], limit: Int) throws -> Result<[UInt8], InputFile.Failure> {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let (reader, writer) = (ends[0], ends[1])
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            bytes.withUnsafeBytes { buffer in
                var written = 0
                while written < buffer.count {
                    let count = write(writer, buffer.baseAddress! + written, buffer.count - written)
                    if count <= 0 { break }
                    written += count
                }
            }
            close(writer)
            done.signal()
        }
        defer { close(reader) }
        let result = Result { () throws(InputFile.Failure) in try InputFile.readAll(reader, limit: limit) }
        done.wait()
        return result
    }

    @Test func aRegularFileIsReadWhole() throws {
        let path = NSTemporaryDirectory() + "reckon-input-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = Self.pattern(200_003)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var console = Console()
        #expect(try InputFile.read(path, console: &console) == bytes)
    }

    @Test func anEmptyFileIsEmpty() throws {
        let path = NSTemporaryDirectory() + "reckon-input-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data().write(to: URL(fileURLWithPath: path))
        var console = Console()
        #expect(try InputFile.read(path, console: &console) == [])
    }

    @Test func aPipeIsReadWholeAcrossSeveralArrays() throws {
        let bytes = Self.pattern(300_007)  // the first array holds 65,536 bytes
        #expect(try Self.throughPipe(bytes, limit: 1 << 20).get() == bytes)
    }

    @Test func aPipeOfExactlyTheLimitIsAcceptedAndOneByteMoreIsRefused() throws {
        let limit = 100_000
        #expect(try Self.throughPipe(Self.pattern(limit), limit: limit).get() == Self.pattern(limit))
        let refused = try Self.throughPipe(Self.pattern(limit + 1), limit: limit)
        guard case .failure(.tooLarge) = refused else {
            Issue.record("expected tooLarge, got \(refused)")
            return
        }
    }
}
