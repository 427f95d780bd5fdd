import Estimates
import TextCore
import Testing

@Suite struct NewsNumberTests {
    struct Form: Sendable, CustomTestStringConvertible {
        var text: String
        var value: Double
        var resolution: Double
        var testDescription: String { text }
    }

    static let forms: [Form] = [
        Form(text: "2.3 million", value: 2_300_000, resolution: 100_000),
        Form(text: "2,300,000", value: 2_300_000, resolution: 100_000),
        Form(text: "2.3M", value: 2_300_000, resolution: 100_000),
        Form(text: "400k", value: 400_000, resolution: 100_000),
        Form(text: "400K", value: 400_000, resolution: 100_000),
        Form(text: "400 thousand", value: 400_000, resolution: 100_000),
        Form(text: "two million", value: 2_000_000, resolution: 1_000_000),
        Form(text: "six thousand", value: 6000, resolution: 1000),
        Form(text: "twenty-five", value: 25, resolution: 1),
        Form(text: "one hundred and twenty", value: 120, resolution: 10),
        Form(text: "a dozen", value: 12, resolution: 1),
        Form(text: "5,000", value: 5000, resolution: 1000),
        Form(text: "6,700", value: 6700, resolution: 100),
        Form(text: "460", value: 460, resolution: 10),
        Form(text: "43.56", value: 43.56, resolution: 0.01),
        Form(text: "2.3e6", value: 2_300_000, resolution: 100_000),
        Form(text: "1.5bn", value: 1_500_000_000, resolution: 100_000_000),
        Form(text: ".5", value: 0.5, resolution: 0.1),
    ]

    @Test(arguments: forms)
    func numbersParseAsTheNewsWritesThem(_ form: Form) throws {
        let number = try NewsNumber.parse(form.text)
        #expect(number.value == form.value)
        #expect(abs(number.resolution - form.resolution) <= 1e-9 * form.resolution)
    }

    @Test(arguments: ["2,30", "12,3456", "abc", "", "2.3 millions of"])
    func malformedNumbersAreRefused(text: String) {
        #expect(throws: EstimateError.self) { try NewsNumber.parse(text) }
    }

    @Test(arguments: ["100–180 km", "100-180 km", "100—180 km", "100 to 180 km", "100 to 180 kilometers", "between 100 and 180 km", "100 - 180 km"])
    func rangesParseInEveryWrittenForm(text: String) throws {
        let estimate = try TestNouns.parser.parse(text).estimate
        #expect(estimate.low == 100)
        #expect(estimate.high == 180)
        #expect(estimate.nominal == nil)
        #expect(estimate.unit.symbol(plural: true) == "km")
        #expect(estimate.meaning == .bounds)
    }

    @Test func aScaleWordOnTheSecondEndAppliesToTheFirst() throws {
        let range = try TestNouns.parser.parse("2 to 3 million shells").estimate
        #expect(range.low == 2_000_000 && range.high == 3_000_000)
        let plain = try TestNouns.parser.parse("500,000 to 3 million shells").estimate
        #expect(plain.low == 500_000 && plain.high == 3_000_000)
    }

    @Test(arguments: ["152-mm", "152mm", "152-millimeter", "152-millimetre", "152 millimeter", "152 mm"])
    func measureLabelsAreNeverCounts(label: String) throws {
        let parsed = try TestNouns.parser.parse("2.3 million \(label) shells")
        #expect(parsed.measureLabel?.value == 152)
        #expect(parsed.measureLabel?.unit.factor == 0.001)
        #expect(parsed.measureLabel?.text == label)
        #expect(parsed.estimate.nominal == 2_300_000)
        #expect(parsed.estimate.unit.symbol(plural: true) == "shells")
        #expect(throws: EstimateError.self) { try TestNouns.parser.parse("\(label) shells") }
    }

    @Test func wordsBeforeACountedNounBecomeItsLabel() throws {
        let parsed = try TestNouns.parser.parse("about 5,000 weapons containers")
        #expect(parsed.label == "weapons")
        #expect(parsed.estimate.unit.symbol(plural: true) == "containers")
        let missiles = try TestNouns.parser.parse("several dozen ballistic missiles")
        #expect(missiles.label == "ballistic")
    }

    @Test func anUnknownUnitIsReportedAtItsColumn() {
        do {
            _ = try TestNouns.parser.parse("about 5 tonn")
            Issue.record("expected an error")
        } catch {
            #expect(error.location?.column == 9)
            #expect(error.message.hasPrefix("unknown unit 'tonn'"))
        }
    }
}
