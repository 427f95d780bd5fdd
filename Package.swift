// swift-tools-version:6.1
import PackageDescription

// Reckon: quantitative estimates with units, honest ranges and sources.
// No package dependencies by design: the toolchain's Foundation and Swift Testing only.
let package = Package(
    name: "Reckon",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Estimates", targets: ["Estimates"]),
        .library(name: "TextCore", targets: ["TextCore"]),
        .library(name: "Tables", targets: ["Tables"]),
        .library(name: "Munitions", targets: ["Munitions"]),
        .executable(name: "reckon", targets: ["ReckonCLI"]),
    ],
    targets: [
        .target(name: "TextCore"),
        .target(
            name: "Estimates",
            dependencies: ["TextCore"],
            resources: [
                .embedInCode("Resources/units.txt"),
                .embedInCode("Resources/hedges.csv"),
            ]
        ),
        .target(
            name: "Munitions",
            dependencies: ["TextCore", "Estimates", "Tables"],
            resources: [
                .embedInCode("Resources/claims.csv"),
                .embedInCode("Resources/counted-nouns.txt"),
                .embedInCode("Resources/munitions.csv"),
                .embedInCode("Resources/containers.csv"),
                .embedInCode("Resources/scenario.csv"),
                .embedInCode("Resources/subjects.csv"),
                .embedInCode("Resources/nouns.csv"),
                .embedInCode("Resources/subject-cues.csv"),
            ]
        ),
        .target(name: "Tables", dependencies: ["TextCore", "Estimates"]),
        // Release builds link the Swift runtime statically on Linux: a calculator runs once per
        // question, and the dynamic loader's relocation of ten Swift libraries was half of the
        // instructions of `reckon eval "5000 lb in kg"` (Benchmarks/Budgets.md).
        .executableTarget(
            name: "ReckonCLI", dependencies: ["TextCore", "Estimates", "Tables", "Munitions"],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
        ),
        .target(name: "FuzzTargets", dependencies: ["TextCore", "Estimates", "Tables", "Munitions"]),
        .testTarget(name: "TextCoreTests", dependencies: ["TextCore"]),
        .testTarget(name: "TablesTests", dependencies: ["TextCore", "Estimates", "Tables"], exclude: ["Snapshots"]),
        .testTarget(name: "EstimatesTests", dependencies: ["Estimates"]),
        .testTarget(name: "MunitionsTests", dependencies: ["Munitions"]),
        .testTarget(name: "ReckonCLITests", dependencies: ["ReckonCLI", "Munitions"]),
        .testTarget(name: "FuzzTargetsTests", dependencies: ["FuzzTargets"]),
    ]
)

// The libFuzzer driver, built only on request: RECKON_FUZZ=1 (see Scripts/fuzz.sh), so plain
// `swift build` and `swift test` never need the fuzzer runtime.
if Context.environment["RECKON_FUZZ"] != nil {
    package.targets.append(.executableTarget(name: "FuzzDriver", dependencies: ["FuzzTargets"], path: "Fuzz/Driver"))
    package.products.append(.executable(name: "reckon-fuzz", targets: ["FuzzDriver"]))
}
