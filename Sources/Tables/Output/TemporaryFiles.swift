import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The named temporary files of this process, removed when a signal ends it.
///
/// A signal handler may call only async-signal-safe functions: no allocation, no lock. So
/// the names live in memory allocated once, in 64 slots of `PATH_MAX` bytes, each marked by
/// a bit of an atomic word: `register` copies a name into a free slot and then sets its bit
/// (release ordering); the handler loads the bits (acquire ordering), calls `unlink` on every
/// marked name, restores the signal's default action and raises the signal again, so that
/// the process ends as it would have (status 128 + the signal's number in a shell).
///
/// `installSignalHandlers()` does this for SIGINT, SIGTERM, SIGHUP and SIGPIPE, except for a
/// signal that was ignored when the process started (a background job ignores SIGINT, a
/// parent may ignore SIGPIPE): that one stays ignored. SIGXFSZ, sent when a write passes the
/// file-size limit (`ulimit -f`), is ignored, so that the write fails with `EFBIG` and the
/// writer reports it as an error. SIGKILL cannot be caught: a file named when it comes stays,
/// and the next write to the same target removes it (`AtomicFile.removeStaleTemporaries`).
///
/// ```swift
/// TemporaryFiles.installSignalHandlers()           // once, at start-up
/// let slot = TemporaryFiles.register(".out.csv.tmp-42-a1B2c3")
/// // … write, rename …
/// TemporaryFiles.unregister(slot)
/// ```
package enum TemporaryFiles {
    /// A registered name's place; give it back with `unregister`.
    package struct Slot: Sendable, Equatable {
        fileprivate var index: Int
    }

    /// How many names may be registered at once.
    package static let slotCount = 64
    /// The longest name registered, in bytes, with its terminating zero.
    static let slotSize = Int(PATH_MAX) + 1

    /// The slots' memory, as an address (allocated once, never freed).
    private static let storage = Int(
        bitPattern: UnsafeMutableRawPointer.allocate(byteCount: slotCount * slotSize, alignment: 16))
    /// Bit `i`: slot `i` is taken.
    private static let taken = Atomic<UInt64>(0)
    /// Bit `i`: slot `i` holds a complete name.
    private static let marked = Atomic<UInt64>(0)

    /// Registers `path` for removal by a signal; `nil` when it is too long or every slot is
    /// taken (the file is then removed only on the ordinary paths).
    package static func register(_ path: String) -> Slot? {
        let bytes = Array(path.utf8)
        guard bytes.count < slotSize, !bytes.contains(0), let base = UnsafeMutablePointer<UInt8>(bitPattern: storage) else { return nil }
        var current = taken.load(ordering: .relaxed)
        while true {
            guard current != UInt64.max else { return nil }
            let index = (~current).trailingZeroBitCount
            let (exchanged, original) = taken.compareExchange(
                expected: current, desired: current | (1 << index), ordering: .acquiringAndReleasing)
            if exchanged {
                let slot = base + index * slotSize
                bytes.withUnsafeBufferPointer { slot.update(from: $0.baseAddress!, count: bytes.count) }
                slot[bytes.count] = 0
                marked.bitwiseOr(1 << index, ordering: .releasing)
                return Slot(index: index)
            }
            current = original
        }
    }

    /// Forgets a registered name (the file was renamed or removed).
    package static func unregister(_ slot: Slot?) {
        guard let slot else { return }
        marked.bitwiseAnd(~(1 << slot.index), ordering: .releasing)
        taken.bitwiseAnd(~(1 << slot.index), ordering: .releasing)
    }

    /// The names registered now (for tests).
    package static var registered: [String] {
        let bits = marked.load(ordering: .acquiring)
        guard let base = UnsafeMutablePointer<CChar>(bitPattern: storage) else { return [] }
        return (0..<slotCount).filter { bits & (1 << $0) != 0 }.map { String(cString: base + $0 * slotSize) }
    }

    /// Removes every registered file: only `unlink`, safe in a signal handler.
    static func removeAll() {
        let bits = marked.load(ordering: .acquiring)
        guard bits != 0, let base = UnsafeMutablePointer<CChar>(bitPattern: storage) else { return }
        var index = 0
        while index < slotCount {
            if bits & (1 << index) != 0 { unlink(base + index * slotSize) }
            index += 1
        }
    }

    /// The signals after which registered files are removed before the process ends.
    package static let cleanedUpSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGPIPE]

    /// Installs the handlers (see the type's description); call once, early.
    package static func installSignalHandlers() {
        // Touch the globals now, so that the handler never runs their one-time initialiser.
        _ = storage
        _ = marked.load(ordering: .relaxed)
        _ = taken.load(ordering: .relaxed)
        for number in cleanedUpSignals {
            let previous = signal(number, { number in
                TemporaryFiles.removeAll()
                signal(number, SIG_DFL)
                raise(number)
            })
            if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { signal(number, SIG_IGN) }
        }
        signal(SIGXFSZ, SIG_IGN)
    }
}
