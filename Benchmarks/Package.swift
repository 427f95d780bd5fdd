// swift-tools-version:6.1
import PackageDescription

// The CSV benchmark (Scripts/bench-csv.sh): a separate package so that the main package
// stays free of benchmark code. It uses the Tables library of the package above.
let package = Package(
    name: "ReckonBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Reckon", path: "..")],
    targets: [
        .executableTarget(name: "CSVBench", dependencies: [.product(name: "Tables", package: "Reckon")])
    ]
)
