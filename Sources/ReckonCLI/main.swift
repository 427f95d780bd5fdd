#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The whole program: prepare the streams and signals, parse, run, write, exit. Everything
// else is testable in-process.
StandardStreams.prepare()
var console = Console(streaming: true)
console.outputIsTerminal = isatty(1) == 1
console.standardErrorIsTerminal = ProgressLine.standardErrorIsTerminal
let status = Reckon.run(Array(CommandLine.arguments.dropFirst()), console: &console)
exit(console.finish(status: status))
