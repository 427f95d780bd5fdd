import Foundation
import TextCore
import Testing

@testable import Estimates

/// The registry file format after the byte-level line splitting: comments, CRLF, columns.
@Suite struct UnitRegistryFileFormatTests {
    @Test func commentsIndentationAndWindowsLineEndingsAreRead() throws {
        let registry = try UnitRegistry(
            parsing: "kilogram = [mass] = kg\r\n  # a comment line\r\npound = 0.45359237 kilogram = lb = pounds  # avoirdupois\r\n\r\n",
            origin: "test.txt")
        #expect(try registry.lookup("lb").factor == 0.45359237)
        #expect(try registry.lookup("pounds").dimension == .base("mass"))
        #expect(registry.definitions.map(\.line) == [1, 3])
    }

    @Test func anErrorPointsAtTheLineAndFirstColumnOfItsText() {
        #expect(throws: EstimateError(.badDefinition("expected 'name = definition [= symbol] [= alias …]', got 'bogus line'"),
            at: SourceLocation(origin: "test.txt", line: 2, column: 3))) {
            try UnitRegistry(parsing: "kilogram = [mass] = kg\n  bogus line\n", origin: "test.txt")
        }
    }

    @Test func theEmbeddedRegistryHoldsEveryDefinitionLineOfItsFile() throws {
        let registry = UnitRegistry.standard
        let file = String(decoding: try #require(Fixtures.bytes("Datasets/units.txt")), as: UTF8.self)
        var units = 0
        var prefixes = 0
        var refusals = 0
        for line in file.split(separator: "\n") {
            let content = line.split(separator: "#", omittingEmptySubsequences: false)[0].trimmingCharacters(in: .whitespaces)
            guard !content.isEmpty, !content.hasPrefix("@") else { continue }
            let fields = content.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
            if fields[0].hasSuffix("-") {
                prefixes += 1
            } else if fields[1].hasPrefix("!ambiguous") {
                refusals += 1
            } else {
                units += 1
            }
        }
        #expect(registry.definitions.count == units)
        #expect(registry.prefixes.count == prefixes)
        #expect(registry.ambiguous.count == refusals)
        #expect(try registry.lookup("nmi").factor == 1852)
    }

    @Test func theStandardRegistryHoldsPhysicalUnitsOnly() {
        #expect(UnitRegistry.standard.countedDimensions.isEmpty)
        #expect(UnitRegistry.standard.definitions.allSatisfy { !$0.isCounted })
    }
}
