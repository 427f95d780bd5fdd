import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The adversarial corpus of issue 18 (`Tests/Fixtures/robustness/cases.tsv`): the built
/// `reckon` binary where the process meets its environment, run by bash in a fresh folder.
/// Each case has a setup, a command, the exit status the command must end with (for bash:
/// 128 + N after signal N), the first line of standard error (`-`: none; `*`: not checked;
/// `~REGEX`: matched by `grep -E`), and a check that must succeed afterwards (the files
/// left, their content and mode, standard output in `$STDOUT`).
///
/// Classes (the issue's list): 1 output that grows without bound, 2 signals and limits of
/// the process, 3 what `--output` replaces, 4 standard streams, 5 work that grows faster
/// than the input, 6 results at the edges. Nothing waits for a lucky moment: a signal is sent
/// while reckon is stopped at a named point (`RECKON_TEST_PAUSE`, debug builds only), and
/// `wait_stopped` waits for that state, not for a time.
@Suite struct RobustnessCorpusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var id: String
        var kind: Int
        var setup: String
        var command: String
        var exit: Int32
        var stderr: String
        var check: String
        var testDescription: String { id }
    }

    static let cases: [Case] = {
        guard let text = CLIFixtures.text("Tests/Fixtures/robustness/cases.tsv") else { return [] }
        return text.split(separator: "\n").dropFirst().map { row in
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Case(
                id: fields[0], kind: Int(fields[1]) ?? 0, setup: fields[2], command: fields[3], exit: Int32(fields[4]) ?? -1,
                stderr: fields[5], check: fields[6])
        }
    }()

    @Test func theCorpusHasAtLeast120CasesAndEveryClass() {
        #expect(Self.cases.count >= 120, "\(Self.cases.count)")
        let counts = Dictionary(grouping: Self.cases, by: \.kind).mapValues(\.count)
        #expect(Set(counts.keys) == Set(1...6), "\(counts)")
        #expect(counts.values.allSatisfy { $0 >= 10 }, "\(counts)")
        #expect(Set(Self.cases.map(\.id)).count == Self.cases.count, "ids are unique")
    }

    @Test(arguments: cases)
    func eachCaseBehavesAsItSays(_ item: Case) throws {
        let binary = try #require(CLIFixtures.binary, "the reckon binary is not built next to the tests")
        let run = NSTemporaryDirectory() + "reckon-robust-" + UUID().uuidString
        let work = run + "/work"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: run) }
        let environment = [
            "PATH": (binary as NSString).deletingLastPathComponent + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
            "RECKON_ROOT": CLIFixtures.packageRoot, "STDOUT": run + "/stdout", "STDERR": run + "/stderr", "LC_ALL": "C.UTF-8",
            "HOME": run,
        ]
        if item.setup != "-" {
            let setup = try Self.bash(item.setup, in: work, environment: environment, output: run + "/setup-out")
            try #require(setup == 0, "setup of \(item.id) failed: \(Self.read(run + "/setup-out"))")
        }
        let status = try Self.bash(item.command, in: work, environment: environment, output: run + "/stdout", errors: run + "/stderr")
        let errors = Self.read(run + "/stderr")
        #expect(status == item.exit, "\(item.id): exit \(status), standard error: \(errors)")
        let first = errors.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        switch item.stderr {
        case "*": break
        case "-": #expect(errors.isEmpty, "\(item.id): standard error: \(errors)")
        case let pattern where pattern.hasPrefix("~"):
            #expect(first.range(of: String(pattern.dropFirst()), options: .regularExpression) != nil, "\(item.id): \(first)")
        default: #expect(first == item.stderr, "\(item.id)")
        }
        if item.check != "-" {
            let check = try Self.bash(item.check, in: work, environment: environment, output: run + "/check-out")
            #expect(check == 0, "\(item.id): the check failed: \(item.check); in the folder: \(Self.listing(work)); standard error: \(errors)")
        }
    }

    /// Runs `script` (after the prelude) with bash in `folder`, every signal at its default
    /// action and none blocked; the exit status (128 + N after signal N).
    static func bash(
        _ script: String, in folder: String, environment: [String: String], output: String, errors: String? = nil
    ) throws -> Int32 {
        let words = ["/bin/bash", "-c", "cd \"$0\" || exit 99\n" + prelude + "\n" + script, folder]
        let pid = try PausedReckon.spawn(words, environment: environment, output: output, errors: errors ?? output)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        if status & 0x7f == 0 { return (status >> 8) & 0xff }
        return 128 + (status & 0x7f)
    }

    static func read(_ path: String) -> String {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    static func listing(_ folder: String) -> String {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().joined(separator: " ")
    }

    /// Shell helpers the cases use.
    static let prelude = #"""
        big() { head -c "$1" /dev/zero | tr '\0' "${2:-x}"; }
        size() { wc -c < "$1" | tr -d ' '; }
        files() { ls -A | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//'; }
        only() { [ "$(files)" = "$(printf '%s\n' "$@" | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//')" ]; }
        mode() { stat -c %a "$1"; }
        owner() { stat -c %u:%g "$1"; }
        memlimit() { local limit=$1; shift; ( ulimit -v "$limit"; exec "$@" ); }
        # Waits until process $1 is stopped (state T); fails when it ended instead (or, as a
        # guard against a hang, when it has not stopped after 30,000 looks, minutes).
        wait_stopped() {
            local looks=0
            while [ -e "/proc/$1" ] && [ "$(sed 's/.*) //' "/proc/$1/stat" | cut -c1)" != T ]; do
                looks=$((looks + 1))
                [ "$looks" -lt 30000 ] || { kill -KILL "$1"; return 1; }
                sleep 0.01
            done
            [ -e "/proc/$1" ]
        }
        # Waits for background job $1 to end (past any stop) and returns its status.
        finish() {
            local status
            while :; do
                wait "$1"; status=$?
                [ "$status" = 147 ] || return "$status"
            done
        }
        # Runs a command with standard input set non-blocking (O_NONBLOCK).
        nonblocking() {
            exec python3 -c 'import fcntl, os, sys; fcntl.fcntl(0, fcntl.F_SETFL, fcntl.fcntl(0, fcntl.F_GETFL) | os.O_NONBLOCK); os.execvp(sys.argv[1], sys.argv[1:])' "$@"
        }
        seed_article() { cat "$RECKON_ROOT/Tests/Fixtures/extraction/01-shell-shipments.txt"; }
        claims_header() { head -1 "$RECKON_ROOT/Datasets/claims.csv"; }
        # A CSV: a header, a first row whose second field is $1 x's, then $2 short rows.
        wide_csv() { printf 'name,note\nfirst,'; big "$1"; echo; seq 1 "$2" | sed 's/^/item /; s/$/,short/'; }
        # A claims file of one claim whose speaker is $1 characters long.
        long_speaker_claims() {
            claims_header
            printf 't-1,crbm-range,quantity,150 km,,150,,km,,point,,a quote,'; big "$1" s
            printf ',Outlet,Article,,2024-01-01,,\n'
        }
        # Two claims that disagree (10 km and 500 km), each with a speaker $1 characters long.
        long_speaker_conflict() {
            claims_header
            for value in 10 500; do
                printf 't-%s,crbm-range,quantity,%s km,,%s,,km,,point,,a quote,' "$value" "$value" "$value"; big "$1" s
                printf ',Outlet %s,Article,,2024-01-01,,\n' "$value"
            done
        }
        # $1 claims whose ranges all overlap, each from its own report.
        agreeing_claims() {
            claims_header
            seq 1 "$1" | awk '{ printf "a-%d,crbm-range,quantity,120 to 170 km,%d,,%d,km,,bounds,,q,S,Outlet %d,A,,2024-01-01,,\n", $1, 110 + $1 % 20, 150 + $1 % 20, $1 }'
        }
        # $1 claims whose values all differ (3.0001 m, 3.0002 m, … within the ledger's 3–7 m),
        # all from one report: every pair is disjoint, none conflicts.
        one_report_claims() {
            claims_header
            seq 1 "$1" | awk '{ v = sprintf("%.4f", 3 + $1 / 10000); printf "o-%d,crbm-length,quantity,%s m,,%s,,m,,point,,q,S,One outlet,One article,,2024-01-01,,\n", $1, v, v }'
        }
        # $1 running totals on one day, half counting shells, half rockets.
        things_claims() {
            claims_header
            seq 1 "$1" | awk '{ printf "t-%d,nk-122mm-munitions-to-russia,quantity,%d,,%d,,%s,,point,,q,S,Outlet %d,A,,2026-05-01,,\n", $1, 1000, 1000, $1 % 2 ? "shell" : "rocket", $1 }'
        }
        # A claims file of one date claim on day $1.
        claims_with_date() { claims_header; printf 't-1,crbm-first-test,date,%s,,%s,,date,,point,,a quote,Speaker,Outlet,Article,,2024-01-01,,\n' "$1" "$1"; }
        """#
}
