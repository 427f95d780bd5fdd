// swift-tools-version:6.1
import PackageDescription

// The in-process benchmark drivers, a package of their own so that the main package holds
// no benchmark code. They depend on Reckon by path and use its public API only; the
// scripts in ../Scripts build and run them (see README.md here).
let package = Package(
    name: "ReckonBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Reckon", path: "..")],
    targets: [
        // Scripts/bench-csv.sh: writing a large CSV with CSVWriter and AtomicFile.
        .executableTarget(name: "CSVBench", dependencies: [.product(name: "Tables", package: "Reckon")]),
        // Scripts/bench-montecarlo.sh: Monte Carlo sampling timed in process.
        .executableTarget(
            name: "ReckonBench",
            dependencies: [.product(name: "Estimates", package: "Reckon"), .product(name: "Munitions", package: "Reckon")]
        ),
    ]
)
