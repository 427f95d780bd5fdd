import Estimates
import TextCore
import Testing

@Suite struct UnitRegistryParsingTests {
    struct BadRegistry: Sendable, CustomTestStringConvertible {
        var text: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { message }
    }

    static let cases: [BadRegistry] = [
        BadRegistry(text: "meter = [length] = m\nfoot = 0.3048 meterz = ft", line: 2, column: 1,
            message: "unknown unit 'meterz' (did you mean 'meter'?)"),
        BadRegistry(text: "meter = [length] = m\nfoot = 0.3x meter", line: 2, column: 1, message: "bad unit definition: bad factor '0.3x'"),
        BadRegistry(text: "meter = [length] = m\nmeter = [length]", line: 2, column: 1, message: "unit name 'meter' is defined twice"),
        BadRegistry(text: "@prefixable\nmeter = [length] = m", line: 2, column: 1, message: "bad unit definition: a block is not closed with '@end'"),
        BadRegistry(text: "  oops", line: 1, column: 3,
            message: "bad unit definition: expected 'name = definition [= symbol] [= alias …]', got 'oops'"),
        BadRegistry(text: "meter = [length] = m\nton = !ambiguous tonne", line: 2, column: 1, message: "unknown unit 'tonne'"),
        BadRegistry(text: "@group\n", line: 1, column: 1, message: "bad unit definition: unknown directive '@group'"),
        BadRegistry(text: "meter = [len gth]", line: 1, column: 1, message: "bad unit definition: bad dimension name '[len gth]'"),
    ]

    @Test(arguments: cases)
    func malformedRegistriesFailWithFileLineAndColumn(_ bad: BadRegistry) {
        do {
            _ = try UnitRegistry(parsing: bad.text, origin: "units.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(origin: "units.txt", line: bad.line, column: bad.column))
            #expect(error.message == bad.message)
            #expect(error.description == "units.txt:\(bad.line):\(bad.column): error: \(bad.message)")
        }
    }

    @Test func aSmallRegistryDefinesPrefixesCountsAndFractions() throws {
        let text = """
            kilo- = 1e3 = k-
            @prefixable
            meter = [length] = m = meters
            @end
            @count
            widget = widgets
            @end
            yard = 0.9144 meter = yd
            third = 1/3 yard
            """
        let registry = try UnitRegistry(parsing: text, origin: "small.txt")
        #expect((try registry.lookup("km")).factor == 1000)
        #expect((try registry.lookup("kilometers")).factor == 1000)
        #expect(abs((try registry.lookup("third")).factor - 0.3048) < 1e-15)
        #expect((try registry.lookup("widgets")).isCount)
        #expect(!registry.knows("kyd"))
    }
}
