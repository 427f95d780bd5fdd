import Testing
import TextCore

/// The examples of TextCore's documentation (TextCore.docc and the `///` comments of its
/// public API), run as written there, with the values the comments state.
@Suite struct TextCoreDocExampleTests {
    @Test func readingAFileStrictly() throws {
        let text = "system,range_km,launchers\nBM-21 Grad,40,36\nKN-25,380,six\n"
        let document = try CSVReader().read(text, origin: "systems.csv")
        #expect(document.header.map(\.text) == ["system", "range_km", "launchers"])
        #expect(try document.records[0].field("system").text == "BM-21 Grad")
        #expect(try document.records[0].number("launchers") == 36)
        do {
            _ = try document.records[1].number("launchers")
            Issue.record("'six' was read as a number")
        } catch {
            #expect(
                error.description
                    == "systems.csv:3:11: error: bad number 'six' in column 'launchers' (expected digits with '.' as the decimal point, no thousands separators)"
            )
        }
    }

    @Test func reportingAProblemWhereItIs() {
        let source = SourceText("let x = 5\nx * 2 kgs", origin: "demo.rk")
        let location = source.location(at: 16)
        #expect(location.description == "demo.rk:2:7")
        #expect(SourceExcerpt.render(line: source.lineText(location.line), column: location.column) == "  x * 2 kgs\n        ^")
        #expect(SourceExcerpt.render(line: "5 kgs in lb", column: 3) == "  5 kgs in lb\n    ^")
        #expect(SourceLocation(origin: "claims.csv", line: 14, column: 3).description == "claims.csv:14:3")
    }

    @Test func numbersAsText() {
        #expect(NumberFormatting.display(2_300_000) == "2,300,000")
        #expect(NumberFormatting.display(409.0909, significantDigits: 3, rule: .down) == "409")
        #expect(NumberFormatting.machine(0.1 + 0.2) == "0.3")
        var bytes: [UInt8] = []
        MachineNumber.append(-2.3e20, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "-2.3e+20")
        #expect(NumberFormatting.machine(1.7976931348623157e308) == "1.79769313486231e+308")
        #expect(NumberFormatting.machine(2.2250738585072014e-308) == "2.22507385850721e-308")
        #expect(NumberFormatting.machine(-0.0) == "0")
    }

    @Test func strictNumbersAndNeutralisation() {
        #expect(StrictNumber.parse("2300000") == 2_300_000)
        #expect(StrictNumber.parse("2,300") == nil)
        #expect(StrictNumber.parse("1e-400") == nil)
        #expect(CSVNeutralisation.needsApostrophe("=1+1"))
        #expect(CSVNeutralisation.needsApostrophe("007"))
        #expect(!CSVNeutralisation.needsApostrophe("152-mm"))
    }
}
