import Tables

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's standard streams, checked the way GNU tools check them:
///
/// - a standard descriptor that is closed at start-up (`>&-`, `<&-`) is held by `/dev/null`
///   opened the wrong way round, so that no file reckon opens takes its number, and using it
///   fails (`EBADF`) instead of reaching that file;
/// - a read error on standard input is an error, not the end of the input; a non-blocking
///   input with no data yet (`EAGAIN`) is waited for with `poll`;
/// - a failed write or close of standard output is an error (`StandardOutput`).
enum StandardStreams {
    /// Run once at start-up: the closed descriptors, then the signal handlers.
    static func prepare() {
        for (descriptor, flags) in [(Int32(0), O_WRONLY), (1, O_RDONLY), (2, O_WRONLY)] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", flags | O_CLOEXEC)
            if opened >= 0 && opened != descriptor {
                _ = dup2(opened, descriptor)
                _ = close(opened)
            }
        }
        TemporaryFiles.installSignalHandlers()
    }

    /// `read(2)` that waits for data on a non-blocking descriptor instead of returning
    /// `EAGAIN` (and retries after a signal): the result is bytes, 0 at the end, or -1 with
    /// `errno` set for a real error.
    static func readWaiting(_ descriptor: Int32, _ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        while true {
            #if canImport(Glibc)
                let result = Glibc.read(descriptor, pointer, count)
            #else
                let result = Darwin.read(descriptor, pointer, count)
            #endif
            if result >= 0 { return result }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK:
                TestPause.at(.inputWouldBlock)
                var wanted = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                // Wakes for data, for the end (POLLHUP) and for errors; read then says which.
                if poll(&wanted, 1, -1) < 0 && errno != EINTR { return -1 }
            default: return -1
            }
        }
    }

    /// The message for a failed read of standard input.
    static func inputFailure(_ code: Int32) -> String {
        switch code {
        case EBADF: return "cannot read standard input: it is closed"
        case EISDIR: return "cannot read standard input: it is a folder"
        default: return "cannot read standard input: \(String(cString: strerror(code)))"
        }
    }
}
