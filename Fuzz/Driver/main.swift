import FuzzTargets

#if canImport(Glibc)
    import Glibc
#endif

// libFuzzer's driver, started explicitly because SwiftPM owns `main`. The target is chosen
// by the environment variable RECKON_FUZZ_TARGET (see Scripts/fuzz.sh).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

nonisolated(unsafe) var selected: FuzzTarget = .csvReader
let name = getenv("RECKON_FUZZ_TARGET").map { String(cString: $0) }
// `RECKON_FUZZ_TARGET=list` names every target, one per line: Scripts/fuzz.sh all runs them.
if name == "list" {
    for target in FuzzTarget.allCases { print(target.rawValue) }
    exit(0)
}
guard let name, let target = FuzzTarget(rawValue: name) else {
    print("set RECKON_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
    exit(2)
}
selected = target
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(
    LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        selected.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
        return 0
    })
