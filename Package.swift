// swift-tools-version:6.1
import PackageDescription

// Reckon: quantitative estimates with units, honest ranges and sources.
// No package dependencies by design: the toolchain's Foundation and Swift Testing only.
let package = Package(
    name: "Reckon",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Estimates", targets: ["Estimates"]),
        .library(name: "Tables", targets: ["Tables"]),
        .library(name: "Munitions", targets: ["Munitions"]),
        .executable(name: "reckon", targets: ["ReckonCLI"]),
        .executable(name: "reckon-bench", targets: ["ReckonBench"]),
    ],
    targets: [
        .target(name: "Tables"),
        .target(
            name: "Estimates",
            dependencies: ["Tables"],
            resources: [
                .embedInCode("Resources/units.txt"),
                .embedInCode("Resources/hedges.csv"),
            ]
        ),
        .target(
            name: "Munitions",
            dependencies: ["Estimates", "Tables"],
            resources: [
                .embedInCode("Resources/claims.csv"),
                .embedInCode("Resources/munitions.csv"),
                .embedInCode("Resources/containers.csv"),
                .embedInCode("Resources/scenario.csv"),
            ]
        ),
        .executableTarget(name: "ReckonCLI", dependencies: ["Estimates", "Tables", "Munitions"]),
        // In-process timing for Scripts/bench-montecarlo.sh (not installed with reckon).
        .executableTarget(name: "ReckonBench", dependencies: ["Estimates"]),
        .testTarget(name: "TablesTests", dependencies: ["Tables"]),
        .testTarget(name: "EstimatesTests", dependencies: ["Estimates"]),
        .testTarget(name: "MunitionsTests", dependencies: ["Munitions"]),
        .testTarget(name: "ReckonCLITests", dependencies: ["ReckonCLI", "Munitions"]),
    ]
)
