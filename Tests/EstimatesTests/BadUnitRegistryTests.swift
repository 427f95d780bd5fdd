import TextCore
import Testing

@testable import Estimates

/// The bad unit registries (`Tests/Fixtures/bad/units`), read with `UnitRegistry(parsing:)`:
/// each gets its error with the expected message, line and column.
@Suite struct BadUnitRegistryTests {
    @Test(arguments: Fixtures.badInputs("units"))
    func eachBadRegistryGetsItsMessageAndPosition(_ expected: Fixtures.BadInput) throws {
        let path = "Tests/Fixtures/bad/units/" + expected.file
        let bytes = try #require(Fixtures.bytes(path), "missing fixture \(path)")
        do {
            _ = try UnitRegistry(parsing: String(decoding: bytes, as: UTF8.self), origin: path)
            Issue.record("no error")
        } catch {
            #expect(error.message == expected.message)
            #expect(error.location.map { "\($0.line):\($0.column)" } ?? "-" == expected.position)
        }
    }

    @Test func aRegistryOverOneMebibyteIsRefused() {
        let text = String(repeating: "# a comment line that pads the registry\n", count: (1 << 20) / 40 + 1)
        #expect(throws: EstimateError(.tooLarge("the unit registry is larger than 1048576 bytes (1 MiB)"), at: .init(origin: "big.txt", line: 1, column: 1))) {
            try UnitRegistry(parsing: text, origin: "big.txt")
        }
    }
}
