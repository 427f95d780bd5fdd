import Estimates
import TextCore
import Foundation
import Testing

@Suite struct EmbeddedDataTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theEmbeddedRegistryAndHedgesAreTheDatasetFiles() throws {
        let units = try String(contentsOf: Self.root.appendingPathComponent("Datasets/units.txt"), encoding: .utf8)
        let hedges = try String(contentsOf: Self.root.appendingPathComponent("Datasets/hedges.csv"), encoding: .utf8)
        #expect(EmbeddedData.units == units)
        #expect(EmbeddedData.hedges == hedges)
        #expect(HedgeTable.standard.rules.count == hedges.split(separator: "\n").count - 1)
    }
}
