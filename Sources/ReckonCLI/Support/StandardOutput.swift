import Tables

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output: kept in a string (tests run commands in-process), or written to
/// descriptor 1 in 64 KiB blocks as it comes, so that a large table never sits in memory.
///
/// A write that fails is remembered and ends the writing; `finish()` reports it, and a
/// failed `close` too, as GNU tools do: `reckon claims > /dev/full` and `reckon eval 1 >&-`
/// are errors (exit 2). When the reader of a pipe goes away, SIGPIPE ends reckon quietly (its
/// default action; the handler only removes temporary files first). Where SIGPIPE is
/// ignored, the write fails with `EPIPE` instead: reckon then stops writing and exits with 2,
/// also without a message.
final class StandardOutput: RenderSink {
    /// What was written, when kept (`nil` when streaming).
    private(set) var captured: String?
    /// Binary output (an xlsx workbook) when kept.
    private(set) var capturedBinary: [UInt8] = []
    private var buffer: [UInt8] = []
    /// The `errno` of the first failed write.
    private(set) var failure: Int32?
    /// Whether anything was handed to the system.
    private var wroteAny = false

    static let blockSize = 1 << 16

    /// Standard output kept in memory (`streaming: false`) or written to descriptor 1.
    init(streaming: Bool) {
        captured = streaming ? nil : ""
        if streaming { buffer.reserveCapacity(Self.blockSize) }
    }

    func write(_ text: String) {
        if captured != nil {
            captured! += text
            return
        }
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    func write(bytes: [UInt8]) {
        if captured != nil {
            captured! += String(decoding: bytes, as: UTF8.self)
            return
        }
        bytes.withUnsafeBytes { append($0) }
    }

    /// Bytes that are not text (an xlsx workbook): kept apart when output is kept in memory.
    func write(binary bytes: [UInt8]) {
        if captured != nil {
            capturedBinary += bytes
            return
        }
        bytes.withUnsafeBytes { append($0) }
    }

    private func append(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        if buffer.count + bytes.count > Self.blockSize { flush() }
        if bytes.count >= Self.blockSize {
            send(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Writes the buffer out.
    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { send($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func send(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, let base = bytes.baseAddress else { return }
        var written = 0
        while written < bytes.count {
            #if canImport(Glibc)
                let result = Glibc.write(1, base + written, bytes.count - written)
            #else
                let result = Darwin.write(1, base + written, bytes.count - written)
            #endif
            if result < 0 {
                if errno == EINTR { continue }
                failure = errno
                return
            }
            wroteAny = true
            written += result
        }
    }

    /// Flushes and closes descriptor 1; the message for a failure (`nil` for none, and for
    /// a reader that went away, which is quiet) and whether there was one.
    func finish() -> (failed: Bool, message: String?) {
        guard captured == nil else { return (false, nil) }
        flush()
        if failure == nil {
            #if canImport(Glibc)
                let closed = Glibc.close(1)
            #else
                let closed = Darwin.close(1)
            #endif
            // A descriptor closed before reckon started, with nothing to write, is no error.
            if closed != 0 && !(errno == EBADF && !wroteAny) && errno != EINTR { failure = errno }
        }
        guard let failure else { return (false, nil) }
        if failure == EPIPE { return (true, nil) }
        let reason = failure == EBADF ? "it is closed" : AtomicFile.reason(failure)
        return (true, "reckon: error: cannot write standard output: \(reason)")
    }
}
