import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The built `reckon` started with `posix_spawn` (not `Process`, which reaps its children
/// itself and passes on the test process's blocked signals), so that a test can wait for it to stop at a `RECKON_TEST_PAUSE` point with
/// `waitpid(WUNTRACED)`, look at the files, send a signal and collect how it ended: no sleep,
/// no lucky moment.
struct PausedReckon {
    let pid: pid_t
    let errors: String

    /// Starts `reckon ARGUMENTS` in `folder` with `environment` added; standard output to
    /// /dev/null, standard error to a file.
    init(_ arguments: [String], in folder: String, environment: [String: String]) throws {
        let binary = try #require(CLIFixtures.binary, "the reckon binary is not built next to the tests")
        errors = folder + "/../stderr-\(UUID().uuidString)"
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        // sh changes to the folder and becomes reckon (the same process id).
        pid = try Self.spawn(
            ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", folder, binary] + arguments, environment: merged, output: "/dev/null",
            errors: errors)
    }

    /// Starts `words` (the first is the executable's path) with standard input from
    /// /dev/null, output and errors to files (one file when they are the same path), every signal at its default action and none
    /// blocked, whatever the test process does with them.
    static func spawn(_ words: [String], environment: [String: String], output: String, errors: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if errors == output {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let environmentWords = environment.map { "\($0)=\($1)" }
        var argv = words.map { strdup($0) } + [nil]
        var envp = environmentWords.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, words[0], &actions, &attributes, &argv, &envp)
        try #require(result == 0, "posix_spawn failed: \(result)")
        return pid
    }

    /// How a wait ended.
    enum State: Equatable {
        case stopped
        case exited(Int32)
        case signalled(Int32)
    }

    /// Waits until the process stops or ends.
    func wait() -> State {
        var status: Int32 = 0
        while waitpid(pid, &status, WUNTRACED) < 0 && errno == EINTR {}
        if status & 0xff == 0x7f { return .stopped }
        if status & 0x7f == 0 { return .exited((status >> 8) & 0xff) }
        return .signalled(status & 0x7f)
    }

    /// Sends `signal`, then SIGCONT (a stopped process handles its signals once it runs),
    /// and waits for the end.
    func end(with signal: Int32) -> State {
        kill(pid, signal)
        kill(pid, SIGCONT)
        var state = wait()
        while state == .stopped { state = wait() }
        return state
    }

    /// What it wrote on standard error.
    var errorText: String { (try? String(contentsOfFile: errors, encoding: .utf8)) ?? "" }
}
