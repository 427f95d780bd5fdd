#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A test-only hook: in a debug build, `RECKON_TEST_PAUSE=POINT` makes the process stop
/// itself (`SIGSTOP`) when it reaches `POINT`, so that a test can look at the files and send
/// a signal at a known moment instead of a lucky one. Release builds compile it to nothing.
///
/// The points, in the order a write passes them: `opened` (the temporary file exists, empty),
/// `mid-write` (half of the first block written), `synced` (every byte flushed to disk),
/// `linked` (the temporary file has its name, just before the rename), `renamed` (the target
/// replaced, before the folder is flushed); and `input-would-block` (standard input had no
/// data yet and reckon is about to wait for it).
///
/// `RECKON_TEST_NAMED_TEMPORARY=1` makes the writer use a named temporary file from the start
/// (as on systems without `O_TMPFILE`), so that tests cover that path too.
///
/// ```swift
/// TestPause.at(.synced)   // stops here when RECKON_TEST_PAUSE=synced
/// ```
package enum TestPause {
    /// A place where a test may stop the process.
    package enum Point: String, Sendable, CaseIterable {
        case opened
        case midWrite = "mid-write"
        case synced
        case linked
        case renamed
        case inputWouldBlock = "input-would-block"
    }

    #if DEBUG
        /// The point asked for, read once.
        static let requested: Point? = getenv("RECKON_TEST_PAUSE").flatMap { Point(rawValue: String(cString: $0)) }
        /// Whether temporary files are named from the start.
        package static let namedTemporary = getenv("RECKON_TEST_NAMED_TEMPORARY") != nil
    #else
        package static let namedTemporary = false
    #endif

    /// Whether the process would stop at `point`.
    package static func isRequested(_ point: Point) -> Bool {
        #if DEBUG
            return requested == point
        #else
            return false
        #endif
    }

    /// Stops the process (until SIGCONT) when the test asked for `point`.
    package static func at(_ point: Point) {
        #if DEBUG
            if requested == point { raise(SIGSTOP) }
        #endif
    }
}
