#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The whole program: parse, run, write, exit. Everything else is testable in-process.
var console = Console()
console.outputIsTerminal = isatty(1) == 1
console.standardErrorIsTerminal = ProgressLine.standardErrorIsTerminal
let status = Reckon.run(Array(CommandLine.arguments.dropFirst()), console: &console)
console.flush()
exit(status)
