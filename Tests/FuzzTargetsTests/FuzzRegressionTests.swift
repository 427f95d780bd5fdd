import Foundation
import FuzzTargets
import Testing

@Suite struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every saved input: crash inputs the fuzzers found (Tests/Fixtures/fuzz-regressions)
    /// and the seed corpora (Fuzz/corpus), each run through its target. A crash fails the run.
    static var inputs: [(FuzzTarget, URL)] {
        var result: [(FuzzTarget, URL)] = []
        for folder in ["Tests/Fixtures/fuzz-regressions", "Fuzz/corpus"] {
            for target in FuzzTarget.allCases {
                let directory = root.appendingPathComponent(folder).appendingPathComponent(target.rawValue)
                let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
                result += files.filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }.map { (target, $0) }
            }
        }
        return result
    }

    @Test func everyTargetHasASeedCorpus() {
        for target in FuzzTarget.allCases {
            #expect(Self.inputs.contains { $0.0 == target }, "no saved inputs for \(target.rawValue)")
        }
    }

    @Test func savedInputsRunThroughTheirTargetsWithoutCrashing() throws {
        for (target, file) in Self.inputs {
            target.run(Array(try Data(contentsOf: file)))
        }
    }
}
