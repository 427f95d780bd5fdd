import Tables
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

    @Test func theEmbeddedRegistryStillHasEveryDefinition() throws {
        let registry = UnitRegistry.standard
        #expect(registry.definitions.count == 33)  // the name = … lines of Datasets/units.txt, prefixes and refusals aside
        #expect(registry.ambiguous.count == 2)
        #expect(registry.prefixes.count == 24)
        #expect(try registry.lookup("nmi").factor == 1852)
        #expect(try registry.unit("t/container").factor == 1000)
    }
}
